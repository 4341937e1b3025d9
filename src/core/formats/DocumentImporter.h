// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/formats/FormatImporter.h"

#include <QList>

namespace Hamish {

// Opens an article file of any format Hamish reads: picks the importer from the file's first bytes (then
// its name), and falls back to plain text and HTML. The entry point of the window and the command line.
class DocumentImporter
{
public:
    static ImportResult importFile(const QString &path, const DocumentImportOptions &options);
    static ImportResult importFile(const QString &path) { return importFile(path, DocumentImportOptions()); }
    static ImportResult importBytes(const QByteArray &bytes, const QString &name, const DocumentImportOptions &options);

    // Every importer, the plain-text and HTML one last.
    static const QList<const FormatImporter *> &formats();
    // The importer for these bytes named `name`.
    static const FormatImporter &formatFor(const QByteArray &bytes, const QString &name);

    // "*.txt *.html ... *.pdf *.docx": every pattern of every format, for an Open dialog's filter.
    static QString filePatterns();
};

} // namespace Hamish
