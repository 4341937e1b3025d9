#include "Commands.h"

#include "ConllCorpus.h"
#include "EntityTagger.h"
#include "Extractor.h"
#include "ModelEntityRecognizer.h"
#include "RuleEntityRecognizer.h"
#include "SpanEvaluation.h"

#include <QCommandLineParser>
#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace Hamish::Cli {

namespace {

QString conllType(const QString &label)
{
    if (label == u"PERSON")
        return u"PERS"_s;
    if (label == u"LOCATION")
        return u"LOC"_s;
    if (label == u"ORGANIZATION")
        return u"ORG"_s;
    return label;
}

// Runs the engine over the sentences as one text (a line each) and reads its entity annotations back as
// BIO tags on the corpus tokens: a span tags every token it touches.
QList<QStringList> engineTags(const Extractor &extractor, const QList<TaggedSentence> &sentences)
{
    QString text;
    QList<QList<std::pair<qsizetype, qsizetype>>> offsets;
    for (const TaggedSentence &sentence : sentences) {
        QList<std::pair<qsizetype, qsizetype>> tokenOffsets;
        for (const QString &token : sentence.tokens) {
            tokenOffsets += {text.size(), text.size() + token.size()};
            text += token + u' ';
        }
        text += u'\n';
        offsets += tokenOffsets;
    }
    const QList<Annotation> annotations = extractor.extractEntities(text);
    QList<QStringList> tags;
    qsizetype next = 0;
    for (qsizetype s = 0; s < sentences.size(); ++s) {
        QStringList sentenceTags(sentences[s].tokens.size(), u"O"_s);
        const qsizetype sentenceEnd = offsets[s].isEmpty() ? 0 : offsets[s].last().second;
        while (next < annotations.size() && annotations[next].start < sentenceEnd) {
            const Annotation &annotation = annotations[next++];
            bool first = true;
            for (qsizetype t = 0; t < offsets[s].size(); ++t) {
                if (offsets[s][t].first < annotation.end && annotation.start < offsets[s][t].second) {
                    sentenceTags[t] = (first ? u"B-"_s : u"I-"_s) + conllType(annotation.label);
                    first = false;
                }
            }
        }
        tags += sentenceTags;
    }
    return tags;
}

} // namespace

int runEvaluate(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Scores entity recognition on a CoNLL file (exact spans, per type)."_s);
    parser.addHelpOption();
    const QCommandLineOption dataOption(u"data"_s, u"Gold sentences (CoNLL)."_s, u"file"_s);
    const QCommandLineOption percentOption(
        u"skip-percent"_s, u"Skip the first N % of the sentences (the training part of a split)."_s, u"N"_s, u"0"_s);
    const QCommandLineOption engineOption(
        u"engine"_s,
        u"model (the tagger alone), rules, or combined (model + gazetteer names: the engine's standard set; default)."_s,
        u"name"_s, u"combined"_s);
    const QCommandLineOption modelOption(u"model"_s, u"A model file instead of the shipped one."_s, u"file"_s);
    for (const QCommandLineOption &option : {dataOption, percentOption, engineOption, modelOption})
        parser.addOption(option);
    if (!parser.parse(arguments) || !parser.isSet(dataOption)) {
        io.err << "hamish evaluate: " << (parser.errorText().isEmpty() ? u"--data is required"_s : parser.errorText())
               << "\nUsage: hamish evaluate --data FILE.conll [--skip-percent N] [--engine model|rules|combined] "
                  "[--model FILE]\n";
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        io.out << parser.helpText();
        return 0;
    }
    bool ok = false;
    const int percent = parser.value(percentOption).toInt(&ok);
    const QString engine = parser.value(engineOption);
    if (!ok || percent < 0 || percent > 99 || !QStringList{u"model"_s, u"rules"_s, u"combined"_s}.contains(engine)) {
        io.err << "hamish evaluate: --skip-percent must be 0-99 and --engine model, rules or combined\n";
        return 2;
    }

    QString error;
    QList<TaggedSentence> sentences = ConllCorpus::read(parser.value(dataOption), &error);
    if (sentences.isEmpty()) {
        io.err << "hamish evaluate: " << error << '\n';
        return 1;
    }
    sentences = sentences.mid(sentences.size() * percent / 100);

    EntityTagger loaded;
    const EntityTagger *tagger = nullptr;
    if (parser.isSet(modelOption)) {
        loaded = EntityTagger::load(parser.value(modelOption), &error);
        tagger = loaded.isValid() ? &loaded : nullptr;
    } else {
        tagger = EntityTagger::bundled(&error);
    }
    if (!tagger && engine != u"rules") {
        io.err << "hamish evaluate: " << error << '\n';
        return 1;
    }
    QList<std::shared_ptr<const EntityRecognizer>> recognizers;
    if (engine == u"rules")
        recognizers += std::make_shared<RuleEntityRecognizer>();
    else if (engine == u"model")
        recognizers += std::make_shared<ModelEntityRecognizer>(tagger);
    else
        recognizers = ModelEntityRecognizer::recognizersFor(tagger);

    QElapsedTimer timer;
    timer.start();
    const QList<QStringList> predicted = engineTags(Extractor(recognizers), sentences);
    SpanEvaluation evaluation;
    qsizetype tokens = 0;
    for (qsizetype s = 0; s < sentences.size(); ++s) {
        evaluation.add(sentences[s].tags, predicted[s]);
        tokens += sentences[s].tokens.size();
    }
    io.out << "Exact-span evaluation of the " << engine << " engine on " << sentences.size() << " sentences (" << tokens
           << " tokens, " << timer.elapsed() << " ms):\n"
           << evaluation.report();
    return 0;
}

} // namespace Hamish::Cli
