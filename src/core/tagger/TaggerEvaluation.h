// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tagger/ConfidenceCalibration.h"
#include "core/tagger/Conll.h"
#include "core/tagger/ConllCorpus.h"
#include "core/tagger/ModelEntityRecognizer.h"
#include "core/tagger/PerceptronTrainer.h"
#include "core/tagger/SequenceModel.h"

#include <functional>
#include <vector>

namespace Hamish {

// Held-out evaluation of the entity tagger as users get it, and cross-validation of a training recipe:
// the model's own tags over the corpus tokens, the standard engine over the sentences read as text (the model,
// its consistency pass and the rules), and every engine suggestion's source and raw
// score, from which ConfidenceCalibration is fitted and measured.
class TaggerEvaluation
{
public:
    struct Scores
    {
        ConllScores model;  // the tagger over the corpus tokens (with the consistency pass unless turned off)
        ConllScores engine; // the standard engine over the sentences read as text
        void add(const Scores &other);
    };
    // One engine suggestion on held-out text at one temperature.
    struct Sample
    {
        int part = 0;
        ConfidenceCalibration::Sample sample;
    };

    // Scores `model` on the consecutive sentences `heldOut`; with `temperatures`, also collects the engine's
    // suggestions at each (samples[t] for temperatures[t]) with their raw scores (the model's calibration is
    // not applied). `predictions` gets `token gold predicted` lines of the model's tags.
    // `fillIns` says which gazetteer names the engine adds (ModelEntityRecognizer::FillIns).
    static Scores evaluate(const SequenceModel &model, const QList<TaggedSentence> &heldOut, bool consistency,
                           const QList<double> &temperatures = {}, std::vector<std::vector<Sample>> *samples = nullptr,
                           QString *predictions = nullptr, int part = 0,
                           ModelEntityRecognizer::FillIns fillIns = ModelEntityRecognizer::FillIns::Places);

    struct CrossValidationOptions
    {
        int parts = 10;
        int jobs = 1; // parts trained at once
        bool consistency = true;
        QList<double> temperatures; // collect calibration samples at these
        ModelEntityRecognizer::FillIns fillIns = ModelEntityRecognizer::FillIns::Places;
    };
    struct PartResult
    {
        qsizetype begin = 0, end = 0; // held-out sentences [begin, end)
        Scores scores;
        QString predictions;
    };
    struct CrossValidation
    {
        QList<PartResult> parts;
        Scores pooled;
        QList<double> temperatures;
        std::vector<std::vector<Sample>> samples; // per temperature
    };
    // K models, each trained on all sentences but one consecutive part (plus `extra`, never held out). Calls
    // `partDone` (from any thread, one call at a time) as each part is scored.
    static CrossValidation crossValidate(const QList<TaggedSentence> &sentences, const QList<TaggedSentence> &extra,
                                         const PerceptronTrainer::Options &training,
                                         const CrossValidationOptions &options,
                                         const std::function<void(int part, const PartResult &)> &partDone = {});

    // The calibration chosen from cross-validation samples: the temperature whose cross-fitted log loss is lowest
    // (isotonic maps fitted on the odd parts applied to the even ones and the other way round), the reliability of
    // those cross-fitted confidences overall and per source, and the map fitted on all samples, to ship.
    struct Calibration
    {
        double temperature = SequenceModel::defaultTemperature;
        ConfidenceCalibration calibration;
        QList<ConfidenceCalibration::Bin> reliability;
        std::array<QList<ConfidenceCalibration::Bin>, suggestionSourceCount> reliabilityBySource;
        double logLoss = 0;
        QList<std::pair<double, double>> logLossByTemperature;
    };
    static Calibration calibrate(const CrossValidation &crossValidation);
};

} // namespace Hamish
