// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/AddAnnotations.h"

#include "core/model/AnnotationDocument.h"

namespace Hamish {

AddAnnotations::AddAnnotations(AnnotationDocument *document, QList<Annotation> annotations, const QString &text,
                               QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_annotations(std::move(annotations))
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (Annotation &annotation : m_annotations) {
        if (!annotation.created.isValid())
            annotation.created = now;
        if (!annotation.modified.isValid())
            annotation.modified = now;
    }
}

void AddAnnotations::redo()
{
    // All or nothing, in one write: a refused one leaves the document as it was, and the stack drops it.
    if (!m_document->insertAnnotations(m_annotations))
        setObsolete(true);
}

void AddAnnotations::undo()
{
    // A refused undo (a full disk) leaves the annotations in place; the stack then drops this step, so the
    // history never claims a state the document and the project do not hold.
    if (!m_document->removeAnnotations(ids()))
        setObsolete(true);
}

QList<qint64> AddAnnotations::ids() const
{
    QList<qint64> ids;
    for (const Annotation &annotation : m_annotations)
        ids.append(annotation.id);
    return ids;
}

} // namespace Hamish
