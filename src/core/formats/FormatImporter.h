// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/text/ArticleImporter.h"
#include "core/text/ImportResult.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Hamish {

// What every importer takes: the text layer's options (forced encoding, size limit, progress, cancel) and
// the limits and resources of the document formats.
struct DocumentImportOptions : ArticleImporter::Options
{
    // A zip container (DOCX, ODT, EPUB) is refused when its members declare, or actually inflate to, more
    // than this: a few hundred kilobytes of zip can otherwise unpack to gigabytes.
    static constexpr qint64 kDefaultMaxInflatedBytes = 256 * 1024 * 1024;
    qint64 maxInflatedBytes = kDefaultMaxInflatedBytes;

    // Where Tesseract's language data (ara.traineddata) lives; empty for the system's folder.
    QString ocrDataPath;
    // Resolution scanned PDF pages are rendered at for recognition.
    int ocrDpi = 300;
};

// One file format Hamish opens (plain text and HTML, PDF, images, DOCX, ODT, EPUB): it recognises its files
// and turns their bytes into an article with blocks, or into an error message naming the file, saying what
// is wrong and what to do. Importers hold no state: one instance serves every thread.
class FormatImporter
{
public:
    virtual ~FormatImporter() = default;

    // A short name for the format in messages and the Open dialog ("PDF", "Word").
    virtual QString formatName() const = 0;
    // Glob patterns of the format's file names, lower case ("*.pdf").
    virtual QStringList filePatterns() const = 0;
    // True when the first bytes of a file (`head`, up to 4 KiB) are this format's, whatever the file's name.
    virtual bool recognizes(const QByteArray &head) const = 0;

    // `name` is used in messages; options.progress goes from 0 to 100, options.cancelled is polled.
    virtual ImportResult importBytes(const QByteArray &bytes, const QString &name,
                                     const DocumentImportOptions &options) const = 0;

protected:
    static bool isCancelled(const DocumentImportOptions &options) { return options.cancelled && options.cancelled(); }
    static void reportProgress(const DocumentImportOptions &options, int percent);
    // The result of an import the user stopped: no article, and a message saying nothing was imported.
    static ImportResult cancelledResult(const QString &name);
    // An article with no blocks is an error naming the file, whatever the format.
    static ImportResult finish(Article article, const QString &name, QStringList warnings);
};

} // namespace Hamish
