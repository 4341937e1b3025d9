// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Label.h"

#include <QCoreApplication>
#include <QHash>
#include <QUndoCommand>

namespace Hamish {

class AnnotationDocument;

// Changes a document's label set as one undoable step: the new labels (added, recoloured, new
// shortcuts), renames carried to every annotation that uses the label, and the annotations of a deleted
// label removed with it.
class EditLabels : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Hamish::EditLabels)

public:
    // `renames` maps an old label name to its new one. Annotations of a label that was in the document's
    // set and is neither in `labels` nor renamed are removed; annotations of labels the set never had
    // (an import's) are left alone.
    EditLabels(AnnotationDocument *document, QList<Label> labels, const QHash<QString, QString> &renames,
               const QString &text = {}, QUndoCommand *parent = nullptr);

    static EditLabels *renameLabel(AnnotationDocument *document, const QString &from, const QString &to);

    void redo() override;
    void undo() override;

    // Whether redo changes anything at all.
    bool isEmpty() const { return m_before == m_after && childCount() == 0; }

private:
    AnnotationDocument *m_document;
    QList<Label> m_before;
    QList<Label> m_after;
};

} // namespace Hamish
