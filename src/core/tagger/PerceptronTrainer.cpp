// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tagger/PerceptronTrainer.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {

// A training sentence with its features resolved to dense ids (-1: dropped by the count cut-off).
struct Example
{
    std::vector<qint32> features;
    std::vector<quint32> offsets;
    std::vector<int> gold;
};

// The tags as the decoder can produce them: an I-X that does not continue an X becomes B-X, which is also
// how the span evaluation reads it.
QStringList repairedTags(const QStringList &tags)
{
    QStringList repaired = tags;
    for (qsizetype i = 0; i < repaired.size(); ++i) {
        const QString &tag = repaired.at(i);
        if (tag.startsWith(u"I-")
            && (i == 0 || repaired.at(i - 1).sliced(qMin(2, repaired.at(i - 1).size())) != tag.sliced(2)))
            repaired[i] = u"B-"_s + tag.sliced(2);
    }
    return repaired;
}

// BIO tags (repaired) as BIOES: the last tag of a name becomes E-X, or S-X when the name is one token.
QStringList bioesTags(const QStringList &tags)
{
    QStringList bioes = tags;
    for (qsizetype i = 0; i < tags.size(); ++i) {
        if (tags.at(i) == u"O")
            continue;
        const bool last = i + 1 == tags.size() || !tags.at(i + 1).startsWith(u"I-");
        if (last)
            bioes[i] = (tags.at(i).startsWith(u"B-") ? u"S-"_s : u"E-"_s) + tags.at(i).sliced(2);
    }
    return bioes;
}

QStringList labelSet(const QList<QStringList> &tagLists)
{
    QStringList labels;
    for (const QStringList &tags : tagLists) {
        for (const QString &tag : tags) {
            if (!labels.contains(tag))
                labels += tag;
        }
    }
    labels.removeAll(u"O"_s);
    labels.sort();
    labels.prepend(u"O"_s);
    return labels;
}

// Weights that are only ever changed by whole steps, kept with their running sum for averaging: the
// average after `steps` updates is w - sum / steps where sum accumulates step × change (Daumé's trick).
struct AveragedWeights
{
    std::vector<qint32> current;
    std::vector<qint64> stamped;

    explicit AveragedWeights(size_t size)
        : current(size, 0)
        , stamped(size, 0)
    {}
    void add(size_t index, int change, qint64 step)
    {
        current[index] += change;
        stamped[index] += step * change;
    }
    float average(size_t index, qint64 steps) const
    {
        return float(double(current[index]) - double(stamped[index]) / double(steps));
    }
};

} // namespace

SequenceModel PerceptronTrainer::train(const QList<TaggedSentence> &sentences, const Options &options,
                                       const Progress &progress)
{
    QList<QStringList> goldTags;
    for (const TaggedSentence &sentence : sentences)
        goldTags += options.bioes ? bioesTags(repairedTags(sentence.tags)) : repairedTags(sentence.tags);
    const QStringList labels = labelSet(goldTags);
    const qsizetype width = labels.size();
    const TaggerFeatures features(options.featureGroups);

    // Resolve feature keys to ids in order of first appearance, so ids do not depend on hashing order.
    std::vector<std::vector<quint64>> sentenceKeys(sentences.size());
    std::vector<std::vector<quint32>> sentenceOffsets(sentences.size());
    std::unordered_map<quint64, qint32> counts;
    const bool corpus = (options.featureGroups & TaggerFeatures::Corpus) != 0;
    CorpusLexicon lexicon = corpus ? CorpusLexicon::build(sentences) : CorpusLexicon();
    const qsizetype folds = std::clamp<qsizetype>(options.corpusFolds, 1, std::max<qsizetype>(1, sentences.size()));
    CorpusLexicon foldLexicon;
    qsizetype foldEnd = 0;
    for (qsizetype s = 0; s < sentences.size(); ++s) {
        if (corpus && s == foldEnd) {
            // Fold f holds sentences [size × f / folds, size × (f + 1) / folds); s starts the next one.
            qsizetype fold = 0;
            while (sentences.size() * (fold + 1) / folds <= s)
                ++fold;
            foldEnd = sentences.size() * (fold + 1) / folds;
            foldLexicon = folds > 1 ? CorpusLexicon::build(sentences, s, foldEnd) : lexicon;
        }
        QList<QStringView> tokens;
        for (const QString &token : sentences[s].tokens)
            tokens += token;
        features.extract(tokens, sentenceKeys[s], sentenceOffsets[s], corpus ? &foldLexicon : nullptr);
        for (const quint64 key : sentenceKeys[s])
            ++counts[key];
    }
    std::unordered_map<quint64, qint32> ids;
    std::vector<quint64> keyOfId;
    std::vector<Example> examples(sentences.size());
    for (qsizetype s = 0; s < sentences.size(); ++s) {
        Example &example = examples[s];
        for (const quint64 key : sentenceKeys[s]) {
            qint32 id = -1;
            if (counts[key] >= options.minCount) {
                const auto [it, inserted] = ids.try_emplace(key, qint32(keyOfId.size()));
                if (inserted)
                    keyOfId.push_back(key);
                id = it->second;
            }
            example.features.push_back(id);
        }
        example.offsets = std::move(sentenceOffsets[s]);
        for (const QString &tag : goldTags[s])
            example.gold.push_back(int(labels.indexOf(tag)));
        sentenceKeys[s] = {};
    }
    counts = {};

    const std::vector<char> allowed = SequenceModel::allowedTransitions(labels);
    AveragedWeights weights(keyOfId.size() * size_t(width));
    AveragedWeights transitions(size_t((width + 1) * width));
    std::vector<float> transitionScores(transitions.current.size());
    std::vector<float> emission;
    std::vector<qint32> active;
    std::vector<qsizetype> order(examples.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = qsizetype(i);
    std::mt19937_64 random(options.seed);
    qint64 step = 1;

    for (int epoch = 1; epoch <= options.epochs; ++epoch) {
        // Fisher-Yates with our own index draw: std::shuffle's algorithm differs between libraries.
        for (size_t i = order.size(); i > 1; --i)
            std::swap(order[i - 1], order[size_t(random() % i)]);
        qsizetype mistakes = 0;
        for (const qsizetype s : order) {
            const Example &example = examples[s];
            const qsizetype n = qsizetype(example.gold.size());
            // Feature dropout: hiding a random share of each token's features keeps any one feature (the
            // word itself, typically) from explaining the training data alone, so context features learn too.
            active = example.features;
            if (options.dropout > 0) {
                for (qsizetype i = 0; i < n; ++i) {
                    for (quint32 k = example.offsets[i] + 1; k < example.offsets[i + 1]; ++k) {
                        if (double(random() >> 11) * 0x1.0p-53 < options.dropout)
                            active[k] = -1;
                    }
                }
            }
            emission.assign(size_t(n * width), 0.0f);
            for (qsizetype i = 0; i < n; ++i) {
                for (quint32 k = example.offsets[i]; k < example.offsets[i + 1]; ++k) {
                    if (const qint32 id = active[k]; id >= 0) {
                        for (qsizetype label = 0; label < width; ++label)
                            emission[i * width + label] += float(weights.current[size_t(id) * width + label]);
                    }
                }
            }
            // Loss-augmented decoding: a wrong label gets a head start, so updates continue until the gold
            // path wins by a margin instead of by a hair.
            for (qsizetype i = 0; i < n; ++i) {
                for (qsizetype label = 0; label < width; ++label) {
                    if (label != example.gold[i])
                        emission[i * width + label] += options.margin;
                }
            }
            for (size_t t = 0; t < transitionScores.size(); ++t)
                transitionScores[t] = float(transitions.current[t]);
            const QList<int> predicted =
                SequenceModel::bestPath(emission.data(), n, width, transitionScores.data(), allowed.data());

            bool wrong = false;
            for (qsizetype i = 0; i < n; ++i) {
                const int gold = example.gold[i], guess = predicted[i];
                const int goldBefore = i ? example.gold[i - 1] + 1 : 0, guessBefore = i ? predicted[i - 1] + 1 : 0;
                if (gold != guess) {
                    wrong = true;
                    for (quint32 k = example.offsets[i]; k < example.offsets[i + 1]; ++k) {
                        if (const qint32 id = active[k]; id >= 0) {
                            weights.add(size_t(id) * width + gold, 1, step);
                            weights.add(size_t(id) * width + guess, -1, step);
                        }
                    }
                }
                if (gold != guess || goldBefore != guessBefore) {
                    transitions.add(size_t(goldBefore * width + gold), 1, step);
                    transitions.add(size_t(guessBefore * width + guess), -1, step);
                }
            }
            mistakes += wrong;
            ++step;
        }
        if (progress)
            progress(epoch, mistakes);
    }

    std::vector<float> averagedTransitions(transitions.current.size());
    for (size_t t = 0; t < averagedTransitions.size(); ++t)
        averagedTransitions[t] = transitions.average(t, step);
    std::map<quint64, std::vector<float>> featureWeights;
    for (size_t id = 0; id < keyOfId.size(); ++id) {
        std::vector<float> row(static_cast<size_t>(width));
        float largest = 0.0f;
        for (qsizetype label = 0; label < width; ++label) {
            row[label] = weights.average(id * width + label, step);
            largest = std::max(largest, std::abs(row[label]));
        }
        if (largest > 0.0f && largest >= options.pruneBelow)
            featureWeights.emplace(keyOfId[id], std::move(row));
    }
    return SequenceModel(labels, options.featureGroups, std::move(averagedTransitions), featureWeights,
                         std::move(lexicon));
}

} // namespace Hamish
