// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/RemoveAnnotations.h"

#include "core/model/AnnotationDocument.h"

namespace Hamish {

RemoveAnnotations::RemoveAnnotations(AnnotationDocument *document, const QList<qint64> &ids, const QString &text,
                                     QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
{
    for (qint64 id : ids) {
        if (const Annotation *annotation = document->annotation(id))
            m_annotations.append(*annotation);
    }
}

void RemoveAnnotations::redo()
{
    for (qsizetype i = 0; i < m_annotations.size(); ++i) {
        if (!m_document->removeAnnotation(m_annotations[i].id)) {
            for (qsizetype j = i - 1; j >= 0; --j)
                m_document->insertAnnotation(m_annotations[j]);
            setObsolete(true);
            return;
        }
    }
}

void RemoveAnnotations::undo()
{
    for (Annotation &annotation : m_annotations)
        m_document->insertAnnotation(annotation);
}

} // namespace Hamish
