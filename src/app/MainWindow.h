// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/DisplayOptions.h"
#include "app/Theme.h"
#include "core/exchange/ExportOptions.h"
#include "core/text/ClipboardImporter.h"
#include "core/text/ImportResult.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;
class QMimeData;
class QListView;
class QMenu;
class QProgressBar;
class QThreadPool;
class QToolButton;
template<typename T>
class QFutureWatcher;
class QUndoGroup;

namespace Hamish {

class AgreementDialog;
class AnnotationActions;
class AnnotationPanels;
class AnnotationDocument;
class DockLayout;
class ArticleListModel;
struct ProjectChange;
class ReaderView;
class SourcePageDialog;
class StatusBarInfo;
class TeamPanels;
class TeamStatus;
class UserLearning;
class WorkKeeper;
class Workspace;

// The main window: the reader, the list of open articles, menus, and the import of files off the
// GUI thread.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Imports files in the background; each appears in the list when ready.
    void openFiles(const QStringList &paths);
    // Files from the command line or another Hamish: a project file (.hamish) opens as the project, the
    // other files are articles.
    void openPaths(const QStringList &paths);
    void openFile(const QString &path, const QString &encoding = {});
    void openSample();
    // File › New Article from Clipboard: the clipboard's HTML (else its text) as a new article.
    void newArticleFromClipboard();
    // A new article from copied or dropped data, its source "clipboard:" and the time.
    void openMimeData(const QMimeData &data, ClipboardImporter::Origin origin);
    // Imports the current article again, decoding it with `encoding`.
    void reopenWithEncoding(const QString &encoding);
    void closeCurrentArticle();

    // Projects: one file holding the articles, their annotations and where the user was.
    // `path` is a file or a server URL (postgresql://...).
    bool openProject(const QString &path);
    // File › Open Team Project…: asks for the server URL, user and password (prefilled with `url`, saying
    // `error` when a try failed), then opens it.
    bool openTeamProject(const QString &url = {}, const QString &error = {});
    // The scratch project: where articles opened outside a named project are kept, with every change as it
    // is made, until Save Project As names them. An empty path turns it off (articles are then loose, and
    // closing them with changes asks first). Opens it (creating it when needed); false when it cannot be
    // opened for writing (another Hamish has it): articles are then loose.
    void setScratchLocation(const QString &path);
    bool openScratch();
    WorkKeeper *workKeeper() const { return m_keeper; }
    bool newProject(const QString &path);
    bool saveProjectCopy(const QString &path, bool switchToCopy);
    void closeProject();
    void removeCurrentArticleFromProject();
    // Exports the project in `format` (an Exporter id: json, jsonl, conll, brat, webanno) to the file, or
    // for brat the folder, at `path`; says how it went in the status bar or a warning. Without a project, the
    // open articles (or, with options.articleId, the current one) are exported.
    bool exportProject(const QString &path, const QString &format, const ExportOptions &options = {});
    // The same with the format the file's extension names (.json, .jsonl, .conll, .jsonld for Web
    // Annotation); any other name is a brat folder.
    bool exportProject(const QString &path);
    Workspace *workspace() const { return m_workspace; }
    UserLearning *userLearning() const { return m_learning; }

    int pendingImports() const { return m_pendingImports; }
    // Where imports and the engine's suggestions run: the window's own threads, apart from Qt's global pool
    // (which the raster painter also uses).
    QThreadPool *workers() const { return m_workers; }
    ReaderView *readerView() const { return m_reader; }
    ArticleListModel *articleModel() const { return m_articles; }
    AnnotationActions *annotationActions() const { return m_annotationActions; }
    AnnotationPanels *annotationPanels() const { return m_panels; }
    TeamPanels *teamPanels() const { return m_team; }
    AnnotationDocument *currentDocument() const;
    int currentRow() const;
    void setCurrentRow(int row);

    // View › Show Source Page: page `page` (from 1; 0 for the page of the text at the top of the view) of the
    // PDF or scan the current article was read from, in a window beside this one. Returns that window.
    SourcePageDialog *showSourcePage(int page = 0);

    // Saves a picture of the window to `path` once every pending import has been shown with the engine's
    // suggestions, then quits.
    void takeScreenshotWhenReady(const QString &path);

    static QString sampleArticlePath();

signals:
    void importsFinished();
    // The engine's suggestions for a newly opened document have been added to it.
    void suggestionsReady(Hamish::AnnotationDocument *document);
    // The reading options changed (from the settings dialog, or once at start-up).
    void displayOptionsChanged(const Hamish::DisplayOptions &options, Hamish::Theme::Id theme);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createSettingsAction();
    void applySettings(const DisplayOptions &options, Theme::Id theme);
    void createStatusBar();
    // Writes the numbers the window shows again, in the interface's digits.
    void refreshNumbers();
    void updateRecentFilesMenu();
    void updateRecentProjectsMenu();
    void showProjectDocuments();
    // Shows a document that joins the window (its undo stack, its failed writes).
    void adoptDocument(AnnotationDocument *document);
    void chooseProject(bool create);
    void chooseProjectCopy(bool switchToCopy);
    void chooseExport();
    void updateWindowTitle();
    void updateActions();
    void showArticle(int row);
    void importFinished(const QString &path, const ImportResult &result, bool reopened);
    // Cancels every import still running (the status bar's Stop button).
    void stopImports();
    void findSuggestions(AnnotationDocument *document);
    void openDialog();
    void maybeTakeScreenshot();
    // What others did on a shared project: an article they added joins the list; a conflict is explained.
    void showRemoteChange(const ProjectChange &change);
    void showEditConflict(qint64 articleId, const QString &message);
    // View › Agreement…: the project's agreement figures, beside the window.
    void showAgreement();

    ArticleListModel *m_articles = nullptr;
    AnnotationActions *m_annotationActions = nullptr;
    AnnotationPanels *m_panels = nullptr;
    TeamPanels *m_team = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    ReaderView *m_reader = nullptr;
    QListView *m_articleList = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_recentProjectsMenu = nullptr;
    Workspace *m_workspace = nullptr;
    WorkKeeper *m_keeper = nullptr;
    UserLearning *m_learning = nullptr;
    QMenu *m_encodingMenu = nullptr;
    StatusBarInfo *m_statusInfo = nullptr;
    DockLayout *m_dockLayout = nullptr;
    TeamStatus *m_teamStatus = nullptr;
    QPointer<AgreementDialog> m_agreementDialog;
    QPointer<SourcePageDialog> m_sourcePageDialog;
    QLabel *m_zoomLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_stopImport = nullptr;
    QList<QFutureWatcher<ImportResult> *> m_importWatchers; // imports still running
    QLabel *m_warningBanner = nullptr;
    QHash<QString, QStringList> m_importWarnings; // by source path
    QThreadPool *m_workers = nullptr;
    int m_pendingImports = 0;
    int m_pendingSuggestions = 0; // documents whose suggestions the engine is still finding
    QString m_screenshotPath;
};

} // namespace Hamish
