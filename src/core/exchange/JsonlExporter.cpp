// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/JsonlExporter.h"

#include "core/storage/Project.h"
#include "core/text/CodePointIndex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Hamish {

bool JsonlExporter::write(const Project &project, const ExportOptions &options, QIODevice &device, QString *error) const
{
    return forEachDocument(
        project, options,
        [&](const Document &document) {
            const CodePointIndex index(document.article.text());
            QJsonArray labels;
            for (const Annotation &annotation : document.annotations) {
                labels.append(QJsonArray{index.toCodePoint(annotation.start), index.toCodePoint(annotation.end),
                                         annotation.label});
            }
            const QJsonObject line{{u"id"_s, document.id},
                                   {u"title"_s, document.article.title()},
                                   {u"text"_s, document.article.text()},
                                   {u"label"_s, labels}};
            return writeBytes(device, QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n', error);
        },
        error);
}

} // namespace Hamish
