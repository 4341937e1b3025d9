// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QMainWindow;
class QToolButton;

namespace Hamish {

class AnnotationActions;
class AnnotationDocument;
class ArticleListModel;
class EntityPanel;
class FindBar;
class LegendWidget;
class ProjectRetraining;
class ReaderView;
class Workspace;

// The ways around an article and its annotations beside the reader: the entity panel and the legend (docks),
// the find bar, "label all mentions", the offer to reject every mention of a rejected name, the confidence
// threshold (remembered per project), retraining on the project, the labels editor and the keyboard shortcuts
// dialog. Connects them to the reader and to the current document.
class AnnotationPanels : public QObject
{
    Q_OBJECT

public:
    AnnotationPanels(QMainWindow *window, ReaderView *reader, AnnotationActions *actions, ArticleListModel *articles);

    void setDocument(AnnotationDocument *document);
    // The open project, if any: label edits then apply to the whole project.
    void setWorkspace(Workspace *workspace);
    FindBar *findBar() const { return m_findBar; }
    EntityPanel *entityPanel() const { return m_entityPanel; }
    LegendWidget *legend() const { return m_legend; }
    ProjectRetraining *retraining() const { return m_retraining; }
    // The status bar's offer to reject the other mentions of a name just rejected (hidden when there is none).
    QToolButton *rejectOffer() const { return m_rejectOffer; }

    // Applies the current annotation's label to every mention of its text: in this article, or in every open
    // article (one undo step per article).
    int labelAllMentions(bool everywhere);
    void editLabels();
    void editShortcuts();

private:
    void offerRejectAll(const QString &phrase, const QString &label, int count);
    void setConfidenceThreshold(double threshold);

    QMainWindow *m_window;
    ReaderView *m_reader;
    AnnotationActions *m_actions;
    ArticleListModel *m_articles;
    QPointer<AnnotationDocument> m_document; // null from the moment the document starts to go away
    Workspace *m_workspace = nullptr;
    EntityPanel *m_entityPanel = nullptr;
    LegendWidget *m_legend = nullptr;
    FindBar *m_findBar = nullptr;
    ProjectRetraining *m_retraining = nullptr;
    QToolButton *m_rejectOffer = nullptr;
    QString m_offeredPhrase;
    QString m_offeredLabel;
    double m_looseThreshold = 0; // for articles outside a project
};

} // namespace Hamish
