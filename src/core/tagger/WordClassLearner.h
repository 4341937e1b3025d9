// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tagger/WordClasses.h"

#include <QHash>
#include <QString>
#include <QStringView>

#include <functional>
#include <vector>

namespace Hamish {

// Learns WordClasses from unlabelled text with the exchange algorithm (Kneser and Ney 1993; Martin, Liermann and
// Ney 1998): words are moved one at a time to the class that most raises the likelihood of the text under a
// class bigram model, until no move helps or the passes run out. Each granularity is learnt on its own.
// Deterministic: the same text and options give the same classes.
class WordClassLearner
{
public:
    struct Options
    {
        WordClasses::Classes classCounts{64, 256, 1024}; // per granularity, coarse to fine (as shipped)
        int minCount = 3;                                // rarer words share one "rare word" item and get no class
        int iterations = 10;                             // passes over the vocabulary at most
    };

    struct Entry
    {
        QString word; // normalised (TaggerWordForms::normalize)
        qint64 count = 0;
        WordClasses::Classes classes{};
    };

    struct Result
    {
        std::vector<Entry> words; // most frequent first
        qint64 tokens = 0;
        qint64 sentences = 0;
        // Per granularity: log-likelihood per token of the class bigram part before the first pass and after
        // the last, and the passes made.
        WordClasses::Classes passes{};
        std::array<double, WordClasses::levels> startLogLikelihood{}, endLogLikelihood{};
    };

    // Tokenises running text as the tagger does (TaggerTokenizer) and adds its sentences.
    void addText(QStringView text);
    // Adds one sentence of tokens as written.
    void addSentence(const QList<QStringView> &tokens);
    qint64 tokenCount() const { return m_tokenCount; }

    // `progress(granularity, pass, moves)` is called after every pass; returning false stops learning (the
    // result is then empty).
    using Progress = std::function<bool(int granularity, int pass, qint64 moves)>;
    Result learn(const Options &options, const Progress &progress = {}) const;

private:
    QHash<QString, qint32> m_ids;
    std::vector<QString> m_words;
    std::vector<qint64> m_counts;
    std::vector<qint32> m_stream; // word ids, -1 between sentences
    qint64 m_tokenCount = 0;
    qint64 m_sentenceCount = 0;
};

} // namespace Hamish
