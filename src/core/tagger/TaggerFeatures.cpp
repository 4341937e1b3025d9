// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tagger/TaggerFeatures.h"

#include "core/extraction/Gazetteer.h"
#include "core/tagger/CorpusLexicon.h"
#include "core/tagger/NameLists.h"
#include "core/tagger/TaggerWordForms.h"

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
};

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

// The listed names covering each token, longest match first (the first word may carry a proclitic): 0 outside
// any name, else 1 + (type × 2) + (0 for the first word of the name, 1 inside). `maxWords(first word)` says how
// long a listed name starting with it gets; `typeOf(phrase)` gives a name's type, or nullopt.
template<typename MaxWords, typename TypeOf>
std::vector<quint8> nameMarks(const std::vector<TaggerWordForms> &forms, MaxWords maxWords, TypeOf typeOf)
{
    const qsizetype n = qsizetype(forms.size());
    std::vector<quint8> marks(n, 0);
    for (qsizetype i = 0; i < n;) {
        qsizetype matched = 0;
        for (const QString &first : {forms[i].normalized, forms[i].stem}) {
            const qsizetype longest = std::min<qsizetype>(maxWords(first), n - i);
            for (qsizetype length = longest; length > 0 && !matched; --length) {
                QString phrase = first;
                for (qsizetype k = 1; k < length; ++k)
                    phrase += u' ' + forms[i + k].normalized;
                if (const std::optional<EntityType> type = typeOf(phrase)) {
                    for (qsizetype k = 0; k < length; ++k)
                        marks[i + k] = quint8(1 + int(*type) * 2 + (k > 0));
                    matched = length;
                }
            }
            if (matched || forms[i].stem == forms[i].normalized)
                break;
        }
        i += matched ? matched : 1;
    }
    return marks;
}

std::vector<quint8> gazetteerMarks(const std::vector<TaggerWordForms> &forms)
{
    const Gazetteer &gazetteer = Gazetteer::instance();
    return nameMarks(
        forms, [&](const QString &first) { return gazetteer.maxWords(first); },
        [&](const QString &phrase) -> std::optional<EntityType> {
            // Curated names only: a list derived from the training corpus would fire on every training entity and
            // teach the model to trust it far more than it deserves on unseen text.
            const Gazetteer::Entry *entry = gazetteer.find(phrase);
            return entry && entry->curated ? std::optional(entry->type) : std::nullopt;
        });
}

// The same for the open name lists (NameLists).
std::vector<quint8> listMarks(const std::vector<TaggerWordForms> &forms)
{
    const NameLists &lists = NameLists::instance();
    return nameMarks(
        forms, [&](const QString &first) { return lists.maxWords(first); },
        [&](const QString &phrase) -> std::optional<EntityType> {
            const EntityType *type = lists.find(phrase);
            return type ? std::optional(*type) : std::nullopt;
        });
}

// Per-token values hashed once, shared by the window features of its neighbours.
struct TokenAtoms
{
    quint64 raw, norm, stem, shape;
};

// Like gazetteerMarks, for the names of the training corpus.
std::vector<quint8> corpusMarks(const CorpusLexicon &lexicon, const std::vector<TokenAtoms> &atoms,
                                const std::vector<TaggerWordForms> &forms)
{
    const qsizetype n = qsizetype(forms.size());
    std::vector<quint8> marks(n, 0);
    for (qsizetype i = 0; i < n;) {
        qsizetype matched = 0;
        for (const quint64 first : {atoms[i].norm, atoms[i].stem}) {
            const qsizetype longest = std::min<qsizetype>(lexicon.maxWords(first), n - i);
            for (qsizetype length = longest; length > 0 && !matched; --length) {
                quint64 phrase = first;
                for (qsizetype k = 1; k < length; ++k)
                    phrase = CorpusLexicon::extendPhrase(phrase, atoms[i + k].norm);
                if (const int type = lexicon.phraseType(phrase); type >= 0) {
                    for (qsizetype k = 0; k < length; ++k)
                        marks[i + k] = quint8(1 + type * 2 + (k > 0));
                    matched = length;
                }
            }
            if (matched || forms[i].stem == forms[i].normalized)
                break;
        }
        i += matched ? matched : 1;
    }
    return marks;
}

quint64 triggerOf(const TaggerWordForms &forms)
{
    const Gazetteer &gazetteer = Gazetteer::instance();
    const TriggerKind *kind = gazetteer.trigger(forms.normalized);
    if (!kind)
        kind = gazetteer.trigger(forms.stem);
    return kind ? 1 + quint64(*kind) : 0;
}

constexpr TokenAtoms boundaryAtoms{1, 1, 1, 1};

const std::array<std::pair<quint32, QString>, 15> &groupTable()
{
    static const std::array<std::pair<quint32, QString>, 15> table = {{
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
                             std::vector<quint32> &offsets, const CorpusLexicon *lexicon) const
{
    const qsizetype n = tokens.size();
    std::vector<TokenAtoms> atoms(n);
    std::vector<TaggerWordForms> forms(n);
    for (qsizetype i = 0; i < n; ++i) {
        forms[i] = TaggerWordForms::of(tokens[i]);
        atoms[i] = {hashText(tokens[i]), hashText(forms[i].normalized), hashText(forms[i].stem),
                    hashText(shapeOf(tokens[i]))};
    }
    const auto at = [&](qsizetype i) -> const TokenAtoms & {
        return i < 0 || i >= n ? boundaryAtoms : atoms[i];
    };
    const auto on = [this](Group group) {
        return (m_groups & group) != 0;
    };
    const std::vector<quint8> gazetteer = on(Gazetteer) ? gazetteerMarks(forms) : std::vector<quint8>(n, 0);
    std::vector<quint64> triggers(n, 0);
    if (on(Triggers)) {
        for (qsizetype i = 0; i < n; ++i)
            triggers[i] = triggerOf(forms[i]);
    }
    const auto gazetteerAt = [&](qsizetype i) -> quint64 {
        return i < 0 || i >= n ? 0xFF : gazetteer[i];
    };
    const bool corpus = on(Corpus) && lexicon && !lexicon->isEmpty();
    std::vector<quint8> corpusNames;
    std::vector<qint8> mainType; // the word's most frequent name type in the corpus, if it is one half the time
    if (corpus) {
        corpusNames = corpusMarks(*lexicon, atoms, forms);
        mainType.assign(n, -1);
        for (qsizetype i = 0; i < n; ++i) {
            if (const CorpusLexicon::WordStats *stats = lexicon->word(atoms[i].norm)) {
                for (size_t t = 0; t < stats->byType.size(); ++t) {
                    if (stats->byType[t] * 2 >= stats->total)
                        mainType[i] = qint8(t);
                }
            }
        }
    }
    const auto corpusNameAt = [&](qsizetype i) -> quint64 {
        return i < 0 || i >= n ? 0xFF : corpusNames[i];
    };
    std::vector<quint8> listNames, personClass;
    if (on(Lists)) {
        const NameLists &lists = NameLists::instance();
        listNames = listMarks(forms);
        personClass.assign(n, 0);
        for (qsizetype i = 0; i < n; ++i) {
            const int word = lists.personWordClass(forms[i].normalized);
            // A stem's class is kept apart (+ 16): ولندن is و + a listed word, وليد a listed word.
            const int stem = word || forms[i].stem == forms[i].normalized ? 0 : lists.personWordClass(forms[i].stem);
            personClass[i] = quint8(word ? word : stem ? 16 + stem : 0);
        }
    }
    const auto listNameAt = [&](qsizetype i) -> quint64 {
        return i < 0 || i >= n ? 0xFF : listNames[i];
    };

    offsets.clear();
    offsets.reserve(n + 1);
    for (qsizetype i = 0; i < n; ++i) {
        offsets.push_back(quint32(keys.size()));
        const TokenAtoms &here = atoms[i];
        const TaggerWordForms &form = forms[i];
        keys.push_back(key(Bias, 0));
        if (on(Word))
            keys.push_back(key(RawWord, here.raw));
        if (on(Normalized))
            keys.push_back(key(NormWord, here.norm));
        if (on(Stem))
            keys.push_back(key(StemWord, here.stem));
        if (on(Clitics))
            keys.push_back(key(CliticSet, hashText(form.clitics)));
        if (on(Affixes)) {
            for (qsizetype k = 1; k <= 3 && k <= form.stem.size(); ++k)
                keys.push_back(key(Prefix1 + k - 1, hashText(QStringView(form.stem).first(k))));
            for (qsizetype k = 1; k <= 3 && k <= form.normalized.size(); ++k)
                keys.push_back(key(Suffix1 + k - 1, hashText(QStringView(form.normalized).last(k))));
            if (form.stem.size() >= 5) {
                keys.push_back(key(Prefix4, hashText(QStringView(form.stem).first(4))));
                keys.push_back(key(Suffix4, hashText(QStringView(form.normalized).last(4))));
            }
        }
        if (on(NeighbourAffixes)) {
            for (int side = 0; side < 2; ++side) {
                const qsizetype j = side ? i + 1 : i - 1;
                if (j < 0 || j >= n)
                    continue;
                const QStringView other = forms[j].normalized;
                for (qsizetype k = 2; k <= 3 && k < other.size(); ++k)
                    keys.push_back(key(NeighbourSuffix + side * 2 + (k - 2), hashText(other.last(k))));
                if (other.size() > 3)
                    keys.push_back(key(NeighbourPrefix + side, hashText(other.first(2))));
            }
        }
        static constexpr std::array<int, 4> window = {-2, -1, 1, 2};
        for (quint64 slot = 0; slot < window.size(); ++slot) {
            const TokenAtoms &other = at(i + window[slot]);
            if (on(Window))
                keys.push_back(key(NormAt + slot, other.norm));
            if (on(WindowStems))
                keys.push_back(key(StemAt + slot, other.stem));
        }
        if (on(Bigrams)) {
            keys.push_back(key(LeftBigram, mix(at(i - 1).norm) ^ here.norm));
            keys.push_back(key(RightBigram, mix(here.norm) ^ at(i + 1).norm));
        }
        if (on(Shape)) {
            keys.push_back(key(ShapeHere, here.shape));
            keys.push_back(key(ShapeLeft, at(i - 1).shape));
            keys.push_back(key(ShapeRight, at(i + 1).shape));
        }
        if (on(Gazetteer)) {
            keys.push_back(key(GazetteerHere, gazetteerAt(i)));
            keys.push_back(key(GazetteerLeft, gazetteerAt(i - 1) * 256 + gazetteerAt(i)));
            keys.push_back(key(GazetteerRight, gazetteerAt(i + 1) * 256 + gazetteerAt(i)));
        }
        if (on(Triggers)) {
            for (qsizetype slot = 0; slot < 4; ++slot) {
                const qsizetype j = i + slot - 2;
                if (j >= 0 && j < n && triggers[j])
                    keys.push_back(key(TriggerAt + quint64(slot), triggers[j]));
            }
            const Hamish::Gazetteer &names = Hamish::Gazetteer::instance();
            if (names.isGivenName(form.stem))
                keys.push_back(key(GivenName, 0));
            if (i > 0 && names.isGivenName(forms[i - 1].stem))
                keys.push_back(key(GivenName + 1, 0));
        }
        if (corpus) {
            for (int kind = 0; kind < 2; ++kind) {
                const CorpusLexicon::WordStats *stats = kind ? lexicon->stem(here.stem) : lexicon->word(here.norm);
                if (!stats) {
                    keys.push_back(key(CorpusUnseen + kind, 0));
                    continue;
                }
                bool named = false;
                for (size_t t = 0; t < stats->byType.size(); ++t) {
                    if (stats->byType[t]) {
                        named = true;
                        const quint64 share = std::min<quint64>(3, 4 * stats->byType[t] / stats->total);
                        keys.push_back(key(CorpusWordType + kind, t * 8 + share));
                    }
                }
                if (!named)
                    keys.push_back(key(CorpusWordType + kind, 255));
                if (kind == 0)
                    keys.push_back(key(CorpusFrequency, std::min<quint64>(6, std::bit_width(stats->total))));
            }
            if (i > 0)
                keys.push_back(key(CorpusNeighbour, quint64(mainType[i - 1] + 1)));
            if (i + 1 < n)
                keys.push_back(key(CorpusNeighbour + 1, quint64(mainType[i + 1] + 1)));
            keys.push_back(key(CorpusNameHere, corpusNameAt(i)));
            keys.push_back(key(CorpusNameLeft, corpusNameAt(i - 1) * 256 + corpusNameAt(i)));
            keys.push_back(key(CorpusNameRight, corpusNameAt(i + 1) * 256 + corpusNameAt(i)));
        }
        if (on(Lists)) {
            if (personClass[i])
                keys.push_back(key(ListPersonWord + (personClass[i] > 16), personClass[i]));
            const bool here = personClass[i] != 0;
            if (i > 0)
                keys.push_back(key(ListPersonPair, (personClass[i - 1] != 0) * 2 + here));
            if (i + 1 < n)
                keys.push_back(key(ListPersonPair + 1, (personClass[i + 1] != 0) * 2 + here));
            keys.push_back(key(ListNameHere, listNameAt(i)));
            keys.push_back(key(ListNameLeft, listNameAt(i - 1) * 256 + listNameAt(i)));
            keys.push_back(key(ListNameRight, listNameAt(i + 1) * 256 + listNameAt(i)));
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
