// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/JsonExporter.h"

#include "core/exchange/JsonWriter.h"
#include "core/model/IsoTime.h"
#include "core/text/CodePointIndex.h"

using namespace Qt::StringLiterals;

namespace Hamish {

Result<void> JsonExporter::write(const DocumentSource &source, const ExportOptions &options, QIODevice &device) const
{
    const Result<QList<Label>> labels = source.labels();
    if (!labels)
        return labels.error();
    // Each document goes on its own line (diff-friendly, and the file is written as it is produced).
    JsonWriter json;
    json.beginObject();
    json.key(u"format").value(u"hamish");
    json.key(u"version").value(qint64(1));
    json.key(u"offsets").value(u"codepoint");
    json.key(u"labels").beginArray();
    for (qsizetype i = 0; i < labels->size(); ++i) {
        const Label &label = labels->at(i);
        json.beginObject();
        // Labels of articles that were never in a project have no id yet: their place in the list is theirs.
        json.key(u"id").value(label.id > 0 ? label.id : qint64(i + 1));
        json.key(u"name").value(label.name);
        json.key(u"colour").value(label.colour);
        json.key(u"shortcut").value(label.shortcut);
        json.endObject();
    }
    json.endArray();
    json.key(u"documents").beginArray();
    if (const Result<void> written = writeBytes(device, json.take()); !written)
        return written;

    const Result<void> documents =
        forEachDocument(source, options, [&](const ExportDocument &document) -> Result<void> {
            const QString &text = document.article.text();
            const CodePointIndex index(text);
            json.data() += '\n';
            json.beginObject();
            json.key(u"id").value(document.id);
            json.key(u"title").value(document.article.title());
            json.key(u"source").value(document.article.sourcePath());
            json.key(u"encoding").value(document.article.encoding());
            json.key(u"sha256").value(document.article.sha256());
            json.key(u"text").value(text);
            json.key(u"blocks").beginArray();
            for (const Block &block : document.article.blocks()) {
                json.beginObject();
                json.key(u"role").value(blockRoleName(block.role));
                json.key(u"start").value(qint64(index.toCodePoint(block.start)));
                json.key(u"end").value(qint64(index.toCodePoint(block.end())));
                // What a PDF or a scan tells about the block, written only when there is something to tell.
                if (block.page > 0)
                    json.key(u"page").value(qint64(block.page));
                if (block.confidence >= 0)
                    json.key(u"confidence").value(qint64(block.confidence));
                if (block.direction != BlockDirection::FromText)
                    json.key(u"direction").value(blockDirectionName(block.direction));
                json.endObject();
            }
            json.endArray();
            if (!document.article.uncertainRanges().isEmpty()) {
                json.key(u"uncertain").beginArray();
                for (const UncertainRange &range : document.article.uncertainRanges()) {
                    json.beginObject();
                    json.key(u"start").value(qint64(index.toCodePoint(range.start)));
                    json.key(u"end").value(qint64(index.toCodePoint(range.end())));
                    json.key(u"confidence").value(qint64(range.confidence));
                    json.endObject();
                }
                json.endArray();
            }
            json.key(u"annotations").beginArray();
            for (const Annotation &annotation : document.annotations) {
                json.beginObject();
                json.key(u"id").value(annotation.id);
                json.key(u"label").value(annotation.label);
                json.key(u"start").value(qint64(index.toCodePoint(annotation.start)));
                json.key(u"end").value(qint64(index.toCodePoint(annotation.end)));
                json.key(u"text").value(QStringView(text).mid(annotation.start, annotation.length()));
                json.key(u"status").value(annotationStatusName(annotation.status));
                json.key(u"origin").value(annotation.origin);
                json.key(u"value").jsonValue(annotation.value);
                json.key(u"confidence").value(annotation.confidence);
                json.key(u"note").value(annotation.note);
                json.key(u"author").value(annotation.author);
                json.key(u"created").value(IsoTime::format(annotation.created));
                json.key(u"modified").value(IsoTime::format(annotation.modified));
                json.key(u"utf16").beginObject();
                json.key(u"start").value(qint64(annotation.start));
                json.key(u"end").value(qint64(annotation.end));
                json.endObject();
                json.endObject();
            }
            json.endArray();
            json.endObject();
            return writeBytes(device, json.take());
        });
    if (!documents)
        return documents;
    json.endArray();
    json.endObject();
    return writeBytes(device, '\n' + json.take() + '\n');
}

} // namespace Hamish
