// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/Annotating.h"

#include "core/model/AddAnnotations.h"
#include "core/model/AnnotationDocument.h"
#include "core/model/ChangeAnnotations.h"
#include "core/text/TextSearch.h"

#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace Hamish {

QString Annotating::userName()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? tr("me") : user;
}

Annotation Annotating::userAnnotation(const QString &label, qsizetype start, qsizetype end)
{
    Annotation annotation;
    annotation.label = label;
    annotation.start = start;
    annotation.end = end;
    annotation.status = AnnotationStatus::Accepted;
    annotation.origin = u"user"_s;
    annotation.author = userName();
    return annotation;
}

Result<qint64> Annotating::labelSpan(AnnotationDocument &document, const QString &label, qsizetype start, qsizetype end)
{
    if (start < 0 || end <= start || end > document.article().text().size())
        return Error(tr("Select some text to label first."), Error::Kind::Invalid);
    auto *command = new AddAnnotations(&document, {userAnnotation(label, start, end)},
                                       tr("Label as %1").arg(labelDisplayName(label)));
    document.undoStack()->push(command);
    const QList<qint64> ids = command->ids();
    if (ids.isEmpty() || !document.annotation(ids.first()))
        return Error(document.lastError());
    return ids.first();
}

int Annotating::labelAllMentions(const QList<AnnotationDocument *> &documents, const QString &phrase,
                                 const QString &label)
{
    int added = 0;
    for (AnnotationDocument *document : documents) {
        QList<Annotation> fresh;
        for (const auto &[start, end] : TextSearch::mentionsOf(document->article().text(), phrase)) {
            bool labelled = false;
            for (const Annotation &existing : document->annotationsIn(start, end)) {
                if (existing.start == start && existing.end == end && existing.label == label
                    && existing.status != AnnotationStatus::Rejected)
                    labelled = true;
            }
            if (!labelled)
                fresh.append(userAnnotation(label, start, end));
        }
        if (fresh.isEmpty())
            continue;
        added += int(fresh.size());
        document->undoStack()->push(
            new AddAnnotations(document, fresh, tr("Label All Mentions of “%1” as %2").arg(phrase, label)));
    }
    return added;
}

int Annotating::reviewAll(AnnotationDocument &document, const QString &label, AnnotationStatus status)
{
    QList<qint64> ids;
    for (const Annotation &annotation : document.annotations()) {
        if (annotation.label == label && annotation.status == AnnotationStatus::Suggested)
            ids.append(annotation.id);
    }
    if (ids.isEmpty())
        return 0;
    auto *command = ChangeAnnotations::setStatus(&document, ids, status);
    command->setText(status == AnnotationStatus::Accepted ? tr("Accept All %1").arg(labelDisplayName(label))
                                                          : tr("Reject All %1").arg(labelDisplayName(label)));
    document.undoStack()->push(command);
    return int(ids.size());
}

} // namespace Hamish
