// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/formats/FormatImporter.h"

namespace Hamish {

// Plain text in any common Arabic encoding and HTML pages, through the text layer's ArticleImporter: the
// format every file no other importer recognises is tried as.
class TextFormat final : public FormatImporter
{
public:
    QString formatName() const override;
    QStringList filePatterns() const override;
    bool recognizes(const QByteArray &head) const override;
    ImportResult importBytes(const QByteArray &bytes, const QString &name,
                             const DocumentImportOptions &options) const override;
};

} // namespace Hamish
