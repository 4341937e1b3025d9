// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/formats/FormatImporter.h"

namespace Hamish {

// Word documents (.docx): the body's paragraphs (tables and text boxes included) in order, headings and the
// title by their paragraph style, right-to-left paragraphs as such, and footnotes and endnotes as blocks of
// their own after the text. Deleted revisions and field codes are left out.
class DocxImporter final : public FormatImporter
{
public:
    QString formatName() const override;
    QStringList filePatterns() const override;
    bool recognizes(const QByteArray &head) const override;
    ImportResult importBytes(const QByteArray &bytes, const QString &name,
                             const DocumentImportOptions &options) const override;
};

} // namespace Hamish
