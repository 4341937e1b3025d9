// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/ExportOptions.h"
#include "core/text/Article.h"

#include <QIODevice>
#include <QStringList>

#include <functional>
#include <memory>

namespace Hamish {

class Project;

// Writes a project's articles and annotations in one exchange format. Single-file formats write to any
// device (a file through QSaveFile, standard output); folder formats (brat) write a folder.
class Exporter
{
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
    bool exportTo(const Project &project, const ExportOptions &options, const QString &path, QString *error) const;
    // Single-file formats: writes to `device`.
    virtual bool write(const Project &project, const ExportOptions &options, QIODevice &device, QString *error) const;

protected:
    // One article as exporters see it: its id, the article and the annotations the options include,
    // ordered by start (longest first).
    struct Document
    {
        qint64 id = 0;
        Article article;
        QList<Annotation> annotations;
    };
    // Calls `visit` for each article the options select; stops when it returns false.
    static bool forEachDocument(const Project &project, const ExportOptions &options,
                                const std::function<bool(const Document &)> &visit, QString *error);
    // Writes all of `bytes` or says why not.
    static bool writeBytes(QIODevice &device, const QByteArray &bytes, QString *error);
    virtual bool writeFolder(const Project &project, const ExportOptions &options, const QString &folder,
                             QString *error) const;
};

} // namespace Hamish
