// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace Hamish {

// The reading themes (light, dark, sepia): their palettes, and label colours adapted to sit behind their text.
class Theme
{
public:
    enum class Id { Light, Dark, Sepia };

    // The alpha at which the reader fills a label's colour behind the text.
    static constexpr double kHighlightAlpha = 0.55;

    static QPalette palette(Id theme);
    // Applies the theme's palette to the whole application.
    static void apply(Id theme);

    // A label colour as the reader should fill it in `theme`: dark backgrounds need darker fills so that
    // their light text stays readable.
    static QColor highlightColour(Id theme, const QColor &labelColour);
    // The same for whatever theme `palette` belongs to (dark when its base is dark), for views that only
    // know their palette.
    static QColor highlightColour(const QPalette &palette, const QColor &labelColour);

    static QString key(Id theme); // "light", "dark", "sepia": the persisted form
    static Id fromKey(const QString &key);

    // WCAG 2 relative luminance and contrast ratio (1 to 21).
    static double luminance(const QColor &colour);
    static double contrast(const QColor &a, const QColor &b);
    // `top` drawn with `alpha` over an opaque `bottom`.
    static QColor blend(const QColor &top, const QColor &bottom, double alpha);
};

} // namespace Hamish
