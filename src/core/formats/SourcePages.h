// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/Result.h"

#include <QImage>
#include <QString>

namespace Hamish {

// The pages of an article's source file as images, for the reader to show beside the text that was read
// from them: a PDF page rendered by Poppler, or a scanned image (each page of a multi-page TIFF) decoded as
// OCR decoded it. The file is recognised by its first bytes, as the importers recognise it, not by its name.
class SourcePages
{
public:
    // Larger pages are rendered smaller, so that no image passes this many pixels on its longest side (an A4
    // page at 340 dpi, 45 MB of 32-bit colour): enough to read footnotes, bounded for a huge page or scan.
    static constexpr int kMaxPixels = 4000;
    // Image files larger than this are not read into memory for display.
    static constexpr qint64 kMaxImageFileBytes = 512LL * 1024 * 1024;

    struct PageImage
    {
        QImage image;
        int page = 1;      // 1-based
        int pageCount = 1; // of the whole file
    };

    // Whether `path`'s content is a PDF or an image Hamish reads pages from.
    static bool hasPages(const QString &path);
    // The same by the file's name alone (*.pdf, *.png, *.tif, ...), without reading it.
    static bool hasPagedName(const QString &path);

    // Page `page` (1-based; 0 means the first) of `path`, a PDF rendered at `dpi` or an image as scanned.
    // Errors name the file and say what is wrong with it, not what it means for an article (the window adds
    // that): NotFound (no file there: moved or deleted since the import), Unsupported (not a PDF or an image),
    // Corrupt, Locked (a PDF protected by a password), Invalid (no such page: for an article's page, the file
    // was replaced since the import).
    static Result<PageImage> render(const QString &path, int page, int dpi = 150);

private:
    static Result<PageImage> renderPdf(const QString &path, int page, int dpi);
    static Result<PageImage> renderImage(const QString &path, int page);
    static Error noSuchPage(const QString &path, int page, int pageCount);
};

} // namespace Hamish
