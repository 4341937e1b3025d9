// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <utility>

namespace Hamish {

// Snaps a rough selection to the boundaries a linguist would mean: whole words, or the part of a word after
// its proclitics (a conjunction و ف, then a preposition ب ل ك), so that selecting most of "سورية" in
// "لسورية" gives exactly "سورية" and a drag over most of "بالرقة" gives "الرقة" (the article stays).
class SelectionSnapper
{
public:
    // [start, end) in UTF-16 offsets; returns the snapped range (empty if the selection holds no word).
    static std::pair<qsizetype, qsizetype> snap(const QString &text, qsizetype start, qsizetype end);

    // The offsets inside a word at which an entity may start: after each proclitic sequence whose remainder is
    // at least two letters long. `word` is the word's text; offsets are relative to it and exclude 0.
    static QList<qsizetype> cliticBoundaries(QStringView word);
};

} // namespace Hamish
