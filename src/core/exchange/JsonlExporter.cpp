// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/JsonlExporter.h"

#include "core/text/CodePointIndex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Hamish {

Result<void> JsonlExporter::write(const DocumentSource &source, const ExportOptions &options, QIODevice &device) const
{
    return forEachDocument(source, options, [&](const ExportDocument &document) -> Result<void> {
        const CodePointIndex index(document.article.text());
        QJsonArray labels;
        for (const Annotation &annotation : document.annotations) {
            labels.append(
                QJsonArray{index.toCodePoint(annotation.start), index.toCodePoint(annotation.end), annotation.label});
        }
        const QJsonObject line{{u"id"_s, document.id},
                               {u"title"_s, document.article.title()},
                               {u"text"_s, document.article.text()},
                               {u"label"_s, labels}};
        return writeBytes(device, QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    });
}

} // namespace Hamish
