// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMainWindow;
class QMenu;

namespace Hamish {

class AnnotationDocument;
class ArticleListModel;
class CurationPanel;
class Workspace;
struct ProjectChange;

// What the window offers a team beside one person's annotating: which layer of an article the reader shows
// (View › Annotators: the annotator's own, another annotator's read-only, or the curated layer while
// curating), the curation panel (a dock) with its keys, assigning the current article and marking it done
// (Annotate menu), and each article's assignees and done marks in the article list.
class TeamPanels : public QObject
{
    Q_OBJECT

public:
    TeamPanels(QMainWindow *window, Workspace *workspace, ArticleListModel *articles);

    // The document the reader shows for `own` (the annotator's document of an article): `own`, or the layer
    // chosen in View › Annotators.
    AnnotationDocument *shownDocument(AnnotationDocument *own);
    // The article shown changed (`own` its annotator's document, null for none).
    void setArticle(AnnotationDocument *own);
    // Back to the annotator's own layer (before the project's documents go away).
    void showOwnLayer();
    // Whose layer is shown: empty for one's own, kCuration, or an annotator's name.
    QString layer() const { return m_layer; }
    QMenu *annotatorsMenu() const { return m_annotatorsMenu; }
    CurationPanel *curationPanel() const { return m_panel; }
    QDockWidget *curationDock() const { return m_dock; }
    // Enables what the open project allows, and shows every article's assignees in the list.
    void update();

    // The edits the curation keys make, on the current article's curated layer.
    bool takeSide(int row, const QString &annotator);
    int mergeAgreed();
    // Gives the current article to `annotator`, or marks it done (or not) for the annotator.
    bool assignCurrent(const QString &annotator);
    bool setCurrentDone(bool done);

signals:
    // The reader should show shownDocument() of the current article again.
    void layerChanged();
    // The curation panel's current row: the reader shows where it is.
    void revealRequested(qsizetype start, qsizetype end);

private:
    void setLayer(const QString &layer);
    void fillAnnotatorsMenu();
    void refreshRows();
    void refreshStatuses();
    void onProjectChanged(const ProjectChange &change);
    qint64 currentArticleId() const;
    void askAssignee();

    QMainWindow *m_window;
    Workspace *m_workspace;
    ArticleListModel *m_articles;
    CurationPanel *m_panel;
    QDockWidget *m_dock;
    QMenu *m_annotatorsMenu;
    QActionGroup *m_layerGroup;
    QLabel *m_layerLabel;
    QList<QAction *> m_sideActions; // Alt+1 … Alt+9
    QPointer<AnnotationDocument> m_own;
    QPointer<AnnotationDocument> m_shown;
    QString m_layer;
    bool m_dockSized = false;
};

} // namespace Hamish
