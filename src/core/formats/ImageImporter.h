// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/formats/FormatImporter.h"

namespace Hamish {

// Scanned pages and photographed articles (PNG, JPEG, TIFF, multi-page TIFF included) read by OCR: the
// recognised lines become paragraphs like a PDF's, each block keeps its OCR confidence, and the words
// Tesseract was unsure of are kept as the article's uncertain ranges.
class ImageImporter final : public FormatImporter
{
public:
    QString formatName() const override;
    QStringList filePatterns() const override;
    bool recognizes(const QByteArray &head) const override;
    ImportResult importBytes(const QByteArray &bytes, const QString &name,
                             const DocumentImportOptions &options) const override;
};

} // namespace Hamish
