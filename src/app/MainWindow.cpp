// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/MainWindow.h"

#include "app/AboutDialog.h"
#include "app/ActionManager.h"
#include "app/AgreementDialog.h"
#include "app/AnnotationActions.h"
#include "app/AnnotationPanels.h"
#include "app/ArticleListDelegate.h"
#include "app/ArticleListModel.h"
#include "app/Dialogs.h"
#include "app/DockLayout.h"
#include "app/ExportDialog.h"
#include "app/FindBar.h"
#include "app/InterfaceText.h"
#include "app/Language.h"
#include "app/ReaderView.h"
#include "app/Settings.h"
#include "app/SettingsDialog.h"
#include "app/ShortcutsDialog.h"
#include "app/SourcePageDialog.h"
#include "app/StatusBarInfo.h"
#include "app/TeamPanels.h"
#include "app/TeamProjectDialog.h"
#include "app/TeamStatus.h"
#include "app/UserLearning.h"
#include "app/WorkKeeper.h"
#include "core/base/Bidi.h"
#include "core/exchange/Exporter.h"
#include "core/formats/DocumentImporter.h"
#include "core/formats/SourcePages.h"
#include "core/model/AnnotationDocument.h"
#include "core/tagger/EntityTagger.h"
#include "core/text/ClipboardImporter.h"
#include "core/text/EncodingDetector.h"
#include "core/workspace/Suggestions.h"
#include "core/workspace/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMimeData>
#include <QPointer>
#include <QProgressBar>
#include <QPromise>
#include <QScopeGuard>
#include <QScrollBar>
#include <QStatusBar>
#include <QThreadPool>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {

// Whether the article was read from pages (a PDF or a scan) that View › Show Source Page can show: a block
// with a page, or a single scanned image, which has one page and numbers none.
bool hasSourcePages(const Article &article)
{
    if (std::any_of(article.blocks().begin(), article.blocks().end(), [](const Block &b) { return b.page > 0; }))
        return true;
    return SourcePages::hasPagedName(article.sourcePath());
}

// A file's name for a message, isolated from the sentence around it.
QString fileNameOf(const QString &path)
{
    return Bidi::isolate(QFileInfo(path).fileName());
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_articles(new ArticleListModel(this))
    , m_reader(new ReaderView(this))
    , m_workspace(new Workspace(this))
    , m_workers(new QThreadPool(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Hamish"));
    setAcceptDrops(true);
    // Import warnings (replaced characters, an uncertain encoding) show above the text without a modal.
    m_warningBanner = new QLabel(this);
    m_warningBanner->setObjectName(u"importWarningLabel"_s);
    m_warningBanner->setWordWrap(true);
    m_warningBanner->setTextFormat(Qt::PlainText);
    m_warningBanner->setMargin(8);
    m_warningBanner->setStyleSheet(u"background: #fff3cd; color: #533f03;"_s);
    m_warningBanner->hide();
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_warningBanner);
    layout->addWidget(m_reader);
    setCentralWidget(central);

    m_articleList = new QListView(this);
    m_articleList->setObjectName(u"articleListView"_s);
    m_articleList->setAccessibleName(tr("Open articles"));
    m_articleList->setModel(m_articles);
    m_articleList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_articleList->setItemDelegate(new ArticleListDelegate(m_articleList));
    m_articleList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_articleList->setUniformItemSizes(true);
    auto *dock = new QDockWidget(tr("Articles"), this);
    dock->setObjectName(u"articlesDockWidget"_s);
    dock->setWidget(m_articleList);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    connect(m_articleList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showArticle(current.row()); });

    createStatusBar();

    m_undoGroup = new QUndoGroup(this);
    m_keeper = new WorkKeeper(this, m_workspace);
    connect(m_keeper, &WorkKeeper::saveElsewhereRequested, this, [this] { chooseProjectCopy(true); });
    // What the user labels, accepts or rejects is suggested with their label in every open article.
    m_learning = new UserLearning([this] { return m_articles->documents(); }, this);
    connect(m_undoGroup, &QUndoGroup::indexChanged, m_learning, &UserLearning::schedule);
    connect(m_learning, &UserLearning::spreadFinished, this, [this](int added) {
        if (added > 0)
            statusBar()->showMessage(tr("%n suggestion(s) from your own labels", nullptr, added), 4000);
    });
    m_annotationActions = new AnnotationActions(m_reader, this);
    m_panels = new AnnotationPanels(this, m_reader, m_annotationActions, m_articles);
    m_panels->setWorkspace(m_workspace);
    m_team = new TeamPanels(this, m_workspace, m_articles);
    connect(m_team, &TeamPanels::layerChanged, this, [this] { showArticle(currentRow()); });
    connect(m_team, &TeamPanels::revealRequested, m_reader,
            [this](qsizetype start, qsizetype end) { m_reader->flash(start, end); });
    static_cast<QVBoxLayout *>(centralWidget()->layout())->addWidget(m_panels->findBar());
    addToolBar(Qt::TopToolBarArea, m_annotationActions->labelToolBar());
    createActions();
    createSettingsAction();
    createMenus();
    dock->toggleViewAction()->setObjectName(u"view.articles"_s);

    Settings &settings = Settings::instance();
    m_reader->setZoomPercent(settings.zoomPercent());
    m_zoomLabel->setText(InterfaceText::percent(m_reader->zoomPercent()));
    connect(m_reader, &ReaderView::zoomChanged, this, [this](int percent) {
        m_zoomLabel->setText(InterfaceText::percent(percent));
        Settings::instance().setZoomPercent(percent);
    });
    connect(m_reader, &ReaderView::selectionChanged, this, &MainWindow::updateActions);
    connect(m_reader, &ReaderView::pageInViewChanged, m_statusInfo, &StatusBarInfo::setPage);
    connect(m_statusInfo, &StatusBarInfo::pageClicked, this, [this] { showSourcePage(); });
    connect(m_reader, &ReaderView::firstScreenPainted, this, &MainWindow::maybeTakeScreenshot);
    connect(m_workspace, &Workspace::projectChanged, this, &MainWindow::showRemoteChange);
    connect(m_workspace, &Workspace::editConflict, this, &MainWindow::showEditConflict);
    if (!restoreGeometry(settings.windowGeometry()))
        resize(1100, 780);
    m_dockLayout = new DockLayout(this);
    m_dockLayout->restore(settings.windowState(), settings.windowStateDirection(), settings.panelWidths());
    // The curation panel shows while curating only, whatever the saved layout says.
    m_team->curationDock()->hide();
    ShortcutsDialog::applySavedShortcuts();
    updateActions();
    applySettings(settings.displayOptions(), settings.theme());
}

MainWindow::~MainWindow() = default;

QString MainWindow::sampleArticlePath()
{
    return u":/sample/sample-article.txt"_s;
}

void MainWindow::createActions()
{
    auto add = [this](const QString &id, const QString &text, const QList<QKeySequence> &shortcuts, auto slot) {
        QAction *action = ActionManager::createAction(id, text, shortcuts, this);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    add(u"file.open"_s, tr("&Open…"), QKeySequence::keyBindings(QKeySequence::Open), [this] { openDialog(); });
    add(u"file.openSample"_s, tr("Open &Sample Article"), {}, [this] { openSample(); });
    add(u"file.newFromClipboard"_s, tr("New Article from C&lipboard"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V)},
        [this] { newArticleFromClipboard(); });
    add(u"file.close"_s, tr("&Close Article"), QKeySequence::keyBindings(QKeySequence::Close),
        [this] { closeCurrentArticle(); });
    add(u"project.new"_s, tr("&New Project…"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)},
        [this] { chooseProject(true); });
    add(u"project.open"_s, tr("Open &Project…"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)},
        [this] { chooseProject(false); });
    add(u"project.openTeam"_s, tr("Open &Team Project…"), {}, [this] { openTeamProject(); });
    add(u"view.agreement"_s, tr("A&greement…"), {}, [this] { showAgreement(); });
    add(u"project.saveAs"_s, tr("Save Project &As…"), QKeySequence::keyBindings(QKeySequence::SaveAs),
        [this] { chooseProjectCopy(true); });
    add(u"project.saveCopy"_s, tr("Save a Cop&y of the Project…"), {}, [this] { chooseProjectCopy(false); });
    add(u"project.close"_s, tr("Close Projec&t"), {}, [this] { closeProject(); });
    add(u"project.export"_s, tr("&Export…"), {QKeySequence(Qt::CTRL | Qt::Key_E)}, [this] { chooseExport(); });
    add(u"project.removeArticle"_s, tr("Re&move Article from Project…"), {},
        [this] { removeCurrentArticleFromProject(); });
    add(u"file.quit"_s, tr("&Quit"), QKeySequence::keyBindings(QKeySequence::Quit), [this] { close(); });
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    addAction(undo);
    ActionManager::registerAction(u"edit.undo"_s, undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(QKeySequence::Redo);
    addAction(redo);
    ActionManager::registerAction(u"edit.redo"_s, redo);
    add(u"edit.copy"_s, tr("&Copy"), QKeySequence::keyBindings(QKeySequence::Copy), [this] { m_reader->copy(); });
    add(u"edit.selectAll"_s, tr("Select &All"), QKeySequence::keyBindings(QKeySequence::SelectAll),
        [this] { m_reader->selectAll(); });
    add(u"view.zoomIn"_s, tr("Zoom &In"), {QKeySequence(QKeySequence::ZoomIn), QKeySequence(Qt::CTRL | Qt::Key_Equal)},
        [this] { m_reader->zoomIn(); });
    add(u"view.zoomOut"_s, tr("Zoom &Out"), QKeySequence::keyBindings(QKeySequence::ZoomOut),
        [this] { m_reader->zoomOut(); });
    add(u"view.resetZoom"_s, tr("&Reset Zoom"), {QKeySequence(Qt::CTRL | Qt::Key_0)},
        [this] { m_reader->resetZoom(); });
    // The context menu sets the action's data to the page of the text clicked; from the menu it is the page in view.
    QAction *sourcePage = ActionManager::createAction(u"view.sourcePage"_s, tr("Show Source &Page"), {}, this);
    connect(sourcePage, &QAction::triggered, this, [this, sourcePage] {
        const int page = sourcePage->data().toInt();
        sourcePage->setData(QVariant());
        showSourcePage(page);
    });
    add(u"help.about"_s, tr("&About Hamish"), {}, [this] {
        AboutDialog dialog(this);
        Dialogs::exec(&dialog);
    });
}

void MainWindow::createSettingsAction()
{
    auto *action = new QAction(tr("&Settings…"), this);
    action->setShortcuts(QKeySequence::keyBindings(QKeySequence::Preferences)
                         + QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    action->setMenuRole(QAction::PreferencesRole);
    connect(action, &QAction::triggered, this, [this] {
        SettingsDialog dialog(this);
        connect(&dialog, &SettingsDialog::settingsChanged, this, &MainWindow::applySettings);
        Dialogs::exec(&dialog);
    });
    addAction(action);
    ActionManager::registerAction(u"edit.settings"_s, action);
}

void MainWindow::applySettings(const DisplayOptions &options, Theme::Id theme)
{
    Theme::apply(theme);
    // The interface writes its numbers in the digits the reader shows.
    if (Language::setDigits(options.digits))
        refreshNumbers();
    m_reader->setDisplayOptions(options);
    emit displayOptionsChanged(options, theme);
}

void MainWindow::refreshNumbers()
{
    // Widgets that write numbers rewrite them on the locale change this sends them (and their children).
    setLocale(QLocale());
    m_zoomLabel->setText(InterfaceText::percent(m_reader->zoomPercent()));
    m_statusInfo->setDocument(currentDocument());
    m_articles->refresh();
}

void MainWindow::createStatusBar()
{
    m_statusInfo = new StatusBarInfo(this);
    m_zoomLabel = new QLabel(this);
    m_zoomLabel->setObjectName(u"zoomLabel"_s);
    m_zoomLabel->setToolTip(tr("Zoom"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"importProgressBar"_s);
    m_progress->setAccessibleName(tr("Import progress"));
    m_progress->setMaximumWidth(160);
    m_progress->setRange(0, 100);
    m_progress->hide();
    // Long imports (a PDF of hundreds of pages, OCR) can be stopped; nothing of them is kept.
    m_stopImport = new QToolButton(this);
    m_stopImport->setObjectName(u"stopImportButton"_s);
    m_stopImport->setText(tr("Stop"));
    m_stopImport->setToolTip(tr("Stop opening the files still being read"));
    m_stopImport->hide();
    connect(m_stopImport, &QToolButton::clicked, this, &MainWindow::stopImports);
    statusBar()->setObjectName(u"statusBar"_s);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_stopImport);
    // A team project: where, who, and whether the connection is up.
    m_teamStatus = new TeamStatus(m_workspace, this);
    connect(m_teamStatus, &TeamStatus::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    statusBar()->addPermanentWidget(m_teamStatus);
    statusBar()->addPermanentWidget(m_statusInfo);
    statusBar()->addPermanentWidget(m_zoomLabel);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(ActionManager::action(u"file.open"_s));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(u"recentFilesMenu"_s);
    file->addAction(ActionManager::action(u"file.openSample"_s));
    file->addAction(ActionManager::action(u"file.newFromClipboard"_s));
    m_encodingMenu = file->addMenu(tr("Reopen with &Encoding"));
    m_encodingMenu->setObjectName(u"reopenWithEncodingMenu"_s);
    for (const QString &encoding : EncodingDetector::supportedEncodings()) {
        QAction *action = m_encodingMenu->addAction(encoding);
        action->setData(encoding);
        action->setCheckable(true);
        connect(action, &QAction::triggered, this, [this, encoding] { reopenWithEncoding(encoding); });
    }
    file->addSeparator();
    file->addAction(ActionManager::action(u"project.new"_s));
    file->addAction(ActionManager::action(u"project.open"_s));
    file->addAction(ActionManager::action(u"project.openTeam"_s));
    m_recentProjectsMenu = file->addMenu(tr("Open Recent Pro&ject"));
    m_recentProjectsMenu->setObjectName(u"recentProjectsMenu"_s);
    file->addAction(ActionManager::action(u"project.saveAs"_s));
    file->addAction(ActionManager::action(u"project.saveCopy"_s));
    file->addAction(ActionManager::action(u"project.export"_s));
    file->addAction(ActionManager::action(u"project.removeArticle"_s));
    file->addAction(ActionManager::action(u"project.close"_s));
    file->addSeparator();
    file->addAction(ActionManager::action(u"file.close"_s));
    file->addAction(ActionManager::action(u"file.quit"_s));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(ActionManager::action(u"edit.undo"_s));
    edit->addAction(ActionManager::action(u"edit.redo"_s));
    edit->addSeparator();
    edit->addAction(ActionManager::action(u"edit.copy"_s));
    edit->addAction(ActionManager::action(u"edit.find"_s));
    edit->addAction(ActionManager::action(u"edit.selectAll"_s));
    edit->addSeparator();
    edit->addAction(ActionManager::action(u"edit.settings"_s));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(ActionManager::action(u"view.zoomIn"_s));
    view->addAction(ActionManager::action(u"view.zoomOut"_s));
    view->addAction(ActionManager::action(u"view.resetZoom"_s));
    view->addSeparator();
    view->addAction(ActionManager::action(u"view.sourcePage"_s));
    view->addSeparator();
    view->addAction(ActionManager::action(u"view.agreement"_s));
    view->addMenu(m_team->annotatorsMenu());
    view->addAction(ActionManager::action(u"view.curate"_s));
    view->addAction(ActionManager::action(u"view.nextDifference"_s));
    view->addAction(ActionManager::action(u"view.previousDifference"_s));
    view->addAction(ActionManager::action(u"view.mergeAgreed"_s));
    view->addSeparator();
    for (const char *dockName : {"articlesDockWidget", "entitiesDockWidget", "legendDockWidget"}) {
        if (auto *dock = findChild<QDockWidget *>(QString::fromLatin1(dockName)))
            view->addAction(dock->toggleViewAction());
    }

    QMenu *annotate = menuBar()->addMenu(tr("&Annotate"));
    annotate->setObjectName(u"annotateMenu"_s);
    m_annotationActions->populateMenu(annotate);
    annotate->addSeparator();
    annotate->addAction(ActionManager::action(u"annotation.labelAllMentions"_s));
    annotate->addAction(ActionManager::action(u"annotation.labelAllMentionsEverywhere"_s));
    annotate->addSeparator();
    annotate->addAction(ActionManager::action(u"annotation.retrain"_s));
    annotate->addAction(ActionManager::action(u"annotation.editLabels"_s));
    annotate->addSeparator();
    annotate->addAction(ActionManager::action(u"annotation.assign"_s));
    annotate->addAction(ActionManager::action(u"annotation.markDone"_s));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(ActionManager::action(u"help.shortcuts"_s));
    help->addAction(ActionManager::action(u"help.about"_s));
    updateRecentFilesMenu();
    updateRecentProjectsMenu();
}

void MainWindow::updateRecentFilesMenu()
{
    m_recentMenu->clear();
    const QStringList files = Settings::instance().recentFiles();
    for (const QString &path : files) {
        QAction *action = m_recentMenu->addAction(QFileInfo(path).fileName());
        action->setToolTip(Bidi::path(path));
        action->setData(path);
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::updateActions()
{
    const bool hasArticle = m_reader->article() != nullptr;
    ActionManager::action(u"edit.copy"_s)->setEnabled(m_reader->selectionEnd() > m_reader->selectionStart());
    ActionManager::action(u"edit.selectAll"_s)->setEnabled(hasArticle);
    ActionManager::action(u"view.sourcePage"_s)->setEnabled(hasArticle && hasSourcePages(*m_reader->article()));
    ActionManager::action(u"file.close"_s)->setEnabled(hasArticle);
    // Text that came from the clipboard has no file to read again.
    m_encodingMenu->setEnabled(hasArticle && !ClipboardImporter::isClipboardSource(m_reader->article()->sourcePath()));
    const QString encoding = hasArticle ? m_reader->article()->encoding() : QString();
    for (QAction *action : m_encodingMenu->actions())
        action->setChecked(action->data().toString() == encoding);
    const bool inProject = m_workspace->isOpen();
    const bool writable = inProject && !m_workspace->isReadOnly();
    ActionManager::action(u"project.saveAs"_s)->setEnabled(inProject);
    ActionManager::action(u"project.saveCopy"_s)->setEnabled(inProject);
    ActionManager::action(u"project.close"_s)->setEnabled(inProject);
    ActionManager::action(u"project.export"_s)->setEnabled(inProject || hasArticle);
    ActionManager::action(u"view.agreement"_s)->setEnabled(inProject);
    ActionManager::action(u"project.removeArticle"_s)->setEnabled(writable && hasArticle);
    m_teamStatus->refresh();
    m_team->update();
}

SourcePageDialog *MainWindow::showSourcePage(int page)
{
    const auto article = m_reader->article();
    if (!article)
        return nullptr;
    if (!m_sourcePageDialog) {
        m_sourcePageDialog = new SourcePageDialog(this);
        m_sourcePageDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_sourcePageDialog->showPage(article->sourcePath(), page > 0 ? page : m_reader->pageInView(), article->title());
    m_sourcePageDialog->show();
    m_sourcePageDialog->raise();
    m_sourcePageDialog->activateWindow();
    return m_sourcePageDialog;
}

void MainWindow::updateRecentProjectsMenu()
{
    m_recentProjectsMenu->clear();
    const QStringList projects = Settings::instance().recentProjects();
    for (const QString &path : projects) {
        // A server project is named by its URL (never with a password).
        QAction *action = m_recentProjectsMenu->addAction(
            Workspace::isServerLocation(path) ? Bidi::path(path) : QFileInfo(path).fileName());
        action->setToolTip(Bidi::path(path));
        connect(action, &QAction::triggered, this, [this, path] { openProject(path); });
    }
    m_recentProjectsMenu->setEnabled(!projects.isEmpty());
}

void MainWindow::updateWindowTitle()
{
    const auto article = m_reader->article();
    QString title = article ? tr("%1 — Hamish").arg(Bidi::isolate(article->title())) : tr("Hamish");
    if (m_workspace->isOpen()) {
        const QString project = m_keeper->isScratch() ? tr("Scratch (kept for you; Save Project As names it)")
                                : m_workspace->isShared()
                                    ? Bidi::isolate(m_workspace->displayName())
                                    : Bidi::isolate(QFileInfo(m_workspace->location()).fileName());
        title = project + (m_workspace->isReadOnly() ? tr(" (read-only)") : QString()) + u" — "_s + title;
    }
    setWindowTitle(title);
}

void MainWindow::chooseProject(bool create)
{
    const QString filter = tr("Hamish projects (*.hamish)");
    const QString directory = Settings::instance().lastDirectory();
    QString path = create ? Dialogs::saveFileName(this, tr("New Project"), directory, filter)
                          : Dialogs::openFileName(this, tr("Open Project"), directory, filter);
    if (path.isEmpty())
        return;
    if (create && QFileInfo(path).suffix().isEmpty())
        path += u".hamish"_s;
    Settings::instance().setLastDirectory(QFileInfo(path).absolutePath());
    create ? newProject(path) : openProject(path);
}

void MainWindow::chooseProjectCopy(bool switchToCopy)
{
    if (!m_workspace->isOpen())
        return;
    QString path =
        Dialogs::saveFileName(this, switchToCopy ? tr("Save Project As") : tr("Save a Copy of the Project"),
                              QFileInfo(m_workspace->location()).absolutePath(), tr("Hamish projects (*.hamish)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".hamish"_s;
    saveProjectCopy(path, switchToCopy);
}

void MainWindow::chooseExport()
{
    AnnotationDocument *document = currentDocument();
    if (!m_workspace->isOpen() && !document)
        return;
    // Loose articles (no project) are numbered by their place in the list.
    const qint64 articleId = !document               ? 0
                             : m_workspace->isOpen() ? m_workspace->articleId(document)
                                                     : qint64(m_articles->documents().indexOf(document)) + 1;
    const QString directory = m_workspace->isOpen() && !m_keeper->isScratch()
                                  ? QFileInfo(m_workspace->location()).absolutePath()
                                  : Settings::instance().lastDirectory();
    ExportDialog dialog(articleId, articleId ? document->article().title() : QString(), directory, this);
    if (Dialogs::exec(&dialog) != QDialog::Accepted)
        return;
    exportProject(dialog.path(), dialog.format(), dialog.options());
}

bool MainWindow::exportProject(const QString &path)
{
    // A path without a file format's extension is a folder: brat's.
    const QString format = Exporter::formatOfFile(path);
    return exportProject(path, format.isEmpty() ? u"brat"_s : format);
}

bool MainWindow::exportProject(const QString &path, const QString &format, const ExportOptions &options)
{
    Result<int> exported = 0;
    if (m_workspace->isOpen()) {
        exported = m_workspace->exportTo(path, format, options);
    } else {
        QList<AnnotationDocument *> documents = m_articles->documents();
        if (options.articleId > 0 && options.articleId <= documents.size())
            documents = {documents.at(options.articleId - 1)};
        if (documents.isEmpty())
            return false;
        exported = Workspace::exportDocuments(documents, path, format, options);
    }
    if (!exported) {
        Dialogs::warning(this, tr("Cannot Export"), exported.errorMessage());
        return false;
    }
    statusBar()->showMessage(tr("Exported %n article(s) to %1", nullptr, *exported).arg(Bidi::path(path)), 8000);
    return true;
}

bool MainWindow::openTeamProject(const QString &url, const QString &error)
{
    TeamProjectDialog dialog(url, error, this);
    if (Dialogs::exec(&dialog) != QDialog::Accepted)
        return false;
    return openProject(dialog.location());
}

bool MainWindow::openProject(const QString &path)
{
    closeProject();
    m_workspace->setAnnotator(Settings::instance().annotator());
    const Result<void> opened = m_workspace->open(path);
    if (!opened) {
        const bool server = Workspace::isServerLocation(path);
        if (opened.error().kind() == Error::Kind::NotFound && !server)
            Settings::instance().removeRecentProject(path);
        updateRecentProjectsMenu();
        // A server may want a password, or another user: ask again, saying what went wrong.
        if (server && opened.error().kind() != Error::Kind::NotFound)
            return openTeamProject(Workspace::serverLocation(path, {}, {}).valueOr(path), opened.errorMessage());
        Dialogs::warning(this, tr("Cannot Open Project"), opened.errorMessage());
        return false;
    }
    // A server project is remembered by its location without the password.
    Settings::instance().addRecentProject(m_workspace->isShared() ? m_workspace->location()
                                                                  : QFileInfo(path).absoluteFilePath());
    updateRecentProjectsMenu();
    showProjectDocuments();
    if (!m_workspace->isOpen())
        return false;
    if (!m_workspace->readOnlyReason().isEmpty())
        Dialogs::information(this, tr("Project Opened Read-Only"), m_workspace->readOnlyReason());
    return true;
}

bool MainWindow::newProject(const QString &path)
{
    // The scratch project's articles, like loose ones, move into the new project: it becomes its copy.
    if (m_keeper->isScratch()) {
        if (QFileInfo::exists(path)) {
            Dialogs::warning(this, tr("Cannot Create Project"),
                             tr("%1 already exists: choose another name, or open it instead.").arg(Bidi::path(path)));
            return false;
        }
        return saveProjectCopy(path, true);
    }
    // Articles already open (and not from a project) move into the new project.
    const bool adopt = !m_workspace->isOpen();
    if (!adopt)
        closeProject();
    m_workspace->setAnnotator(Settings::instance().annotator());
    if (const Result<void> created = m_workspace->create(path); !created) {
        Dialogs::warning(this, tr("Cannot Create Project"), created.errorMessage());
        return false;
    }
    for (AnnotationDocument *document : m_articles->documents()) {
        if (const Result<qint64> added = m_workspace->addDocument(document); !added)
            Dialogs::warning(this, tr("Cannot Add Article"), added.errorMessage());
    }
    Settings::instance().addRecentProject(m_workspace->isShared() ? m_workspace->location()
                                                                  : QFileInfo(path).absoluteFilePath());
    updateRecentProjectsMenu();
    m_keeper->projectChanged();
    updateActions();
    updateWindowTitle();
    statusBar()->showMessage(tr("Created %1: every change is saved as you make it.").arg(fileNameOf(path)), 5000);
    return true;
}

void MainWindow::showProjectDocuments()
{
    const Result<QList<AnnotationDocument *>> documents = m_workspace->loadDocuments();
    if (!documents) {
        // A project the window cannot show is not left open behind an empty list.
        m_workspace->close();
        Dialogs::warning(this, tr("Cannot Open Project"), documents.errorMessage());
    }
    for (AnnotationDocument *document : documents.valueOr({})) {
        adoptDocument(document);
        m_articles->append(document);
    }
    // Read where the user was before showing an article records a new position.
    AnnotationDocument *last = m_workspace->document(m_workspace->lastArticle());
    const int scroll = m_workspace->lastScroll();
    const int row = last ? int(m_articles->documents().indexOf(last)) : 0;
    setCurrentRow(m_articles->rowCount() > 0 ? row : -1);
    // The reader lays out long articles in steps: scroll once it has.
    const auto restore = [this, scroll] {
        m_reader->verticalScrollBar()->setValue(scroll);
    };
    restore();
    connect(m_reader, &ReaderView::layoutFinished, this, restore, Qt::SingleShotConnection);
    QTimer::singleShot(0, this, restore);
    m_keeper->projectChanged();
    updateActions();
    updateWindowTitle();
}

void MainWindow::adoptDocument(AnnotationDocument *document)
{
    m_undoGroup->addStack(document->undoStack());
    m_keeper->watch(document);
}

void MainWindow::setScratchLocation(const QString &path)
{
    m_keeper->setScratchLocation(path);
}

bool MainWindow::openScratch()
{
    const QString path = m_keeper->scratchLocation();
    if (path.isEmpty())
        return false;
    if (m_keeper->isScratch())
        return true;
    // A named project is open (articles join it), or loose articles with their own work are (the question
    // before closing them keeps that).
    if (m_workspace->isOpen() || m_articles->rowCount() > 0)
        return false;
    QDir().mkpath(QFileInfo(path).absolutePath());
    const Result<void> opened = QFileInfo::exists(path) ? m_workspace->open(path) : m_workspace->create(path);
    if (!opened || m_workspace->isReadOnly()) {
        // Another Hamish keeps it (or the data folder is not writable): articles stay loose, and closing
        // them with changes asks first.
        const QString why = opened ? m_workspace->readOnlyReason() : opened.errorMessage();
        m_workspace->close();
        statusBar()->showMessage(tr("Your annotations are not kept automatically: %1").arg(why), 10000);
        return false;
    }
    showProjectDocuments();
    return m_workspace->isOpen();
}

bool MainWindow::saveProjectCopy(const QString &path, bool switchToCopy)
{
    if (!m_workspace->isOpen())
        return false;
    m_workspace->rememberPosition(currentDocument(), m_reader->verticalScrollBar()->value());
    if (const Result<void> saved = m_workspace->saveCopy(path); !saved) {
        Dialogs::warning(this, tr("Cannot Save Project"), saved.errorMessage());
        return false;
    }
    if (!switchToCopy) {
        statusBar()->showMessage(tr("Saved a copy as %1").arg(fileNameOf(path)), 5000);
        return true;
    }
    const bool fromScratch = m_keeper->isScratch();
    if (!openProject(path))
        return false;
    // The scratch project's work now lives in the named project.
    if (fromScratch)
        m_keeper->clearScratch();
    return true;
}

void MainWindow::showRemoteChange(const ProjectChange &change)
{
    // Annotations others change are already shown in the documents (Workspace::resync).
    if (!change.remote || change.kind != ProjectChange::Kind::ArticleAdded || m_workspace->document(change.articleId))
        return;
    const Result<AnnotationDocument *> document = m_workspace->loadDocument(change.articleId);
    if (!document) {
        statusBar()->showMessage(document.errorMessage(), 10000);
        return;
    }
    m_undoGroup->addStack((*document)->undoStack());
    m_articles->append(*document);
    statusBar()->showMessage(tr("Someone added “%1” to the project.").arg((*document)->article().title()), 8000);
}

void MainWindow::showEditConflict(qint64 articleId, const QString &message)
{
    const AnnotationDocument *document = m_workspace->document(articleId);
    const QString title = document ? document->article().title() : QString();
    const QString text = title.isEmpty() ? message : tr("%1 (in “%2”)").arg(message, title);
    // Above the text, where the user is looking, until they move to another article.
    m_warningBanner->setText(text);
    m_warningBanner->show();
    statusBar()->showMessage(text, 15000);
}

void MainWindow::showAgreement()
{
    if (!m_workspace->isOpen())
        return;
    const Result<Agreement::Report> report = m_workspace->agreement();
    const Result<QList<ArticleSummary>> articles = m_workspace->articles();
    if (!report || !articles) {
        Dialogs::warning(this, tr("Cannot Compute Agreement"),
                         report ? articles.errorMessage() : report.errorMessage());
        return;
    }
    QHash<qint64, QString> titles;
    for (const ArticleSummary &article : *articles)
        titles.insert(article.id, article.title);
    delete m_agreementDialog; // figures of a moment ago: shown afresh
    m_agreementDialog = new AgreementDialog(*report, titles, this);
    m_agreementDialog->setObjectName(u"agreementDialog"_s);
    m_agreementDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_agreementDialog, &AgreementDialog::openArticle, this, [this](qint64 articleId) {
        if (AnnotationDocument *document = m_workspace->document(articleId))
            setCurrentRow(int(m_articles->documents().indexOf(document)));
    });
    m_agreementDialog->show();
}

void MainWindow::closeProject()
{
    if (!m_workspace->isOpen())
        return;
    m_team->showOwnLayer(); // the other layers' documents go with the project
    m_workspace->rememberPosition(currentDocument(), m_reader->verticalScrollBar()->value());
    m_reader->setDocument(nullptr);
    m_annotationActions->setDocument(nullptr);
    while (m_articles->rowCount() > 0)
        m_articles->remove(0);
    m_workspace->close();
    delete m_agreementDialog;
    m_keeper->projectChanged();
    showArticle(-1);
}

void MainWindow::removeCurrentArticleFromProject()
{
    AnnotationDocument *document = currentDocument();
    if (!document || !m_workspace->isOpen())
        return;
    if (!Dialogs::confirm(this, tr("Remove Article"),
                          tr("Remove “%1” and its %2 annotations from the project? This cannot be undone.")
                              .arg(Bidi::isolate(document->article().title()),
                                   InterfaceText::number(document->annotations().size()))))
        return;
    m_team->showOwnLayer(); // the article's other layers go with it
    if (const Result<void> removed = m_workspace->removeDocument(document); !removed) {
        Dialogs::warning(this, tr("Cannot Remove Article"), removed.errorMessage());
        return;
    }
    closeCurrentArticle();
}

void MainWindow::openDialog()
{
    const QStringList files =
        Dialogs::openFileNames(this, tr("Open Articles"), Settings::instance().lastDirectory(),
                               tr("Articles (%1);;All files (*)").arg(DocumentImporter::filePatterns()));
    if (!files.isEmpty())
        Settings::instance().setLastDirectory(QFileInfo(files.first()).absolutePath());
    openFiles(files);
}

void MainWindow::openSample()
{
    openFile(sampleArticlePath());
}

void MainWindow::openPaths(const QStringList &paths)
{
    // A project file (or a team project's postgresql:// URL) opens as the project; the other files are
    // articles (joining it).
    QStringList articles = paths;
    const auto project = std::find_if(articles.cbegin(), articles.cend(), &Workspace::isProjectLocation);
    if (project != articles.cend()) {
        const QString path = *project;
        articles.removeAll(path);
        openProject(path);
    }
    openFiles(articles);
}

void MainWindow::newArticleFromClipboard()
{
    if (const QMimeData *data = QGuiApplication::clipboard()->mimeData())
        openMimeData(*data, ClipboardImporter::Origin::Clipboard);
    else
        openMimeData(QMimeData(), ClipboardImporter::Origin::Clipboard);
}

void MainWindow::openMimeData(const QMimeData &data, ClipboardImporter::Origin origin)
{
    // A selection is small: it is read at once, then joins the list (and the project) like an opened file.
    const ImportResult result = ClipboardImporter::importMimeData(data, origin);
    ++m_pendingImports;
    importFinished(result.ok() ? result.article->sourcePath() : tr("the clipboard"), result, false);
}

void MainWindow::openFiles(const QStringList &paths)
{
    for (const QString &path : paths)
        openFile(path);
}

void MainWindow::openFile(const QString &path, const QString &encoding)
{
    const QString absolute = path.startsWith(u':') ? path : QFileInfo(path).absoluteFilePath();
    const int existing = m_articles->rowForSource(absolute);
    if (existing >= 0 && encoding.isEmpty()) {
        setCurrentRow(existing);
        return;
    }

    ++m_pendingImports;
    m_progress->setValue(0);
    m_progress->show();
    m_stopImport->show();
    statusBar()->showMessage(tr("Opening %1…").arg(fileNameOf(path)));

    auto *watcher = new QFutureWatcher<ImportResult>(this);
    m_importWatchers.append(watcher);
    connect(watcher, &QFutureWatcher<ImportResult>::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(watcher, &QFutureWatcher<ImportResult>::finished, this, [this, watcher, absolute, encoding] {
        watcher->deleteLater();
        m_importWatchers.removeAll(watcher);
        // A cancelled future keeps no result.
        ImportResult result;
        if (watcher->future().resultCount() > 0) {
            result = watcher->future().result();
        } else {
            result.error = ImportErrorKind::Cancelled;
            result.errorMessage = tr("Opening %1 was stopped; nothing was imported.").arg(fileNameOf(absolute));
        }
        importFinished(absolute, result, !encoding.isEmpty());
    });
    watcher->setFuture(QtConcurrent::run(m_workers, [absolute, encoding](QPromise<ImportResult> &promise) {
        promise.setProgressRange(0, 100);
        DocumentImportOptions options;
        options.encoding = encoding;
        options.progress = [&promise](int percent) {
            promise.setProgressValue(percent);
        };
        // Closing the window (or cancelling the future) stops a long PDF or OCR import between pages.
        options.cancelled = [&promise] {
            return promise.isCanceled();
        };
        promise.addResult(DocumentImporter::importFile(absolute, options));
    }));
}

void MainWindow::stopImports()
{
    for (QFutureWatcher<ImportResult> *watcher : std::as_const(m_importWatchers))
        watcher->cancel();
}

void MainWindow::findSuggestions(AnnotationDocument *document)
{
    // The article shows at once; the engine's suggestions follow from a worker thread.
    QPointer<AnnotationDocument> target(document);
    ++m_pendingSuggestions;
    auto *watcher = new QFutureWatcher<QList<Annotation>>(this);
    connect(watcher, &QFutureWatcher<QList<Annotation>>::finished, this, [this, watcher, target] {
        watcher->deleteLater();
        --m_pendingSuggestions;
        // A screenshot shows the article with its suggestions, however long the engine took.
        const auto screenshot = qScopeGuard([this] { maybeTakeScreenshot(); });
        if (!target)
            return;
        // Only for the labels the document has: a label the user deleted does not come back.
        const qsizetype added = Suggestions::addTo(*target, watcher->future().takeResult());
        statusBar()->showMessage(tr("%n suggestion(s) found", nullptr, int(added)), 4000);
        emit suggestionsReady(target);
        m_learning->schedule();
    });
    const auto article = document->sharedArticle();
    // In a project that has its own model (Annotate › Retrain on This Project), names come from it.
    std::shared_ptr<const EntityTagger> projectTagger =
        m_workspace->isOpen() && m_workspace->articleId(document) != 0 ? m_workspace->sharedProjectTagger() : nullptr;
    watcher->setFuture(QtConcurrent::run(
        m_workers, [article, projectTagger] { return Suggestions::find(*article, projectTagger.get()); }));
}

void MainWindow::importFinished(const QString &path, const ImportResult &result, bool reopened)
{
    --m_pendingImports;
    if (m_pendingImports == 0) {
        m_progress->hide();
        m_stopImport->hide();
    }
    if (result.error == ImportErrorKind::Cancelled) {
        statusBar()->showMessage(result.errorMessage, 5000);
        if (m_pendingImports == 0)
            emit importsFinished();
        return;
    }
    if (!result.ok()) {
        statusBar()->showMessage(tr("Could not open %1").arg(fileNameOf(path)), 5000);
        if (result.error == ImportErrorKind::NotFound)
            Settings::instance().removeRecentFile(path);
        updateRecentFilesMenu();
        Dialogs::warning(this, tr("Cannot Open Article"), result.errorMessage);
    } else {
        auto article = std::make_shared<const Article>(*result.article);
        auto *document = new AnnotationDocument(article);
        // Outside a named project, the article is kept in the scratch project.
        if (!m_workspace->isOpen())
            openScratch();
        if (m_workspace->isOpen()) {
            const Result<qint64> id = m_workspace->addDocument(document);
            if (!id || m_workspace->articleId(document) != *id) {
                // Not stored (an error), or its text is already in the project: show that one.
                if (!id)
                    Dialogs::warning(this, tr("Cannot Add Article"), id.errorMessage());
                delete document;
                if (AnnotationDocument *existing = id ? m_workspace->document(*id) : nullptr)
                    setCurrentRow(int(m_articles->documents().indexOf(existing)));
                if (m_pendingImports == 0)
                    emit importsFinished();
                return;
            }
        }
        // Reopened with another encoding: in a project the new reading replaces the old article.
        const int previousRow = reopened ? m_articles->rowForSource(article->sourcePath()) : -1;
        if (AnnotationDocument *previous = previousRow >= 0 ? m_articles->document(previousRow) : nullptr;
            previous && m_workspace->articleId(previous) != 0) {
            m_team->showOwnLayer();
            if (const Result<void> removed = m_workspace->removeDocument(previous); !removed)
                Dialogs::warning(this, tr("Cannot Remove Article"), removed.errorMessage());
        }
        adoptDocument(document);
        const int row = m_articles->addOrReplace(document);
        findSuggestions(document);
        if (!path.startsWith(u':') && !ClipboardImporter::isClipboardSource(path)) {
            Settings::instance().addRecentFile(path);
            updateRecentFilesMenu();
        }
        m_importWarnings.insert(article->sourcePath(), result.warnings);
        if (currentRow() == row)
            showArticle(row);
        else
            setCurrentRow(row);
        statusBar()->showMessage(tr("Opened %1").arg(fileNameOf(path)), 3000);
    }
    if (m_pendingImports == 0)
        emit importsFinished();
    maybeTakeScreenshot();
}

int MainWindow::currentRow() const
{
    return m_articleList->currentIndex().row();
}

void MainWindow::setCurrentRow(int row)
{
    m_articleList->setCurrentIndex(m_articles->index(row));
}

AnnotationDocument *MainWindow::currentDocument() const
{
    return m_articles->document(currentRow());
}

void MainWindow::showArticle(int row)
{
    AnnotationDocument *own = m_articles->document(row);
    // The layer View › Annotators chose: the annotator's own, or another (the curated one while curating).
    AnnotationDocument *document = m_team->shownDocument(own);
    if (document && document != own && !m_undoGroup->stacks().contains(document->undoStack()))
        adoptDocument(document);
    const auto article = m_articles->article(row);
    m_reader->setDocument(document);
    m_annotationActions->setDocument(document);
    m_statusInfo->setDocument(document);
    m_panels->setDocument(document);
    m_undoGroup->setActiveStack(document ? document->undoStack() : nullptr);
    const QStringList warnings = article ? m_importWarnings.value(article->sourcePath()) : QStringList();
    m_warningBanner->setText(warnings.join(u"\n"_s));
    m_warningBanner->setVisible(!warnings.isEmpty());
    if (own && m_workspace->isOpen())
        m_workspace->rememberPosition(own, 0);
    m_team->setArticle(own);
    updateWindowTitle();
    updateActions();
}

void MainWindow::reopenWithEncoding(const QString &encoding)
{
    const AnnotationDocument *document = currentDocument();
    if (!document)
        return;
    // Another decoding is another text: offsets no longer hold, so the user's decisions cannot follow.
    const auto decided = std::count_if(document->annotations().cbegin(), document->annotations().cend(),
                                       [](const Annotation &a) { return a.status != AnnotationStatus::Suggested; });
    const QString name = fileNameOf(document->article().sourcePath());
    if (decided > 0
        && !Dialogs::confirm(this, tr("Reopen with Encoding"),
                             tr("Reading %1 as %2 changes its text, so its %n accepted or rejected annotation(s) "
                                "will be discarded. Reopen it?",
                                nullptr, int(decided))
                                 .arg(name, Bidi::leftToRight(encoding))))
        return;
    openFile(document->article().sourcePath(), encoding);
}

void MainWindow::closeCurrentArticle()
{
    const int row = currentRow();
    if (row < 0)
        return;
    m_team->showOwnLayer();
    AnnotationDocument *closing = m_articles->document(row);
    if (!m_workspace->isOpen() && !m_keeper->mayDrop({closing}, [this] {
            chooseProject(true);
            return m_workspace->isOpen();
        }))
        return;
    // In the scratch project an article that holds nothing of the user's goes with it; one that does is
    // kept (it comes back next time, until removed from the project or saved under a name).
    if (m_keeper->isScratch()) {
        const bool decided = std::any_of(closing->annotations().cbegin(), closing->annotations().cend(),
                                         [](const Annotation &a) { return a.status != AnnotationStatus::Suggested; });
        if (!decided)
            (void)m_workspace->removeDocument(closing);
        else
            statusBar()->showMessage(tr("“%1” stays in the scratch project with your annotations; Save Project As "
                                        "names it, Remove Article from Project deletes it.")
                                         .arg(closing->article().title()),
                                     8000);
    }
    if (const auto article = m_articles->article(row))
        m_importWarnings.remove(article->sourcePath());
    if (m_reader->document() == m_articles->document(row)) {
        m_reader->setDocument(nullptr);
        m_annotationActions->setDocument(nullptr);
    }
    m_articles->remove(row);
    if (m_articles->rowCount() == 0)
        showArticle(-1);
    else
        setCurrentRow(std::min(row, m_articles->rowCount() - 1));
}

void MainWindow::takeScreenshotWhenReady(const QString &path)
{
    m_screenshotPath = path;
    maybeTakeScreenshot();
}

void MainWindow::maybeTakeScreenshot()
{
    // Ready once nothing is loading and the engine has suggested what it found: with an article shown, or
    // with none if every file failed to open.
    if (m_screenshotPath.isEmpty() || m_pendingImports > 0 || m_pendingSuggestions > 0)
        return;
    const QString path = std::exchange(m_screenshotPath, QString());
    QTimer::singleShot(500, this, [this, path] {
        int status = 0;
        if (!grab().save(path)) {
            qWarning("Could not save the screenshot to %s", qPrintable(path));
            status = 1;
        }
        // A screenshot run answers its message boxes by itself (Dialogs::setNonInteractive); what they said
        // goes to the terminal, and the run fails.
        if (const QString message = Dialogs::lastMessage(); !message.isEmpty()) {
            qWarning("%s", qPrintable(Bidi::withoutIsolates(message)));
            status = 1;
        }
        QCoreApplication::exit(status);
    });
}

namespace {

QStringList localFiles(const QMimeData &data)
{
    QStringList paths;
    for (const QUrl &url : data.urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFiles(*event->mimeData()).isEmpty() || ClipboardImporter::canImport(*event->mimeData()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    // Files are opened as files; a browser's selection or dragged text becomes an article of its own.
    if (const QStringList paths = localFiles(*event->mimeData()); !paths.isEmpty())
        openFiles(paths);
    else if (ClipboardImporter::canImport(*event->mimeData()))
        openMimeData(*event->mimeData(), ClipboardImporter::Origin::Drop);
    else
        return;
    event->acceptProposedAction();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Never close with work that would be lost unasked (only loose articles can hold any).
    if (!m_workspace->isOpen() && !m_keeper->mayDrop(m_articles->documents(), [this] {
            chooseProject(true);
            return m_workspace->isOpen();
        })) {
        event->ignore();
        return;
    }
    if (m_workspace->isOpen())
        m_workspace->rememberPosition(currentDocument(), m_reader->verticalScrollBar()->value());
    Settings::instance().setWindowGeometry(saveGeometry());
    Settings::instance().setWindowState(saveState());
    Settings::instance().setWindowStateDirection(layoutDirection());
    Settings::instance().setPanelWidths(m_dockLayout->panelWidths());
    event->accept();
}

} // namespace Hamish
