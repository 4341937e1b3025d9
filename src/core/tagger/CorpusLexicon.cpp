// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tagger/CorpusLexicon.h"

#include "core/tagger/BinaryIo.h"
#include "core/tagger/Conll.h"
#include "core/tagger/TaggerFeatures.h"
#include "core/tagger/TaggerWordForms.h"

#include <algorithm>
#include <cstring>
#include <map>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {

quint64 mix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

using BinaryIo::get;
using BinaryIo::put;

template<typename Map>
std::vector<quint64> sortedKeys(const Map &map)
{
    std::vector<quint64> keys;
    keys.reserve(map.size());
    for (const auto &[key, value] : map)
        keys.push_back(key);
    std::sort(keys.begin(), keys.end());
    return keys;
}

} // namespace

quint64 CorpusLexicon::stemKey(quint64 stemHash)
{
    return mix(stemHash ^ 0x5354454D5354454Dull);
}

quint64 CorpusLexicon::extendPhrase(quint64 phraseHash, quint64 wordHash)
{
    return mix(phraseHash * 0x100000001B3ull ^ wordHash);
}

CorpusLexicon CorpusLexicon::build(const QList<TaggedSentence> &sentences, qsizetype skipBegin, qsizetype skipEnd)
{
    CorpusLexicon lexicon;
    QStringList types;
    for (const TaggedSentence &sentence : sentences) {
        for (const QString &tag : sentence.tags) {
            if (tag.size() > 2 && !types.contains(tag.sliced(2)))
                types += tag.sliced(2);
        }
    }
    types.sort();
    lexicon.m_types = types;
    const size_t width = size_t(types.size());

    struct PhraseCounts
    {
        quint64 firstWord = 0;
        int words = 0;
        std::vector<int> byType;
    };
    std::map<quint64, PhraseCounts> phrases;
    for (qsizetype s = 0; s < sentences.size(); ++s) {
        if (s >= skipBegin && s < skipEnd)
            continue;
        const TaggedSentence &sentence = sentences[s];
        std::vector<quint64> normalized(sentence.tokens.size());
        std::vector<int> typeOf(sentence.tokens.size(), -1);
        for (const ConllChunk &chunk : Conll::chunks(sentence.tags)) {
            for (qsizetype i = chunk.first; i <= chunk.last; ++i)
                typeOf[i] = int(types.indexOf(chunk.type));
        }
        for (qsizetype i = 0; i < sentence.tokens.size(); ++i) {
            const TaggerWordForms forms = TaggerWordForms::of(sentence.tokens[i]);
            normalized[i] = TaggerFeatures::hashText(forms.normalized);
            for (const quint64 key : {normalized[i], stemKey(TaggerFeatures::hashText(forms.stem))}) {
                WordStats &stats = lexicon.m_words[key];
                stats.byType.resize(width);
                ++stats.total;
                if (typeOf[i] >= 0)
                    ++stats.byType[size_t(typeOf[i])];
            }
        }
        for (const ConllChunk &chunk : Conll::chunks(sentence.tags)) {
            quint64 phrase = normalized[chunk.first];
            for (qsizetype i = chunk.first + 1; i <= chunk.last; ++i)
                phrase = extendPhrase(phrase, normalized[i]);
            PhraseCounts &counts = phrases[phrase];
            counts.firstWord = normalized[chunk.first];
            counts.words = int(chunk.last - chunk.first + 1);
            counts.byType.resize(width);
            ++counts.byType[size_t(types.indexOf(chunk.type))];
        }
    }
    for (const auto &[phrase, counts] : phrases) {
        int best = 0;
        for (size_t t = 1; t < width; ++t) {
            if (counts.byType[t] > counts.byType[size_t(best)])
                best = int(t);
        }
        // A one-word "name" that is mostly an ordinary word (الدولة) is left out, as in build-gazetteers.
        if (counts.words == 1 && counts.byType[size_t(best)] * 2 < int(lexicon.m_words[phrase].total))
            continue;
        lexicon.m_phrases[phrase] = best;
        qint32 &longest = lexicon.m_maxWords[counts.firstWord];
        longest = std::max(longest, qint32(counts.words));
    }
    return lexicon;
}

const CorpusLexicon::WordStats *CorpusLexicon::word(QStringView text) const
{
    return word(TaggerFeatures::hashText(TaggerWordForms::normalize(text)));
}

double CorpusLexicon::namedShare(QStringView text, double unseen) const
{
    const WordStats *stats = word(text);
    return stats && stats->total > 0 ? namedShare(*stats) : unseen;
}

double CorpusLexicon::namedShare(const WordStats &stats)
{
    if (stats.total == 0)
        return 0;
    quint64 named = 0;
    for (const quint32 count : stats.byType)
        named += count;
    return double(named) / double(stats.total);
}

const CorpusLexicon::WordStats *CorpusLexicon::word(quint64 normalizedHash) const
{
    return m_words.find(normalizedHash);
}

const CorpusLexicon::WordStats *CorpusLexicon::stem(quint64 stemHash) const
{
    return word(stemKey(stemHash));
}

int CorpusLexicon::phraseType(quint64 phraseHash) const
{
    const qint32 *type = m_phrases.find(phraseHash);
    return type ? *type : -1;
}

int CorpusLexicon::maxWords(quint64 firstWordHash) const
{
    const qint32 *longest = m_maxWords.find(firstWordHash);
    return longest ? *longest : 0;
}

void CorpusLexicon::write(QByteArray &out) const
{
    put<quint32>(out, quint32(m_types.size()));
    for (const QString &type : m_types) {
        const QByteArray utf8 = type.toUtf8();
        put<quint16>(out, quint16(utf8.size()));
        out += utf8;
    }
    put<quint32>(out, quint32(m_words.size()));
    for (const quint64 key : sortedKeys(m_words)) {
        const WordStats &stats = m_words.at(key);
        put<quint64>(out, key);
        put<quint32>(out, stats.total);
        for (const quint32 count : stats.byType)
            put<quint32>(out, count);
    }
    put<quint32>(out, quint32(m_phrases.size()));
    for (const quint64 key : sortedKeys(m_phrases)) {
        put<quint64>(out, key);
        put<quint8>(out, quint8(m_phrases.at(key)));
    }
    put<quint32>(out, quint32(m_maxWords.size()));
    for (const quint64 key : sortedKeys(m_maxWords)) {
        put<quint64>(out, key);
        put<quint16>(out, quint16(m_maxWords.at(key)));
    }
}

bool CorpusLexicon::read(QByteArrayView in, qsizetype *position, QString *error)
{
    const auto bad = [error](const QString &what) {
        if (error)
            *error = u"corrupt model: corpus lexicon: "_s + what;
        return false;
    };
    *this = {};
    quint32 typeCount = 0;
    if (!get(in, position, &typeCount) || typeCount > 64)
        return bad(u"bad type count"_s);
    for (quint32 t = 0; t < typeCount; ++t) {
        quint16 size = 0;
        if (!get(in, position, &size) || size == 0 || in.size() - *position < size)
            return bad(u"type %1 is unreadable"_s.arg(t));
        m_types += QString::fromUtf8(in.sliced(*position, size));
        *position += size;
    }
    quint32 words = 0;
    const qsizetype wordSize = 12 + 4 * qsizetype(typeCount);
    if (!get(in, position, &words) || (in.size() - *position) / wordSize < qsizetype(words))
        return bad(u"%1 words announced, the file cannot hold them"_s.arg(words));
    m_words.reserve(words);
    for (quint32 w = 0; w < words; ++w) {
        quint64 key = 0;
        WordStats stats;
        get(in, position, &key);
        get(in, position, &stats.total);
        stats.byType.resize(typeCount);
        for (quint32 &count : stats.byType) {
            get(in, position, &count);
            if (count > stats.total)
                return bad(u"word %1 has more names than occurrences"_s.arg(w));
        }
        m_words.emplace(key, std::move(stats));
    }
    quint32 phrases = 0;
    if (!get(in, position, &phrases) || (in.size() - *position) / 9 < qsizetype(phrases))
        return bad(u"%1 names announced, the file cannot hold them"_s.arg(phrases));
    for (quint32 p = 0; p < phrases; ++p) {
        quint64 key = 0;
        quint8 type = 0;
        get(in, position, &key);
        get(in, position, &type);
        if (type >= typeCount)
            return bad(u"name %1 has a bad type"_s.arg(p));
        m_phrases.emplace(key, type);
    }
    quint32 firsts = 0;
    if (!get(in, position, &firsts) || (in.size() - *position) / 10 < qsizetype(firsts))
        return bad(u"%1 name starts announced, the file cannot hold them"_s.arg(firsts));
    for (quint32 f = 0; f < firsts; ++f) {
        quint64 key = 0;
        quint16 longest = 0;
        get(in, position, &key);
        get(in, position, &longest);
        m_maxWords.emplace(key, longest);
    }
    return true;
}

} // namespace Hamish
