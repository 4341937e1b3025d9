// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/EditLabels.h"

#include "core/model/AnnotationDocument.h"
#include "core/model/ChangeAnnotations.h"
#include "core/model/RemoveAnnotations.h"

#include <QCoreApplication>
#include <QSet>

namespace Hamish {

EditLabels::EditLabels(AnnotationDocument *document, QList<Label> labels, const QHash<QString, QString> &renames,
                       const QString &text, QUndoCommand *parent)
    : QUndoCommand(text.isEmpty() ? tr("Edit Labels") : text, parent)
    , m_document(document)
    , m_before(document->labels())
    , m_after(std::move(labels))
{
    QSet<QString> kept;
    for (const Label &label : std::as_const(m_after))
        kept.insert(label.name);
    QSet<QString> deleted;
    for (const Label &label : std::as_const(m_before)) {
        if (!kept.contains(label.name) && !renames.contains(label.name))
            deleted.insert(label.name);
    }
    QList<qint64> renamed;
    QList<qint64> removed;
    for (const Annotation &annotation : document->annotations()) {
        if (renames.contains(annotation.label) && renames.value(annotation.label) != annotation.label)
            renamed.append(annotation.id);
        else if (deleted.contains(annotation.label))
            removed.append(annotation.id);
    }
    // One pass through the map, so that swapping two names works. The review status stays: a rename is
    // not a decision about the annotation.
    if (!renamed.isEmpty())
        new ChangeAnnotations(
            document, renamed, [renames](Annotation &a) { a.label = renames.value(a.label); }, tr("Rename Label"),
            this);
    if (!removed.isEmpty())
        new RemoveAnnotations(document, removed, tr("Delete Label"), this);
}

EditLabels *EditLabels::renameLabel(AnnotationDocument *document, const QString &from, const QString &to)
{
    QList<Label> labels = document->labels();
    for (Label &label : labels) {
        if (label.name == from)
            label.name = to;
    }
    return new EditLabels(document, labels, {{from, to}}, tr("Rename Label"));
}

void EditLabels::redo()
{
    m_document->setLabels(m_after);
    QUndoCommand::redo();
}

void EditLabels::undo()
{
    QUndoCommand::undo();
    m_document->setLabels(m_before);
}

} // namespace Hamish
