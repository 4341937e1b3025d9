// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLineEdit;
class QModelIndex;
class QToolButton;
class QTreeView;

namespace Hamish {

class AnnotationDocument;
class EntityFilterModel;
class EntityModel;

// The entity panel: a document's entities by label and canonical form, with counts, a filter that ignores
// diacritics and spelling variants, and next/previous through the mentions of the selected entity.
// Activating a mention asks the reader to show it (mentionActivated). A whole entity can be rejected (Delete,
// context menu) or given another label (context menu) at once, one undo step.
class EntityPanel : public QWidget
{
    Q_OBJECT

public:
    explicit EntityPanel(QWidget *parent = nullptr);

    void setDocument(AnnotationDocument *document);
    EntityModel *model() const { return m_model; }
    QTreeView *treeView() const { return m_tree; }

    // Moves to the next (previous) mention of the selected entity, wrapping around, and activates it.
    void nextMention();
    void previousMention();

    // The annotations behind an entity row (all its mentions) or a mention row.
    QList<qint64> annotationIds(const QModelIndex &index) const;
    // Rejects every mention of the entity at `index` (of the tree's model), or gives them `label`; returns how many
    // changed.
    int rejectEntity(const QModelIndex &index);
    int relabelEntity(const QModelIndex &index, const QString &label);

signals:
    void mentionActivated(qsizetype start, qsizetype end);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showContextMenu(const QPoint &pos);
    void stepMention(int step);
    void activate(const QModelIndex &index);
    void setCurrentMention(const QModelIndex &mention);
    void rememberState();
    void restoreState();
    void updateButtons();

    EntityModel *m_model = nullptr;
    EntityFilterModel *m_filter = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QTreeView *m_tree = nullptr;
    QToolButton *m_previousButton = nullptr;
    QToolButton *m_nextButton = nullptr;
    // What was expanded and selected before the model rebuilt, by label and canonical form.
    QStringList m_expanded;
    QString m_selectedLabel;
    QString m_selectedKey;
    qsizetype m_selectedStart = -1;
};

} // namespace Hamish
