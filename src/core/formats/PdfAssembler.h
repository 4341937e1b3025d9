// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/formats/PdfLayout.h"

#include <QList>

namespace Hamish {

class ArticleBuilder;

// Turns the lines of a PDF's pages into an article's blocks: drops what repeats on every page (running
// headers and footers) and page numbers, rebuilds paragraphs from lines (rejoining words broken at a line
// end, carrying a paragraph over a page break), and gives blocks their role from their size and place.
class PdfAssembler
{
public:
    struct Page
    {
        int number = 0; // 1-based
        QList<PdfLine> lines;
    };

    struct Dropped
    {
        int runningLines = 0; // headers and footers repeated on most pages
        int pageNumbers = 0;
    };

    // Removes page furniture from `pages` (in place) and returns what went.
    static Dropped dropFurniture(QList<Page> &pages);

    // Appends the pages' paragraphs, headings, title, captions and footnotes to `builder`.
    static void build(const QList<Page> &pages, ArticleBuilder &builder);

    // True for a line that is only a page number ("12", "- 12 -", "صفحة ١٢", "12 / 40", "Page 3 of 9").
    static bool isPageNumber(QStringView text);
};

} // namespace Hamish
