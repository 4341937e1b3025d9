// SPDX-License-Identifier: GPL-3.0-or-later
// The window on a team project: opened from File › Open Team Project…, marked in the status bar, showing what
// others do as they do it, explaining a conflict, and keeping edits through a lost connection.
#include "../CatchQt.h"

#include "../ProjectFixtures.h"
#include "../StoreBackends.h"
#include "../TestText.h"
#include "app/ActionManager.h"
#include "app/ArticleListModel.h"
#include "app/Dialogs.h"
#include "app/MainWindow.h"
#include "app/ReaderView.h"
#include "app/Settings.h"
#include "core/model/AnnotationDocument.h"
#include "core/model/ChangeAnnotations.h"
#include "core/workspace/Annotating.h"
#include "core/workspace/Workspace.h"

#include <QAction>
#include <QDialog>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Hamish;
using namespace Qt::StringLiterals;
using ProjectFixtures::must;

namespace {

const Annotation *find(const AnnotationDocument &document, const QString &label)
{
    for (const Annotation &annotation : document.annotations()) {
        if (annotation.label == label)
            return &annotation;
    }
    return nullptr;
}

// Opens `url` through File › Open Team Project…, typing the user and password into the dialog.
void openThroughDialog(const QString &url, const QString &password)
{
    bool asked = false;
    Dialogs::setNextDialogAnswer([&](QDialog *dialog) {
        asked = true;
        dialog->findChild<QLineEdit *>(u"urlLineEdit"_s)->setText(url);
        // The user the URL names is filled in already.
        CHECK(dialog->findChild<QLineEdit *>(u"userLineEdit"_s)->text() == u"hamish");
        auto *passwordEdit = dialog->findChild<QLineEdit *>(u"passwordLineEdit"_s);
        CHECK(passwordEdit->echoMode() == QLineEdit::Password);
        passwordEdit->setText(password);
        dialog->accept();
    });
    ActionManager::action(u"project.openTeam"_s)->trigger();
    REQUIRE(asked);
}

// A file project as two annotators leave it: they agree on the person and differ on the place.
QString twoAnnotatorProject(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(u"curate.hamish"_s);
    const QString text = TestText::emojiNews();
    auto project = ProjectFixtures::createProject(path);
    must(project->addArticle(ProjectFixtures::emojiArticle()));
    for (const auto &[annotator, label] :
         {std::pair{u"salma"_s, u"LOCATION"_s}, std::pair{u"omar"_s, u"ORGANIZATION"_s}}) {
        Annotation person = ProjectFixtures::span(text, u"محمد العلي"_s, u"PERSON"_s);
        person.annotator = annotator;
        Annotation place = ProjectFixtures::span(text, u"دمشق"_s, label);
        place.annotator = annotator;
        must(project->addAnnotation(1, person));
        must(project->addAnnotation(1, place));
    }
    return path;
}

} // namespace

TEST_CASE("The window opens a team project on a server and shows others' work as they do it", "[team][gui][postgres]")
{
    const QString url = StoreBackends::newDatabaseUrl();
    const QString text = TestText::emojiNews();
    must(ProjectFixtures::createProject(url)->addArticle(ProjectFixtures::emojiArticle()));
    Settings::instance().setAnnotator(u"سلمى"_s);
    // The other tests in this process annotate as the login user again.
    const auto restore = qScopeGuard([] { Settings::instance().setAnnotator({}); });

    MainWindow window;
    window.resize(1000, 600);
    window.show();
    const QString password = u"s3cr&t=%+ كلمة"_s;
    openThroughDialog(url, password);
    Workspace *workspace = window.workspace();
    REQUIRE(workspace->isOpen());
    CHECK(workspace->isShared());
    CHECK(workspace->annotator() == u"سلمى");
    REQUIRE(window.articleModel()->rowCount() == 1);
    AnnotationDocument *shown = window.currentDocument();
    REQUIRE(shown);

    // The status bar says where and who; the title names the project on its server.
    auto *mark = window.findChild<QLabel *>(u"teamStatusLabel"_s);
    REQUIRE(mark);
    CHECK(mark->isVisible());
    CHECK(mark->text().contains(u"hamish @ "_s));
    CHECK(mark->text().contains(u"سلمى"_s));
    CHECK(window.windowTitle().contains(u"(as hamish)"_s));
    // The recent list keeps the server project, without the password; no setting holds it.
    const QStringList recent = Settings::instance().recentProjects();
    REQUIRE_FALSE(recent.isEmpty());
    CHECK(recent.first().startsWith(u"postgresql://"_s));
    CHECK_FALSE(recent.first().contains(u"password"_s));
    QFile settingsFile(Settings::instance().fileName());
    Settings::useFile(Settings::instance().fileName()); // the settings written out, as at quitting
    REQUIRE(settingsFile.open(QIODevice::ReadOnly));
    const QByteArray settings = settingsFile.readAll();
    CHECK_FALSE(settings.contains("s3cr"));
    CHECK_FALSE(settings.contains("password"));

    // Another annotator's colleague (the same person at another desk) labels a name: it appears here, with
    // the user's undo history untouched.
    must(Annotating::labelSpan(*shown, u"DATE"_s, text.indexOf(u"الأحد"_s), text.indexOf(u"الأحد"_s) + 5));
    Workspace other;
    must(other.open(url));
    other.setAnnotator(u"سلمى"_s);
    const QList<AnnotationDocument *> otherDocuments = must(other.loadDocuments());
    AnnotationDocument *theirs = otherDocuments.first();
    QSignalSpy repainted(shown, &AnnotationDocument::annotationsChanged);
    const qsizetype start = text.indexOf(u"محمد العلي"_s);
    must(Annotating::labelSpan(*theirs, u"PERSON"_s, start, start + 10));
    REQUIRE((!repainted.isEmpty() || repainted.wait(5000)));
    REQUIRE(find(*shown, u"PERSON"_s));
    CHECK(shown->undoStack()->count() == 1);

    // An article someone adds joins the list.
    Article added(u"خبر جديد عن الرياض"_s, {{BlockRole::Paragraph, 0, 18}});
    added.setTitle(u"خبر جديد"_s);
    must(other.addArticle(added));
    QTRY_COMPARE_WITH_TIMEOUT(window.articleModel()->rowCount(), 2, 5000);

    // Both hold the person at version 1; the colleague changes it first, this window's change is refused and
    // the banner above the text says why, showing the colleague's change.
    const qint64 id = find(*shown, u"PERSON"_s)->id;
    theirs->undoStack()->push(ChangeAnnotations::setNote(theirs, id, u"الوزير"_s));
    shown->undoStack()->push(ChangeAnnotations::changeLabel(shown, {id}, u"ORGANIZATION"_s));
    auto *banner = window.findChild<QLabel *>(u"importWarningLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 5000);
    CHECK(banner->text().contains(u"Someone else changed"_s));
    CHECK(banner->text().contains(u"وفد في دمشق"_s));
    QTRY_VERIFY_WITH_TIMEOUT(find(*shown, u"PERSON"_s) && find(*shown, u"PERSON"_s)->note == u"الوزير", 5000);
    qDeleteAll(otherDocuments);
}

TEST_CASE("When the server connection drops the window says so, keeps the edits and commits them on Reconnect",
          "[team][gui][postgres]")
{
    const QString url = StoreBackends::newDatabaseUrl();
    const QString text = TestText::emojiNews();
    must(ProjectFixtures::createProject(url)->addArticle(ProjectFixtures::emojiArticle()));
    MainWindow window;
    window.show();
    REQUIRE(window.openProject(url));
    AnnotationDocument *shown = window.currentDocument();
    REQUIRE(shown);
    auto *mark = window.findChild<QLabel *>(u"teamStatusLabel"_s);
    auto *reconnect = window.findChild<QToolButton *>(u"reconnectButton"_s);
    REQUIRE(mark);
    REQUIRE(reconnect);
    CHECK_FALSE(reconnect->isVisible());

    StoreBackends::rawSql(url, {u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                u"WHERE datname = current_database() AND pid <> pg_backend_pid()"_s});
    const qsizetype start = text.indexOf(u"دمشق"_s);
    must(Annotating::labelSpan(*shown, u"LOCATION"_s, start, start + 4));
    REQUIRE(find(*shown, u"LOCATION"_s)); // still shown
    QTRY_VERIFY_WITH_TIMEOUT(mark->text().contains(u"Disconnected"_s), 5000);
    CHECK(mark->text().contains(u": 1 edit"_s));
    CHECK(reconnect->isVisible());
    CHECK(window.findChild<QToolButton *>(u"saveWaitingEditsButton"_s)->isVisible());

    QTest::mouseClick(reconnect, Qt::LeftButton);
    CHECK(window.workspace()->pendingEdits() == 0);
    CHECK_FALSE(mark->text().contains(u"Disconnected"_s));
    CHECK_FALSE(reconnect->isVisible());
    const QList<Annotation> stored = must(ProjectFixtures::openProject(url)->annotations(1));
    REQUIRE(stored.size() == 1);
    CHECK(stored.first().label == u"LOCATION");
}

TEST_CASE("View › Agreement shows each pair's figures and opens the article where they disagree", "[team][gui]")
{
    QTemporaryDir dir;
    const QString path = twoAnnotatorProject(dir);
    {
        Article second(u"خبر ثان من الرياض"_s, {{BlockRole::Paragraph, 0, 17}});
        second.setTitle(u"خبر ثان"_s);
        must(ProjectFixtures::openProject(path)->addArticle(second));
    }
    MainWindow window;
    window.show();
    REQUIRE(window.openProject(path));
    window.setCurrentRow(1);
    ActionManager::action(u"view.agreement"_s)->trigger();
    auto *dialog = window.findChild<QDialog *>(u"agreementDialog"_s);
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    auto *pairs = dialog->findChild<QTreeWidget *>(u"pairsTreeWidget"_s);
    REQUIRE(pairs->topLevelItemCount() == 1);
    const QTreeWidgetItem *pair = pairs->topLevelItem(0);
    CHECK(pair->text(0) == u"omar and salma");
    CHECK(pair->text(1) == u"1");     // one article both annotated
    CHECK(pair->text(2) == u"2 / 2"); // annotations compared
    CHECK(pair->text(5) == u"0.500"); // F1: the person agrees, the place does not
    REQUIRE(pair->childCount() == 3); // LOCATION, ORGANIZATION, PERSON
    CHECK(pair->child(2)->text(0) == u"PERSON");
    CHECK(pair->child(2)->text(5) == u"1.000");
    auto *articles = dialog->findChild<QTreeWidget *>(u"articlesTreeWidget"_s);
    REQUIRE(articles->topLevelItemCount() == 1);
    CHECK(articles->topLevelItem(0)->text(0) == u"وفد في دمشق");
    emit articles->itemActivated(articles->topLevelItem(0), 0);
    CHECK(window.currentRow() == 0);
    dialog->close();
}

TEST_CASE("Curating an article: the annotators side by side, Merge All Agreed, a side taken with Alt+2, undo",
          "[team][gui][curation]")
{
    QTemporaryDir dir;
    const QString path = twoAnnotatorProject(dir);
    const QString text = TestText::emojiNews();
    MainWindow window;
    window.resize(1100, 700);
    window.show();
    // Keys reach shortcuts in the active window.
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(window.openProject(path));
    AnnotationDocument *own = window.currentDocument();
    REQUIRE(own);
    QAction *curate = ActionManager::action(u"view.curate"_s);
    REQUIRE(curate->isEnabled());
    curate->trigger();

    // The reader now shows the curated layer (empty so far), the panel every row.
    AnnotationDocument *curated = window.readerView()->document();
    REQUIRE(curated);
    CHECK(curated != own);
    CHECK(curated->annotations().isEmpty());
    CHECK(window.findChild<QLabel *>(u"layerLabel"_s)->isVisible());
    auto *dock = window.findChild<QWidget *>(u"curationDockWidget"_s);
    REQUIRE(dock);
    CHECK(dock->isVisible());
    auto *rows = window.findChild<QTreeWidget *>(u"curationTreeWidget"_s);
    REQUIRE(rows);
    REQUIRE(rows->topLevelItemCount() == 2);
    // Columns: agreed or not, the text, omar, salma (sorted), the curated layer.
    REQUIRE(rows->columnCount() == 5);
    CHECK(rows->headerItem()->text(2) == u"omar");
    CHECK(rows->headerItem()->text(3) == u"salma");
    CHECK(rows->topLevelItem(0)->text(1) == u"محمد العلي");
    CHECK(rows->topLevelItem(0)->text(0) == u"=");
    CHECK(rows->topLevelItem(1)->text(0) == u"≠");
    CHECK(rows->topLevelItem(0)->text(2) == u"PERSON");
    CHECK(rows->topLevelItem(1)->text(2) == u"ORGANIZATION");
    CHECK(rows->topLevelItem(1)->text(3) == u"LOCATION");
    CHECK(rows->topLevelItem(1)->text(4) == u"—");

    // Merge All Agreed: the person, in one undo step.
    window.findChild<QPushButton *>(u"mergeAgreedPushButton"_s)->click();
    REQUIRE(curated->annotations().size() == 1);
    CHECK(curated->textOf(curated->annotations().first()) == u"محمد العلي");
    CHECK(rows->topLevelItem(0)->text(4) == u"PERSON");

    // F8 goes to the row still differing; Alt+2 takes salma's side (the second column).
    ActionManager::action(u"view.nextDifference"_s)->trigger();
    CHECK(rows->currentItem() == rows->topLevelItem(1));
    QTest::keyClick(window.readerView(), Qt::Key_2, Qt::AltModifier);
    REQUIRE(curated->annotations().size() == 2);
    CHECK(std::any_of(curated->annotations().cbegin(), curated->annotations().cend(),
                      [&](const Annotation &a) { return curated->textOf(a) == u"دمشق" && a.label == u"LOCATION"; }));
    CHECK(rows->topLevelItem(1)->text(4) == u"LOCATION");
    CHECK(rows->topLevelItem(1)->text(0) == u"✓");
    CHECK(window.readerView()->document() == curated);
    // Changing one's mind: Alt+1 (omar) replaces it.
    QTest::keyClick(window.readerView(), Qt::Key_1, Qt::AltModifier);
    REQUIRE(curated->annotations().size() == 2);
    CHECK(rows->topLevelItem(1)->text(4) == u"ORGANIZATION");
    // Edit › Undo takes the last step back, in the project too.
    ActionManager::action(u"edit.undo"_s)->trigger();
    CHECK(rows->topLevelItem(1)->text(4) == u"LOCATION");
    const QList<Annotation> stored = must(window.workspace()->allAnnotations(1));
    CHECK(std::count_if(stored.cbegin(), stored.cend(), [](const Annotation &a) { return a.annotator == kCuration; })
          == 2);
    // The annotator's own layer was never touched.
    CHECK(std::none_of(own->annotations().cbegin(), own->annotations().cend(),
                       [](const Annotation &a) { return a.annotator == kCuration; }));

    // Leaving curation shows the annotator's own layer again.
    curate->trigger();
    CHECK(window.readerView()->document() == own);
    CHECK_FALSE(dock->isVisible());
    CHECK_FALSE(window.findChild<QLabel *>(u"layerLabel"_s)->isVisible());
}

TEST_CASE("View › Annotators shows someone's layer read-only; Assign and Mark Done show in the article list",
          "[team][gui]")
{
    QTemporaryDir dir;
    const QString path = twoAnnotatorProject(dir);
    Settings::instance().setAnnotator(u"lead"_s);
    const auto restore = qScopeGuard([] { Settings::instance().setAnnotator({}); });
    MainWindow window;
    window.show();
    REQUIRE(window.openProject(path));
    AnnotationDocument *own = window.currentDocument();

    QMenu *menu = window.findChild<QMenu *>(u"annotatorsMenu"_s);
    REQUIRE(menu);
    emit menu->aboutToShow();
    QAction *omar = menu->findChild<QAction *>(u"layer:omar"_s);
    REQUIRE(omar);
    omar->trigger();
    AnnotationDocument *shown = window.readerView()->document();
    REQUIRE(shown != own);
    CHECK(shown->isReadOnly());
    CHECK(shown->annotations().size() == 2);
    CHECK(window.findChild<QLabel *>(u"layerLabel"_s)->text().contains(u"omar"_s));
    // Labelling there is refused, and nothing reaches the project.
    const qsizetype before = must(window.workspace()->allAnnotations(1)).size();
    CHECK_FALSE(Annotating::labelSpan(*shown, u"PERSON"_s, 0, 2));
    CHECK(must(window.workspace()->allAnnotations(1)).size() == before);
    emit menu->aboutToShow();
    menu->findChild<QAction *>(u"layer:"_s)->trigger();
    CHECK(window.readerView()->document() == own);

    // Assign the article to huda through the dialog, then mark it done as lead.
    Dialogs::setNextDialogAnswer([](QDialog *dialog) {
        auto *input = qobject_cast<QInputDialog *>(dialog);
        REQUIRE(input);
        input->setTextValue(u"huda"_s);
        dialog->accept();
    });
    QAction *assign = ActionManager::action(u"annotation.assign"_s);
    REQUIRE(assign->isEnabled());
    assign->trigger();
    ActionManager::action(u"annotation.markDone"_s)->trigger();
    CHECK(ActionManager::action(u"annotation.markDone"_s)->isChecked());
    const QList<Assignment> assignments = must(window.workspace()->assignments());
    REQUIRE(assignments.size() == 2);
    const QString status = window.articleModel()->index(0).data(ArticleListModel::StatusRole).toString();
    CHECK(status.contains(u"huda"_s));
    CHECK(status.contains(u"lead ✓"_s));
    CHECK_FALSE(status.contains(u"huda ✓"_s));
    CHECK(window.articleModel()->index(0).data(Qt::ToolTipRole).toString().contains(u"lead ✓"_s));
}
