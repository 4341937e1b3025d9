// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/WebAnnotationExporter.h"

#include "core/text/CodePointIndex.h"
#include "core/text/TextDirection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {

constexpr qsizetype kContext = 32; // code points of prefix and suffix, enough to re-anchor a quote

// Who made an annotation, as a W3C Agent: the user who labelled it (known by the login name), or Hamish for
// the engine's suggestions; nothing when the file it was imported from did not say.
QJsonValue creator(const Annotation &annotation)
{
    if (!annotation.author.isEmpty())
        return QJsonObject{{u"type"_s, u"Person"_s}, {u"nickname"_s, annotation.author}};
    // Every other origin names a part of the engine (rules:number, model:ner, gazetteer, lexicon).
    if (annotation.origin.isEmpty() || annotation.origin == u"user" || annotation.origin == u"import")
        return QJsonValue::Undefined;
    return QJsonObject{{u"type"_s, u"Software"_s}, {u"name"_s, u"Hamish"_s}};
}

QJsonObject textualBody(const QString &purpose, const QString &value)
{
    return {
        {u"type"_s, u"TextualBody"_s}, {u"purpose"_s, purpose}, {u"value"_s, value}, {u"format"_s, u"text/plain"_s}};
}

// The same annotations give the same collection id, so exporting twice gives the same file.
QString collectionId(const QJsonArray &items)
{
    static const QUuid kNamespace(u"4d2b5a0e-7c1f-4f53-9a8e-3b6d2f1c0a71"_s);
    return u"urn:uuid:"_s
           + QUuid::createUuidV5(kNamespace, QJsonDocument(items).toJson(QJsonDocument::Compact))
                 .toString(QUuid::WithoutBraces);
}

} // namespace

Result<void> WebAnnotationExporter::write(const DocumentSource &source, const ExportOptions &options,
                                          QIODevice &device) const
{
    QJsonArray items;
    const Result<void> documents =
        forEachDocument(source, options, [&](const ExportDocument &document) -> Result<void> {
            const QString &text = document.article.text();
            const CodePointIndex index(text);
            // The target's source is the article's plain text, named by its hash.
            QJsonObject source{{u"id"_s, QString(u"urn:sha256:"_s + document.article.sha256())},
                               {u"type"_s, u"Text"_s},
                               {u"format"_s, u"text/plain"_s}};
            if (isMostlyArabic(text))
                source.insert(u"language"_s, u"ar"_s);
            for (const Annotation &annotation : document.annotations) {
                const qsizetype start = index.toCodePoint(annotation.start);
                const qsizetype end = index.toCodePoint(annotation.end);
                const qsizetype prefixStart = index.toUtf16(std::max<qsizetype>(0, start - kContext));
                const qsizetype suffixEnd = index.toUtf16(std::min(index.size(), end + kContext));
                QJsonArray bodies{textualBody(u"tagging"_s, annotation.label)};
                if (!annotation.note.isEmpty())
                    bodies.append(textualBody(u"commenting"_s, annotation.note));
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
                if (const QJsonValue agent = creator(annotation); !agent.isUndefined())
                    item.insert(u"creator"_s, agent);
                items.append(item);
            }
            return {};
        });
    if (!documents)
        return documents;
    // One page, embedded in the collection; both need an IRI (W3C Web Annotation model, 5.1 and 5.2).
    const QString id = collectionId(items);
    const QString pageId = id + u"#page-1"_s;
    const QJsonObject collection{
        {u"@context"_s, u"http://www.w3.org/ns/anno.jsonld"_s},
        {u"id"_s, id},
        {u"type"_s, u"AnnotationCollection"_s},
        {u"label"_s, u"Hamish export"_s},
        {u"total"_s, items.size()},
        {u"first"_s, QJsonObject{{u"id"_s, pageId},
                                 {u"type"_s, u"AnnotationPage"_s},
                                 {u"partOf"_s, id},
                                 {u"startIndex"_s, 0},
                                 {u"items"_s, items}}},
        {u"last"_s, pageId},
    };
    return writeBytes(device, QJsonDocument(collection).toJson(QJsonDocument::Indented));
}

} // namespace Hamish
