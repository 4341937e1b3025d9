// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Commands.h"

#include "cli/DucklingEvaluation.h"
#include "core/extraction/Extractor.h"
#include "core/extraction/RuleEntityRecognizer.h"
#include "core/tagger/Conll.h"
#include "core/tagger/EntityTagger.h"
#include "core/tagger/ModelEntityRecognizer.h"
#include "core/tagger/UserLexicon.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Hamish::Cli {

namespace {

int evaluateDuckling(const QString &path, bool verbose, Io &io)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        io.err << "hamish eval: cannot open " << path << ": " << file.errorString() << '\n';
        return 1;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (!document.isObject()) {
        io.err << "hamish eval: " << path << " is not a Duckling corpus JSON file (" << error.errorString() << ")\n";
        return 1;
    }
    const Extractor extractor;
    io.out << "dimension        inputs  correct  accuracy\n";
    int inputs = 0, correct = 0;
    for (const DucklingEvaluation::Result &result : DucklingEvaluation::evaluate(extractor, document.object())) {
        io.out << result.dimension.leftJustified(16) << QString::number(result.inputs).rightJustified(7)
               << QString::number(result.correct).rightJustified(9)
               << QString::number(result.inputs ? 100.0 * result.correct / result.inputs : 0, 'f', 1).rightJustified(9)
               << " %\n";
        inputs += result.inputs;
        correct += result.correct;
        if (verbose) {
            for (const QString &failure : result.failures)
                io.out << "    miss: " << failure << '\n';
        }
    }
    io.out << u"all"_s.leftJustified(16) << QString::number(inputs).rightJustified(7)
           << QString::number(correct).rightJustified(9)
           << QString::number(inputs ? 100.0 * correct / inputs : 0, 'f', 1).rightJustified(9) << " %\n";
    return 0;
}

// What a user reviewing a sentence teaches the project's UserLexicon: the engine's name suggestions (`suggested`,
// over Conll::text of the sentence's tokens) that match a gold name (same tokens, same type) are accepted, the
// others rejected, and the gold names the engine missed are added.
void learnFromReview(const ConllSentence &sentence, const QList<Annotation> &suggested, UserLexicon &lexicon)
{
    QList<qsizetype> starts;
    const QString text = Conll::text(sentence.tokens, &starts);
    QList<ConllChunk> missed = Conll::chunks(sentence.tags);
    QList<Annotation> reviewed;
    for (Annotation suggestion : suggested) {
        const std::optional<ConllChunk> chunk = Conll::chunkOf(suggestion, sentence.tokens, starts);
        if (!chunk)
            continue;
        const bool right = missed.removeOne(*chunk);
        suggestion.status = right ? AnnotationStatus::Accepted : AnnotationStatus::Rejected;
        reviewed += suggestion;
    }
    for (const ConllChunk &chunk : std::as_const(missed)) {
        EntityType type;
        if (!entityTypeFromName(chunk.type, &type))
            continue;
        Annotation added;
        added.start = starts.at(chunk.first);
        added.end = starts.at(chunk.last) + sentence.tokens.at(chunk.last).size();
        added.label = entityLabel(type);
        added.origin = u"user"_s;
        added.status = AnnotationStatus::Accepted;
        reviewed += added;
    }
    lexicon.learn(text, reviewed);
}

} // namespace

int runEval(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Scores the entity recogniser against a gold CoNLL file (BIO over PERS, LOC, ORG, MISC): precision, "
        "recall and F1 per type and overall, exact span and type. The scored sentences are read as the consecutive "
        "text they are (one article up to each -DOCSTART- line), as the window reads an article. With --duckling, "
        "scores numbers, ordinals, "
        "quantities, money and dates against Duckling's Arabic corpus instead."_s);
    const QCommandLineOption lastOption(u"last"_s,
                                        u"Score only the last FRACTION of the sentences (0.1 = the held-out tenth "
                                        "of ANERcorp's training file that the gazetteers were not built from)."_s,
                                        u"fraction"_s);
    const QCommandLineOption ducklingOption(u"duckling"_s, u"Score against a Duckling corpus.json instead."_s);
    const QCommandLineOption verboseOption(u"verbose"_s, u"List every miss."_s);
    const QCommandLineOption learnOption(
        u"learn-first"_s,
        u"Simulate a user who reviews the first N of the sentences to score: the engine's right names accepted, "
        "its wrong ones rejected, the missed ones added. What that teaches (learning from the user, as in a "
        "project) is applied to the other sentences, which alone are scored."_s,
        u"N"_s);
    const QCommandLineOption engineOption(
        u"engine"_s,
        u"Which names to score: standard (the model plus gazetteer names, as `hamish extract`; the default), "
        "model (the trained tagger alone) or rules (gazetteers and trigger words alone)."_s,
        u"name"_s, u"standard"_s);
    const QCommandLineOption modelOption(u"model"_s, u"Score this model file instead of the shipped one."_s, u"file"_s);
    const QCommandLineOption fillInsOption(
        u"fill-ins"_s,
        u"With the standard engine, the gazetteer names added where the model found none: places (curated places "
        "and people, the default, as shipped), curated, all (curated and ANERcorp-derived lists) or none."_s,
        u"which"_s, u"places"_s);
    parser.addOption(fillInsOption);
    parser.addOption(lastOption);
    parser.addOption(engineOption);
    parser.addOption(modelOption);
    parser.addOption(ducklingOption);
    parser.addOption(verboseOption);
    parser.addOption(learnOption);
    parser.addPositionalArgument(u"FILE"_s, u"A gold CoNLL file (or corpus.json with --duckling)."_s);
    int status = 0;
    if (!parseArguments(parser, arguments, u"hamish eval"_s, io, &status, {1, 1, u"one FILE"_s}))
        return status;
    const QString path = parser.positionalArguments().first();
    if (parser.isSet(ducklingOption))
        return evaluateDuckling(path, parser.isSet(verboseOption), io);

    double last = 1;
    if (parser.isSet(lastOption)) {
        bool ok = false;
        last = parser.value(lastOption).toDouble(&ok);
        if (!ok || last <= 0 || last > 1) {
            io.err << "hamish eval: --last must be a fraction in (0, 1]\n";
            return 2;
        }
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        io.err << "hamish eval: cannot open " << path << ": " << file.errorString() << '\n';
        return 1;
    }
    const QList<ConllSentence> sentences = Conll::read(QString::fromUtf8(file.readAll()));
    if (sentences.isEmpty()) {
        io.err << "hamish eval: " << path << " holds no CoNLL sentences (one token a line, a blank line between)\n";
        return 1;
    }
    const qsizetype first = last < 1 ? Conll::trainingSize(sentences.size(), last) : 0;
    int reviewed = 0;
    if (parser.isSet(learnOption)) {
        bool ok = false;
        reviewed = parser.value(learnOption).toInt(&ok);
        if (!ok || reviewed < 0 || reviewed >= sentences.size() - first) {
            io.err << "hamish eval: --learn-first must be a number of sentences, fewer than those scored\n";
            return 2;
        }
    }
    const QString engine = parser.value(engineOption);
    if (!QStringList{u"standard"_s, u"model"_s, u"rules"_s}.contains(engine)) {
        io.err << "hamish eval: --engine must be standard, model or rules\n";
        return 2;
    }
    QString modelError;
    const EntityTagger loaded =
        parser.isSet(modelOption) ? EntityTagger::load(parser.value(modelOption), &modelError) : EntityTagger();
    const EntityTagger *tagger =
        parser.isSet(modelOption) ? (loaded.isValid() ? &loaded : nullptr) : EntityTagger::bundled(&modelError);
    if (!tagger && engine != u"rules") {
        io.err << "hamish eval: " << modelError << '\n';
        return 1;
    }
    const QString fillInsName = parser.value(fillInsOption);
    if (!QStringList{u"places"_s, u"none"_s, u"curated"_s, u"all"_s}.contains(fillInsName)) {
        io.err << "hamish eval: --fill-ins must be places, curated, all or none\n";
        return 2;
    }
    const ModelEntityRecognizer::FillIns fillIns = fillInsName == u"all"       ? ModelEntityRecognizer::FillIns::All
                                                   : fillInsName == u"curated" ? ModelEntityRecognizer::FillIns::Curated
                                                   : fillInsName == u"none"    ? ModelEntityRecognizer::FillIns::None
                                                                               : ModelEntityRecognizer::FillIns::Places;
    QList<std::shared_ptr<const EntityRecognizer>> recognizers;
    if (engine == u"rules")
        recognizers = {std::make_shared<RuleEntityRecognizer>()};
    else if (engine == u"model")
        recognizers = {std::make_shared<ModelEntityRecognizer>(tagger)};
    else
        recognizers = ModelEntityRecognizer::recognizersFor(tagger, fillIns);
    const Extractor extractor(recognizers);
    // The reviewed and the scored sentences are each read as one text (consecutive sentences of the articles), as
    // the window reads an article.
    UserLexicon lexicon;
    const QList<ConllSentence> reviewedSentences = sentences.mid(first, reviewed);
    const QList<QList<Annotation>> reviewedNames = Conll::extractEntities(extractor, reviewedSentences);
    for (qsizetype i = 0; i < reviewedSentences.size(); ++i)
        learnFromReview(reviewedSentences.at(i), reviewedNames.at(i), lexicon);
    const qsizetype scoredFrom = first + reviewed;
    const QList<ConllSentence> scored = sentences.sliced(scoredFrom);
    const QList<QList<Annotation>> scoredNames = Conll::extractEntities(extractor, scored);
    ConllScores scores, withoutLearning;
    for (qsizetype i = 0; i < scored.size(); ++i) {
        const ConllSentence &sentence = scored.at(i);
        QList<qsizetype> starts;
        const QString text = Conll::text(sentence.tokens, &starts);
        const QList<Annotation> &engineNames = scoredNames.at(i);
        const QStringList predicted =
            Conll::tags(UserLexicon::preferUser(engineNames, lexicon.suggest(text)), sentence.tokens, starts);
        scores.add(Conll::chunks(sentence.tags), Conll::chunks(predicted));
        if (reviewed > 0)
            withoutLearning.add(Conll::chunks(sentence.tags),
                                Conll::chunks(Conll::tags(engineNames, sentence.tokens, starts)));
        if (parser.isSet(verboseOption) && predicted != sentence.tags) {
            for (qsizetype t = 0; t < sentence.tokens.size(); ++t) {
                if (predicted.at(t) != sentence.tags.at(t))
                    io.out << "  " << sentence.tokens.at(t) << " gold " << sentence.tags.at(t) << " predicted "
                           << predicted.at(t) << '\n';
            }
        }
    }
    io.out << "sentences " << scoredFrom + 1 << "-" << sentences.size() << " of " << sentences.size() << '\n';
    if (reviewed > 0) {
        io.out << "without learning:\n" << withoutLearning.report();
        io.out << "learnt from the review of sentences " << first + 1 << "-" << scoredFrom << " (" << lexicon.size()
               << " mentions):\n";
    }
    io.out << scores.report();
    return 0;
}

} // namespace Hamish::Cli
