// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/Exporter.h"

#include "core/exchange/BratExporter.h"
#include "core/exchange/ConllExporter.h"
#include "core/exchange/JsonExporter.h"
#include "core/exchange/JsonlExporter.h"
#include "core/exchange/WebAnnotationExporter.h"

#include <QDir>
#include <QSaveFile>

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

Result<void> Exporter::exportTo(const DocumentSource &source, const ExportOptions &options, const QString &path) const
{
    if (writesFolder())
        return writeFolder(source, options, path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(tr("Cannot write %1: %2").arg(path, file.errorString()), Error::Kind::Unreadable);
    if (const Result<void> written = write(source, options, file); !written)
        return written; // QSaveFile discards what was written
    if (!file.commit())
        return Error(tr("Cannot write %1: %2").arg(path, file.errorString()));
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
    return Error(tr("Cannot write the export: %1").arg(device.errorString()));
}

Result<void> Exporter::saveFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return {};
    return Error(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
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
