#include "JsonExporter.h"

#include "CodePointIndex.h"
#include "Project.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

bool JsonExporter::write(const Project &project, const ExportOptions &options, QIODevice &device, QString *error) const
{
    QJsonArray labels;
    for (const Label &label : project.labels()) {
        labels.append(QJsonObject{{u"id"_s, label.id},
                                  {u"name"_s, label.name},
                                  {u"colour"_s, label.colour},
                                  {u"shortcut"_s, label.shortcut}});
    }
    // The envelope is written by hand so its keys come in reading order and each document sits on its
    // own line (diff-friendly); documents themselves are QJsonDocument's compact output.
    const QByteArray head = "{\"format\":\"hamish\",\"version\":1,\"offsets\":\"codepoint\",\"labels\":"
                            + QJsonDocument(labels).toJson(QJsonDocument::Compact) + ",\"documents\":[";
    if (!writeBytes(device, head, error))
        return false;
    bool first = true;
    const bool ok = forEachDocument(
        project, options,
        [&](const Document &document) {
            const QString &text = document.article.text();
            const CodePointIndex index(text);
            QJsonArray blocks;
            for (const Block &block : document.article.blocks()) {
                blocks.append(QJsonObject{{u"role"_s, blockRoleName(block.role)},
                                          {u"start"_s, index.toCodePoint(block.start)},
                                          {u"end"_s, index.toCodePoint(block.end())}});
            }
            QJsonArray annotations;
            for (const Annotation &annotation : document.annotations) {
                annotations.append(QJsonObject{
                    {u"id"_s, annotation.id},
                    {u"label"_s, annotation.label},
                    {u"start"_s, index.toCodePoint(annotation.start)},
                    {u"end"_s, index.toCodePoint(annotation.end)},
                    {u"text"_s, text.mid(annotation.start, annotation.length())},
                    {u"status"_s, annotationStatusName(annotation.status)},
                    {u"origin"_s, annotation.origin},
                    {u"value"_s, annotation.value.isUndefined() ? QJsonValue() : annotation.value},
                    {u"confidence"_s, annotation.confidence},
                    {u"note"_s, annotation.note},
                    {u"author"_s, annotation.author},
                    {u"created"_s, timeText(annotation.created)},
                    {u"modified"_s, timeText(annotation.modified)},
                    {u"utf16"_s, QJsonObject{{u"start"_s, annotation.start}, {u"end"_s, annotation.end}}},
                });
            }
            const QJsonObject object{{u"id"_s, document.id},
                                     {u"title"_s, document.article.title()},
                                     {u"source"_s, document.article.sourcePath()},
                                     {u"encoding"_s, document.article.encoding()},
                                     {u"sha256"_s, document.article.sha256()},
                                     {u"text"_s, text},
                                     {u"blocks"_s, blocks},
                                     {u"annotations"_s, annotations}};
            const QByteArray bytes = (first ? "\n" : ",\n") + QJsonDocument(object).toJson(QJsonDocument::Compact);
            first = false;
            return writeBytes(device, bytes, error);
        },
        error);
    return ok && writeBytes(device, "\n]}\n", error);
}

} // namespace Hamish
