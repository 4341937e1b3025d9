// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace Hamish {

// Which way a paragraph reads, decided from its letters rather than from its first character, so that a
// paragraph opening with a date, a number or a Latin acronym still reads right to left.
enum class TextDirection { LeftToRight, RightToLeft };

TextDirection detectDirection(QStringView text);
// The same, with `neutral` for a text without letters (a date, a number, a dash alone on a line): such a
// paragraph reads the way the article around it does.
TextDirection detectDirection(QStringView text, TextDirection neutral);

// True when most of the text's letters are Arabic-script letters (bidi class AL): an article Hamish can tag
// with the language "ar".
bool isMostlyArabic(QStringView text);

} // namespace Hamish
