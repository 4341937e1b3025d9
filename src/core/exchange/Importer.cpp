// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/Importer.h"

#include "core/exchange/JsonImporter.h"
#include "core/exchange/JsonlImporter.h"

#include "core/text/Utf16.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace Hamish {

void ImportBatch::repairLoneSurrogates()
{
    for (Label &label : labels)
        Utf16::replaceLoneSurrogates(label.name);
    for (ImportedDocument &document : documents) {
        qsizetype replaced = Utf16::replaceLoneSurrogates(document.text);
        replaced += Utf16::replaceLoneSurrogates(document.title);
        for (ImportedSpan &span : document.spans) {
            replaced += Utf16::replaceLoneSurrogates(span.annotation.label);
            replaced += Utf16::replaceLoneSurrogates(span.annotation.note);
            replaced += Utf16::replaceLoneSurrogates(span.annotation.author);
            if (span.text)
                Utf16::replaceLoneSurrogates(*span.text); // compared with the repaired text
        }
        if (replaced > 0) {
            notices.append(Importer::tr("%1: %n unpaired UTF-16 surrogate(s) (a broken \\u escape) replaced "
                                        "with “�”.",
                                        nullptr, int(replaced))
                               .arg(document.where));
        }
    }
}

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
