// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Commands.h"

#include "core/tagger/Conll.h"
#include "core/tagger/ConllCorpus.h"
#include "core/tagger/EntityTagger.h"
#include "core/tagger/PerceptronTrainer.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace Hamish::Cli {

namespace {

bool positiveInt(const QString &text, int &value, int maximum)
{
    bool ok = false;
    value = text.toInt(&ok);
    return ok && value >= 0 && value <= maximum;
}

// Tags `dev` with `model` and adds the spans to `scores` and, as `token gold predicted` lines, to
// `predictions`. The held-out sentences are consecutive article text, tagged as one text (consistency window)
// unless `consistency` is off.
void evaluate(const SequenceModel &model, const QList<TaggedSentence> &dev, bool consistency, ConllScores &scores,
              QString &predictions)
{
    const EntityTagger tagger(model);
    QList<QStringList> devTokens;
    for (const TaggedSentence &sentence : dev)
        devTokens += sentence.tokens;
    QList<QStringList> devTags;
    if (consistency) {
        devTags = tagger.tagSentences(devTokens);
    } else {
        for (const QStringList &tokens : std::as_const(devTokens))
            devTags += tagger.tag(tokens);
    }
    for (qsizetype s = 0; s < dev.size(); ++s) {
        const TaggedSentence &sentence = dev[s];
        const QStringList &predicted = devTags[s];
        scores.add(Conll::chunks(sentence.tags), Conll::chunks(predicted));
        for (qsizetype i = 0; i < predicted.size(); ++i)
            predictions += sentence.tokens[i] + u' ' + sentence.tags[i] + u' ' + predicted[i] + u'\n';
        predictions += u'\n';
    }
}

bool writePredictions(const QString &path, const QString &predictions, Io &io)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(predictions.toUtf8()) < 0 || !file.commit()) {
        io.err << "hamish train: cannot write " << file.fileName() << ": " << file.errorString() << '\n';
        return false;
    }
    return true;
}

// Trains `parts` models, each on all sentences but one consecutive part, scores each on its part and reports
// each part's F1 and the pooled scores.
int crossValidateTraining(const QList<TaggedSentence> &sentences, int parts, const PerceptronTrainer::Options &options,
                          bool consistency, const QString &predictionsPath, Io &io)
{
    if (sentences.size() < parts) {
        io.err << "hamish train: " << sentences.size() << " sentences cannot be split into " << parts << " parts\n";
        return 1;
    }
    ConllScores pooled;
    QString predictions;
    QList<double> scores;
    QElapsedTimer timer;
    timer.start();
    for (int part = 0; part < parts; ++part) {
        const qsizetype begin = sentences.size() * part / parts, end = sentences.size() * (part + 1) / parts;
        const QList<TaggedSentence> heldOut = sentences.mid(begin, end - begin);
        const QList<TaggedSentence> training = sentences.first(begin) + sentences.sliced(end);
        const SequenceModel model = PerceptronTrainer::train(training, options);
        ConllScores scoresOfPart;
        evaluate(model, heldOut, consistency, scoresOfPart, predictions);
        pooled.add(scoresOfPart);
        scores += 100 * scoresOfPart.overall.f1();
        io.err << "part " << part + 1 << '/' << parts << ": sentences " << begin + 1 << '-' << end << ", F1 "
               << QString::number(scores.last(), 'f', 2) << '\n';
        io.err.flush();
    }
    if (!predictionsPath.isEmpty() && !writePredictions(predictionsPath, predictions, io))
        return 1;
    const auto [lowest, highest] = std::minmax_element(scores.cbegin(), scores.cend());
    io.out << parts << "-fold cross-validation over " << sentences.size() << " sentences (" << timer.elapsed() / 1000.0
           << " s); F1 of the parts from " << QString::number(*lowest, 'f', 2) << " to "
           << QString::number(*highest, 'f', 2) << ", mean "
           << QString::number(std::accumulate(scores.cbegin(), scores.cend(), 0.0) / parts, 'f', 2)
           << ".\nExact-span evaluation of all held-out parts together:\n"
           << pooled.report();
    return 0;
}

} // namespace

int runTrain(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Trains the entity tagger (averaged structured perceptron) on a CoNLL file: `token TAG` a line, BIO "
        u"tags, a blank line between sentences. Deterministic: the same data and options give the same bytes."_s);
    const QCommandLineOption dataOption(u"data"_s, u"Training sentences (CoNLL)."_s, u"file"_s);
    const QCommandLineOption devOption(u"dev"_s, u"Held-out sentences to evaluate on (CoNLL)."_s, u"file"_s);
    const QCommandLineOption percentOption(
        u"train-percent"_s, u"Train on the first N % of --data's sentences and evaluate on the rest."_s, u"N"_s);
    const QCommandLineOption outputOption({u"o"_s, u"output"_s}, u"Where to write the model."_s, u"model"_s);
    const QCommandLineOption epochsOption(u"epochs"_s, u"Passes over the data (default 20)."_s, u"n"_s, u"20"_s);
    const QCommandLineOption seedOption(u"seed"_s, u"Shuffling seed (default 2007)."_s, u"n"_s, u"2007"_s);
    const QCommandLineOption minCountOption(u"min-count"_s, u"Drop features seen fewer times (default 1)."_s, u"n"_s,
                                            u"1"_s);
    const QCommandLineOption pruneOption(u"prune"_s, u"Drop features whose weights all stay below W (default 0)."_s,
                                         u"W"_s, u"0"_s);
    const QCommandLineOption withoutOption(
        u"without"_s, u"Feature groups to leave out, comma-separated: "_s + TaggerFeatures::groupNames().join(u", "),
        u"groups"_s);
    const QCommandLineOption marginOption(
        u"margin"_s, u"Loss-augmented training: keep updating until gold labels win by M (default 30)."_s, u"M"_s,
        u"30"_s);
    const QCommandLineOption dropoutOption(
        u"dropout"_s, u"Share of each training token's features hidden per epoch (default 0.4)."_s, u"p"_s, u"0.4"_s);
    const QCommandLineOption foldsOption(
        u"corpus-folds"_s,
        u"Consecutive folds for the corpus features: each training sentence sees what the other folds say of "
        u"its words (default 5)."_s,
        u"k"_s, u"5"_s);
    const QCommandLineOption noConsistencyOption(
        u"no-consistency"_s,
        u"Evaluate each held-out sentence on its own, without the consistency pass over its neighbours."_s);
    const QCommandLineOption bioOption(u"bio"_s, u"Train on BIO tags instead of BIOES (begin, inside, end, single)."_s);
    const QCommandLineOption predictionsOption(
        u"predictions"_s, u"Write the held-out sentences as `token gold predicted` lines, for error analysis."_s,
        u"file"_s);
    const QCommandLineOption crossValidateOption(
        u"cross-validate"_s,
        u"Split --data into K consecutive parts; train K models, each holding out one part, and report the "
        u"pooled scores of the held-out parts."_s,
        u"K"_s);
    for (const QCommandLineOption &option :
         {dataOption, devOption, percentOption, crossValidateOption, outputOption, epochsOption, seedOption,
          minCountOption, pruneOption, withoutOption, marginOption, dropoutOption, foldsOption, noConsistencyOption,
          bioOption, predictionsOption})
        parser.addOption(option);
    const QString usage = u"Usage: hamish train --data FILE.conll [--dev FILE.conll | --train-percent N] -o MODEL\n"
                          u"       hamish train --data FILE.conll --cross-validate K\n"_s;
    int status = 0;
    if (!parseArguments(parser, arguments, u"hamish train"_s, io, &status))
        return status;
    const bool crossValidate = parser.isSet(crossValidateOption);
    if (!parser.isSet(dataOption)
        || (!parser.isSet(outputOption) && !parser.isSet(devOption) && !parser.isSet(percentOption)
            && !crossValidate)) {
        io.err << "hamish train: --data and -o (or an evaluation with --dev / --train-percent / --cross-validate) are "
                  "required\n"
               << usage;
        return 2;
    }
    int parts = 0;
    if (crossValidate
        && (parser.isSet(outputOption) || parser.isSet(devOption) || parser.isSet(percentOption)
            || !positiveInt(parser.value(crossValidateOption), parts, 100) || parts < 2)) {
        io.err << "hamish train: --cross-validate takes 2-100 parts and goes without -o, --dev and --train-percent\n"
               << usage;
        return 2;
    }

    PerceptronTrainer::Options options;
    int percent = 100, seed = 0;
    bool pruneOk = false;
    const float pruneBelow = parser.value(pruneOption).toFloat(&pruneOk);
    if (!positiveInt(parser.value(epochsOption), options.epochs, 1000) || options.epochs == 0
        || !positiveInt(parser.value(seedOption), seed, std::numeric_limits<int>::max())
        || !positiveInt(parser.value(minCountOption), options.minCount, 1000000) || !pruneOk || pruneBelow < 0
        || !positiveInt(parser.value(foldsOption), options.corpusFolds, 1000) || options.corpusFolds == 0
        || (parser.isSet(percentOption)
            && (!positiveInt(parser.value(percentOption), percent, 100) || percent == 0 || percent == 100))) {
        io.err << "hamish train: --epochs must be 1-1000, --train-percent 1-99, --corpus-folds 1-1000, --seed, "
                  "--min-count and --prune non-negative numbers\n";
        return 2;
    }
    options.seed = quint64(seed);
    options.pruneBelow = pruneBelow;
    options.bioes = !parser.isSet(bioOption);
    bool marginOk = false, dropoutOk = false;
    options.margin = parser.value(marginOption).toFloat(&marginOk);
    options.dropout = parser.value(dropoutOption).toDouble(&dropoutOk);
    if (!marginOk || options.margin < 0 || !dropoutOk || options.dropout < 0 || options.dropout >= 1) {
        io.err << "hamish train: --margin must be a non-negative number, --dropout at least 0 and below 1\n";
        return 2;
    }
    for (const QString &name : parser.value(withoutOption).split(u',', Qt::SkipEmptyParts)) {
        const quint32 group = TaggerFeatures::groupFromName(name.trimmed());
        if (group == 0) {
            io.err << "hamish train: unknown feature group \"" << name
                   << "\"; known: " << TaggerFeatures::groupNames().join(u", ") << '\n';
            return 2;
        }
        options.featureGroups &= ~group;
    }

    QString error;
    QList<TaggedSentence> training = ConllCorpus::read(parser.value(dataOption), &error);
    if (training.isEmpty()) {
        io.err << "hamish train: " << error << '\n';
        return 1;
    }
    if (crossValidate)
        return crossValidateTraining(training, parts, options, !parser.isSet(noConsistencyOption),
                                     parser.isSet(predictionsOption) ? parser.value(predictionsOption) : QString(), io);
    QList<TaggedSentence> dev;
    if (parser.isSet(percentOption)) {
        const qsizetype cut = training.size() * percent / 100;
        dev = training.mid(cut);
        training = training.first(cut);
    }
    if (parser.isSet(devOption)) {
        dev += ConllCorpus::read(parser.value(devOption), &error);
        if (dev.isEmpty()) {
            io.err << "hamish train: " << error << '\n';
            return 1;
        }
    }
    io.err << "hamish train: " << training.size() << " training sentences, " << dev.size() << " held out\n";
    io.err.flush();

    QElapsedTimer timer;
    timer.start();
    const SequenceModel model = PerceptronTrainer::train(training, options, [&](int epoch, qsizetype mistakes) {
        io.err << "epoch " << epoch << '/' << options.epochs << ": " << mistakes << " sentences wrong\n";
        io.err.flush();
    });
    io.err << "hamish train: trained in " << timer.elapsed() / 1000.0 << " s, " << model.featureCount()
           << " features\n";

    if (parser.isSet(outputOption)) {
        if (!model.save(parser.value(outputOption), &error)) {
            io.err << "hamish train: " << error << '\n';
            return 1;
        }
        io.err << "hamish train: wrote " << parser.value(outputOption) << " ("
               << QFileInfo(parser.value(outputOption)).size() << " bytes)\n";
    }
    if (!dev.isEmpty()) {
        ConllScores evaluation;
        QString predictions;
        evaluate(model, dev, !parser.isSet(noConsistencyOption), evaluation, predictions);
        if (parser.isSet(predictionsOption) && !writePredictions(parser.value(predictionsOption), predictions, io))
            return 1;
        io.out << "Exact-span evaluation on " << dev.size() << " held-out sentences:\n" << evaluation.report();
    }
    return 0;
}

} // namespace Hamish::Cli
