// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tagger/TaggerEvaluation.h"

#include "core/extraction/Extractor.h"
#include "core/tagger/EntityTagger.h"
#include "core/tagger/ModelEntityRecognizer.h"

#include <atomic>
#include <cmath>
#include <mutex>
#include <thread>

using namespace Qt::StringLiterals;

namespace Hamish {

void TaggerEvaluation::Scores::add(const Scores &other)
{
    model.add(other.model);
    engine.add(other.engine);
}

TaggerEvaluation::Scores TaggerEvaluation::evaluate(const SequenceModel &model, const QList<TaggedSentence> &heldOut,
                                                    bool consistency, const QList<double> &temperatures,
                                                    std::vector<std::vector<Sample>> *samples, QString *predictions,
                                                    int part, ModelEntityRecognizer::FillIns fill)
{
    Scores scores;
    SequenceModel raw = model;
    raw.setCalibration({});
    const EntityTagger tagger(raw);
    // Never all fill-ins: the corpus-derived gazetteer holds the names of ANERcorp's first 90 %.
    const Extractor engine(ModelEntityRecognizer::recognizersFor(&tagger, fill));
    const QList<QStringList> engineTags = Conll::tagSentences(engine, heldOut);
    QList<QStringList> tokens;
    for (const TaggedSentence &sentence : heldOut)
        tokens += sentence.tokens;
    QList<QStringList> modelTags;
    if (consistency) {
        modelTags = tagger.tagSentences(tokens);
    } else {
        for (const QStringList &sentence : std::as_const(tokens))
            modelTags += tagger.tag(sentence);
    }
    for (qsizetype s = 0; s < heldOut.size(); ++s) {
        const TaggedSentence &sentence = heldOut[s];
        scores.model.add(Conll::chunks(sentence.tags), Conll::chunks(modelTags[s]));
        scores.engine.add(Conll::chunks(sentence.tags), Conll::chunks(engineTags[s]));
        if (predictions) {
            for (qsizetype i = 0; i < sentence.tokens.size(); ++i)
                *predictions += sentence.tokens[i] + u' ' + sentence.tags[i] + u' ' + modelTags[s][i] + u' '
                                + engineTags[s][i] + u'\n';
            *predictions += u'\n';
        }
    }
    if (!samples)
        return scores;
    samples->resize(size_t(temperatures.size()));
    for (qsizetype t = 0; t < temperatures.size(); ++t) {
        SequenceModel scaled = raw;
        scaled.setTemperature(temperatures[t]);
        const EntityTagger scaledTagger(scaled);
        const Extractor scaledEngine(ModelEntityRecognizer::recognizersFor(&scaledTagger, fill));
        const QList<QList<Annotation>> names = Conll::extractEntities(scaledEngine, heldOut);
        for (qsizetype s = 0; s < heldOut.size(); ++s) {
            const TaggedSentence &sentence = heldOut[s];
            const QList<ConllChunk> gold = Conll::chunks(sentence.tags);
            QList<qsizetype> starts;
            Conll::text(sentence.tokens, &starts);
            for (const Annotation &name : names[s]) {
                const std::optional<ConllChunk> chunk = Conll::chunkOf(name, sentence.tokens, starts);
                if (!chunk)
                    continue;
                (*samples)[size_t(t)].push_back(
                    {part, {suggestionSourceOf(name.origin), name.confidence, gold.contains(*chunk)}});
            }
        }
    }
    return scores;
}

TaggerEvaluation::CrossValidation
TaggerEvaluation::crossValidate(const QList<TaggedSentence> &sentences, const QList<TaggedSentence> &extra,
                                const PerceptronTrainer::Options &training, const CrossValidationOptions &options,
                                const std::function<void(int, const PartResult &)> &partDone)
{
    CrossValidation result;
    const int parts = options.parts;
    result.parts.resize(parts);
    result.temperatures = options.temperatures;
    std::vector<std::vector<std::vector<Sample>>> samples(static_cast<size_t>(parts));
    std::atomic<int> next = 0;
    std::mutex reporting;
    const auto work = [&] {
        for (int part = next++; part < parts; part = next++) {
            PartResult &partResult = result.parts[part];
            partResult.begin = sentences.size() * part / parts;
            partResult.end = sentences.size() * (part + 1) / parts;
            const QList<TaggedSentence> heldOut = sentences.mid(partResult.begin, partResult.end - partResult.begin);
            const QList<TaggedSentence> trainingSentences =
                sentences.first(partResult.begin) + sentences.sliced(partResult.end) + extra;
            const SequenceModel model = PerceptronTrainer::train(trainingSentences, training);
            partResult.scores = evaluate(model, heldOut, options.consistency, options.temperatures,
                                         &samples[size_t(part)], &partResult.predictions, part, options.fillIns);
            if (partDone) {
                const std::lock_guard lock(reporting);
                partDone(part, partResult);
            }
        }
    };
    std::vector<std::thread> workers;
    for (int job = 1; job < std::min(options.jobs, parts); ++job)
        workers.emplace_back(work);
    work();
    for (std::thread &worker : workers)
        worker.join();
    result.samples.resize(size_t(options.temperatures.size()));
    for (const PartResult &part : std::as_const(result.parts))
        result.pooled.add(part.scores);
    for (int part = 0; part < parts; ++part) {
        for (size_t t = 0; t < samples[size_t(part)].size(); ++t)
            result.samples[t].insert(result.samples[t].end(), samples[size_t(part)][t].begin(),
                                     samples[size_t(part)][t].end());
    }
    return result;
}

TaggerEvaluation::Calibration TaggerEvaluation::calibrate(const CrossValidation &crossValidation)
{
    Calibration best;
    best.logLoss = std::numeric_limits<double>::infinity();
    for (qsizetype t = 0; t < crossValidation.temperatures.size(); ++t) {
        const std::vector<Sample> &samples = crossValidation.samples[size_t(t)];
        if (samples.empty())
            continue;
        // Cross-fitting: a map fitted on the odd parts scores the even ones, and the other way round.
        std::array<std::vector<ConfidenceCalibration::Sample>, 2> halves;
        for (const Sample &sample : samples)
            halves[size_t(sample.part % 2)].push_back(sample.sample);
        const std::array<ConfidenceCalibration, 2> maps = {ConfidenceCalibration::fit(halves[1]),
                                                           ConfidenceCalibration::fit(halves[0])};
        std::vector<std::pair<double, bool>> all;
        std::array<std::vector<std::pair<double, bool>>, suggestionSourceCount> bySource;
        double logLoss = 0;
        for (const Sample &sample : samples) {
            const double confidence = maps[size_t(sample.part % 2)].apply(sample.sample.source, sample.sample.score);
            const double clamped = std::clamp(confidence, 1e-4, 1 - 1e-4);
            logLoss -= sample.sample.correct ? std::log(clamped) : std::log(1 - clamped);
            all.emplace_back(confidence, sample.sample.correct);
            bySource[size_t(sample.sample.source)].emplace_back(confidence, sample.sample.correct);
        }
        logLoss /= double(samples.size());
        best.logLossByTemperature.append({crossValidation.temperatures[t], logLoss});
        if (logLoss < best.logLoss) {
            best.logLoss = logLoss;
            best.temperature = crossValidation.temperatures[t];
            std::vector<ConfidenceCalibration::Sample> everything;
            for (const Sample &sample : samples)
                everything.push_back(sample.sample);
            best.calibration = ConfidenceCalibration::fit(everything);
            best.reliability = ConfidenceCalibration::reliability(all);
            for (int source = 0; source < suggestionSourceCount; ++source)
                best.reliabilityBySource[size_t(source)] = ConfidenceCalibration::reliability(bySource[size_t(source)]);
        }
    }
    return best;
}

} // namespace Hamish
