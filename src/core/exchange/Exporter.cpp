// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/Exporter.h"

#include "core/exchange/BratExporter.h"
#include "core/exchange/ConllExporter.h"
#include "core/exchange/JsonExporter.h"
#include "core/exchange/JsonlExporter.h"
#include "core/exchange/WebAnnotationExporter.h"
#include "core/storage/Project.h"

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

bool Exporter::exportTo(const Project &project, const ExportOptions &options, const QString &path, QString *error) const
{
    if (writesFolder())
        return writeFolder(project, options, path, error);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = u"Cannot write "_s + path + u": "_s + file.errorString();
        return false;
    }
    if (!write(project, options, file, error))
        return false; // QSaveFile discards what was written
    if (!file.commit()) {
        *error = u"Cannot write "_s + path + u": "_s + file.errorString();
        return false;
    }
    return true;
}

bool Exporter::write(const Project &, const ExportOptions &, QIODevice &, QString *error) const
{
    *error = u"This format writes a folder: give an output folder with -o."_s;
    return false;
}

bool Exporter::writeFolder(const Project &, const ExportOptions &, const QString &, QString *error) const
{
    *error = u"This format writes a single file."_s;
    return false;
}

bool Exporter::writeBytes(QIODevice &device, const QByteArray &bytes, QString *error)
{
    if (device.write(bytes) == bytes.size())
        return true;
    *error = u"Cannot write the export: "_s + device.errorString();
    return false;
}

bool Exporter::forEachDocument(const Project &project, const ExportOptions &options,
                               const std::function<bool(const Document &)> &visit, QString *error)
{
    bool found = options.articleId == 0;
    for (const ArticleSummary &summary : project.articles()) {
        if (options.articleId != 0 && summary.id != options.articleId)
            continue;
        found = true;
        std::optional<Article> article = project.article(summary.id);
        if (!article) {
            *error = project.lastError();
            return false;
        }
        Document document{summary.id, std::move(*article), {}};
        for (const Annotation &annotation : project.annotations(summary.id)) {
            if (options.includes(annotation.status))
                document.annotations.append(annotation);
        }
        if (!visit(document))
            return false;
    }
    if (!found) {
        *error = u"There is no article "_s + QString::number(options.articleId)
                 + u" in the project (`hamish info PROJECT` lists the ids)."_s;
        return false;
    }
    return true;
}

} // namespace Hamish
