// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <array>
#include <utility>
#include <vector>

namespace Hamish {

// Where a name suggestion of the tagger comes from; each is calibrated on its own.
enum class SuggestionSource : quint8 {
    Model,  // the model's best path: the score is the span's marginal probability (forward-backward)
    Spread, // the consistency pass: the score is that of the name it copies
    Listed, // a gazetteer name the engine adds where the model found none: the score is the list's confidence
};
constexpr int suggestionSourceCount = 3;

// Turns a suggestion's raw score into a probability that it is right (exact span and type), by isotonic
// regression fitted on held-out suggestions: of the suggestions shown with confidence about 0.7, about 70 %
// are right. Stored with the model; an empty calibration leaves scores as they are.
class ConfidenceCalibration
{
public:
    struct Sample
    {
        SuggestionSource source = SuggestionSource::Model;
        double score = 0;
        bool correct = false;
    };
    // One bin of a reliability table.
    struct Bin
    {
        double low = 0, high = 0;
        qint64 count = 0;
        double meanConfidence = 0;
        double precision = 0;
    };

    // Pool-adjacent-violators per source over the samples' scores, each knot standing for at least 30 samples; a
    // source without samples stays uncalibrated.
    static ConfidenceCalibration fit(const std::vector<Sample> &samples);

    bool isEmpty() const;
    double apply(SuggestionSource source, double score) const;

    // Confidence against measured precision in `bins` equal-width bins of confidence, and the expected
    // calibration error (the bins' |precision − confidence| weighted by their share of the samples).
    static QList<Bin> reliability(const std::vector<std::pair<double, bool>> &confidenceAndCorrect, int bins = 10);
    static double expectedCalibrationError(const QList<Bin> &bins);
    static QString report(const QList<Bin> &bins); // a table, one line per bin, and the ECE

    void write(QByteArray &out) const;
    bool read(QByteArrayView in, qsizetype *position, QString *error);
    bool operator==(const ConfidenceCalibration &other) const = default;

private:
    // Per source: (score, probability) knots, scores ascending; linear between knots, flat beyond.
    std::array<std::vector<std::pair<float, float>>, suggestionSourceCount> m_knots;
};

// How an annotation's origin names its source: "model:ner", "model:consistency", anything else from the lists.
SuggestionSource suggestionSourceOf(const QString &origin);

} // namespace Hamish
