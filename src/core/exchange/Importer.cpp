// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/Importer.h"

#include "core/exchange/JsonImporter.h"
#include "core/exchange/JsonlImporter.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace Hamish {

ImportBatch Importer::readFile(const QString &path)
{
    ImportBatch batch;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        batch.error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return batch;
    }
    const QByteArray bytes = file.readAll();
    if (path.endsWith(u".jsonl"_s, Qt::CaseInsensitive))
        return JsonlImporter::parse(bytes);
    if (path.endsWith(u".json"_s, Qt::CaseInsensitive))
        return JsonImporter::parse(bytes);
    batch.error = tr("%1: import reads .json (a Hamish export) and .jsonl (doccano) files.").arg(path);
    return batch;
}

} // namespace Hamish
