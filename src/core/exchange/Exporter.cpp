// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/Exporter.h"

#include "core/exchange/BratExporter.h"
#include "core/exchange/ConllExporter.h"
#include "core/exchange/JsonExporter.h"
#include "core/exchange/JsonlExporter.h"
#include "core/exchange/WebAnnotationExporter.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>

#include <cerrno>
#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {
// Each format with the extension its files take (none: it writes a folder).
struct Format
{
    QStringView id;
    QStringView extension;
};
constexpr Format kFormats[] = {
    {u"json", u".json"}, {u"jsonl", u".jsonl"}, {u"conll", u".conll"}, {u"brat", u""}, {u"webanno", u".jsonld"}};
} // namespace

QStringList Exporter::formats()
{
    QStringList ids;
    for (const Format &format : kFormats)
        ids.append(format.id.toString());
    return ids;
}

QString Exporter::fileExtension(const QString &format)
{
    for (const Format &known : kFormats) {
        if (known.id == format)
            return known.extension.toString();
    }
    return {};
}

QString Exporter::formatOfFile(const QString &path)
{
    for (const Format &format : kFormats) {
        if (!format.extension.isEmpty() && path.endsWith(format.extension, Qt::CaseInsensitive))
            return format.id.toString();
    }
    return {};
}

std::unique_ptr<Exporter> Exporter::create(const QString &format)
{
    if (format == u"json")
        return std::make_unique<JsonExporter>();
    if (format == u"jsonl")
        return std::make_unique<JsonlExporter>();
    if (format == u"conll")
        return std::make_unique<ConllExporter>();
    if (format == u"brat")
        return std::make_unique<BratExporter>();
    if (format == u"webanno")
        return std::make_unique<WebAnnotationExporter>();
    return nullptr;
}

namespace {

// Why a write failed, in words a user can act on (Qt says "Unknown error" when the disk is full).
QString writeReason(const QString &details)
{
    return details.isEmpty() || details == u"Unknown error" ? Exporter::tr("the disk may be full, or the file too "
                                                                           "large for it")
                                                            : details;
}

Error writeError(const QString &path, const QString &details)
{
    return Error(Exporter::tr("Cannot write %1: %2. Nothing was replaced: free some space or choose another "
                              "place, then export again.")
                     .arg(QDir::toNativeSeparators(path), writeReason(details)));
}

Error refused(const QString &path)
{
    return Error(Exporter::tr("Cannot export to %1: it is the open project itself, or one of the files it keeps "
                              "beside it. Choose another name.")
                     .arg(QDir::toNativeSeparators(path)),
                 Error::Kind::Invalid);
}

bool hasEntries(const QString &folder)
{
    return !QDir(folder).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
}

} // namespace

Result<void> Exporter::exportTo(const DocumentSource &source, const ExportOptions &options, const QString &path,
                                const ProtectedFile &isProtected) const
{
    if (writesFolder())
        return exportFolder(source, options, path, isProtected);
    if (isProtected && isProtected(path))
        return refused(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), writeReason(file.errorString())),
                     Error::Kind::Unreadable);
    if (const Result<void> written = write(source, options, file); !written) {
        // QSaveFile discards what was written; a failed write says so with the file's name.
        return file.error() != QFileDevice::NoError ? writeError(path, file.errorString()) : written;
    }
    return commitFile(file, path);
}

Result<void> Exporter::commitFile(QSaveFile &file, const QString &path)
{
    if (!file.flush() || file.error() != QFileDevice::NoError) {
        const QString details = file.errorString();
        file.cancelWriting();
        return writeError(path, details);
    }
    if (!file.commit())
        return writeError(path, file.errorString());
    return {};
}

Result<void> Exporter::exportFolder(const DocumentSource &source, const ExportOptions &options, const QString &folder,
                                    const ProtectedFile &isProtected) const
{
    const QString target = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    const QString name = QDir::toNativeSeparators(target);
    const QFileInfo info(target);
    if (info.exists() && !info.isDir())
        return Error(tr("%1 is a file: this format writes a folder. Choose a folder.").arg(name), Error::Kind::Invalid);
    const bool intoExisting = info.exists() && hasEntries(target);
    if (intoExisting && !options.intoFolderWithFiles) {
        return Error(tr("%1 already holds files: choose a new or empty folder, or let the export replace the files "
                        "of the same names (hamish export --force).")
                         .arg(name),
                     Error::Kind::AlreadyExists);
    }
    const QString parent = info.absolutePath();
    if (!QDir().mkpath(parent))
        return Error(tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(parent)));
    // Everything is written into a new folder beside the target first: a failure leaves the target as it was.
    QTemporaryDir staging(parent + u"/."_s + info.fileName() + u".export-XXXXXX"_s);
    if (!staging.isValid())
        return Error(
            tr("Cannot create a folder in %1: %2").arg(QDir::toNativeSeparators(parent), staging.errorString()));
    if (const Result<void> written = writeFolder(source, options, staging.path()); !written)
        return written;
    const QStringList files = QDir(staging.path()).entryList(QDir::Files | QDir::Hidden);
    for (const QString &file : files) {
        if (isProtected && isProtected(target + u'/' + file))
            return refused(target + u'/' + file);
    }
    if (!intoExisting) {
        // One rename makes the whole folder appear at once.
        if (info.exists())
            QDir().rmdir(target);
        if (std::rename(QFile::encodeName(staging.path()).constData(), QFile::encodeName(target).constData()) != 0)
            return Error(tr("Cannot create %1: %2").arg(name, QString::fromLocal8Bit(std::strerror(errno))));
        staging.setAutoRemove(false);
        return {};
    }
    // Into a folder that already holds files: each new file replaces its namesake in one rename.
    for (const QString &file : files) {
        const QString from = staging.filePath(file);
        const QString to = target + u'/' + file;
        if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0) {
            return Error(
                tr("Cannot move %1 into %2: %3").arg(file, name, QString::fromLocal8Bit(std::strerror(errno))));
        }
    }
    return {};
}

Result<void> Exporter::write(const DocumentSource &, const ExportOptions &, QIODevice &) const
{
    return Error(tr("This format writes a folder: give an output folder with -o."), Error::Kind::Invalid);
}

Result<void> Exporter::writeFolder(const DocumentSource &, const ExportOptions &, const QString &) const
{
    return Error(tr("This format writes a single file."), Error::Kind::Invalid);
}

Result<void> Exporter::writeBytes(QIODevice &device, const QByteArray &bytes)
{
    if (device.write(bytes) == bytes.size())
        return {};
    return Error(tr("Cannot write the export: %1.").arg(writeReason(device.errorString())));
}

Result<void> Exporter::saveFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), writeReason(file.errorString())));
    if (file.write(bytes) != bytes.size())
        return writeError(path, file.errorString());
    return commitFile(file, path);
}

Result<void> Exporter::forEachDocument(const DocumentSource &source, const ExportOptions &options,
                                       const std::function<Result<void>(const ExportDocument &)> &visit)
{
    if (options.statuses == ExportOptions::Statuses::All)
        return source.forEach(visit);
    return source.forEach([&](const ExportDocument &document) {
        ExportDocument selected{document.id, document.article, {}};
        for (const Annotation &annotation : document.annotations) {
            if (options.includes(annotation.status))
                selected.annotations.append(annotation);
        }
        return visit(selected);
    });
}

} // namespace Hamish
