// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/Result.h"
#include "core/exchange/DocumentSource.h"
#include "core/exchange/ExportOptions.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>

#include <memory>

namespace Hamish {

// Writes documents and their annotations in one exchange format. Single-file formats write to any device
// (a file through QSaveFile, standard output); folder formats (brat) write a folder. Exporters read a
// DocumentSource, never a project: an article with no project exports the same way.
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(Hamish::Exporter)

public:
    virtual ~Exporter() = default;

    // "json", "jsonl", "conll", "brat", "webanno".
    static QStringList formats();
    // The extension a format's files take, dot included (".json", ".jsonld" for webanno); empty for a format
    // that writes a folder (brat) or an unknown one.
    static QString fileExtension(const QString &format);
    // The format whose files take `path`'s extension (case ignored), or empty when none does.
    static QString formatOfFile(const QString &path);
    static std::unique_ptr<Exporter> create(const QString &format); // nullptr for an unknown format

    virtual bool writesFolder() const { return false; }
    // Writes to `path`: a file replaced atomically, or a folder created if needed.
    Result<void> exportTo(const DocumentSource &source, const ExportOptions &options, const QString &path) const;
    // Single-file formats: writes to `device`.
    virtual Result<void> write(const DocumentSource &source, const ExportOptions &options, QIODevice &device) const;

protected:
    // Calls `visit` for each document of the source with only the annotations the options include;
    // stops at the first error.
    static Result<void> forEachDocument(const DocumentSource &source, const ExportOptions &options,
                                        const std::function<Result<void>(const ExportDocument &)> &visit);
    // Writes all of `bytes` or says why not.
    static Result<void> writeBytes(QIODevice &device, const QByteArray &bytes);
    // Replaces the file at `path` with `bytes` atomically.
    static Result<void> saveFile(const QString &path, const QByteArray &bytes);
    virtual Result<void> writeFolder(const DocumentSource &source, const ExportOptions &options,
                                     const QString &folder) const;
};

} // namespace Hamish
