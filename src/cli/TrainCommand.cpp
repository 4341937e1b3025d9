// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CommandSupport.h"
#include "cli/Commands.h"
#include "cli/ProjectLearning.h"

#include "core/tagger/Conll.h"
#include "core/tagger/ConllCorpus.h"
#include "core/tagger/EntityTagger.h"
#include "core/tagger/ModelEntityRecognizer.h"
#include "core/tagger/PerceptronTrainer.h"
#include "core/tagger/TaggerEvaluation.h"
#include "core/tagger/WordClasses.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace Hamish::Cli {

namespace {

QString evaluationReport(const TaggerEvaluation::Scores &scores)
{
    return u"model (tokens as in the file):\n"_s + scores.model.report()
           + u"standard engine (the sentences read as text, as hamish extract and the window):\n"_s
           + scores.engine.report();
}

QString calibrationReport(const TaggerEvaluation::Calibration &calibration)
{
    QString text = u"Calibration (isotonic per source, cross-fitted: fitted on the odd parts for the even ones and the "
                   u"other way round)\nlog loss by temperature:"_s;
    for (const auto &[temperature, logLoss] : calibration.logLossByTemperature)
        text += u"  T="_s + QString::number(temperature) + u' ' + QString::number(logLoss, 'f', 4);
    text += u"\nchosen temperature "_s + QString::number(calibration.temperature) + u"\nall suggestions:\n"_s
            + ConfidenceCalibration::report(calibration.reliability);
    const QStringList sources = {u"the model's names"_s, u"names the consistency pass spread"_s,
                                 u"gazetteer fill-ins"_s};
    for (int source = 0; source < suggestionSourceCount; ++source)
        text += sources.at(source) + u":\n"_s
                + ConfidenceCalibration::report(calibration.reliabilityBySource[size_t(source)]);
    return text;
}

const QList<double> calibrationTemperatures = {2.5, 5, 10, 20, 40, 80, 160};

bool writePredictions(const QString &path, const QString &predictions, Io &io)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(predictions.toUtf8()) < 0 || !file.commit()) {
        io.err << "hamish train: cannot write " << file.fileName() << ": " << file.errorString() << '\n';
        return false;
    }
    return true;
}

// Trains `parts` models, each on all sentences but one consecutive part (plus `extra`, which is never held out),
// scores each on its part and reports each part's F1 and the pooled scores.
TaggerEvaluation::CrossValidation runCrossValidation(const QList<TaggedSentence> &sentences,
                                                     const QList<TaggedSentence> &extra,
                                                     const PerceptronTrainer::Options &options,
                                                     const TaggerEvaluation::CrossValidationOptions &validation, Io &io)
{
    QElapsedTimer timer;
    timer.start();
    const TaggerEvaluation::CrossValidation result = TaggerEvaluation::crossValidate(
        sentences, extra, options, validation, [&](int part, const TaggerEvaluation::PartResult &scored) {
            io.err << "part " << part + 1 << '/' << validation.parts << ": sentences " << scored.begin + 1 << '-'
                   << scored.end << ", F1 " << QString::number(100 * scored.scores.model.overall.f1(), 'f', 2)
                   << " (standard engine " << QString::number(100 * scored.scores.engine.overall.f1(), 'f', 2) << ")\n";
            io.err.flush();
        });
    QList<double> scores, engineScores;
    for (const TaggerEvaluation::PartResult &part : result.parts) {
        scores += 100 * part.scores.model.overall.f1();
        engineScores += 100 * part.scores.engine.overall.f1();
    }
    const auto [lowest, highest] = std::minmax_element(scores.cbegin(), scores.cend());
    io.out << validation.parts << "-fold cross-validation over " << sentences.size() << " sentences";
    if (!extra.isEmpty())
        io.out << " (plus " << extra.size() << " extra training sentences in every part)";
    io.out << " (" << timer.elapsed() / 1000.0 << " s); F1 of the parts from " << QString::number(*lowest, 'f', 2)
           << " to " << QString::number(*highest, 'f', 2) << ", mean "
           << QString::number(std::accumulate(scores.cbegin(), scores.cend(), 0.0) / validation.parts, 'f', 2)
           << " (standard engine: mean "
           << QString::number(std::accumulate(engineScores.cbegin(), engineScores.cend(), 0.0) / validation.parts, 'f',
                              2)
           << ").\nExact-span evaluation of all held-out parts together:\n"
           << evaluationReport(result.pooled);
    return result;
}

// Tags of types outside `kept` become O (a name of another type is then no name).
void keepTypes(QList<TaggedSentence> &sentences, const QStringList &kept)
{
    for (TaggedSentence &sentence : sentences) {
        for (QString &tag : sentence.tags) {
            if (tag.size() > 2 && !kept.contains(tag.sliced(2)))
                tag = u"O"_s;
        }
    }
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
        u"predictions"_s,
        u"Write the held-out sentences as `token gold model engine` lines (the model's tags and the standard "
        u"engine's), for error analysis."_s,
        u"file"_s);
    const QCommandLineOption crossValidateOption(
        u"cross-validate"_s,
        u"Split --data into K consecutive parts; train K models, each holding out one part, and report the "
        u"pooled scores of the held-out parts."_s,
        u"K"_s);
    const QCommandLineOption jobsOption(u"jobs"_s, u"With --cross-validate: parts trained at once (default 1)."_s,
                                        u"n"_s, u"1"_s);
    const QCommandLineOption extraOption(
        u"extra"_s,
        u"More training sentences (CoNLL, `token TAG`), added to the training data and never held out or "
        u"evaluated on."_s,
        u"file"_s);
    const QCommandLineOption extraTypesOption(
        u"extra-types"_s, u"Name types kept from --extra, comma-separated (default all); others become O."_s,
        u"types"_s);
    const QCommandLineOption fillInsOption(
        u"fill-ins"_s,
        u"Gazetteer names the evaluated engine adds where the model found none: places (curated places and people, "
        u"the default, as shipped), curated (every curated name) or none."_s,
        u"which"_s, u"places"_s);
    const QCommandLineOption calibrationOption(
        u"calibration"_s,
        u"With --cross-validate: report how well the suggestions' confidences are calibrated (a reliability table "
        u"and the expected calibration error, on held-out parts)."_s);
    const QCommandLineOption calibrateOption(
        u"calibrate"_s,
        u"With -o: fit the confidence calibration by K-fold cross-validation of the same recipe first, and store it "
        u"in the model (K + 1 trainings)."_s,
        u"K"_s);
    const QCommandLineOption projectOption(
        u"project"_s,
        u"Train on the shipped data plus the names the user accepted, added and rejected in PROJECT's reviewed "
        u"sentences, and store the model in the project: its next suggestions use it. With --data, that file "
        u"replaces the shipped data."_s,
        u"PROJECT"_s);
    const QCommandLineOption weightOption(
        u"project-weight"_s, u"How many times each reviewed project sentence counts (default 1)."_s, u"n"_s, u"1"_s);
    const QCommandLineOption curveOption(
        u"learning-curve"_s,
        u"With --data: hold out its last tenth as a new project, review its first N sentences from the gold tags for "
        u"each N (e.g. 10,25,50,100), retrain, and score the project's remaining sentences with and without "
        u"retraining."_s,
        u"steps"_s);
    const QCommandLineOption wordClassesOption(
        u"word-classes"_s,
        u"Word classes to read instead of the shipped ones (`hamish word-classes -o FILE`), to measure a set before "
        u"shipping it; a model trained with them needs the same file to tag."_s,
        u"file"_s);
    parser.addOption(wordClassesOption);
    for (const QCommandLineOption &option :
         {projectOption,     weightOption,        curveOption,         dataOption,    devOption,
          percentOption,     crossValidateOption, jobsOption,          extraOption,   extraTypesOption,
          calibrationOption, calibrateOption,     fillInsOption,       outputOption,  epochsOption,
          seedOption,        minCountOption,      pruneOption,         withoutOption, marginOption,
          dropoutOption,     foldsOption,         noConsistencyOption, bioOption,     predictionsOption})
        parser.addOption(option);
    const QString usage = u"Usage: hamish train --data FILE.conll [--dev FILE.conll | --train-percent N] -o MODEL\n"
                          u"       hamish train --data FILE.conll --cross-validate K\n"
                          u"       hamish train --data FILE.conll --learning-curve 10,25,50,100\n"
                          u"       hamish train --project PROJECT\n"_s;
    int status = 0;
    if (!parseArguments(parser, arguments, u"hamish train"_s, io, &status))
        return status;
    int projectWeight = 1;
    if (!positiveInt(parser.value(weightOption), projectWeight, 100) || projectWeight == 0) {
        io.err << "hamish train: --project-weight must be 1-100\n";
        return 2;
    }
    if (parser.isSet(wordClassesOption)) {
        QString error;
        if (!WordClasses::useFile(parser.value(wordClassesOption), &error)) {
            io.err << "hamish train: " << error << '\n';
            return 1;
        }
    }
    if (parser.isSet(projectOption))
        return trainOnProject(parser.value(projectOption), parser.value(dataOption), projectWeight, io);
    const bool crossValidate = parser.isSet(crossValidateOption);
    if (!parser.isSet(dataOption)
        || (!parser.isSet(outputOption) && !parser.isSet(devOption) && !parser.isSet(percentOption) && !crossValidate
            && !parser.isSet(curveOption))) {
        io.err << "hamish train: --data and -o (or an evaluation with --dev / --train-percent / --cross-validate / "
                  "--learning-curve), or --project, are required\n"
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
    QList<TaggedSentence> extra;
    if (parser.isSet(extraOption)) {
        extra = ConllCorpus::read(parser.value(extraOption), &error);
        if (extra.isEmpty()) {
            io.err << "hamish train: " << error << '\n';
            return 1;
        }
        if (parser.isSet(extraTypesOption))
            keepTypes(extra, parser.value(extraTypesOption).split(u',', Qt::SkipEmptyParts));
    }
    int jobs = 1;
    if (!positiveInt(parser.value(jobsOption), jobs, 64) || jobs == 0) {
        io.err << "hamish train: --jobs must be 1-64\n";
        return 2;
    }
    if (parser.isSet(curveOption)) {
        QList<int> steps;
        for (const QString &step : parser.value(curveOption).split(u',', Qt::SkipEmptyParts)) {
            int value = 0;
            if (!positiveInt(step.trimmed(), value, 1000000) || value == 0) {
                io.err << "hamish train: --learning-curve takes sentence counts, e.g. 10,25,50,100\n";
                return 2;
            }
            steps += value;
        }
        if (steps.isEmpty()) {
            io.err << "hamish train: --learning-curve takes sentence counts, e.g. 10,25,50,100\n";
            return 2;
        }
        return simulateLearningCurve(training, steps, projectWeight, jobs, io);
    }
    TaggerEvaluation::CrossValidationOptions validation;
    validation.jobs = jobs;
    validation.consistency = !parser.isSet(noConsistencyOption);
    const QString fillIns = parser.value(fillInsOption);
    if (fillIns != u"places" && fillIns != u"curated" && fillIns != u"none") {
        io.err << "hamish train: --fill-ins must be places, curated or none\n";
        return 2;
    }
    validation.fillIns = fillIns == u"none"      ? ModelEntityRecognizer::FillIns::None
                         : fillIns == u"curated" ? ModelEntityRecognizer::FillIns::Curated
                                                 : ModelEntityRecognizer::FillIns::Places;
    if (crossValidate) {
        if (training.size() < parts) {
            io.err << "hamish train: " << training.size() << " sentences cannot be split into " << parts << " parts\n";
            return 1;
        }
        validation.parts = parts;
        if (parser.isSet(calibrationOption))
            validation.temperatures = calibrationTemperatures;
        const TaggerEvaluation::CrossValidation result = runCrossValidation(training, extra, options, validation, io);
        if (parser.isSet(predictionsOption)) {
            QString predictions;
            for (const TaggerEvaluation::PartResult &part : result.parts)
                predictions += part.predictions;
            if (!writePredictions(parser.value(predictionsOption), predictions, io))
                return 1;
        }
        if (parser.isSet(calibrationOption))
            io.out << calibrationReport(TaggerEvaluation::calibrate(result));
        return 0;
    }
    int calibrationParts = 0;
    if (parser.isSet(calibrateOption)
        && (!positiveInt(parser.value(calibrateOption), calibrationParts, 100) || calibrationParts < 2
            || training.size() < calibrationParts)) {
        io.err << "hamish train: --calibrate takes 2-100 parts, no more than the training sentences\n";
        return 2;
    }
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
    io.err << "hamish train: " << training.size() + extra.size() << " training sentences, " << dev.size()
           << " held out\n";
    io.err.flush();

    QElapsedTimer timer;
    timer.start();
    SequenceModel model = PerceptronTrainer::train(training + extra, options, [&](int epoch, qsizetype mistakes) {
        io.err << "epoch " << epoch << '/' << options.epochs << ": " << mistakes << " sentences wrong\n";
        io.err.flush();
    });
    io.err << "hamish train: trained in " << timer.elapsed() / 1000.0 << " s, " << model.featureCount()
           << " features\n";

    if (calibrationParts > 0) {
        validation.parts = calibrationParts;
        validation.temperatures = calibrationTemperatures;
        io.err << "hamish train: fitting the confidence calibration by " << calibrationParts
               << "-fold cross-validation\n";
        const TaggerEvaluation::Calibration calibration =
            TaggerEvaluation::calibrate(runCrossValidation(training, extra, options, validation, io));
        io.out << calibrationReport(calibration);
        model.setTemperature(calibration.temperature);
        model.setCalibration(calibration.calibration);
    }
    if (parser.isSet(outputOption)) {
        if (!model.save(parser.value(outputOption), &error)) {
            io.err << "hamish train: " << error << '\n';
            return 1;
        }
        io.err << "hamish train: wrote " << parser.value(outputOption) << " ("
               << QFileInfo(parser.value(outputOption)).size() << " bytes)\n";
    }
    if (!dev.isEmpty()) {
        QString predictions;
        const TaggerEvaluation::Scores evaluation =
            TaggerEvaluation::evaluate(model, dev, !parser.isSet(noConsistencyOption), {}, nullptr, &predictions);
        if (parser.isSet(predictionsOption) && !writePredictions(parser.value(predictionsOption), predictions, io))
            return 1;
        io.out << "Exact-span evaluation on " << dev.size() << " held-out sentences:\n" << evaluationReport(evaluation);
    }
    return 0;
}

} // namespace Hamish::Cli
