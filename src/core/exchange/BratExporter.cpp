// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/BratExporter.h"

#include "core/text/CodePointIndex.h"

#include <QDir>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Hamish {

Result<void> BratExporter::writeFolder(const DocumentSource &source, const ExportOptions &options,
                                       const QString &folder) const
{
    if (!QDir().mkpath(folder))
        return Error(Exporter::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder)));
    const Result<QList<Label>> labels = source.labels();
    if (!labels)
        return labels.error();
    const QDir dir(folder);
    QString conf = u"[entities]\n"_s;
    for (const Label &label : *labels)
        conf += label.name + u'\n';
    conf += u"\n[relations]\n\n[events]\n\n[attributes]\n"_s;
    if (const Result<void> saved = saveFile(dir.filePath(u"annotation.conf"_s), conf.toUtf8()); !saved)
        return saved;

    return forEachDocument(source, options, [&](const ExportDocument &document) -> Result<void> {
        const QString &text = document.article.text();
        const CodePointIndex index(text);
        QString ann;
        int number = 0;
        for (const Annotation &annotation : document.annotations) {
            ++number;
            // brat fragments may not cross a line break: split the span at each one.
            QStringList fragments;
            QStringList pieces;
            qsizetype from = annotation.start;
            while (from < annotation.end) {
                qsizetype to = text.indexOf(u'\n', from);
                if (to < 0 || to > annotation.end)
                    to = annotation.end;
                if (to > from) {
                    fragments.append(QString::number(index.toCodePoint(from)) + u' '
                                     + QString::number(index.toCodePoint(to)));
                    pieces.append(text.mid(from, to - from));
                }
                from = to + 1;
            }
            if (fragments.isEmpty())
                continue;
            const QString id = u"T"_s + QString::number(number);
            ann += id + u'\t' + annotation.label + u' ' + fragments.join(u';') + u'\t' + pieces.join(u' ') + u'\n';
            if (!annotation.note.isEmpty()) {
                QString note = annotation.note;
                note.replace(u'\n', u' ').replace(u'\t', u' ');
                ann += u"#"_s + QString::number(number) + u"\tAnnotatorNotes "_s + id + u'\t' + note + u'\n';
            }
        }
        const QString base = dir.filePath(u"article-"_s + QString::number(document.id));
        if (const Result<void> saved = saveFile(base + u".txt"_s, text.toUtf8()); !saved)
            return saved;
        return saveFile(base + u".ann"_s, ann.toUtf8());
    });
}

} // namespace Hamish
