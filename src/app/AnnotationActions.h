// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Annotation.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QToolBar;
class QWidget;

namespace Hamish {

class AnnotationDocument;
class ReaderView;

// The annotation gestures of the reader: apply a label to the selection (toolbar, context menu, shortcut
// 1–9), change or delete an annotation, accept or reject suggestions one by one, per label or per text (every
// mention of a rejected name), attach notes, move boundaries, step through annotations (in text order, or the
// least certain suggestions first). Each gesture becomes one undo command on the document.
class AnnotationActions : public QObject
{
    Q_OBJECT

public:
    AnnotationActions(ReaderView *reader, QWidget *window);

    void setDocument(AnnotationDocument *document);
    AnnotationDocument *document() const;

    void populateMenu(QMenu *menu);
    QToolBar *labelToolBar() const { return m_labelToolBar; }
    void showContextMenu(const QPoint &globalPos, qsizetype offset);

    // The gestures, callable from tests and the entity panel.
    bool applyLabel(const QString &label);
    void deleteCurrent();
    void setCurrentStatus(AnnotationStatus status);
    void setStatusForLabel(const QString &label, AnnotationStatus status);
    void editNote();
    void moveBoundary(bool startEdge, int step);
    void stepAnnotation(int direction);
    void setSpan(qint64 id, qsizetype start, qsizetype end);
    // Rejects every undecided suggestion with the current annotation's text and label in the article (the current
    // one included); returns how many.
    int rejectAllMentions();
    // Rejects the undecided suggestions of `label` at mentions of `phrase` in the article (an offer taken up).
    int rejectAllMentionsOf(const QString &phrase, const QString &label);
    // J/K order: the suggestions the engine is least sure of first (remembered in Settings), or text order.
    void setLeastCertainFirst(bool on);
    bool leastCertainFirst() const;

signals:
    // A suggestion was rejected whose text still has `count` undecided suggestions of that label in the article:
    // the window offers to reject them too.
    void rejectAllMentionsOffered(const QString &phrase, const QString &label, int count);

private:
    void rebuildLabelActions();
    void updateEnabled();
    const Annotation *current() const;
    QAction *addAction(const QString &id, const QString &text, const QKeySequence &shortcut,
                       std::function<void()> slot);

    ReaderView *m_reader;
    QWidget *m_window;
    QPointer<AnnotationDocument> m_document; // null from the moment the document starts to go away
    QToolBar *m_labelToolBar = nullptr;
    QList<QAction *> m_labelActions;
    QMenu *m_acceptAllMenu = nullptr;
    QMenu *m_rejectAllMenu = nullptr;
    QAction *m_leastCertainFirst = nullptr;
};

} // namespace Hamish
