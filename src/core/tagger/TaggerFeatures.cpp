// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tagger/TaggerFeatures.h"

#include "core/extraction/Gazetteer.h"
#include "core/extraction/WordTable.h"
#include "core/tagger/CorpusLexicon.h"
#include "core/tagger/NameLists.h"
#include "core/tagger/TaggerWordForms.h"
#include "core/tagger/WordClasses.h"

#include <algorithm>
#include <array>
#include <bit>
#include <optional>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {

// Template ids: a key is the hash of (template, value), so the same word in two roles gives two features.
enum Template : quint64 {
    Bias = 1,
    RawWord,
    NormWord,
    StemWord,
    CliticSet,
    Prefix1,
    Suffix1 = Prefix1 + 3,
    NormAt = Suffix1 + 3, // + window slot 0..3 for -2, -1, +1, +2
    StemAt = NormAt + 4,
    LeftBigram = StemAt + 4,
    RightBigram,
    ShapeHere,
    ShapeLeft,
    ShapeRight,
    FirstToken,
    LastToken,
    GazetteerHere,
    GazetteerLeft,
    GazetteerRight,
    TriggerAt,                 // + slot 0..3 for -2, -1, 0, +1
    GivenName = TriggerAt + 4, // + 0 here, 1 for the previous word
    Prefix4 = GivenName + 2,
    Suffix4,
    NeighbourSuffix, // + 0..3: last 2 or 3 letters of the word before or after
    NeighbourPrefix = NeighbourSuffix + 4,
    CorpusUnseen = NeighbourPrefix + 2, // + 0 word, 1 stem
    CorpusWordType = CorpusUnseen + 2,  // + 0 word, 1 stem: type × 8 + share bucket, or 255 never in a name
    CorpusFrequency = CorpusWordType + 2,
    CorpusNeighbour = CorpusFrequency + 1, // + 0 left, 1 right: the word's main type there
    CorpusNameHere = CorpusNeighbour + 2,
    CorpusNameLeft,
    CorpusNameRight,
    ListPersonWord,                      // + 0 the word, 1 its stem: its frequency class in people's names
    ListPersonPair = ListPersonWord + 2, // + 0 left, 1 right: whether that word and this one are listed
    ListNameHere = ListPersonPair + 2,
    ListNameLeft,
    ListNameRight,
    ClassWord,                    // + granularity: the word's class
    ClassStem = ClassWord + 3,    // + granularity: its stem's, when the stem is not the word
    ClassUnknown = ClassStem + 3, // neither has a class
    ClassLeft,                    // the middle class of the word before, and of the word after
    ClassRight,
    ClassPairLeft, // the coarse classes of the word before and this one, and of this one and the word after
    ClassPairRight,
    ClassFineLeft, // the finest class of the word before, and of the word after
    ClassFineRight,
};

// A word's class at one granularity as its neighbours' features read it.
constexpr quint16 noClass = 0xFFFF, boundaryClass = 0xFFFE;

quint64 mix(quint64 x)
{
    // splitmix64's finaliser: spreads every input bit over the key.
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

} // namespace

quint64 TaggerFeatures::hashText(QStringView text)
{
    quint64 h = 0xCBF29CE484222325ull;
    for (const QChar c : text) {
        h ^= c.unicode();
        h *= 0x100000001B3ull;
    }
    return mix(h);
}

namespace {

quint64 key(quint64 featureTemplate, quint64 value)
{
    const quint64 k = mix(value ^ (featureTemplate * 0xD6E8FEB86659FD93ull));
    return k ? k : 1; // 0 marks an empty slot in the model's table
}

QString shapeOf(QStringView word)
{
    QString shape;
    for (const QChar c : word) {
        QChar kind;
        if (c.isDigit())
            kind = u'd';
        else if (c.unicode() < 0x80 && c.isLetter())
            kind = c.isUpper() ? u'A' : u'a';
        else if (c.isLetter() || c.isMark())
            kind = u'ع';
        else
            kind = c; // punctuation stands for itself
        if (shape.isEmpty() || shape.back() != kind)
            shape += kind;
    }
    return shape;
}

// A word form's share of the features, computed once (TaggerFeatures::WordCache).
struct CachedWord
{
    QString normalized;
    QString stem;
    bool stemIsNormalized = true;
    quint64 raw = 0, norm = 0, stemHash = 0, shape = 0; // hashes the neighbours' features read too
    quint64 mixedNorm = 0;                              // mix(norm), for the bigrams
    quint64 trigger = 0;                                // 1 + TriggerKind, 0 if none
    bool givenName = false;                             // its stem is a given name
    qint8 mainType = -1; // its most frequent name type in the corpus, if it is one half the time
    quint8 personClass = 0;
    // Keys that depend on the word alone, in the order extract() emits them: offsets into the cache's key store.
    quint32 ownKeys = 0, neighbourKeys = 0, corpusKeys = 0;
    quint8 ownCount = 0, neighbourCount = 0, corpusCount = 0; // neighbourCount keys for each side
    quint8 listKey = 0;                                       // 1 when the key after corpusKeys is ListPersonWord
    quint32 classKeys = 0;                                    // its own class keys (the Classes group)
    quint8 classCount = 0;
    WordClasses::Classes classes{noClass, noClass, noClass}; // the word's, or its stem's
    // Names starting with the normalised form [0] or the stem [1]: the most words one has, and the type of the
    // one-word name (-1 when the form alone is none), in the curated gazetteer, the name lists and the corpus.
    std::array<int, 2> gazetteerLongest{}, listLongest{}, corpusLongest{};
    std::array<qint8, 2> gazetteerType{-1, -1}, listType{-1, -1}, corpusType{-1, -1};
};

} // namespace

struct TaggerFeatures::WordCache::Data
{
    bool bound = false;
    quint32 groups = 0;
    const CorpusLexicon *lexicon = nullptr;
    WordTable<quint32> index; // word form → 1 + its position in `words`
    std::vector<CachedWord> words;
    std::vector<quint64> keys;

    void reset()
    {
        index = {};
        words.clear();
        keys.clear();
    }
};

TaggerFeatures::WordCache::WordCache()
    : d(std::make_unique<Data>())
{}

TaggerFeatures::WordCache::~WordCache() = default;

qsizetype TaggerFeatures::WordCache::size() const
{
    return qsizetype(d->words.size());
}

void TaggerFeatures::WordCache::clear()
{
    d->reset();
}

namespace {

// The curated gazetteer's type of a normalised phrase, -1 if it holds none. Curated names only: a list derived
// from the training corpus would fire on every training entity and teach the model to trust it far more than it
// deserves on unseen text.
int curatedType(const Gazetteer::Entry *entry)
{
    return entry && entry->curated ? int(entry->type) : -1;
}

int listedType(const EntityType *type)
{
    return type ? int(*type) : -1;
}

// Computes what `extract` needs of one word form, appending its word-only keys to `keys`.
CachedWord describeWord(QStringView token, quint32 groups, const CorpusLexicon *lexicon, bool corpus,
                        std::vector<quint64> &keys)
{
    const auto on = [groups](TaggerFeatures::Group group) {
        return (groups & group) != 0;
    };
    const TaggerWordForms form = TaggerWordForms::of(token);
    CachedWord word;
    word.normalized = form.normalized;
    word.stem = form.stem;
    word.stemIsNormalized = form.stem == form.normalized;
    word.raw = TaggerFeatures::hashText(token);
    word.norm = TaggerFeatures::hashText(form.normalized);
    word.stemHash = TaggerFeatures::hashText(form.stem);
    word.shape = TaggerFeatures::hashText(shapeOf(token));
    word.mixedNorm = mix(word.norm);

    word.ownKeys = quint32(keys.size());
    keys.push_back(key(Bias, 0));
    if (on(TaggerFeatures::Word))
        keys.push_back(key(RawWord, word.raw));
    if (on(TaggerFeatures::Normalized))
        keys.push_back(key(NormWord, word.norm));
    if (on(TaggerFeatures::Stem))
        keys.push_back(key(StemWord, word.stemHash));
    if (on(TaggerFeatures::Clitics))
        keys.push_back(key(CliticSet, TaggerFeatures::hashText(form.clitics)));
    if (on(TaggerFeatures::Affixes)) {
        for (qsizetype k = 1; k <= 3 && k <= form.stem.size(); ++k)
            keys.push_back(key(Prefix1 + k - 1, TaggerFeatures::hashText(QStringView(form.stem).first(k))));
        for (qsizetype k = 1; k <= 3 && k <= form.normalized.size(); ++k)
            keys.push_back(key(Suffix1 + k - 1, TaggerFeatures::hashText(QStringView(form.normalized).last(k))));
        if (form.stem.size() >= 5) {
            keys.push_back(key(Prefix4, TaggerFeatures::hashText(QStringView(form.stem).first(4))));
            keys.push_back(key(Suffix4, TaggerFeatures::hashText(QStringView(form.normalized).last(4))));
        }
    }
    word.ownCount = quint8(keys.size() - word.ownKeys);

    // The keys this word gives the word after it (side 0) and the word before it (side 1).
    word.neighbourKeys = quint32(keys.size());
    if (on(TaggerFeatures::NeighbourAffixes)) {
        const QStringView other = form.normalized;
        for (quint64 side = 0; side < 2; ++side) {
            for (qsizetype k = 2; k <= 3 && k < other.size(); ++k)
                keys.push_back(
                    key(NeighbourSuffix + side * 2 + quint64(k - 2), TaggerFeatures::hashText(other.last(k))));
            if (other.size() > 3)
                keys.push_back(key(NeighbourPrefix + side, TaggerFeatures::hashText(other.first(2))));
        }
    }
    word.neighbourCount = quint8((keys.size() - word.neighbourKeys) / 2);

    if (on(TaggerFeatures::Gazetteer)) {
        const Gazetteer &gazetteer = Gazetteer::instance();
        for (int kind = 0; kind < 2; ++kind) {
            const QString &first = kind ? form.stem : form.normalized;
            word.gazetteerLongest[kind] = gazetteer.maxWords(first);
            word.gazetteerType[kind] = qint8(curatedType(gazetteer.find(first)));
        }
    }
    if (on(TaggerFeatures::Triggers)) {
        const Gazetteer &gazetteer = Gazetteer::instance();
        const TriggerKind *kind = gazetteer.trigger(form.normalized);
        if (!kind)
            kind = gazetteer.trigger(form.stem);
        word.trigger = kind ? 1 + quint64(*kind) : 0;
        word.givenName = gazetteer.isGivenName(form.stem);
    }

    word.corpusKeys = quint32(keys.size());
    if (corpus) {
        for (int kind = 0; kind < 2; ++kind) {
            const quint64 first = kind ? word.stemHash : word.norm;
            word.corpusLongest[kind] = lexicon->maxWords(first);
            word.corpusType[kind] = qint8(lexicon->phraseType(first));
        }
        if (const CorpusLexicon::WordStats *stats = lexicon->word(word.norm)) {
            for (size_t t = 0; t < stats->byType.size(); ++t) {
                if (stats->byType[t] * 2 >= stats->total)
                    word.mainType = qint8(t);
            }
        }
        for (int kind = 0; kind < 2; ++kind) {
            const CorpusLexicon::WordStats *stats = kind ? lexicon->stem(word.stemHash) : lexicon->word(word.norm);
            if (!stats) {
                keys.push_back(key(CorpusUnseen + quint64(kind), 0));
                continue;
            }
            bool named = false;
            for (size_t t = 0; t < stats->byType.size(); ++t) {
                if (stats->byType[t]) {
                    named = true;
                    const quint64 share = std::min<quint64>(3, 4 * stats->byType[t] / stats->total);
                    keys.push_back(key(CorpusWordType + quint64(kind), t * 8 + share));
                }
            }
            if (!named)
                keys.push_back(key(CorpusWordType + quint64(kind), 255));
            if (kind == 0)
                keys.push_back(key(CorpusFrequency, std::min<quint64>(6, std::bit_width(stats->total))));
        }
    }
    word.corpusCount = quint8(keys.size() - word.corpusKeys);

    if (on(TaggerFeatures::Lists)) {
        const NameLists &lists = NameLists::instance();
        for (int kind = 0; kind < 2; ++kind) {
            const QString &first = kind ? form.stem : form.normalized;
            word.listLongest[kind] = lists.maxWords(first);
            word.listType[kind] = qint8(listedType(lists.find(first)));
        }
        const int wordClass = lists.personWordClass(form.normalized);
        // A stem's class is kept apart (+ 16): ولندن is و + a listed word, وليد a listed word.
        const int stemClass = wordClass || word.stemIsNormalized ? 0 : lists.personWordClass(form.stem);
        word.personClass = quint8(wordClass ? wordClass : stemClass ? 16 + stemClass : 0);
        if (word.personClass) {
            keys.push_back(key(ListPersonWord + (word.personClass > 16), word.personClass));
            word.listKey = 1;
        }
    }

    word.classKeys = quint32(keys.size());
    if (on(TaggerFeatures::Classes)) {
        // The word's classes and its stem's (والعراق and العراق stand in different places, عراق in both).
        const WordClasses &table = WordClasses::instance();
        const WordClasses::Classes *own = table.find(form.normalized);
        const WordClasses::Classes *stem = word.stemIsNormalized ? nullptr : table.find(form.stem);
        for (quint64 level = 0; level < WordClasses::levels; ++level) {
            if (own)
                keys.push_back(key(ClassWord + level, (*own)[level]));
            if (stem)
                keys.push_back(key(ClassStem + level, (*stem)[level]));
        }
        if (!own && !stem)
            keys.push_back(key(ClassUnknown, 0));
        if (own || stem)
            word.classes = own ? *own : *stem;
    }
    word.classCount = quint8(keys.size() - word.classKeys);
    return word;
}

// The listed names covering each token, longest match first (the first word may carry a proclitic): 0 outside
// any name, else 1 + (type × 2) + (0 for the first word of the name, 1 inside). `longest(word, kind)` and
// `single(word, kind)` give the cached most words and one-word type of names starting with the word's normalised
// form (kind 0) or stem (kind 1); `phraseType(first, kind, length)` looks a phrase of two words or more up.
template<typename Longest, typename Single, typename PhraseType>
void nameMarks(const std::vector<const CachedWord *> &words, std::vector<quint8> &marks, Longest longest, Single single,
               PhraseType phraseType)
{
    const qsizetype n = qsizetype(words.size());
    marks.assign(size_t(n), 0);
    for (qsizetype i = 0; i < n;) {
        qsizetype matched = 0;
        const CachedWord &word = *words[size_t(i)];
        for (int kind = 0; kind < 2; ++kind) {
            const qsizetype most = std::min<qsizetype>(longest(word, kind), n - i);
            for (qsizetype length = most; length > 0 && !matched; --length) {
                const int type = length == 1 ? single(word, kind) : phraseType(i, kind, length);
                if (type >= 0) {
                    for (qsizetype k = 0; k < length; ++k)
                        marks[size_t(i + k)] = quint8(1 + type * 2 + (k > 0));
                    matched = length;
                }
            }
            if (matched || word.stemIsNormalized)
                break;
        }
        i += matched ? matched : 1;
    }
}

// The type a WordTable of names gives the phrase of `length` words at `first` (its stem when `kind` is 1, then the
// normalised forms of the words after it), looked up without building the phrase.
template<typename Table, typename TypeOf>
int phraseTypeIn(const Table &table, const std::vector<const CachedWord *> &words, qsizetype first, int kind,
                 qsizetype length, TypeOf typeOf)
{
    const auto wordAt = [&](qsizetype k) -> QStringView {
        const CachedWord &word = *words[size_t(first + k)];
        return k == 0 && kind ? word.stem : word.normalized;
    };
    return typeOf(table.findWords(length, wordAt));
}

const std::array<std::pair<quint32, QString>, 16> &groupTable()
{
    static const std::array<std::pair<quint32, QString>, 16> table = {{
        {TaggerFeatures::Word, u"word"_s},
        {TaggerFeatures::Normalized, u"normalized"_s},
        {TaggerFeatures::Stem, u"stem"_s},
        {TaggerFeatures::Clitics, u"clitics"_s},
        {TaggerFeatures::Affixes, u"affixes"_s},
        {TaggerFeatures::Window, u"window"_s},
        {TaggerFeatures::WindowStems, u"window-stems"_s},
        {TaggerFeatures::Bigrams, u"bigrams"_s},
        {TaggerFeatures::Shape, u"shape"_s},
        {TaggerFeatures::Position, u"position"_s},
        {TaggerFeatures::Gazetteer, u"gazetteer"_s},
        {TaggerFeatures::Triggers, u"triggers"_s},
        {TaggerFeatures::NeighbourAffixes, u"neighbour-affixes"_s},
        {TaggerFeatures::Corpus, u"corpus"_s},
        {TaggerFeatures::Lists, u"lists"_s},
        {TaggerFeatures::Classes, u"classes"_s},
    }};
    return table;
}

} // namespace

QStringList TaggerFeatures::groupNames()
{
    QStringList names;
    for (const auto &[group, name] : groupTable())
        names += name;
    return names;
}

quint32 TaggerFeatures::groupFromName(QStringView name)
{
    for (const auto &[group, groupName] : groupTable()) {
        if (groupName == name)
            return group;
    }
    return 0;
}

TaggerFeatures::TaggerFeatures(quint32 groups)
    : m_groups(groups)
{}

void TaggerFeatures::extract(const QList<QStringView> &tokens, std::vector<quint64> &keys,
                             std::vector<quint32> &offsets, const CorpusLexicon *lexicon, WordCache *cache) const
{
    const qsizetype n = tokens.size();
    const bool corpus = (m_groups & Corpus) && lexicon && !lexicon->isEmpty();
    std::optional<WordCache> local; // a cache for this call alone when none is given
    WordCache::Data &data = *(cache ? cache : &local.emplace())->d;
    if (!data.bound || data.groups != m_groups || data.lexicon != lexicon
        || qsizetype(data.words.size()) + n > WordCache::maxWords) {
        data.reset();
        data.bound = true;
        data.groups = m_groups;
        data.lexicon = lexicon;
    }
    // Positions first: `data.words` may grow while the sentence is looked up.
    std::vector<quint32> positions(static_cast<size_t>(n));
    for (qsizetype i = 0; i < n; ++i) {
        quint32 &position = data.index[tokens[i]];
        if (!position) {
            data.words.push_back(describeWord(tokens[i], m_groups, lexicon, corpus, data.keys));
            position = quint32(data.words.size());
        }
        positions[size_t(i)] = position - 1;
    }
    std::vector<const CachedWord *> words(static_cast<size_t>(n));
    for (qsizetype i = 0; i < n; ++i)
        words[size_t(i)] = &data.words[positions[size_t(i)]];
    const quint64 *store = data.keys.data();
    static const CachedWord boundary = [] {
        CachedWord word;
        word.norm = word.stemHash = word.shape = 1;
        word.mixedNorm = mix(1);
        word.classes.fill(boundaryClass);
        return word;
    }();
    const auto at = [&](qsizetype i) -> const CachedWord & {
        return i < 0 || i >= n ? boundary : *words[size_t(i)];
    };
    const auto on = [this](Group group) {
        return (m_groups & group) != 0;
    };

    std::vector<quint8> gazetteer, corpusNames, listNames;
    if (on(Gazetteer)) {
        const Hamish::Gazetteer &names = Hamish::Gazetteer::instance();
        nameMarks(
            words, gazetteer, [](const CachedWord &word, int kind) { return word.gazetteerLongest[kind]; },
            [](const CachedWord &word, int kind) { return word.gazetteerType[kind]; },
            [&](qsizetype first, int kind, qsizetype length) {
                return phraseTypeIn(names, words, first, kind, length, curatedType);
            });
    } else {
        gazetteer.assign(size_t(n), 0);
    }
    if (corpus) {
        nameMarks(
            words, corpusNames, [](const CachedWord &word, int kind) { return word.corpusLongest[kind]; },
            [](const CachedWord &word, int kind) { return word.corpusType[kind]; },
            [&](qsizetype first, int kind, qsizetype length) {
                const CachedWord &word = *words[size_t(first)];
                quint64 phrase = kind ? word.stemHash : word.norm;
                for (qsizetype k = 1; k < length; ++k)
                    phrase = CorpusLexicon::extendPhrase(phrase, words[size_t(first + k)]->norm);
                return lexicon->phraseType(phrase);
            });
    }
    if (on(Lists)) {
        const NameLists &lists = NameLists::instance();
        nameMarks(
            words, listNames, [](const CachedWord &word, int kind) { return word.listLongest[kind]; },
            [](const CachedWord &word, int kind) { return word.listType[kind]; },
            [&](qsizetype first, int kind, qsizetype length) {
                return phraseTypeIn(lists, words, first, kind, length, listedType);
            });
    }
    const auto markAt = [n](const std::vector<quint8> &marks, qsizetype i) -> quint64 {
        return i < 0 || i >= n ? 0xFF : marks[size_t(i)];
    };

    offsets.clear();
    offsets.reserve(size_t(n + 1));
    for (qsizetype i = 0; i < n; ++i) {
        offsets.push_back(quint32(keys.size()));
        const CachedWord &here = *words[size_t(i)];
        keys.insert(keys.end(), store + here.ownKeys, store + here.ownKeys + here.ownCount);
        if (on(NeighbourAffixes)) {
            // The word before gives its side-0 keys, the word after its side-1 keys.
            if (i > 0) {
                const CachedWord &before = *words[size_t(i - 1)];
                keys.insert(keys.end(), store + before.neighbourKeys,
                            store + before.neighbourKeys + before.neighbourCount);
            }
            if (i + 1 < n) {
                const CachedWord &after = *words[size_t(i + 1)];
                const quint64 *side = store + after.neighbourKeys + after.neighbourCount;
                keys.insert(keys.end(), side, side + after.neighbourCount);
            }
        }
        static constexpr std::array<int, 4> window = {-2, -1, 1, 2};
        for (quint64 slot = 0; slot < window.size(); ++slot) {
            const CachedWord &other = at(i + window[slot]);
            if (on(Window))
                keys.push_back(key(NormAt + slot, other.norm));
            if (on(WindowStems))
                keys.push_back(key(StemAt + slot, other.stemHash));
        }
        if (on(Bigrams)) {
            keys.push_back(key(LeftBigram, at(i - 1).mixedNorm ^ here.norm));
            keys.push_back(key(RightBigram, here.mixedNorm ^ at(i + 1).norm));
        }
        if (on(Shape)) {
            keys.push_back(key(ShapeHere, here.shape));
            keys.push_back(key(ShapeLeft, at(i - 1).shape));
            keys.push_back(key(ShapeRight, at(i + 1).shape));
        }
        if (on(Gazetteer)) {
            keys.push_back(key(GazetteerHere, markAt(gazetteer, i)));
            keys.push_back(key(GazetteerLeft, markAt(gazetteer, i - 1) * 256 + markAt(gazetteer, i)));
            keys.push_back(key(GazetteerRight, markAt(gazetteer, i + 1) * 256 + markAt(gazetteer, i)));
        }
        if (on(Triggers)) {
            for (qsizetype slot = 0; slot < 4; ++slot) {
                const qsizetype j = i + slot - 2;
                if (j >= 0 && j < n && words[size_t(j)]->trigger)
                    keys.push_back(key(TriggerAt + quint64(slot), words[size_t(j)]->trigger));
            }
            if (here.givenName)
                keys.push_back(key(GivenName, 0));
            if (i > 0 && words[size_t(i - 1)]->givenName)
                keys.push_back(key(GivenName + 1, 0));
        }
        if (corpus) {
            keys.insert(keys.end(), store + here.corpusKeys, store + here.corpusKeys + here.corpusCount);
            if (i > 0)
                keys.push_back(key(CorpusNeighbour, quint64(words[size_t(i - 1)]->mainType + 1)));
            if (i + 1 < n)
                keys.push_back(key(CorpusNeighbour + 1, quint64(words[size_t(i + 1)]->mainType + 1)));
            keys.push_back(key(CorpusNameHere, markAt(corpusNames, i)));
            keys.push_back(key(CorpusNameLeft, markAt(corpusNames, i - 1) * 256 + markAt(corpusNames, i)));
            keys.push_back(key(CorpusNameRight, markAt(corpusNames, i + 1) * 256 + markAt(corpusNames, i)));
        }
        if (on(Lists)) {
            if (here.listKey)
                keys.push_back(store[here.corpusKeys + here.corpusCount]);
            const bool listed = here.personClass != 0;
            if (i > 0)
                keys.push_back(key(ListPersonPair, (words[size_t(i - 1)]->personClass != 0) * 2 + listed));
            if (i + 1 < n)
                keys.push_back(key(ListPersonPair + 1, (words[size_t(i + 1)]->personClass != 0) * 2 + listed));
            keys.push_back(key(ListNameHere, markAt(listNames, i)));
            keys.push_back(key(ListNameLeft, markAt(listNames, i - 1) * 256 + markAt(listNames, i)));
            keys.push_back(key(ListNameRight, markAt(listNames, i + 1) * 256 + markAt(listNames, i)));
        }
        if (on(Classes)) {
            keys.insert(keys.end(), store + here.classKeys, store + here.classKeys + here.classCount);
            const CachedWord &before = at(i - 1), &after = at(i + 1);
            keys.push_back(key(ClassLeft, before.classes[1]));
            keys.push_back(key(ClassRight, after.classes[1]));
            keys.push_back(key(ClassPairLeft, quint64(before.classes[0]) << 16 | here.classes[0]));
            keys.push_back(key(ClassPairRight, quint64(here.classes[0]) << 16 | after.classes[0]));
            keys.push_back(key(ClassFineLeft, before.classes[2]));
            keys.push_back(key(ClassFineRight, after.classes[2]));
        }
        if (on(Position)) {
            if (i == 0)
                keys.push_back(key(FirstToken, 0));
            if (i == n - 1)
                keys.push_back(key(LastToken, 0));
        }
    }
    offsets.push_back(quint32(keys.size()));
}

} // namespace Hamish
