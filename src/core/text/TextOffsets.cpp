// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/TextOffsets.h"

#include <algorithm>

namespace Hamish::TextOffsets {

qsizetype toCodePoint(QStringView text, qsizetype utf16Index)
{
    const qsizetype end = std::clamp<qsizetype>(utf16Index, 0, text.size());
    qsizetype codePoints = 0;
    for (qsizetype i = 0; i < end; ++i) {
        // The low half of a surrogate pair does not start a code point.
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
            ++codePoints;
    }
    return codePoints;
}

qsizetype toUtf16(QStringView text, qsizetype codePointIndex)
{
    qsizetype i = 0;
    for (qsizetype seen = 0; seen < codePointIndex && i < text.size(); ++seen) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            i += 2;
        else
            ++i;
    }
    return i;
}

} // namespace Hamish::TextOffsets
