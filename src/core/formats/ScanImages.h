// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <functional>
#include <memory>

struct Pix;

namespace Hamish {

// Frees a Leptonica image.
struct PixDeleter
{
    void operator()(Pix *pix) const;
};
using PixPointer = std::unique_ptr<Pix, PixDeleter>;

// The pages of a scanned image file as Leptonica decodes them, for OCR (OcrEngine) and for showing a page
// (SourcePages): a PNG or JPEG is one page, a TIFF as many as it holds. Internal to the formats layer.
class ScanImages
{
public:
    // A TIFF with more pages than this is not an article scan; the rest is left out.
    static constexpr int kMaxPages = 500;

    // Decodes `bytes` page by page, in order, handing each page to `take` (so that a caller keeping one page
    // never holds them all). Returns how many pages were decoded: 0 when the bytes are no readable image.
    // Leptonica's own complaints about a damaged file stay off stderr; the caller's message says it.
    static int decode(const QByteArray &bytes, const std::function<void(PixPointer page)> &take);
};

} // namespace Hamish
