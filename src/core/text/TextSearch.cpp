// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/TextSearch.h"

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {

// Case folding beyond ASCII (the normaliser folds ASCII), one UTF-16 unit for one, so positions hold.
void foldCase(QString &text)
{
    for (QChar &c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x80 && !(u >= 0x0600 && u <= 0x06FF) && !c.isSurrogate())
            c = QChar(QChar::toCaseFolded(u));
    }
}

} // namespace

TextSearch::TextSearch(const QString &text)
{
    setText(text);
}

void TextSearch::setText(const QString &text)
{
    m_text = text;
    m_normalized = ArabicNormalizer::normalize(text);
    foldCase(m_normalized.text);
}

QString TextSearch::matchKey(QStringView text)
{
    QString key = ArabicNormalizer::normalize(text).text.trimmed();
    foldCase(key);
    return key;
}

bool TextSearch::isProcliticPrefix(QStringView prefix)
{
    static const std::array<QStringView, 12> prefixes = {u"",   u"و",  u"ف",  u"ب",  u"ل",  u"ك",
                                                         u"وب", u"ول", u"وك", u"فب", u"فل", u"فك"};
    return std::find(prefixes.begin(), prefixes.end(), prefix) != prefixes.end();
}

bool TextSearch::isArticleLamPrefix(QStringView prefix)
{
    return prefix == u"ل" || prefix == u"ول" || prefix == u"فل";
}

TextSearch::Range TextSearch::originalRange(qsizetype from, qsizetype to) const
{
    const qsizetype start = m_normalized.originalStart(from);
    qsizetype end = m_normalized.originalEnd(m_text, to);
    // Marks the normaliser keeps (a Latin accent, a Quranic sign) still belong to the letter before them.
    while (end < m_text.size() && m_text.at(end).isMark())
        ++end;
    return {start, end};
}

QList<TextSearch::Range> TextSearch::find(QStringView query) const
{
    QList<Range> matches;
    QString key = ArabicNormalizer::normalize(query).text;
    foldCase(key);
    if (key.isEmpty() || key.front().isMark() || key.front().isLowSurrogate())
        return matches;
    const QString &haystack = m_normalized.text;
    for (qsizetype pos = haystack.indexOf(key); pos >= 0; pos = haystack.indexOf(key, pos + key.size()))
        matches.append(originalRange(pos, pos + key.size()));
    return matches;
}

void TextSearch::findWords(QStringView key, qsizetype skip, bool (*prefixAllowed)(QStringView), QList<Range> &out) const
{
    const QString &haystack = m_normalized.text;
    const QStringView needle = key.mid(skip);
    for (qsizetype pos = haystack.indexOf(needle); pos >= 0; pos = haystack.indexOf(needle, pos + 1)) {
        const qsizetype end = pos + needle.size();
        // Word boundaries bind only where the phrase has a letter or digit: "12%" ends at its sign.
        if (isWordCharacter(needle.back()) && end < haystack.size() && isWordCharacter(haystack.at(end)))
            continue;
        qsizetype wordStart = pos;
        while (isWordCharacter(needle.front()) && wordStart > 0 && isWordCharacter(haystack.at(wordStart - 1)))
            --wordStart;
        if (!prefixAllowed(QStringView(haystack).mid(wordStart, pos - wordStart)))
            continue;
        out.append(originalRange(pos, end));
    }
}

QList<TextSearch::Range> TextSearch::mentionsOf(QStringView phrase) const
{
    QList<Range> mentions;
    const QString key = matchKey(phrase);
    if (key.isEmpty())
        return mentions;
    findWords(key, 0, &TextSearch::isProcliticPrefix, mentions);
    if (key.startsWith(u"ال"_s) && key.size() > 3) {
        // للرقة is ل + الرقة with the article's alef dropped: the mention is its second lam onwards.
        findWords(key, 1, &TextSearch::isArticleLamPrefix, mentions);
        std::sort(mentions.begin(), mentions.end());
    }
    return mentions;
}

} // namespace Hamish
