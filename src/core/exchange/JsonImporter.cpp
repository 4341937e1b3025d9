// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/JsonImporter.h"

#include "core/model/IsoTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {

std::optional<ImportedSpan> readSpan(const QJsonValue &value, const QString &where, QStringList *skipped)
{
    const QJsonObject object = value.toObject();
    ImportedSpan span;
    span.where = where;
    span.annotation.label = object.value(u"label"_s).toString();
    span.start = wholeNumber(object.value(u"start"_s));
    span.end = wholeNumber(object.value(u"end"_s));
    if (!value.isObject() || span.annotation.label.isEmpty() || span.start < 0 || span.end < 0) {
        skipped->append(where + u": needs a label and whole-number start and end."_s);
        return std::nullopt;
    }
    if (object.contains(u"text"_s))
        span.text = object.value(u"text"_s).toString();
    bool known = true;
    span.annotation.status = annotationStatusFromName(object.value(u"status"_s).toString(u"accepted"_s), &known);
    if (!known) {
        skipped->append(where + u": unknown status \""_s + object.value(u"status"_s).toString()
                        + u"\" (use suggested, accepted or rejected)."_s);
        return std::nullopt;
    }
    span.annotation.id = wholeNumber(object.value(u"id"_s)) > 0 ? wholeNumber(object.value(u"id"_s)) : 0;
    span.annotation.origin = object.value(u"origin"_s).toString(u"import"_s);
    span.annotation.value = object.value(u"value"_s);
    span.annotation.confidence = object.value(u"confidence"_s).toDouble(1.0);
    span.annotation.note = object.value(u"note"_s).toString();
    span.annotation.author = object.value(u"author"_s).toString();
    span.annotation.created = IsoTime::parse(object.value(u"created"_s).toString());
    span.annotation.modified = IsoTime::parse(object.value(u"modified"_s).toString());
    return span;
}

} // namespace

ImportBatch JsonImporter::parse(const QByteArray &bytes)
{
    ImportBatch batch;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        batch.error = u"The file is not valid JSON (at byte "_s + QString::number(parseError.offset) + u": "_s
                      + parseError.errorString() + u")."_s;
        return batch;
    }
    const QJsonObject root = document.object();
    if (!root.value(u"documents"_s).isArray()
        || (root.contains(u"format"_s) && root.value(u"format"_s).toString() != u"hamish")) {
        batch.error = u"The file is JSON but not a Hamish export (it needs \"format\": \"hamish\" and a "
                      u"\"documents\" array)."_s;
        return batch;
    }
    if (root.value(u"offsets"_s).toString(u"codepoint"_s) != u"codepoint") {
        batch.error = u"The file counts offsets in \""_s + root.value(u"offsets"_s).toString()
                      + u"\"; Hamish reads \"codepoint\" offsets."_s;
        return batch;
    }
    for (const QJsonValue &value : root.value(u"labels"_s).toArray()) {
        const QJsonObject object = value.toObject();
        const QString name = object.value(u"name"_s).toString();
        if (!name.trimmed().isEmpty()) {
            batch.labels.append(
                {0, name, object.value(u"colour"_s).toString(u"#cccccc"_s), object.value(u"shortcut"_s).toString()});
        }
    }
    const QJsonArray documents = root.value(u"documents"_s).toArray();
    for (qsizetype i = 0; i < documents.size(); ++i) {
        const QJsonObject object = documents.at(i).toObject();
        ImportedDocument imported;
        imported.id = std::max<qint64>(0, wholeNumber(object.value(u"id"_s)));
        imported.where = u"document "_s + QString::number(i + 1)
                         + (imported.id > 0 ? u" (id "_s + QString::number(imported.id) + u')' : QString());
        if (!object.value(u"text"_s).isString()) {
            batch.skipped.append(imported.where + u": has no \"text\" string."_s);
            continue;
        }
        imported.text = object.value(u"text"_s).toString();
        imported.title = object.value(u"title"_s).toString();
        imported.source = object.value(u"source"_s).toString();
        imported.encoding = object.value(u"encoding"_s).toString();
        for (const QJsonValue &blockValue : object.value(u"blocks"_s).toArray()) {
            const QJsonObject block = blockValue.toObject();
            const qint64 start = wholeNumber(block.value(u"start"_s));
            const qint64 end = wholeNumber(block.value(u"end"_s));
            if (start < 0 || end < start)
                continue;
            ImportedBlock read{blockRoleFromName(block.value(u"role"_s).toString()), start, end};
            read.page = int(std::clamp<qint64>(wholeNumber(block.value(u"page"_s)), 0, INT_MAX));
            read.confidence = block.contains(u"confidence"_s)
                                  ? int(std::clamp<qint64>(wholeNumber(block.value(u"confidence"_s)), -1, 100))
                                  : -1;
            read.direction = blockDirectionFromName(block.value(u"direction"_s).toString());
            imported.blocks.append(read);
        }
        for (const QJsonValue &rangeValue : object.value(u"uncertain"_s).toArray()) {
            const QJsonObject range = rangeValue.toObject();
            const qint64 start = wholeNumber(range.value(u"start"_s));
            const qint64 end = wholeNumber(range.value(u"end"_s));
            if (start >= 0 && end > start)
                imported.uncertain.append(
                    {start, end, int(std::clamp<qint64>(wholeNumber(range.value(u"confidence"_s)), 0, 100))});
        }
        const QJsonArray annotations = object.value(u"annotations"_s).toArray();
        for (qsizetype j = 0; j < annotations.size(); ++j) {
            const QString where = imported.where + u", annotation "_s + QString::number(j + 1);
            if (std::optional<ImportedSpan> span = readSpan(annotations.at(j), where, &batch.skipped))
                imported.spans.append(std::move(*span));
        }
        batch.documents.append(std::move(imported));
    }
    batch.repairLoneSurrogates();
    return batch;
}

} // namespace Hamish
