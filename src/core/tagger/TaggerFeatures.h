// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QStringView>

#include <memory>
#include <vector>

namespace Hamish {

class CorpusLexicon;

// Turns a sentence's tokens into hashed feature keys for the sequence model: word forms, affixes, a ±2
// window, shapes and position. Which groups are on is part of the model, so training and tagging agree.
class TaggerFeatures
{
public:
    enum Group : quint32 {
        Word = 1u << 0,              // the raw token
        Normalized = 1u << 1,        // its normalised form
        Stem = 1u << 2,              // the normalised form without proclitics
        Clitics = 1u << 3,           // which proclitics were stripped
        Affixes = 1u << 4,           // first and last 1-3 letters (and 4 in longer words)
        Window = 1u << 5,            // normalised words at ±1, ±2
        WindowStems = 1u << 6,       // stems at ±1, ±2
        Bigrams = 1u << 7,           // the word with its left or right neighbour
        Shape = 1u << 8,             // digits / Latin / Arabic / punctuation pattern, here and at ±1
        Position = 1u << 9,          // first or last in the sentence
        Gazetteer = 1u << 10,        // inside a name from the engine's gazetteers (B/I and its type), here and at ±1
        Triggers = 1u << 11,         // a trigger word (الرئيس، مدينة، حزب) or a given name at -2 .. +1
        NeighbourAffixes = 1u << 12, // last 2-3 and first 2 letters of the words at ±1
        Corpus = 1u << 13,           // what the training corpus says of the word, its stem and the name it starts
        Lists = 1u << 14,            // open name lists (NameLists): people's name words, here and at ±1; listed names
        Classes = 1u << 15,          // word classes from unlabelled text (WordClasses): the word's, its stem's, at ±1
    };
    static constexpr quint32 allGroups = (1u << 16) - 1;

    // Group names as used by `hamish train --without`, e.g. "window-stems".
    static QStringList groupNames();
    static quint32 groupFromName(QStringView name); // 0 when unknown

    explicit TaggerFeatures(quint32 groups = allGroups);
    quint32 groups() const { return m_groups; }

    // What the features need of one word form alone (its hashes, affix keys, lexicon and name-list lookups),
    // computed once per distinct form and reused by every sentence extracted with the same features and lexicon.
    // A text repeats its words, so a tagger keeps one across sentences and texts. Not thread-safe: one per thread.
    class WordCache
    {
    public:
        WordCache();
        ~WordCache();
        WordCache(const WordCache &) = delete;
        WordCache &operator=(const WordCache &) = delete;
        qsizetype size() const;
        void clear();
        // Past this many word forms the cache starts again, so memory stays bounded on any text.
        static constexpr qsizetype maxWords = 1 << 16;

    private:
        friend class TaggerFeatures;
        struct Data;
        std::unique_ptr<Data> d;
    };

    // Appends every token's keys to `keys`; token i's keys are keys[offsets[i]] .. keys[offsets[i + 1]].
    // `offsets` gets tokens.size() + 1 entries.
    // `lexicon` feeds the Corpus group (no corpus features without it). `cache`, when given, keeps what each
    // word form needs for the next calls; it must only ever see this lexicon (it starts again for other groups or
    // another lexicon object). The keys are the same with or without it.
    void extract(const QList<QStringView> &tokens, std::vector<quint64> &keys, std::vector<quint32> &offsets,
                 const CorpusLexicon *lexicon = nullptr, WordCache *cache = nullptr) const;

    // The hash of a text as the features use it (FNV-1a, then mixed).
    static quint64 hashText(QStringView text);

private:
    quint32 m_groups;
};

} // namespace Hamish
