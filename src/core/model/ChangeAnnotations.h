// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Annotation.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace Hamish {

class AnnotationDocument;

// Changes existing annotations (label, status, note, boundaries) as one undoable step.
class ChangeAnnotations : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Hamish::ChangeAnnotations)

public:
    // Applies `change` to a copy of each annotation in `ids`; the results are what redo installs.
    ChangeAnnotations(AnnotationDocument *document, const QList<qint64> &ids,
                      const std::function<void(Annotation &)> &change, const QString &text,
                      QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    bool isEmpty() const { return m_after.isEmpty(); }

    // The user edits, each one command.
    static ChangeAnnotations *changeLabel(AnnotationDocument *document, const QList<qint64> &ids, const QString &label);
    static ChangeAnnotations *setStatus(AnnotationDocument *document, const QList<qint64> &ids,
                                        AnnotationStatus status);
    static ChangeAnnotations *setNote(AnnotationDocument *document, qint64 id, const QString &note);
    static ChangeAnnotations *setSpan(AnnotationDocument *document, qint64 id, qsizetype start, qsizetype end);

private:
    void install(const QList<Annotation> &annotations);

    AnnotationDocument *m_document;
    QList<Annotation> m_before;
    QList<Annotation> m_after;
};

} // namespace Hamish
