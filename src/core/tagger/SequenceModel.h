// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tagger/ConfidenceCalibration.h"
#include "core/tagger/CorpusLexicon.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <map>
#include <vector>

namespace Hamish {

// A trained linear-chain tagger: per-feature label weights, label transitions and Viterbi decoding under
// BIO constraints. Saved as a versioned binary file with a magic number, sizes and a SHA-256 checksum, so a
// damaged file is refused with a message instead of being read.
class SequenceModel
{
public:
    SequenceModel() = default;
    // `featureWeights` maps a feature key to one weight per label; `transitions` holds (labels + 1) rows of
    // `labels` columns: row 0 scores the first tag, row p + 1 the tag after label p.
    SequenceModel(QStringList labels, quint32 featureGroups, std::vector<float> transitions,
                  const std::map<quint64, std::vector<float>> &featureWeights, CorpusLexicon lexicon = {});

    bool isEmpty() const { return m_labels.isEmpty(); }
    const QStringList &labels() const { return m_labels; }
    quint32 featureGroups() const { return m_featureGroups; }
    qsizetype featureCount() const { return qsizetype(m_rowKeys.size()); }
    // What the training corpus says of words and names (TaggerFeatures::Corpus); empty without that group.
    const CorpusLexicon &lexicon() const { return m_lexicon; }

    // The best label index per token; token i's feature keys are keys[offsets[i]] .. keys[offsets[i + 1]].
    // `emission`, when given, receives the tokens' label scores (n × labels) for chunkProbabilities().
    QList<int> decode(const std::vector<quint64> &keys, const std::vector<quint32> &offsets,
                      std::vector<float> *emission = nullptr) const;
    // For each (first, last) token range, the probability that it carries exactly the labels `path` gives it,
    // under the distribution over allowed label sequences p ∝ exp(score / temperature()) (forward-backward). With
    // BIOES labels and a name's range, that is the probability of that name, span and type.
    std::vector<double> chunkProbabilities(const std::vector<float> &emission, const QList<int> &path,
                                           const QList<std::pair<qsizetype, qsizetype>> &ranges) const;

    // The scale of scores in chunkProbabilities(), and the map from raw scores to calibrated confidences; both
    // fitted on held-out data after training (`hamish train --calibrate`) and saved with the model.
    double temperature() const { return m_temperature; }
    void setTemperature(double temperature);
    const ConfidenceCalibration &calibration() const { return m_calibration; }
    void setCalibration(ConfidenceCalibration calibration) { m_calibration = std::move(calibration); }
    static constexpr double defaultTemperature = 40.0;

    QByteArray toBytes() const;
    // Reads a model file's bytes; on failure returns an empty model and sets `error` to what is wrong.
    static SequenceModel fromBytes(const QByteArray &bytes, QString *error);
    bool save(const QString &path, QString *error) const;
    static SequenceModel load(const QString &path, QString *error);

    // Viterbi over a first-order chain: `emission` is n × width; `transitions` is (width + 1) × width with
    // row 0 for the sentence start; `allowed` is shaped like it plus a last row: the labels that may end one.
    static QList<int> bestPath(const float *emission, qsizetype n, qsizetype width, const float *transitions,
                               const char *allowed);
    // The allowed-transition table for `labels`, shaped like the transitions.
    static std::vector<char> allowedTransitions(const QStringList &labels);
    // Whether label `next` may follow `previous` (-1 = sentence start; next == labels.size() = sentence end):
    // I-X only continues X; with BIOES labels, B-X and I-X go on with I-X or E-X only.
    static bool allowed(const QStringList &labels, int previous, int next);

private:
    void buildIndex();
    void buildPairs();
    const float *rowFor(quint64 key) const;

    QStringList m_labels;
    quint32 m_featureGroups = 0;
    std::vector<float> m_transitions;
    CorpusLexicon m_lexicon;
    double m_temperature = defaultTemperature;
    ConfidenceCalibration m_calibration;
    std::vector<char> m_allowed;    // (labels + 2) × labels: m_transitions' layout plus the may-end row
    std::vector<quint64> m_rowKeys; // row r's feature key, in file order
    std::vector<float> m_weights;   // rows × labels
    struct Slot
    {
        quint64 key = 0; // 0 = empty
        quint32 row = 0;
    };
    std::vector<Slot> m_slots; // open addressing; key and row side by side
    quint64 m_slotMask = 0;
    // For chunkProbabilities(), from the transitions and the temperature: exp(transition / temperature) (0 for a
    // forbidden pair), and for each label the labels that may come before it and after it with a weight that is
    // not 0, in label order.
    struct Pairs
    {
        std::vector<double> weights;
        std::vector<int> previousOf, nextOf; // labels × labels, the first previousCount[label] (nextCount) used
        std::vector<int> previousCount, nextCount;
    };
    Pairs m_pairs;
};

} // namespace Hamish
