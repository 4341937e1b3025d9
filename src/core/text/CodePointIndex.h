// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Hamish {

// Converts UTF-16 indices of one text to Unicode code point offsets and back in constant time, for
// exporting and importing many spans of the same article (TextOffsets rescans the text on every call).
class CodePointIndex
{
public:
    explicit CodePointIndex(QStringView text);

    qsizetype size() const { return m_toUtf16.size() - 1; } // the text's length in code points
    // UTF-16 index -> code points before it (an index inside a surrogate pair counts the pair as before).
    qsizetype toCodePoint(qsizetype utf16Index) const;
    // Code point offset -> UTF-16 index; -1 when beyond the text.
    qsizetype toUtf16(qsizetype codePoint) const;

private:
    QList<qsizetype> m_toCodePoint; // per UTF-16 index, plus one past the end
    QList<qsizetype> m_toUtf16;     // per code point, plus one past the end
};

} // namespace Hamish
