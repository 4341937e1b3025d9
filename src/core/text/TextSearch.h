// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/text/ArabicNormalizer.h"

#include <QList>
#include <QPair>
#include <QString>

namespace Hamish {

// Finds text the way a reader means it: ignoring diacritics, tatweel, direction marks, the spelling
// variants of alef, yaa and taa marbuta, and case; every match is an exact [start, end) UTF-16 range of
// the original text that never cuts a letter from its marks. Normalises the text once, for many queries.
class TextSearch
{
public:
    using Range = QPair<qsizetype, qsizetype>;

    explicit TextSearch(const QString &text = {});
    void setText(const QString &text);
    const QString &text() const { return m_text; }

    // Every occurrence of `query`, in order, not overlapping.
    QList<Range> find(QStringView query) const;
    // Whole-word occurrences of `phrase`, also behind the proclitics و ف ب ل ك and their pairs (لسورية,
    // وبالرقة, and للرقة for الرقة), each range covering the phrase only. The article is not a clitic here:
    // السورية (Syrian) is another word than سورية (Syria).
    QList<Range> mentionsOf(QStringView phrase) const;

    static QList<Range> find(const QString &text, QStringView query) { return TextSearch(text).find(query); }
    static QList<Range> mentionsOf(const QString &text, QStringView phrase)
    {
        return TextSearch(text).mentionsOf(phrase);
    }

    // The form two strings share when they match: what search, grouping and filters compare.
    static QString matchKey(QStringView text);
    // Whether `prefix` (normalised) is a run of proclitics that may stand before a name: و ف ب ل ك, or a
    // conjunction and a preposition (وب, فل, ...). The empty prefix counts.
    static bool isProcliticPrefix(QStringView prefix);
    // Whether `prefix` is the preposition ل (after an optional و or ف) that, before the article, swallows
    // its alef: ل + الرقة is written للرقة.
    static bool isArticleLamPrefix(QStringView prefix);
    static bool isWordCharacter(QChar c) { return c.isLetterOrNumber() || c.isMark(); }

private:
    Range originalRange(qsizetype from, qsizetype to) const;
    void findWords(QStringView key, qsizetype skip, bool (*prefixAllowed)(QStringView), QList<Range> &out) const;

    QString m_text;
    NormalizedText m_normalized;
};

} // namespace Hamish
