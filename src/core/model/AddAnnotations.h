// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Annotation.h"

#include <QUndoCommand>

namespace Hamish {

class AnnotationDocument;

// Adds one or more annotations as one undoable step (a new label on a selection, "label all mentions").
class AddAnnotations : public QUndoCommand
{
public:
    AddAnnotations(AnnotationDocument *document, QList<Annotation> annotations, const QString &text,
                   QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    // The ids the annotations got (valid after the first redo, which QUndoStack::push runs).
    QList<qint64> ids() const;

private:
    AnnotationDocument *m_document;
    QList<Annotation> m_annotations;
};

} // namespace Hamish
