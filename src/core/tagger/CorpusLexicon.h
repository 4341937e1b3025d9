// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tagger/ConllCorpus.h"
#include "core/tagger/HashIndex.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QStringList>

#include <vector>

namespace Hamish {

// What the training corpus says about words and names: how often each normalised word (and each stem) was
// seen, and how often inside a name of each type; and the names themselves (most frequent type, longest
// first). The model keeps the lexicon of all its training sentences, so at tagging time the features come
// from the text and this table alone. In training, each sentence sees a lexicon built from the other folds
// only (jackknifing), so the feature says on training data what it can say on unseen text.
class CorpusLexicon
{
public:
    struct WordStats
    {
        quint32 total = 0;
        std::vector<quint32> byType; // one count per type(), inside a name of that type
        bool operator==(const WordStats &other) const = default;
    };
    // The share of a word's occurrences inside a name of any type (0 for a word never seen).
    static double namedShare(const WordStats &stats);
    // A word the corpus holds inside names in under this share of its occurrences is a common word: the
    // consistency pass does not spread it as a family name, and a gazetteer name written like it is not filled in.
    static constexpr double kCommonWordShare = 1.0 / 3.0;

    CorpusLexicon() = default;
    // The lexicon of `sentences`, leaving out those in [skipBegin, skipEnd).
    static CorpusLexicon build(const QList<TaggedSentence> &sentences, qsizetype skipBegin = 0, qsizetype skipEnd = 0);

    bool isEmpty() const { return m_types.isEmpty(); }
    const QStringList &types() const { return m_types; }
    const WordStats *word(quint64 normalizedHash) const;
    // The counts of a word as it is written in a text (normalised here); null for a word the corpus never had.
    const WordStats *word(QStringView text) const;
    // The share of the occurrences of a word as written inside a name; `unseen` for a word the corpus never had.
    double namedShare(QStringView text, double unseen) const;
    const WordStats *stem(quint64 stemHash) const;
    // The type index of the name whose normalised words hash to `phraseHash` (-1 if none).
    int phraseType(quint64 phraseHash) const;
    int maxWords(quint64 firstWordHash) const;

    static quint64 stemKey(quint64 stemHash);
    // Combines the hashes of a name's words, in order, into the phrase hash.
    static quint64 extendPhrase(quint64 phraseHash, quint64 wordHash);

    void write(QByteArray &out) const;
    // Reads what write() wrote from `in` starting at `*position`; false on malformed or truncated data.
    bool read(QByteArrayView in, qsizetype *position, QString *error);

    bool operator==(const CorpusLexicon &other) const = default;

private:
    QStringList m_types;
    HashIndex<WordStats> m_words; // normalised-word hash or stemKey(stem hash)
    HashIndex<qint32> m_phrases;  // phrase hash → type
    HashIndex<qint32> m_maxWords; // first word hash → longest name
};

} // namespace Hamish
