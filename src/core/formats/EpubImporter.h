// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/formats/FormatImporter.h"

namespace Hamish {

// EPUB books: the chapters listed in the package's spine, in reading order, each read by the HTML importer;
// the book's title (dc:title) is the article's title and each chapter's headline becomes a heading.
class EpubImporter final : public FormatImporter
{
public:
    QString formatName() const override;
    QStringList filePatterns() const override;
    bool recognizes(const QByteArray &head) const override;
    ImportResult importBytes(const QByteArray &bytes, const QString &name,
                             const DocumentImportOptions &options) const override;
};

} // namespace Hamish
