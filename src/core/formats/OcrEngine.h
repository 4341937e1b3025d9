// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/formats/PdfLayout.h"

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QString>

#include <functional>
#include <memory>

namespace tesseract {
class TessBaseAPI;
}

namespace Hamish {

// Reads text from page images with Tesseract and its Arabic model: lines in logical order with each
// word's confidence, positioned in points so that the PDF assembler can rebuild paragraphs from them.
// One engine serves one thread; loading the model takes a moment, so an importer keeps it for all pages.
class OcrEngine
{
public:
    // Words recognised below this confidence (0-100) are kept and marked uncertain.
    static constexpr int kUncertainBelow = 70;

    // `dataPath` is the folder with ara.traineddata (empty: the system's, /usr/share/tesseract-ocr/5/tessdata).
    explicit OcrEngine(const QString &dataPath = QString());
    ~OcrEngine();
    OcrEngine(const OcrEngine &) = delete;
    OcrEngine &operator=(const OcrEngine &) = delete;

    // False when Tesseract or its Arabic language data cannot be loaded.
    bool isAvailable() const { return m_available; }

    struct Page
    {
        QList<PdfLine> lines;
        bool cancelled = false;
    };

    // `progress` gets 0-100 while recognising and returns false to cancel. The image's resolution is `dpi`.
    Page recognize(const QImage &image, int dpi, const std::function<bool(int percent)> &progress);

    // Decodes a PNG, JPEG or TIFF image (every page of a multi-page TIFF) and recognises each page;
    // `*decoded` tells whether the bytes were an image at all. Stops after a cancelled page.
    QList<Page> recognizeImageFile(const QByteArray &bytes, const std::function<bool(int percent)> &progress,
                                   bool *decoded);

private:
    Page run(QSize size, int dpi, const std::function<bool(int percent)> &progress);

    std::unique_ptr<tesseract::TessBaseAPI> m_api;
    bool m_available = false;
};

} // namespace Hamish
