// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QString>

namespace Hamish::Bidi {

// Unicode directional isolates (UAX #9): text between an opening isolate and PDI is laid out on its own and
// counts as one neutral character in the sentence around it, so a file name or a key sequence neither takes
// the direction of an Arabic sentence nor drags its words out of order. They are invisible.
inline constexpr char16_t kLeftToRightIsolate = u'\u2066';
inline constexpr char16_t kRightToLeftIsolate = u'\u2067';
inline constexpr char16_t kFirstStrongIsolate = u'\u2068';
inline constexpr char16_t kPopDirectionalIsolate = u'\u2069';

// Text that runs in the direction of its own first letter, set apart from the sentence it is put into: a
// file name, an article's title, a label's name, the words of a mention. The one helper for every such
// fragment of a translated message.
inline QString isolate(const QString &text)
{
    return kFirstStrongIsolate + text + kPopDirectionalIsolate;
}

// Text that always runs left to right, whatever its letters: a key sequence (Ctrl+]), a path, a URL, a
// colour (#e69f00), a version number.
inline QString leftToRight(const QString &text)
{
    return kLeftToRightIsolate + text + kPopDirectionalIsolate;
}

// A file's path as the user's system writes it, laid out left to right like a file manager shows it.
inline QString path(const QString &path)
{
    return leftToRight(QDir::toNativeSeparators(path));
}

inline bool isIsolateMark(QChar c)
{
    return c.unicode() >= kLeftToRightIsolate && c.unicode() <= kPopDirectionalIsolate;
}

// The text without isolates, for a terminal or a log that does no bidi layout.
inline QString withoutIsolates(QString text)
{
    text.removeIf(isIsolateMark);
    return text;
}

} // namespace Hamish::Bidi
