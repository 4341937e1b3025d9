// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/HighlightLayer.h"

#include "app/TextGeometry.h"

#include <QPainter>
#include <QTextLayout>

#include <algorithm>

namespace Hamish {

namespace {
const QColor kUncertainColour(0xb0, 0x30, 0x60);
} // namespace

bool HighlightLayer::isShown(const Annotation &annotation, const QSet<QString> &hiddenLabels, double threshold)
{
    return annotation.status != AnnotationStatus::Rejected && !hiddenLabels.contains(annotation.label)
           && annotation.end > annotation.start && !annotation.isBelowThreshold(threshold);
}

qreal HighlightLayer::suggestionStrength(const Annotation &annotation)
{
    if (annotation.status != AnnotationStatus::Suggested)
        return 1.0;
    return 0.3 + 0.7 * std::clamp(annotation.confidence, 0.0, 1.0);
}

std::vector<HighlightItem> HighlightLayer::build(const QTextLayout &layout, qsizetype start, const Input &input)
{
    std::vector<HighlightItem> items;
    const qsizetype length = layout.text().size();
    auto addRange = [&](qsizetype from, qsizetype to, const QColor &colour, HighlightItem::Style style, int level,
                        qreal strength = 1.0) {
        const int a = int(std::clamp<qsizetype>(from - start, 0, length));
        const int b = int(std::clamp<qsizetype>(to - start, 0, length));
        if (b <= a)
            return;
        for (const QRectF &rect : TextGeometry::rangeRects(layout, a, b))
            items.push_back({rect, colour, style, level, strength});
    };

    // Nesting: a span that contains another visible span is drawn as an underline, one level below the
    // deepest span it contains, so an outer QUANTITY shows around its inner NUMBER.
    QList<const Annotation *> shown;
    for (const Annotation &annotation : input.annotations) {
        if (isShown(annotation, input.hiddenLabels, input.threshold))
            shown.append(&annotation);
    }
    std::vector<int> level(size_t(shown.size()), 0);
    // Document order puts containers before what they contain: walk backwards so inner levels are known.
    for (qsizetype i = shown.size() - 1; i >= 0; --i) {
        for (qsizetype j = i + 1; j < shown.size() && shown[j]->start < shown[i]->end; ++j) {
            if (shown[i]->contains(*shown[j]) && shown[i]->length() > shown[j]->length())
                level[size_t(i)] = std::max(level[size_t(i)], level[size_t(j)] + 1);
        }
    }
    for (qsizetype i = 0; i < shown.size(); ++i) {
        const Annotation &annotation = *shown[i];
        const QColor colour = input.colours.value(annotation.label, QColor(0x99, 0x99, 0x99));
        const qreal strength = suggestionStrength(annotation);
        if (level[size_t(i)] > 0)
            addRange(annotation.start, annotation.end, colour, HighlightItem::Style::Underline, level[size_t(i)],
                     strength);
        else
            addRange(annotation.start, annotation.end, colour,
                     annotation.status == AnnotationStatus::Suggested ? HighlightItem::Style::Suggested
                                                                      : HighlightItem::Style::Fill,
                     0, strength);
        if (annotation.id == input.currentAnnotation)
            addRange(annotation.start, annotation.end, colour, HighlightItem::Style::Current, 0);
    }
    for (const auto &[from, to] : input.matches) {
        const bool current = from == input.currentMatch.first && to == input.currentMatch.second;
        addRange(from, to, QColor(0xff, 0xd8, 0x4d),
                 current ? HighlightItem::Style::CurrentMatch : HighlightItem::Style::Match, 0);
    }
    for (const UncertainRange &range : input.uncertain)
        addRange(range.start, range.end(), kUncertainColour, HighlightItem::Style::Uncertain, 0);
    if (input.flash.second > input.flash.first)
        addRange(input.flash.first, input.flash.second, QColor(0xd5, 0x5e, 0x00), HighlightItem::Style::Flash, 0);
    return items;
}

void HighlightLayer::paint(QPainter &painter, const QPointF &origin, const std::vector<HighlightItem> &items,
                           qreal opacity)
{
    // Axis-aligned fills without anti-aliasing: the raster engine blends them at memory speed, where rounded
    // or dashed anti-aliased shapes cost a hundred times more on a page full of annotations.
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    for (const HighlightItem &item : items) {
        const QRectF rect = item.rect.translated(origin);
        QColor colour = item.colour;
        switch (item.style) {
        case HighlightItem::Style::Fill:
            colour.setAlphaF(0.55 * opacity);
            painter.fillRect(rect.adjusted(0, 2, 0, -2), colour);
            break;
        case HighlightItem::Style::Suggested: {
            colour.setAlphaF(0.28 * opacity * item.strength);
            painter.fillRect(rect.adjusted(0, 2, 0, -2), colour);
            // A dashed edge along the bottom: suggestions wait for the user's decision.
            QColor edge = item.colour.darker(130);
            edge.setAlphaF(std::min(1.0, 0.9 * opacity + 0.1) * item.strength);
            const qreal y = rect.bottom() - 3;
            for (qreal x = rect.left(); x < rect.right(); x += 6)
                painter.fillRect(QRectF(x, y, std::min<qreal>(4, rect.right() - x), 1.5), edge);
            break;
        }
        case HighlightItem::Style::Underline: {
            colour = colour.darker(115);
            colour.setAlphaF(std::min(1.0, opacity + 0.2) * item.strength);
            const qreal y = rect.bottom() - 3 - (item.level - 1) * 3.5;
            painter.fillRect(QRectF(rect.left(), y, rect.width(), 2.5), colour);
            break;
        }
        case HighlightItem::Style::Current:
            painter.setPen(QPen(item.colour.darker(180), 1.5));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(rect.adjusted(-1, 1, 1, -1));
            break;
        case HighlightItem::Style::Match:
            colour.setAlphaF(0.6);
            painter.fillRect(rect.adjusted(0, 3, 0, -3), colour);
            break;
        case HighlightItem::Style::CurrentMatch:
            colour.setAlphaF(0.8);
            painter.fillRect(rect.adjusted(0, 3, 0, -3), colour);
            painter.setPen(QPen(QColor(0xd5, 0x5e, 0x00), 2));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(rect.adjusted(0, 3, 0, -3));
            break;
        case HighlightItem::Style::Uncertain: {
            // Dots along the foot of the word, below a suggestion's dashes: "check this word".
            const qreal y = rect.bottom() - 1.5;
            for (qreal x = rect.left(); x < rect.right(); x += 3.5)
                painter.fillRect(QRectF(x, y, std::min<qreal>(1.5, rect.right() - x), 1.5), item.colour);
            break;
        }
        case HighlightItem::Style::Flash:
            painter.setPen(QPen(item.colour, 3));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(rect.adjusted(-2, 0, 2, 0));
            break;
        }
    }
    painter.restore();
}

} // namespace Hamish
