// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/ChangeAnnotations.h"

#include "core/model/AnnotationDocument.h"

#include <QCoreApplication>

namespace Hamish {

ChangeAnnotations::ChangeAnnotations(AnnotationDocument *document, const QList<qint64> &ids,
                                     const std::function<void(Annotation &)> &change, const QString &text,
                                     QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_before = document->annotationsWithIds(ids);
    m_after.reserve(m_before.size());
    for (const Annotation &annotation : std::as_const(m_before)) {
        Annotation changed = annotation;
        change(changed);
        changed.modified = now;
        m_after.append(changed);
    }
}

void ChangeAnnotations::install(const QList<Annotation> &annotations)
{
    // All of them in one write, or none (the stack then drops this step: see AddAnnotations::undo).
    if (!m_document->replaceAnnotations(annotations))
        setObsolete(true);
}

void ChangeAnnotations::redo()
{
    install(m_after);
}

void ChangeAnnotations::undo()
{
    install(m_before);
}

ChangeAnnotations *ChangeAnnotations::changeLabel(AnnotationDocument *document, const QList<qint64> &ids,
                                                  const QString &label)
{
    // Relabelling is a user decision: the annotation is the user's from now on.
    return new ChangeAnnotations(
        document, ids,
        [label](Annotation &a) {
            a.label = label;
            a.status = AnnotationStatus::Accepted;
        },
        tr("Change Label"));
}

ChangeAnnotations *ChangeAnnotations::setStatus(AnnotationDocument *document, const QList<qint64> &ids,
                                                AnnotationStatus status)
{
    const QString text = status == AnnotationStatus::Accepted   ? tr("Accept")
                         : status == AnnotationStatus::Rejected ? tr("Reject")
                                                                : tr("Reset to Suggested");
    return new ChangeAnnotations(
        document, ids, [status](Annotation &a) { a.status = status; }, text);
}

ChangeAnnotations *ChangeAnnotations::setNote(AnnotationDocument *document, qint64 id, const QString &note)
{
    return new ChangeAnnotations(
        document, {id}, [note](Annotation &a) { a.note = note; }, tr("Edit Note"));
}

ChangeAnnotations *ChangeAnnotations::setSpan(AnnotationDocument *document, qint64 id, qsizetype start, qsizetype end)
{
    return new ChangeAnnotations(
        document, {id},
        [start, end](Annotation &a) {
            a.start = start;
            a.end = end;
        },
        tr("Adjust Boundaries"));
}

} // namespace Hamish
