// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/TextGeometry.h"

#include <QFontMetricsF>
#include <QTextLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Hamish::TextGeometry {

// The horizontal extent of the grapheme [c, next) on a line, as (edge where c is, edge where next is):
// right then left in a right-to-left run. A character's own edges are cursorToX(i, Leading) and
// cursorToX(i, Trailing); at the first character of a bidi run both resolve to the previous run's edge, so
// that character is measured back from its successor instead.
std::pair<qreal, qreal> graphemeEdges(const QTextLayout &layout, const QTextLine &line, int c, int next)
{
    qreal low = std::numeric_limits<qreal>::max();
    qreal high = std::numeric_limits<qreal>::lowest();
    int rtlVotes = 0;
    for (int i = c; i < next; ++i) {
        const qreal leading = line.cursorToX(i, QTextLine::Leading);
        const qreal trailing = line.cursorToX(i, QTextLine::Trailing);
        if (std::abs(leading - trailing) > 0.01) {
            low = std::min({low, leading, trailing});
            high = std::max({high, leading, trailing});
            rtlVotes += leading > trailing ? 1 : -1;
        }
    }
    if (low > high) {
        const QString grapheme = layout.text().mid(c, next - c);
        const qreal advance = QFontMetricsF(layout.font()).horizontalAdvance(grapheme);
        const qreal successor = line.cursorToX(next, QTextLine::Leading);
        const QChar::Direction direction = grapheme.at(0).direction();
        const bool ltr = direction == QChar::DirL || direction == QChar::DirEN || direction == QChar::DirAN
                         || (direction != QChar::DirR && direction != QChar::DirAL
                             && layout.textOption().textDirection() == Qt::LeftToRight);
        return ltr ? std::pair{successor - advance, successor} : std::pair{successor + advance, successor};
    }
    return rtlVotes > 0 ? std::pair{high, low} : std::pair{low, high};
}

// The cursor position nearest to x on a line, found with the same geometry that paints selections, so that
// a click lands exactly where the highlight of that position is drawn.
int cursorAtX(const QTextLayout &layout, const QTextLine &line, qreal x)
{
    const int lineStart = line.textStart();
    const int lineEnd = lineStart + line.textLength();
    int best = lineStart;
    qreal bestDistance = std::numeric_limits<qreal>::max();
    for (int c = lineStart; c < lineEnd;) {
        const int next = std::min(layout.nextCursorPosition(c), lineEnd);
        const auto [x1, x2] = graphemeEdges(layout, line, c, next);
        const qreal d1 = std::abs(x - x1);
        const qreal d2 = std::abs(x - x2);
        if (x >= std::min(x1, x2) && x <= std::max(x1, x2))
            return d1 <= d2 ? c : next;
        if (d1 < bestDistance) {
            bestDistance = d1;
            best = c;
        }
        if (d2 < bestDistance) {
            bestDistance = d2;
            best = next;
        }
        c = next;
    }
    return best;
}

namespace {

// True when [a, b) holds only letters, marks and digits of one direction, with no neutral (space,
// punctuation) that the bidi algorithm could place elsewhere.
bool isSingleRun(const QString &text, int a, int b)
{
    int direction = 0; // 1 right-to-left, 2 left-to-right
    for (int i = a; i < b; ++i) {
        switch (text.at(i).direction()) {
        case QChar::DirR:
        case QChar::DirAL:
            if (direction == 2)
                return false;
            direction = 1;
            break;
        case QChar::DirL:
            if (direction == 1)
                return false;
            direction = 2;
            break;
        case QChar::DirNSM:
        case QChar::DirBN:
            break;
        default:
            return false; // digits, spaces, punctuation: let the slow path measure them
        }
    }
    return direction != 0;
}

} // namespace

QList<QRectF> rangeRects(const QTextLayout &layout, int from, int to)
{
    QList<QRectF> rects;
    for (int l = 0; l < layout.lineCount(); ++l) {
        const QTextLine line = layout.lineAt(l);
        const int lineStart = line.textStart();
        const int lineEnd = lineStart + line.textLength();
        if (lineStart >= to)
            break;
        if (lineEnd <= from)
            continue;
        const int a = std::max(from, lineStart);
        const int b = std::min(to, lineEnd);
        // Fast path: a range of letters all in one direction (an Arabic word, a Latin name) is one visual
        // run, bounded by the outer edges of its first and last graphemes.
        if (isSingleRun(layout.text(), a, b)) {
            const int firstNext = std::min(layout.nextCursorPosition(a), b);
            const int lastStart = std::max(a, layout.previousCursorPosition(b));
            const auto [f1, f2] = graphemeEdges(layout, line, a, firstNext);
            const auto [l1, l2] = graphemeEdges(layout, line, lastStart, b);
            const qreal left = std::min({f1, f2, l1, l2});
            const qreal right = std::max({f1, f2, l1, l2});
            rects.append(QRectF(left, line.y(), right - left, line.height()));
            continue;
        }
        // Walk the range by grapheme and merge horizontally adjacent pieces into visual runs.
        QList<std::pair<qreal, qreal>> spans;
        for (int c = a; c < b;) {
            const int next = std::min(layout.nextCursorPosition(c), b);
            const auto [x1, x2] = graphemeEdges(layout, line, c, next);
            spans.append({std::min(x1, x2), std::max(x1, x2)});
            c = next > c ? next : c + 1;
        }
        std::sort(spans.begin(), spans.end());
        QList<std::pair<qreal, qreal>> merged;
        for (const auto &span : spans) {
            if (!merged.isEmpty() && span.first <= merged.back().second + 0.5)
                merged.back().second = std::max(merged.back().second, span.second);
            else
                merged.append(span);
        }
        for (const auto &span : merged)
            rects.append(QRectF(span.first, line.y(), span.second - span.first, line.height()));
    }
    return rects;
}

} // namespace Hamish::TextGeometry
