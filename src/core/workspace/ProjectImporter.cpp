// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/ProjectImporter.h"

#include "core/storage/ProjectStore.h"
#include "core/text/CodePointIndex.h"

#include <QHash>
#include <QSet>

#include <algorithm>

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
            blocks.append({block.role, start, end - start, block.page, block.confidence, block.direction});
    }
    if (blocks.isEmpty())
        blocks.append({BlockRole::Paragraph, 0, document.text.size()});
    QList<UncertainRange> uncertain;
    for (const ImportedUncertainRange &range : document.uncertain) {
        const qsizetype start = index.toUtf16(range.start);
        const qsizetype end = index.toUtf16(range.end);
        if (start >= 0 && end > start)
            uncertain.append({start, end - start, range.confidence});
    }
    std::sort(uncertain.begin(), uncertain.end(),
              [](const UncertainRange &a, const UncertainRange &b) { return a.start < b.start; });
    Article article(document.text, blocks);
    article.setUncertainRanges(uncertain);
    article.setTitle(document.title);
    article.setSourcePath(document.source);
    article.setEncoding(document.encoding);
    return article;
}

} // namespace

Result<ImportReport> ProjectImporter::import(ProjectStore &project, const ImportBatch &batch,
                                             const ImportOptions &options)
{
    const QString nothing = u' ' + tr("Nothing was imported.");
    if (!batch.error.isEmpty())
        return Error(batch.error + nothing, Error::Kind::Invalid);
    ImportReport report;
    report.dryRun = options.dryRun;
    report.skipped = batch.skipped;
    report.notices = batch.notices;

    const Result<QList<Label>> projectLabels = project.labels();
    if (!projectLabels)
        return Error(projectLabels.error().message() + nothing, projectLabels.error().kind());
    QSet<QString> labels;
    QSet<QString> shortcuts;
    for (const Label &label : *projectLabels) {
        labels.insert(label.name);
        shortcuts.insert(label.shortcut);
    }
    const auto addLabel = [&](Label label) -> Result<void> {
        label.id = 0;
        if (shortcuts.contains(label.shortcut))
            label.shortcut.clear(); // keep the project's own key bindings
        if (!options.dryRun) {
            if (const Result<qint64> added = project.addLabel(label); !added)
                return added.error();
        }
        labels.insert(label.name);
        shortcuts.insert(label.shortcut);
        ++report.labelsAdded;
        return {};
    };

    // A dry run writes nothing (the project may be open read-only): what it would add is kept here, so that
    // a later document with the same text is counted as the merge the real import makes.
    QHash<QString, QList<Annotation>> wouldAdd; // by the text's SHA-256

    const auto work = [&]() -> Result<void> {
        for (const Label &label : batch.labels) {
            if (labels.contains(label.name) || label.name.trimmed().isEmpty())
                continue;
            if (const Result<void> added = addLabel(label); !added)
                return added;
        }
        for (const ImportedDocument &document : batch.documents) {
            if (document.text.isEmpty()) {
                report.skipped.append(tr("%1: the text is empty.").arg(document.where));
                continue;
            }
            const CodePointIndex index(document.text);
            const Article article = makeArticle(document, index);
            QList<Annotation> annotations;
            for (const ImportedSpan &span : document.spans) {
                const qsizetype start = index.toUtf16(span.start);
                const qsizetype end = index.toUtf16(span.end);
                if (start < 0 || end < 0 || span.start >= span.end) {
                    report.skipped.append(tr("%1: offsets %2-%3 are not a span inside the text (%4 characters).")
                                              .arg(span.where, QString::number(span.start), QString::number(span.end),
                                                   QString::number(index.size())));
                    continue;
                }
                const QString covered = document.text.mid(start, end - start);
                if (span.text && *span.text != covered) {
                    report.skipped.append(tr("%1: the text at %2-%3 is \"%4\", not \"%5\" as the file says.")
                                              .arg(span.where, QString::number(span.start), QString::number(span.end),
                                                   shortened(covered), shortened(*span.text)));
                    continue;
                }
                if (span.annotation.label.trimmed().isEmpty()) {
                    report.skipped.append(tr("%1: the label is empty.").arg(span.where));
                    continue;
                }
                if (!labels.contains(span.annotation.label)) {
                    if (!options.createLabels) {
                        report.skipped.append(
                            tr("%1: the project has no label \"%2\" (add it, or import with --create-labels).")
                                .arg(span.where, span.annotation.label));
                        continue;
                    }
                    if (const Result<void> added =
                            addLabel({0, span.annotation.label, newLabelColour(report.labelsAdded), {}});
                        !added)
                        return added;
                }
                Annotation annotation = span.annotation;
                annotation.start = start;
                annotation.end = end;
                annotations.append(annotation);
            }

            const auto planned = wouldAdd.find(article.sha256());
            const Result<qint64> existing =
                planned != wouldAdd.end() ? Result<qint64>(-1) : project.articleIdBySha256(article.sha256());
            if (!existing)
                return existing.error();
            if (*existing == 0) {
                if (options.dryRun) {
                    wouldAdd.insert(article.sha256(), annotations);
                } else if (const Result<qint64> added = project.addArticle(article, annotations, document.id); !added) {
                    return added.error();
                }
                ++report.documentsAdded;
                report.annotationsAdded += annotations.size();
                continue;
            }
            ++report.documentsMerged;
            const auto key = [](const Annotation &a) -> QString {
                return a.label + u'\t' + QString::number(a.start) + u'\t' + QString::number(a.end);
            };
            const Result<QList<Annotation>> stored =
                *existing < 0 ? Result<QList<Annotation>>(*planned) : project.annotations(*existing);
            if (!stored)
                return stored.error();
            QHash<QString, Annotation> present;
            for (const Annotation &annotation : *stored)
                present.insert(key(annotation), annotation);
            for (const Annotation &annotation : std::as_const(annotations)) {
                const auto found = present.find(key(annotation));
                if (found == present.end()) {
                    if (!options.dryRun) {
                        if (const Result<qint64> added = project.addAnnotation(*existing, annotation); !added)
                            return added.error();
                    }
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
                    if (!options.dryRun) {
                        if (const Result<void> updated = project.updateAnnotation(reviewed); !updated)
                            return updated;
                    }
                    *found = reviewed;
                    ++report.suggestionsReviewed;
                    continue;
                }
                ++report.duplicates;
            }
            if (*existing < 0)
                *planned = present.values();
        }
        return {};
    };
    const Result<void> committed = options.dryRun ? work() : project.transaction(work);
    if (!committed) {
        return Error((options.dryRun ? tr("The dry run failed: %1") : tr("The import failed and was rolled back: %1"))
                         .arg(committed.errorMessage())
                     + nothing);
    }
    return report;
}

} // namespace Hamish
