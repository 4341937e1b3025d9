// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/text/ImportResult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

namespace Hamish {

// Opens article files (plain text in any common Arabic encoding, HTML pages) and turns them into
// articles, or into a message that names the file, says what is wrong and what to do.
class ArticleImporter
{
    Q_DECLARE_TR_FUNCTIONS(Hamish::ArticleImporter)

public:
    // Files over this size are refused: 128 MiB is far beyond any article and still fits in memory.
    static constexpr qint64 kDefaultMaxBytes = 128 * 1024 * 1024;

    struct Options
    {
        QString encoding;  // forced encoding; empty to detect
        bool html = false; // read the bytes as HTML whatever their name and first bytes (a copied fragment)
        qint64 maxBytes = kDefaultMaxBytes;
        std::function<void(int percent)> progress;
        // Polled between pages and chunks of work by the slow importers (PDF, OCR): true stops the import
        // with ImportErrorKind::Cancelled and no article.
        std::function<bool()> cancelled;
    };

    static ImportResult importFile(const QString &path, const Options &options);
    static ImportResult importFile(const QString &path) { return importFile(path, Options()); }

    // Imports bytes that did not come from a file (standard input, a test); `name` is used in messages
    // and its extension chooses HTML or plain text.
    static ImportResult importBytes(const QByteArray &bytes, const QString &name, const Options &options);

    static bool isHtmlName(const QString &name);

    // Reads a whole file for an importer, with the checks every format shares (exists, not a folder, not
    // over options.maxBytes, readable): on failure the result carries the message, on success `*bytes`
    // holds the file and the result is neither ok() nor an error.
    static ImportResult readFile(const QString &path, const Options &options, QByteArray *bytes);

    // Reads the file with readFile's checks, imports its bytes with `import` and records the absolute path as
    // the article's source: importFile for any importer of bytes.
    static ImportResult importFileWith(const QString &path, const Options &options,
                                       const std::function<ImportResult(const QByteArray &, const QString &)> &import);

    // `name` in quotes for a message, or "The input" when there is no name.
    static QString displayName(const QString &name);

    // An error result with its kind and message, for importers of any format.
    static ImportResult failure(ImportErrorKind kind, const QString &message);
};

} // namespace Hamish
