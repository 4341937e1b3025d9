// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Hamish {

// Checks on the UTF-16 that Qt strings hold. Text decoded by Qt keeps unpaired surrogates (a broken
// UTF-16 file, a JSON "\ud83d"); stored as they are, SQLite's UTF-8 conversion swallows the character
// after them, the stored SHA-256 stops matching the text and every later offset shifts. Importers repair
// them before anything else sees the text.
namespace Utf16 {

// Replaces each surrogate that is not half of a high-low pair with U+FFFD; returns how many it replaced.
qsizetype replaceLoneSurrogates(QString &text);

// True when the text holds an unpaired surrogate.
bool hasLoneSurrogates(QStringView text);

} // namespace Utf16

} // namespace Hamish
