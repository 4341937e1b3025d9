// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/WebAnnotationExporter.h"

#include "core/text/CodePointIndex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {

constexpr qsizetype kContext = 32; // code points of prefix and suffix, enough to re-anchor a quote

} // namespace

Result<void> WebAnnotationExporter::write(const DocumentSource &source, const ExportOptions &options,
                                          QIODevice &device) const
{
    QJsonArray items;
    const Result<void> documents =
        forEachDocument(source, options, [&](const ExportDocument &document) -> Result<void> {
            const QString &text = document.article.text();
            const CodePointIndex index(text);
            const QString source = u"urn:sha256:"_s + document.article.sha256();
            for (const Annotation &annotation : document.annotations) {
                const qsizetype start = index.toCodePoint(annotation.start);
                const qsizetype end = index.toCodePoint(annotation.end);
                const qsizetype prefixStart = index.toUtf16(std::max<qsizetype>(0, start - kContext));
                const qsizetype suffixEnd = index.toUtf16(std::min(index.size(), end + kContext));
                QJsonArray bodies{QJsonObject{
                    {u"type"_s, u"TextualBody"_s}, {u"purpose"_s, u"tagging"_s}, {u"value"_s, annotation.label}}};
                if (!annotation.note.isEmpty()) {
                    bodies.append(QJsonObject{
                        {u"type"_s, u"TextualBody"_s}, {u"purpose"_s, u"commenting"_s}, {u"value"_s, annotation.note}});
                }
                QJsonObject item{
                    {u"id"_s, QString(u"urn:hamish:annotation:"_s + QString::number(annotation.id))},
                    {u"type"_s, u"Annotation"_s},
                    {u"motivation"_s, u"tagging"_s},
                    {u"body"_s, bodies},
                    {u"target"_s,
                     QJsonObject{
                         {u"source"_s, source},
                         {u"selector"_s,
                          QJsonArray{QJsonObject{{u"type"_s, u"TextQuoteSelector"_s},
                                                 {u"exact"_s, text.mid(annotation.start, annotation.length())},
                                                 {u"prefix"_s, text.mid(prefixStart, annotation.start - prefixStart)},
                                                 {u"suffix"_s, text.mid(annotation.end, suffixEnd - annotation.end)}},
                                     QJsonObject{{u"type"_s, u"TextPositionSelector"_s},
                                                 {u"start"_s, start},
                                                 {u"end"_s, end}}}}}},
                };
                if (annotation.created.isValid())
                    item.insert(u"created"_s, annotation.created.toUTC().toString(Qt::ISODate));
                if (annotation.modified.isValid())
                    item.insert(u"modified"_s, annotation.modified.toUTC().toString(Qt::ISODate));
                if (!annotation.author.isEmpty())
                    item.insert(u"creator"_s, annotation.author);
                items.append(item);
            }
            return {};
        });
    if (!documents)
        return documents;
    const QJsonObject collection{
        {u"@context"_s, u"http://www.w3.org/ns/anno.jsonld"_s},
        {u"type"_s, u"AnnotationCollection"_s},
        {u"label"_s, u"Hamish export"_s},
        {u"total"_s, items.size()},
        {u"first"_s, QJsonObject{{u"type"_s, u"AnnotationPage"_s}, {u"items"_s, items}}},
    };
    return writeBytes(device, QJsonDocument(collection).toJson(QJsonDocument::Indented));
}

} // namespace Hamish
