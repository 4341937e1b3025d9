// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/CodePointIndex.h"

#include <algorithm>

namespace Hamish {

CodePointIndex::CodePointIndex(QStringView text)
{
    m_toCodePoint.resize(text.size() + 1);
    m_toUtf16.reserve(text.size() + 1);
    qsizetype codePoints = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool secondHalf = text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate();
        if (!secondHalf) {
            m_toUtf16.append(i);
            ++codePoints;
        }
        // Inside a pair, point past it: a span never splits a character.
        m_toCodePoint[i] = secondHalf ? codePoints : codePoints - 1;
    }
    m_toCodePoint[text.size()] = codePoints;
    m_toUtf16.append(text.size());
}

qsizetype CodePointIndex::toCodePoint(qsizetype utf16Index) const
{
    return m_toCodePoint.at(std::clamp<qsizetype>(utf16Index, 0, m_toCodePoint.size() - 1));
}

qsizetype CodePointIndex::toUtf16(qsizetype codePoint) const
{
    if (codePoint < 0 || codePoint >= m_toUtf16.size())
        return -1;
    return m_toUtf16.at(codePoint);
}

} // namespace Hamish
