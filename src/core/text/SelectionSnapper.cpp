// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/SelectionSnapper.h"

#include <QList>

#include <algorithm>

namespace Hamish {

namespace {

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c == QChar(0x0640); // tatweel
}

} // namespace

QList<qsizetype> SelectionSnapper::cliticBoundaries(QStringView word)
{
    // A conjunction (و ف) then a preposition (ب ل ك) may precede a word; the article ال belongs to the word
    // (the place in "بالرقة" is "الرقة"). "لل" is ل + an article whose alef was dropped: no boundary inside.
    QList<qsizetype> boundaries;
    qsizetype i = 0;
    auto remainderOk = [&](qsizetype at) {
        return word.size() - at >= 2;
    };
    if (i < word.size() && (word.at(i) == u'و' || word.at(i) == u'ف') && remainderOk(i + 1))
        boundaries.append(++i);
    if (i + 1 < word.size() && (word.at(i) == u'ب' || word.at(i) == u'ك' || word.at(i) == u'ل')
        && !(word.at(i) == u'ل' && word.at(i + 1) == u'ل') && remainderOk(i + 1))
        boundaries.append(++i);
    return boundaries;
}

std::pair<qsizetype, qsizetype> SelectionSnapper::snap(const QString &text, qsizetype start, qsizetype end)
{
    start = std::clamp<qsizetype>(start, 0, text.size());
    end = std::clamp<qsizetype>(end, start, text.size());
    // Drop white space and punctuation at the edges.
    while (start < end && !isWordCharacter(text.at(start)))
        ++start;
    while (end > start && !isWordCharacter(text.at(end - 1)))
        --end;
    if (start >= end)
        return {start, start};

    // Grow to the edges of the words the selection touches.
    qsizetype wordStart = start;
    while (wordStart > 0 && isWordCharacter(text.at(wordStart - 1)))
        --wordStart;
    qsizetype wordEnd = end;
    while (wordEnd < text.size() && isWordCharacter(text.at(wordEnd)))
        ++wordEnd;

    // The start may sit after a proclitic: pick the candidate boundary nearest to where the user started.
    qsizetype firstWordEnd = wordStart;
    while (firstWordEnd < text.size() && isWordCharacter(text.at(firstWordEnd)))
        ++firstWordEnd;
    qsizetype snappedStart = wordStart;
    qsizetype best = start - wordStart;
    for (qsizetype boundary : cliticBoundaries(QStringView(text).mid(wordStart, firstWordEnd - wordStart))) {
        const qsizetype candidate = wordStart + boundary;
        if (candidate >= end)
            break;
        const qsizetype distance = std::abs(start - candidate);
        if (distance <= best) {
            best = distance;
            snappedStart = candidate;
        }
    }
    return {snappedStart, wordEnd};
}

} // namespace Hamish
