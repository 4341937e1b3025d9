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
    return user.isEmpty() ? u"me"_s : user;
}

QString Annotating::annotatorDisplayName(const QString &name)
{
    return isDefaultUserName(name) ? tr("me") : name;
}

bool Annotating::isDefaultUserName(const QString &name)
{
    return name == u"me" || name == u"أنا";
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
    int labelled = 0;
    for (AnnotationDocument *document : documents) {
        QList<Annotation> fresh;
        QList<qint64> accepted;
        for (const auto &[start, end] : TextSearch::mentionsOf(document->article().text(), phrase)) {
            const Annotation *same = nullptr;
            for (const Annotation &existing : document->annotationsIn(start, end)) {
                if (existing.start == start && existing.end == end && existing.label == label
                    && existing.status != AnnotationStatus::Rejected)
                    same = &existing;
            }
            if (!same)
                fresh.append(userAnnotation(label, start, end));
            else if (same->status == AnnotationStatus::Suggested)
                accepted.append(same->id);
        }
        if (fresh.isEmpty() && accepted.isEmpty())
            continue;
        labelled += int(fresh.size() + accepted.size());
        auto *command = new QUndoCommand(tr("Label All Mentions of “%1” as %2").arg(phrase, labelDisplayName(label)));
        if (!accepted.isEmpty())
            new ChangeAnnotations(
                document, accepted, [](Annotation &a) { a.status = AnnotationStatus::Accepted; }, command->text(),
                command);
        if (!fresh.isEmpty())
            new AddAnnotations(document, fresh, command->text(), command);
        document->undoStack()->push(command);
    }
    return labelled;
}

QList<qint64> Annotating::suggestedMentions(const AnnotationDocument &document, const QString &phrase,
                                            const QString &label, qint64 except)
{
    QList<qint64> ids;
    for (const auto &[start, end] : TextSearch::mentionsOf(document.article().text(), phrase)) {
        for (const Annotation &existing : document.annotationsIn(start, end)) {
            if (existing.start == start && existing.end == end && existing.label == label
                && existing.status == AnnotationStatus::Suggested && existing.id != except)
                ids.append(existing.id);
        }
    }
    return ids;
}

int Annotating::rejectAllMentions(const QList<AnnotationDocument *> &documents, const QString &phrase,
                                  const QString &label)
{
    int rejected = 0;
    for (AnnotationDocument *document : documents) {
        const QList<qint64> ids = suggestedMentions(*document, phrase, label);
        if (ids.isEmpty())
            continue;
        rejected += int(ids.size());
        auto *command = ChangeAnnotations::setStatus(document, ids, AnnotationStatus::Rejected);
        command->setText(tr("Reject All Mentions of “%1” as %2").arg(phrase, labelDisplayName(label)));
        document->undoStack()->push(command);
    }
    return rejected;
}

int Annotating::reviewEntity(AnnotationDocument &document, const QList<qint64> &ids, const QString &name,
                             AnnotationStatus status)
{
    QList<qint64> changed;
    for (const qint64 id : ids) {
        if (const Annotation *annotation = document.annotation(id); annotation && annotation->status != status)
            changed.append(id);
    }
    if (changed.isEmpty())
        return 0;
    auto *command = ChangeAnnotations::setStatus(&document, changed, status);
    command->setText(status == AnnotationStatus::Rejected ? tr("Reject Entity “%1”").arg(name)
                                                          : tr("Accept Entity “%1”").arg(name));
    document.undoStack()->push(command);
    return int(changed.size());
}

int Annotating::relabelEntity(AnnotationDocument &document, const QList<qint64> &ids, const QString &name,
                              const QString &label)
{
    QList<qint64> changed;
    for (const qint64 id : ids) {
        if (const Annotation *annotation = document.annotation(id);
            annotation && (annotation->label != label || annotation->status != AnnotationStatus::Accepted))
            changed.append(id);
    }
    if (changed.isEmpty())
        return 0;
    auto *command = ChangeAnnotations::changeLabel(&document, changed, label);
    command->setText(tr("Label Entity “%1” as %2").arg(name, labelDisplayName(label)));
    document.undoStack()->push(command);
    return int(changed.size());
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
