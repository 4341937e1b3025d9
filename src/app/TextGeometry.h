// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRectF>

#include <utility>

class QTextLayout;
class QTextLine;

namespace Hamish {

// Where logical text ranges sit on laid-out lines. cursorToX is visual (in a right-to-left run x decreases as
// the position grows) and ambiguous at bidi run boundaries; these helpers measure each grapheme's own edges,
// so that highlights, selections and clicks agree on mixed Arabic/Latin/digit lines.
namespace TextGeometry {

// The edges of the grapheme [c, next) on a line: (edge at c, edge at next).
std::pair<qreal, qreal> graphemeEdges(const QTextLayout &layout, const QTextLine &line, int c, int next);

// The cursor position nearest to x (layout coordinates) on a line.
int cursorAtX(const QTextLayout &layout, const QTextLine &line, qreal x);

// Rectangles in layout coordinates covering the layout positions [from, to): one per visual run piece.
QList<QRectF> rangeRects(const QTextLayout &layout, int from, int to);

} // namespace TextGeometry

} // namespace Hamish
