// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QMainWindow;

namespace Hamish {

class AnnotationActions;
class AnnotationDocument;
class ArticleListModel;
class EntityPanel;
class FindBar;
class LegendWidget;
class ReaderView;
class Workspace;

// The ways around an article and its annotations beside the reader: the entity panel and the legend (docks),
// the find bar, "label all mentions", the labels editor and the keyboard shortcuts dialog. Connects them to
// the reader and to the current document.
class AnnotationPanels : public QObject
{
    Q_OBJECT

public:
    AnnotationPanels(QMainWindow *window, ReaderView *reader, AnnotationActions *actions, ArticleListModel *articles);

    void setDocument(AnnotationDocument *document);
    // The open project, if any: label edits then apply to the whole project.
    void setWorkspace(Workspace *workspace) { m_workspace = workspace; }
    FindBar *findBar() const { return m_findBar; }
    EntityPanel *entityPanel() const { return m_entityPanel; }
    LegendWidget *legend() const { return m_legend; }

    // Applies the current annotation's label to every mention of its text: in this article, or in every open
    // article (one undo step per article).
    int labelAllMentions(bool everywhere);
    void editLabels();
    void editShortcuts();

private:
    QMainWindow *m_window;
    ReaderView *m_reader;
    AnnotationActions *m_actions;
    ArticleListModel *m_articles;
    QPointer<AnnotationDocument> m_document; // null from the moment the document starts to go away
    Workspace *m_workspace = nullptr;
    EntityPanel *m_entityPanel = nullptr;
    LegendWidget *m_legend = nullptr;
    FindBar *m_findBar = nullptr;
};

} // namespace Hamish
