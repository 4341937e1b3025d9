// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Hamish {

// Text normalised for matching, with the original position of every normalised character.
struct NormalizedText
{
    QString text;
    // origin[i] is the UTF-16 index in the original text of text[i]; origin[text.size()] is the
    // original length.
    QList<qsizetype> origin;

    // The original UTF-16 span [start, end) covering the normalised span [from, to); the end is extended
    // over diacritics and tatweel that were dropped right after the span's last character.
    qsizetype originalStart(qsizetype from) const { return origin.at(from); }
    qsizetype originalEnd(QStringView original, qsizetype to) const;
};

// Folds Arabic spelling variants so that matching ignores them: alef forms -> ا, ى -> ي, ة -> ه,
// diacritics, tatweel and direction marks dropped, Arabic-Indic digits and separators -> ASCII,
// runs of spaces collapsed (a newline kept), ASCII lower-cased. Lucene's ArabicNormalizer and
// CAMeL Tools fold the same letters.
class ArabicNormalizer
{
public:
    static NormalizedText normalize(QStringView original);
    // The normalised form of a word or phrase (for building lexicons and keys).
    static QString normalizeWord(QStringView word);

    // Diacritics (harakat, tanween, shadda, sukun and the other Arabic combining marks U+064B–U+065F) and the
    // dagger alef U+0670: what "hide diacritics" hides.
    static constexpr bool isDiacritic(char16_t c) { return (c >= 0x064B && c <= 0x065F) || c == 0x0670; }
    // Diacritics, tatweel, zero-width and direction marks, soft hyphen: what matching ignores.
    static constexpr bool isDroppedMark(char16_t c)
    {
        return isDiacritic(c) || c == 0x0640 || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x200E || c == 0x200F
               || c == 0x061C || c == 0xFEFF || c == 0x00AD;
    }
    // The value of a Western (0-9), Arabic-Indic (٠-٩) or Extended Arabic-Indic (۰-۹) digit; -1 for anything else.
    static constexpr int digitValue(char16_t c)
    {
        return c >= u'0' && c <= u'9'       ? c - u'0'
               : c >= 0x0660 && c <= 0x0669 ? c - 0x0660
               : c >= 0x06F0 && c <= 0x06F9 ? c - 0x06F0
                                            : -1;
    }
    // The normalised character for `c`, or 0 when `c` is dropped; whitespace is not handled here.
    static char16_t fold(char16_t c);
};

} // namespace Hamish
