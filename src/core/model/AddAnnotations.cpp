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
    for (qsizetype i = 0; i < m_annotations.size(); ++i) {
        if (!m_document->insertAnnotation(m_annotations[i])) {
            // All or nothing: take back what was added, and let the stack drop this command.
            for (qsizetype j = i - 1; j >= 0; --j)
                m_document->removeAnnotation(m_annotations[j].id);
            setObsolete(true);
            return;
        }
    }
}

void AddAnnotations::undo()
{
    for (qsizetype i = m_annotations.size() - 1; i >= 0; --i)
        m_document->removeAnnotation(m_annotations[i].id);
}

QList<qint64> AddAnnotations::ids() const
{
    QList<qint64> ids;
    for (const Annotation &annotation : m_annotations)
        ids.append(annotation.id);
    return ids;
}

} // namespace Hamish
