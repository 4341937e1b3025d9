// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/RemoveAnnotations.h"

#include "core/model/AnnotationDocument.h"

namespace Hamish {

RemoveAnnotations::RemoveAnnotations(AnnotationDocument *document, const QList<qint64> &ids, const QString &text,
                                     QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_annotations(document->annotationsWithIds(ids))
{}

void RemoveAnnotations::redo()
{
    QList<qint64> ids;
    ids.reserve(m_annotations.size());
    for (const Annotation &annotation : std::as_const(m_annotations))
        ids.append(annotation.id);
    if (!m_document->removeAnnotations(ids))
        setObsolete(true);
}

void RemoveAnnotations::undo()
{
    // Restored with their ids, notes and times, in one write.
    if (!m_document->insertAnnotations(m_annotations))
        setObsolete(true);
}

} // namespace Hamish
