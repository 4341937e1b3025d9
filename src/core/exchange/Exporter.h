// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/Result.h"
#include "core/exchange/DocumentSource.h"
#include "core/exchange/ExportOptions.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>

#include <functional>

#include <memory>

class QSaveFile;

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

    // A file an export must not replace (one of the open project's own files), asked of every file it
    // would replace or create.
    using ProtectedFile = std::function<bool(const QString &path)>;

    virtual bool writesFolder() const { return false; }
    // Writes to `path` completely or not at all: a file is replaced atomically, an earlier file staying as
    // it was when anything fails; a folder format writes everything into a new folder beside the target
    // first, then renames it into place (or, with options.intoFolderWithFiles, moves each file into the
    // existing folder). A path `isProtected` names is refused.
    Result<void> exportTo(const DocumentSource &source, const ExportOptions &options, const QString &path,
                          const ProtectedFile &isProtected = {}) const;
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
    // Commits a QSaveFile, flushing by hand first: QSaveFile::commit() does not report a failure to write
    // the last buffered chunk (a full disk), and would replace a good file with a truncated one.
    static Result<void> commitFile(QSaveFile &file, const QString &path);
    virtual Result<void> writeFolder(const DocumentSource &source, const ExportOptions &options,
                                     const QString &folder) const;

private:
    Result<void> exportFolder(const DocumentSource &source, const ExportOptions &options, const QString &folder,
                              const ProtectedFile &isProtected) const;
};

} // namespace Hamish
