// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/JsonlImporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {

ImportedSpan makeSpan(const QString &label, qint64 start, qint64 end, const QString &where)
{
    ImportedSpan span;
    span.annotation.label = label;
    span.annotation.status = AnnotationStatus::Accepted; // doccano spans are people's decisions
    span.annotation.origin = u"import"_s;
    span.start = start;
    span.end = end;
    span.where = where;
    return span;
}

} // namespace

ImportBatch JsonlImporter::parse(const QByteArray &bytes)
{
    ImportBatch batch;
    const QList<QByteArray> lines = bytes.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        ImportedDocument imported;
        imported.where = u"line "_s + QString::number(i + 1);
        QJsonParseError parseError;
        const QJsonObject object = QJsonDocument::fromJson(line, &parseError).object();
        if (parseError.error != QJsonParseError::NoError) {
            batch.skipped.append(imported.where + u": not valid JSON ("_s + parseError.errorString() + u")."_s);
            continue;
        }
        if (!object.value(u"text"_s).isString()) {
            batch.skipped.append(imported.where + u": has no \"text\" string."_s);
            continue;
        }
        imported.text = object.value(u"text"_s).toString();
        imported.title = object.value(u"title"_s).toString();
        imported.id = std::max<qint64>(0, wholeNumber(object.value(u"id"_s)));
        const QJsonArray triples =
            object.contains(u"label"_s) ? object.value(u"label"_s).toArray() : object.value(u"labels"_s).toArray();
        for (qsizetype j = 0; j < triples.size(); ++j) {
            const QString where = imported.where + u", label "_s + QString::number(j + 1);
            const QJsonArray triple = triples.at(j).toArray();
            const qint64 start = wholeNumber(triple.at(0));
            const qint64 end = wholeNumber(triple.at(1));
            if (triple.size() != 3 || start < 0 || end < 0 || !triple.at(2).isString()) {
                batch.skipped.append(where + u": expected [start, end, \"LABEL\"]."_s);
                continue;
            }
            imported.spans.append(makeSpan(triple.at(2).toString(), start, end, where));
        }
        const QJsonArray entities = object.value(u"entities"_s).toArray();
        for (qsizetype j = 0; j < entities.size(); ++j) {
            const QString where = imported.where + u", entity "_s + QString::number(j + 1);
            const QJsonObject entity = entities.at(j).toObject();
            const qint64 start = wholeNumber(entity.value(u"start_offset"_s));
            const qint64 end = wholeNumber(entity.value(u"end_offset"_s));
            if (start < 0 || end < 0 || !entity.value(u"label"_s).isString()) {
                batch.skipped.append(where + u": expected start_offset, end_offset and label."_s);
                continue;
            }
            imported.spans.append(makeSpan(entity.value(u"label"_s).toString(), start, end, where));
        }
        batch.documents.append(std::move(imported));
    }
    if (batch.documents.isEmpty() && batch.skipped.isEmpty())
        batch.error = u"The file holds no documents (expected one JSON object a line)."_s;
    batch.repairLoneSurrogates();
    return batch;
}

} // namespace Hamish
