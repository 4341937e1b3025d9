// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/text/Article.h"

#include <QList>
#include <QRectF>
#include <QString>

namespace Hamish {

// One character of a PDF page's text layer as the PDF library reports it: the character (or the few a
// ligature glyph maps to) and where its glyph is drawn, in points from the page's top left corner.
struct PdfGlyph
{
    QString text;
    QRectF box;
};

// A line of a page's text, in logical order and with its letters repaired.
struct PdfLine
{
    QString text;
    QRectF box;
    qreal height = 0;                // the line's typical glyph height: its font size
    bool rightToLeft = true;         // the line's paragraph direction
    bool continuesWord = false;      // its last word goes on on the next line (a joining letter form or a hyphen)
    bool hyphenated = false;         // ... and the text ends with the hyphen that broke it
    int column = 0;                  // 0 spans the page; 1, 2 are columns in reading order
    int confidence = -1;             // OCR confidence (0-100) of a line recognised from an image
    QList<UncertainRange> uncertain; // ... and its words the recogniser was unsure of, offsets into `text`
};

// Rebuilds the lines of one PDF page from its glyphs' positions, whatever order the PDF stores them in:
// rows from the glyphs' vertical positions, columns from the gutter between them, each line's logical
// order from the visual one, combining marks with their letters.
class PdfLayout
{
public:
    struct Page
    {
        QList<PdfLine> lines;    // in reading order: full-width lines and columns (the right one first in RTL)
        int footnoteMarkers = 0; // raised small digits after words, dropped
        int reversedWords = 0;   // words whose letter forms showed them stored backwards
        // Lam-alef ligatures drawn without their letters in the text layer (a gap inside a word), put back.
        int restoredLigatures = 0;
        // The share of its runs of text (a line, or a table cell) the glyphs of the text layer cover (0-1; 1
        // without text). Text covers most of its lines (0.90-0.91 in the fonts measured, the rest being spaces);
        // far less means glyphs are drawn that the text layer has no characters for: a PDF writer that left a
        // font's contextual forms without their characters (Qt with Amiri or Noto Kufi Arabic: 0.38-0.46).
        qreal textCoverage = 1;
    };

    static Page layout(const QList<PdfGlyph> &glyphs);
};

} // namespace Hamish
