// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/formats/FormatImporter.h"

namespace Hamish {

// OpenDocument text (.odt): headings (text:h) and paragraphs in order, lists and tables included, the title
// and captions by their paragraph style, right-to-left paragraphs (writing mode rl-tb) as such, and
// footnotes and endnotes as blocks of their own after the text.
class OdtImporter final : public FormatImporter
{
public:
    QString formatName() const override;
    QStringList filePatterns() const override;
    bool recognizes(const QByteArray &head) const override;
    ImportResult importBytes(const QByteArray &bytes, const QString &name,
                             const DocumentImportOptions &options) const override;
};

} // namespace Hamish
