// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/TextDirection.h"

namespace Hamish {

namespace {

// How many of the text's characters have each strong bidi class.
struct StrongCounts
{
    qsizetype arabic = 0; // AL
    qsizetype hebrew = 0; // R
    qsizetype ltr = 0;    // L
};

StrongCounts countStrong(QStringView text)
{
    StrongCounts counts;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char32_t c = text.at(i).isHighSurrogate() && i + 1 < text.size()
                               ? QChar::surrogateToUcs4(text.at(i), text.at(i + 1))
                               : text.at(i).unicode();
        switch (QChar::direction(c)) {
        case QChar::DirR:
            ++counts.hebrew;
            break;
        case QChar::DirAL:
            ++counts.arabic;
            break;
        case QChar::DirL:
            ++counts.ltr;
            break;
        default:
            break;
        }
        if (c > 0xFFFF)
            ++i;
    }
    return counts;
}

} // namespace

bool isMostlyArabic(QStringView text)
{
    const StrongCounts counts = countStrong(text);
    return counts.arabic > counts.hebrew + counts.ltr;
}

TextDirection detectDirection(QStringView text)
{
    return detectDirection(text, TextDirection::LeftToRight);
}

TextDirection detectDirection(QStringView text, TextDirection neutral)
{
    const StrongCounts counts = countStrong(text);
    if (counts.arabic + counts.hebrew + counts.ltr == 0)
        return neutral;
    const qsizetype rtl = counts.arabic + counts.hebrew;
    const qsizetype ltr = counts.ltr;
    // Arabic news quotes Latin names and acronyms; a paragraph is left-to-right only when Latin letters
    // clearly dominate.
    return rtl > 0 && rtl * 2 >= ltr ? TextDirection::RightToLeft : TextDirection::LeftToRight;
}

} // namespace Hamish
