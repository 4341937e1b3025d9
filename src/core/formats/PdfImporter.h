// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/formats/FormatImporter.h"

namespace Hamish {

// PDF files through Poppler (chosen over Qt PDF by measurement, see docs/pdf-import.md): each page's text
// layer is rebuilt from its glyphs' positions (PdfLayout), pages without text are read by OCR when Tesseract
// and its Arabic data are there, and the pages become an article without their running headers, footers and
// page numbers (PdfAssembler). Each block keeps the page it starts on.
class PdfImporter final : public FormatImporter
{
public:
    QString formatName() const override;
    QStringList filePatterns() const override;
    bool recognizes(const QByteArray &head) const override;
    ImportResult importBytes(const QByteArray &bytes, const QString &name,
                             const DocumentImportOptions &options) const override;

    // Keeps Poppler's complaints about a damaged file off stderr (the caller's message says what is wrong);
    // once per process, before any document is loaded.
    static void quietPoppler();
};

} // namespace Hamish
