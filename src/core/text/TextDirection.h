// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace Hamish {

// Which way a paragraph reads, decided from its letters rather than from its first character, so that a
// paragraph opening with a date, a number or a Latin acronym still reads right to left.
enum class TextDirection { LeftToRight, RightToLeft };

TextDirection detectDirection(QStringView text);

// True when most of the text's letters are Arabic-script letters (bidi class AL): an article Hamish can tag
// with the language "ar".
bool isMostlyArabic(QStringView text);

} // namespace Hamish
