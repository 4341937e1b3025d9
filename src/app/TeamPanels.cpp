// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/TeamPanels.h"

#include "app/ActionManager.h"
#include "app/ArticleListModel.h"
#include "app/CurationPanel.h"
#include "app/Dialogs.h"
#include "core/model/AnnotationDocument.h"
#include "core/model/Curation.h"
#include "core/workspace/Annotating.h"
#include "core/workspace/Workspace.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QInputDialog>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace Hamish {

TeamPanels::TeamPanels(QMainWindow *window, Workspace *workspace, ArticleListModel *articles)
    : QObject(window)
    , m_window(window)
    , m_workspace(workspace)
    , m_articles(articles)
    , m_panel(new CurationPanel(window))
    , m_dock(new QDockWidget(tr("Curation"), window))
    , m_annotatorsMenu(new QMenu(tr("A&nnotators"), window))
    , m_layerGroup(new QActionGroup(this))
    , m_layerLabel(new QLabel(window))
{
    m_dock->setObjectName(u"curationDockWidget"_s);
    m_dock->setWidget(m_panel);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    m_dock->hide();
    m_annotatorsMenu->setObjectName(u"annotatorsMenu"_s);
    m_layerLabel->setObjectName(u"layerLabel"_s);
    m_layerLabel->setStyleSheet(u"background: #dbeafe; color: #1e3a8a; padding: 0 6px;"_s);
    m_layerLabel->hide();
    window->statusBar()->addPermanentWidget(m_layerLabel);

    auto add = [window](const QString &id, const QString &text, const QList<QKeySequence> &shortcuts, auto slot) {
        QAction *action = ActionManager::createAction(id, text, shortcuts, window);
        QObject::connect(action, &QAction::triggered, window, slot);
        return action;
    };
    QAction *curate =
        add(u"view.curate"_s, tr("&Curate This Article"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K)},
            [this](bool checked) { setLayer(checked ? kCuration.toString() : QString()); });
    curate->setCheckable(true);
    add(u"view.nextDifference"_s, tr("&Next Difference"), {QKeySequence(Qt::Key_F8)}, [this] {
        if (!m_panel->goToDifference(true))
            m_window->statusBar()->showMessage(tr("No row still waits for the curator."), 4000);
    });
    add(u"view.previousDifference"_s, tr("&Previous Difference"), {QKeySequence(Qt::SHIFT | Qt::Key_F8)}, [this] {
        if (!m_panel->goToDifference(false))
            m_window->statusBar()->showMessage(tr("No row still waits for the curator."), 4000);
    });
    add(u"view.mergeAgreed"_s, tr("&Merge All Agreed Spans"), {}, [this] { mergeAgreed(); });
    add(u"annotation.assign"_s, tr("Assi&gn This Article To…"), {}, [this] { askAssignee(); });
    QAction *done =
        add(u"annotation.markDone"_s, tr("Mark Article &Done"), {}, [this](bool checked) { setCurrentDone(checked); });
    done->setCheckable(true);
    // Alt+1, Alt+2, …: the side of the annotator in that column of the curation panel.
    for (int i = 0; i < 9; ++i) {
        auto *side = new QAction(window);
        side->setObjectName(u"curation.takeSide%1"_s.arg(i + 1));
        side->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        side->setEnabled(false);
        window->addAction(side);
        m_sideActions.append(side);
        connect(side, &QAction::triggered, this, [this, i] {
            if (i < m_panel->annotators().size())
                takeSide(m_panel->currentRow(), m_panel->annotators().at(i));
        });
    }

    connect(m_annotatorsMenu, &QMenu::aboutToShow, this, &TeamPanels::fillAnnotatorsMenu);
    connect(m_panel, &CurationPanel::rowActivated, this, &TeamPanels::revealRequested);
    connect(m_panel, &CurationPanel::takeSideRequested, this, &TeamPanels::takeSide);
    connect(m_panel, &CurationPanel::mergeAgreedRequested, this, &TeamPanels::mergeAgreed);
    connect(m_dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        // Closing the panel ends curating.
        if (!visible && m_layer == kCuration && !m_window->isMinimized() && m_window->isVisible())
            setLayer({});
    });
    connect(workspace, &Workspace::projectChanged, this, &TeamPanels::onProjectChanged);
}

AnnotationDocument *TeamPanels::shownDocument(AnnotationDocument *own)
{
    m_own = own;
    m_shown = own;
    const qint64 id = own ? m_workspace->articleId(own) : 0;
    if (!m_layer.isEmpty() && id != 0) {
        const Result<AnnotationDocument *> layer =
            m_layer == kCuration ? m_workspace->curationDocument(id) : m_workspace->annotatorDocument(id, m_layer);
        if (layer) {
            m_shown = *layer;
            connect(*layer, &AnnotationDocument::annotationsChanged, this, &TeamPanels::refreshRows,
                    Qt::UniqueConnection);
        } else {
            m_window->statusBar()->showMessage(layer.errorMessage(), 8000);
        }
    }
    return m_shown;
}

void TeamPanels::setArticle(AnnotationDocument *own)
{
    m_own = own;
    refreshRows();
    refreshStatuses();
    update();
}

void TeamPanels::showOwnLayer()
{
    if (m_layer.isEmpty())
        return;
    setLayer({});
}

void TeamPanels::setLayer(const QString &layer)
{
    if (layer == m_layer)
        return;
    m_layer = layer;
    const bool curating = m_layer == kCuration;
    ActionManager::action(u"view.curate"_s)->setChecked(curating);
    if (curating) {
        m_dock->show();
        // A strip under the reader, not half the window.
        if (!m_dockSized)
            m_window->resizeDocks({m_dock}, {std::max(160, m_window->height() / 4)}, Qt::Vertical);
        m_dockSized = true;
    } else if (m_dock->isVisible())
        m_dock->hide();
    m_layerLabel->setText(m_layer.isEmpty() ? QString()
                          : curating        ? tr("Curating: edits go to the curated layer")
                                            : tr("%1's annotations (read-only)").arg(m_layer));
    m_layerLabel->setVisible(!m_layer.isEmpty());
    emit layerChanged();
    refreshRows();
    update();
}

void TeamPanels::fillAnnotatorsMenu()
{
    m_annotatorsMenu->clear();
    const auto addLayer = [this](const QString &text, const QString &layer) {
        QAction *action = m_annotatorsMenu->addAction(text);
        action->setObjectName(u"layer:"_s + layer);
        action->setCheckable(true);
        action->setChecked(m_layer == layer);
        action->setActionGroup(m_layerGroup);
        connect(action, &QAction::triggered, this, [this, layer] { setLayer(layer); });
    };
    addLayer(tr("&My Annotations (%1)").arg(Annotating::annotatorDisplayName(m_workspace->annotator())), {});
    const Result<QStringList> names =
        m_workspace->isOpen() ? m_workspace->annotators() : Result<QStringList>(QStringList());
    bool any = false;
    for (const QString &name : names.valueOr({})) {
        if (name == m_workspace->annotator() || name == kCuration)
            continue;
        if (!any)
            m_annotatorsMenu->addSeparator();
        any = true;
        addLayer(tr("%1 (read-only)").arg(Annotating::annotatorDisplayName(name)), name);
    }
    m_annotatorsMenu->addSeparator();
    addLayer(tr("&Curated Layer, Everyone Side by Side"), kCuration.toString());
}

void TeamPanels::refreshRows()
{
    const qint64 id = currentArticleId();
    if (m_layer != kCuration || !m_shown || id == 0) {
        m_panel->setRows({}, {}, nullptr);
        return;
    }
    const Result<QList<Annotation>> all = m_workspace->allAnnotations(id);
    if (!all) {
        m_window->statusBar()->showMessage(all.errorMessage(), 8000);
        return;
    }
    m_panel->setRows(Curation::align(*all), Curation::annotatorsOf(*all), m_shown);
}

void TeamPanels::onProjectChanged(const ProjectChange &change)
{
    if (change.kind == ProjectChange::Kind::AssignmentsChanged || change.kind == ProjectChange::Kind::ArticleAdded)
        refreshStatuses();
    // Another annotator's layer changed under the curator's eyes.
    if (change.kind == ProjectChange::Kind::AnnotationsChanged
        && (change.articleId == 0 || change.articleId == currentArticleId()))
        refreshRows();
}

qint64 TeamPanels::currentArticleId() const
{
    return m_own && m_workspace->isOpen() ? m_workspace->articleId(m_own) : 0;
}

void TeamPanels::update()
{
    const bool inProject = m_workspace->isOpen();
    const bool writable = inProject && !m_workspace->isReadOnly();
    const bool article = currentArticleId() != 0;
    const bool curating = m_layer == kCuration && article;
    ActionManager::action(u"view.curate"_s)->setEnabled(article);
    m_annotatorsMenu->setEnabled(article);
    ActionManager::action(u"view.nextDifference"_s)->setEnabled(curating);
    ActionManager::action(u"view.previousDifference"_s)->setEnabled(curating);
    ActionManager::action(u"view.mergeAgreed"_s)->setEnabled(curating && writable);
    for (QAction *side : std::as_const(m_sideActions))
        side->setEnabled(curating && writable);
    ActionManager::action(u"annotation.assign"_s)->setEnabled(writable && article);
    ActionManager::action(u"annotation.markDone"_s)->setEnabled(writable && article);
}

void TeamPanels::refreshStatuses()
{
    QHash<qint64, QStringList> statuses;
    bool doneByMe = false;
    const qint64 current = currentArticleId();
    if (m_workspace->isOpen()) {
        for (const Assignment &assignment : m_workspace->assignments().valueOr({})) {
            const QString shown = Annotating::annotatorDisplayName(assignment.annotator);
            statuses[assignment.articleId].append(assignment.isDone() ? shown + u" ✓"_s : shown);
            if (assignment.articleId == current && assignment.annotator == m_workspace->annotator())
                doneByMe = assignment.isDone();
        }
    }
    for (AnnotationDocument *document : m_articles->documents()) {
        const qint64 id = m_workspace->isOpen() ? m_workspace->articleId(document) : 0;
        m_articles->setStatus(document, statuses.value(id).join(u", "_s));
    }
    ActionManager::action(u"annotation.markDone"_s)->setChecked(doneByMe);
}

bool TeamPanels::takeSide(int row, const QString &annotator)
{
    if (m_layer != kCuration || !m_shown || row < 0 || row >= m_panel->rows().size())
        return false;
    if (!Curation::takeSide(*m_shown, m_panel->rows().at(row), annotator)) {
        const QString why = m_shown->lastError();
        m_window->statusBar()->showMessage(
            why.isEmpty() ? tr("The curated layer already holds %1's spans here.").arg(annotator) : why, 5000);
        return false;
    }
    m_window->statusBar()->showMessage(tr("Took %1's side.").arg(Annotating::annotatorDisplayName(annotator)), 3000);
    return true;
}

int TeamPanels::mergeAgreed()
{
    if (m_layer != kCuration || !m_shown)
        return 0;
    const int added = Curation::mergeAgreed(*m_shown, m_panel->rows());
    m_window->statusBar()->showMessage(
        added < 0 ? m_shown->lastError() : tr("%n agreed span(s) added to the curated layer.", nullptr, added), 5000);
    return added;
}

void TeamPanels::askAssignee()
{
    const qint64 id = currentArticleId();
    if (id == 0)
        return;
    QInputDialog dialog(m_window);
    dialog.setObjectName(u"assignDialog"_s);
    dialog.setWindowTitle(tr("Assign Article"));
    dialog.setLabelText(tr("Annotator to give “%1” to:").arg(m_own->article().title()));
    QStringList names = m_workspace->annotators().valueOr({});
    names.removeAll(kCuration.toString());
    if (!names.contains(m_workspace->annotator()))
        names.prepend(m_workspace->annotator());
    // Shown as the interface names them (the default name translated), stored as the project names them.
    QHash<QString, QString> stored;
    QStringList shown;
    for (const QString &name : std::as_const(names)) {
        shown.append(Annotating::annotatorDisplayName(name));
        stored.insert(shown.constLast(), name);
    }
    dialog.setComboBoxItems(shown);
    dialog.setComboBoxEditable(true);
    dialog.setOkButtonText(tr("Assign"));
    dialog.setCancelButtonText(tr("Cancel"));
    if (Dialogs::exec(&dialog) != QDialog::Accepted)
        return;
    const QString chosen = dialog.textValue().trimmed();
    assignCurrent(stored.value(chosen, chosen));
}

bool TeamPanels::assignCurrent(const QString &annotator)
{
    const qint64 id = currentArticleId();
    if (id == 0 || annotator.isEmpty())
        return false;
    if (const Result<void> assigned = m_workspace->assign(id, annotator); !assigned) {
        Dialogs::warning(m_window, tr("Cannot Assign Article"), assigned.errorMessage());
        return false;
    }
    refreshStatuses();
    m_window->statusBar()->showMessage(tr("“%1” is assigned to %2.").arg(m_own->article().title(), annotator), 4000);
    return true;
}

bool TeamPanels::setCurrentDone(bool done)
{
    const qint64 id = currentArticleId();
    if (id == 0)
        return false;
    if (const Result<void> marked = m_workspace->setDone(id, m_workspace->annotator(), done); !marked) {
        Dialogs::warning(m_window, tr("Cannot Mark Article"), marked.errorMessage());
        refreshStatuses();
        return false;
    }
    refreshStatuses();
    return true;
}

} // namespace Hamish
