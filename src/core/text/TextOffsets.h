// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace Hamish {

// Converts between the UTF-16 indices Qt strings use and the Unicode code point offsets that
// exported files use (Python, brat and doccano count code points).
namespace TextOffsets {

qsizetype toCodePoint(QStringView text, qsizetype utf16Index);
qsizetype toUtf16(QStringView text, qsizetype codePointIndex);

} // namespace TextOffsets

} // namespace Hamish
