// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/ProjectImporter.h"

#include "core/exchange/JsonImporter.h"
#include "core/exchange/JsonlImporter.h"
#include "core/storage/Project.h"
#include "core/text/CodePointIndex.h"

#include <QFile>
#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {

// Colours for labels an import creates, cycling.
QString newLabelColour(int n)
{
    static const char *const colours[] = {"#a6cee3", "#b2df8a", "#fb9a99", "#fdbf6f", "#cab2d6", "#ffff99"};
    return QString::fromLatin1(colours[n % 6]);
}

QString shortened(const QString &text)
{
    return text.size() > 40 ? text.left(40) + u'…' : text;
}

Article makeArticle(const ImportedDocument &document, const CodePointIndex &index)
{
    QList<Block> blocks;
    for (const ImportedBlock &block : document.blocks) {
        const qsizetype start = index.toUtf16(block.start);
        const qsizetype end = index.toUtf16(block.end);
        if (start >= 0 && end >= start)
            blocks.append({block.role, start, end - start});
    }
    if (blocks.isEmpty())
        blocks.append({BlockRole::Paragraph, 0, document.text.size()});
    Article article(document.text, blocks);
    article.setTitle(document.title);
    article.setSourcePath(document.source);
    article.setEncoding(document.encoding);
    return article;
}

} // namespace

ImportBatch ProjectImporter::readFile(const QString &path)
{
    ImportBatch batch;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        batch.error = u"Cannot read "_s + path + u": "_s + file.errorString();
        return batch;
    }
    const QByteArray bytes = file.readAll();
    if (path.endsWith(u".jsonl"_s, Qt::CaseInsensitive))
        return JsonlImporter::parse(bytes);
    if (path.endsWith(u".json"_s, Qt::CaseInsensitive))
        return JsonImporter::parse(bytes);
    batch.error = path + u": import reads .json (a Hamish export) and .jsonl (doccano) files."_s;
    return batch;
}

ImportReport ProjectImporter::import(Project &project, const ImportBatch &batch, const ImportOptions &options)
{
    ImportReport report;
    report.dryRun = options.dryRun;
    if (!batch.error.isEmpty()) {
        report.error = batch.error;
        return report;
    }
    report.skipped = batch.skipped;

    QSet<QString> labels;
    for (const Label &label : project.labels())
        labels.insert(label.name);
    const auto addLabel = [&](Label label) {
        label.id = 0;
        if (!label.shortcut.isEmpty()) {
            for (const Label &existing : project.labels()) {
                if (existing.shortcut == label.shortcut)
                    label.shortcut.clear(); // keep the project's own key bindings
            }
        }
        if (project.addLabel(label) == 0)
            return false;
        labels.insert(label.name);
        ++report.labelsAdded;
        return true;
    };

    const bool committed = project.transaction([&] {
        for (const Label &label : batch.labels) {
            if (!labels.contains(label.name) && !addLabel(label))
                return false;
        }
        for (const ImportedDocument &document : batch.documents) {
            if (document.text.isEmpty()) {
                report.skipped.append(document.where + u": the text is empty."_s);
                continue;
            }
            const CodePointIndex index(document.text);
            const Article article = makeArticle(document, index);
            QList<Annotation> annotations;
            for (const ImportedSpan &span : document.spans) {
                const qsizetype start = index.toUtf16(span.start);
                const qsizetype end = index.toUtf16(span.end);
                if (start < 0 || end < 0 || span.start >= span.end) {
                    report.skipped.append(span.where + u": offsets "_s + QString::number(span.start) + u'-'
                                          + QString::number(span.end) + u" are not a span inside the text ("_s
                                          + QString::number(index.size()) + u" characters)."_s);
                    continue;
                }
                const QString covered = document.text.mid(start, end - start);
                if (span.text && *span.text != covered) {
                    report.skipped.append(span.where + u": the text at "_s + QString::number(span.start) + u'-'
                                          + QString::number(span.end) + u" is \""_s + shortened(covered)
                                          + u"\", not \""_s + shortened(*span.text) + u"\" as the file says."_s);
                    continue;
                }
                if (!labels.contains(span.annotation.label)) {
                    if (!options.createLabels) {
                        report.skipped.append(span.where + u": the project has no label \""_s + span.annotation.label
                                              + u"\" (add it, or import with --create-labels)."_s);
                        continue;
                    }
                    if (!addLabel({0, span.annotation.label, newLabelColour(report.labelsAdded), {}}))
                        return false;
                }
                Annotation annotation = span.annotation;
                annotation.start = start;
                annotation.end = end;
                annotations.append(annotation);
            }

            const qint64 existing = project.articleIdBySha256(article.sha256());
            if (existing == 0) {
                if (project.addArticle(article, annotations, document.id) == 0)
                    return false;
                ++report.documentsAdded;
                report.annotationsAdded += annotations.size();
                continue;
            }
            ++report.documentsMerged;
            const auto key = [](const Annotation &a) -> QString {
                return a.label + u'\t' + QString::number(a.start) + u'\t' + QString::number(a.end);
            };
            QHash<QString, Annotation> present;
            for (const Annotation &annotation : project.annotations(existing))
                present.insert(key(annotation), annotation);
            for (const Annotation &annotation : std::as_const(annotations)) {
                const auto found = present.find(key(annotation));
                if (found == present.end()) {
                    if (project.addAnnotation(existing, annotation) == 0)
                        return false;
                    present.insert(key(annotation), annotation);
                    ++report.annotationsAdded;
                    continue;
                }
                // The engine's suggestion for the same span and label: the file's decision is the user's.
                if (found->status == AnnotationStatus::Suggested && annotation.status != AnnotationStatus::Suggested) {
                    Annotation reviewed = *found;
                    reviewed.status = annotation.status;
                    if (!annotation.note.isEmpty())
                        reviewed.note = annotation.note;
                    if (!annotation.author.isEmpty())
                        reviewed.author = annotation.author;
                    if (!project.updateAnnotation(reviewed))
                        return false;
                    *found = reviewed;
                    ++report.suggestionsReviewed;
                    continue;
                }
                ++report.duplicates;
            }
        }
        return !options.dryRun; // a dry run rolls everything back
    });
    if (!committed && !options.dryRun)
        report.error = u"The import failed and was rolled back: "_s + project.lastError();
    return report;
}

} // namespace Hamish
