// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Annotation.h"
#include "core/text/Article.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QRectF>
#include <QSet>

#include <vector>

class QPainter;
class QTextLayout;

namespace Hamish {

// One shape the reader paints behind the text.
struct HighlightItem
{
    enum class Style { Fill, Suggested, Underline, Current, Match, CurrentMatch, Flash, Uncertain };
    QRectF rect; // layout coordinates
    QColor colour;
    Style style = Style::Fill;
    int level = 0;        // for underlines: 1 is closest to the text
    qreal strength = 1.0; // suggestions: fainter the less sure the engine is (suggestionStrength)
};

// Builds and paints what sits behind one laid-out piece of text: annotation highlights (one colour per label,
// suggestions lighter with a dashed edge, spans that contain others as stacked underlines), find matches and
// the current annotation's outline, and a dotted line under the words OCR was unsure of. Everything is drawn as shapes
// from the layout's geometry, never as character formats, so highlighting a name inside a word never changes the shapes
// of its letters.
class HighlightLayer
{
public:
    struct Input
    {
        QList<Annotation> annotations; // overlapping the piece, in document order
        QHash<QString, QColor> colours;
        QSet<QString> hiddenLabels;
        double threshold = 0; // suggestions less confident than this are not drawn
        qint64 currentAnnotation = 0;
        QList<std::pair<qsizetype, qsizetype>> matches; // overlapping the piece
        std::pair<qsizetype, qsizetype> currentMatch{-1, -1};
        std::pair<qsizetype, qsizetype> flash{-1, -1};
        QList<UncertainRange> uncertain; // words OCR was unsure of, overlapping the piece
    };

    // `start` is the text offset of the layout's first character.
    static std::vector<HighlightItem> build(const QTextLayout &layout, qsizetype start, const Input &input);
    static void paint(QPainter &painter, const QPointF &origin, const std::vector<HighlightItem> &items, qreal opacity);

    // Which annotations are drawn at all: rejected suggestions, hidden labels and suggestions whose confidence is
    // below `threshold` are not.
    static bool isShown(const Annotation &annotation, const QSet<QString> &hiddenLabels, double threshold = 0);
    // How strongly a suggestion is drawn: from 0.3 for one the engine doubts (confidence 0) to 1 for a sure one, so
    // the eye goes to the sure ones and the doubtful ones look doubtful. Decided annotations are drawn at 1.
    static qreal suggestionStrength(const Annotation &annotation);
};

} // namespace Hamish
