// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Annotation.h"

#include <QUndoCommand>

namespace Hamish {

class AnnotationDocument;

// Deletes annotations as one undoable step; undo restores them with their ids, notes and times.
class RemoveAnnotations : public QUndoCommand
{
public:
    RemoveAnnotations(AnnotationDocument *document, const QList<qint64> &ids, const QString &text,
                      QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    AnnotationDocument *m_document;
    QList<Annotation> m_annotations;
};

} // namespace Hamish
