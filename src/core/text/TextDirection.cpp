// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/TextDirection.h"

namespace Hamish {

TextDirection detectDirection(QStringView text)
{
    qsizetype rtl = 0;
    qsizetype ltr = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char32_t c = text.at(i).isHighSurrogate() && i + 1 < text.size()
                               ? QChar::surrogateToUcs4(text.at(i), text.at(i + 1))
                               : text.at(i).unicode();
        switch (QChar::direction(c)) {
        case QChar::DirR:
        case QChar::DirAL:
            ++rtl;
            break;
        case QChar::DirL:
            ++ltr;
            break;
        default:
            break;
        }
        if (c > 0xFFFF)
            ++i;
    }
    // Arabic news quotes Latin names and acronyms; a paragraph is left-to-right only when Latin letters
    // clearly dominate.
    return rtl > 0 && rtl * 2 >= ltr ? TextDirection::RightToLeft : TextDirection::LeftToRight;
}

} // namespace Hamish
