// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/AnnotationPanels.h"

#include "app/ActionManager.h"
#include "app/AnnotationActions.h"
#include "app/ArticleListModel.h"
#include "app/Dialogs.h"
#include "app/EntityPanel.h"
#include "app/FindBar.h"
#include "app/LabelsDialog.h"
#include "app/LegendWidget.h"
#include "app/ProjectRetraining.h"
#include "app/ReaderView.h"
#include "app/ShortcutsDialog.h"
#include "core/model/AnnotationDocument.h"
#include "core/model/EditLabels.h"
#include "core/model/EntityModel.h"
#include "core/workspace/Annotating.h"
#include "core/workspace/Workspace.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace Hamish {

AnnotationPanels::AnnotationPanels(QMainWindow *window, ReaderView *reader, AnnotationActions *actions,
                                   ArticleListModel *articles)
    : QObject(window)
    , m_window(window)
    , m_reader(reader)
    , m_actions(actions)
    , m_articles(articles)
    , m_entityPanel(new EntityPanel(window))
    , m_legend(new LegendWidget(window))
    , m_findBar(new FindBar(window))
{
    auto *entities = new QDockWidget(tr("Entities"), window);
    entities->setObjectName(u"entitiesDockWidget"_s);
    entities->setWidget(m_entityPanel);
    window->addDockWidget(Qt::RightDockWidgetArea, entities);
    auto *legend = new QDockWidget(tr("Legend"), window);
    legend->setObjectName(u"legendDockWidget"_s);
    legend->setWidget(m_legend);
    window->addDockWidget(Qt::LeftDockWidgetArea, legend);
    m_findBar->hide();

    connect(m_entityPanel, &EntityPanel::mentionActivated, reader, [reader](qsizetype start, qsizetype end) {
        reader->flash(start, end);
        const QList<Annotation> under = reader->annotationsAt(start);
        for (const Annotation &annotation : under) {
            if (annotation.start == start && annotation.end == end)
                reader->setCurrentAnnotation(annotation.id);
        }
    });
    connect(m_legend, &LegendWidget::labelVisibilityChanged, reader,
            [this] { m_reader->setHiddenLabels(m_legend->hiddenLabels()); });
    connect(m_legend, &LegendWidget::confidenceThresholdChanged, this, &AnnotationPanels::setConfidenceThreshold);

    m_rejectOffer = new QToolButton(window->statusBar());
    m_rejectOffer->setObjectName(u"rejectAllOfferToolButton"_s);
    m_rejectOffer->setAutoRaise(true);
    m_rejectOffer->hide();
    window->statusBar()->addPermanentWidget(m_rejectOffer);
    auto *offerTimeout = new QTimer(this);
    offerTimeout->setSingleShot(true);
    offerTimeout->setInterval(15000);
    connect(offerTimeout, &QTimer::timeout, m_rejectOffer, &QWidget::hide);
    connect(m_rejectOffer, &QToolButton::clicked, this, [this] {
        m_rejectOffer->hide();
        const int rejected = m_actions->rejectAllMentionsOf(m_offeredPhrase, m_offeredLabel);
        m_window->statusBar()->showMessage(tr("%n more mention(s) rejected", nullptr, rejected), 4000);
    });
    connect(actions, &AnnotationActions::rejectAllMentionsOffered, this,
            [this, offerTimeout](const QString &phrase, const QString &label, int count) {
                offerRejectAll(phrase, label, count);
                offerTimeout->start();
            });
    connect(m_findBar, &FindBar::matchesChanged, reader, [reader](const QList<QPair<qsizetype, qsizetype>> &matches) {
        QList<std::pair<qsizetype, qsizetype>> ranges;
        ranges.reserve(matches.size());
        for (const auto &match : matches)
            ranges.append({match.first, match.second});
        reader->setSearchMatches(ranges);
    });
    connect(m_findBar, &FindBar::currentMatchChanged, reader, &ReaderView::setCurrentMatch);
    connect(m_findBar, &FindBar::closed, reader, [reader] { reader->setFocus(); });

    auto add = [window](const QString &id, const QString &text, const QKeySequence &shortcut, auto slot) {
        QAction *action = ActionManager::createAction(id, text, {shortcut}, window);
        QObject::connect(action, &QAction::triggered, window, slot);
        return action;
    };
    add(u"edit.find"_s, tr("&Find…"), QKeySequence::Find, [this] {
        m_findBar->setAnchor(m_reader->selectionStart());
        m_findBar->activate();
    });
    add(u"annotation.labelAllMentions"_s, tr("Label All &Mentions in This Article"), QKeySequence(Qt::Key_M),
        [this] { labelAllMentions(false); });
    add(u"annotation.labelAllMentionsEverywhere"_s, tr("Label All Mentions in All Open &Articles"),
        QKeySequence(Qt::SHIFT | Qt::Key_M), [this] { labelAllMentions(true); });
    add(u"annotation.editLabels"_s, tr("Edit &Labels…"), {}, [this] { editLabels(); });
    m_retraining = new ProjectRetraining(window, nullptr);
    add(u"help.shortcuts"_s, tr("&Keyboard Shortcuts…"), QKeySequence(Qt::Key_F1), [this] { editShortcuts(); });
}

void AnnotationPanels::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    m_retraining->setWorkspace(workspace);
}

void AnnotationPanels::setDocument(AnnotationDocument *document)
{
    m_document = document;
    m_entityPanel->setDocument(document);
    m_legend->setDocument(document);
    m_findBar->setText(document ? document->article().text() : QString());
    m_reader->setHiddenLabels(m_legend->hiddenLabels());
    m_rejectOffer->hide();
    // The threshold is the project's (each project remembers its own), or the window's for loose articles.
    const bool inProject = m_workspace && m_workspace->isOpen() && document && m_workspace->articleId(document) != 0;
    const double threshold = inProject ? m_workspace->suggestionThreshold() : m_looseThreshold;
    m_legend->setConfidenceThreshold(threshold);
    m_reader->setConfidenceThreshold(threshold);
    m_entityPanel->model()->setConfidenceThreshold(threshold);
    // A project open read-only takes no edits: say why instead.
    const QString readOnly = document ? document->readOnlyReason() : QString();
    for (const QString &id :
         {u"annotation.labelAllMentions"_s, u"annotation.labelAllMentionsEverywhere"_s, u"annotation.editLabels"_s}) {
        QAction *action = ActionManager::action(id);
        action->setEnabled(readOnly.isEmpty());
        action->setStatusTip(readOnly);
        action->setToolTip(readOnly.isEmpty() ? action->text().remove(u'&') : readOnly);
    }
}

void AnnotationPanels::setConfidenceThreshold(double threshold)
{
    m_reader->setConfidenceThreshold(threshold);
    m_entityPanel->model()->setConfidenceThreshold(threshold);
    if (m_workspace && m_workspace->isOpen() && m_document && m_workspace->articleId(m_document) != 0)
        m_workspace->setSuggestionThreshold(threshold);
    else
        m_looseThreshold = threshold;
}

void AnnotationPanels::offerRejectAll(const QString &phrase, const QString &label, int count)
{
    m_offeredPhrase = phrase;
    m_offeredLabel = label;
    m_rejectOffer->setText(tr("Reject %n More Mention(s) of “%1”", nullptr, count).arg(phrase));
    m_rejectOffer->setToolTip(tr("The other suggestions of “%1” as %2 in this article are still undecided")
                                  .arg(phrase, labelDisplayName(label)));
    m_rejectOffer->show();
}

int AnnotationPanels::labelAllMentions(bool everywhere)
{
    if (!m_document || m_document->isReadOnly())
        return 0;
    // The phrase and label: the current annotation's, else the selection with the annotation under it.
    const Annotation *current = m_document->annotation(m_reader->currentAnnotation());
    if (!current)
        return 0;
    const QList<AnnotationDocument *> documents =
        everywhere ? m_articles->documents() : QList<AnnotationDocument *>{m_document};
    const int added = Annotating::labelAllMentions(documents, m_document->textOf(*current), current->label);
    m_window->statusBar()->showMessage(tr("%n mention(s) labelled", nullptr, added), 4000);
    return added;
}

void AnnotationPanels::editLabels()
{
    if (!m_document || m_document->isReadOnly())
        return;
    LabelsDialog dialog(*m_document, m_window);
    // In a project the label set is the project's: an edit reaches every article, and cannot be undone.
    const bool projectWide = m_workspace && m_workspace->isOpen() && m_workspace->articleId(m_document) != 0;
    if (projectWide) {
        QHash<QString, int> usage;
        for (const Label &label : m_document->labels())
            usage.insert(label.name, m_workspace->labelUsage(label.name).valueOr(0));
        dialog.setProjectWide(usage);
    }
    if (Dialogs::exec(&dialog) != QDialog::Accepted)
        return;
    if (projectWide) {
        if (dialog.labels() == m_document->labels() && dialog.renames().isEmpty())
            return;
        if (const Result<void> edited = m_workspace->editLabels(dialog.labels(), dialog.renames()); !edited)
            Dialogs::warning(m_window, tr("Cannot Change Labels"), edited.errorMessage());
        else
            m_window->statusBar()->showMessage(tr("Labels changed in every article of the project"), 4000);
        return;
    }
    if (EditLabels *command = dialog.createCommand(m_document))
        m_document->undoStack()->push(command);
}

void AnnotationPanels::editShortcuts()
{
    ShortcutsDialog dialog(m_window);
    Dialogs::exec(&dialog);
}

} // namespace Hamish
