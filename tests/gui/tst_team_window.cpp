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
#include "app/Settings.h"
#include "core/model/AnnotationDocument.h"
#include "core/model/ChangeAnnotations.h"
#include "core/workspace/Annotating.h"
#include "core/workspace/Workspace.h"

#include <QAction>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
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
    const QString path = dir.filePath(u"team.hamish"_s);
    const QString text = TestText::emojiNews();
    {
        auto project = ProjectFixtures::createProject(path);
        must(project->addArticle(ProjectFixtures::emojiArticle()));
        QList<Annotation> layers;
        for (const auto &[annotator, label] :
             {std::pair{u"salma"_s, u"LOCATION"_s}, std::pair{u"omar"_s, u"ORGANIZATION"_s}}) {
            Annotation person = ProjectFixtures::span(text, u"محمد العلي"_s, u"PERSON"_s);
            person.annotator = annotator;
            Annotation place = ProjectFixtures::span(text, u"دمشق"_s, label);
            place.annotator = annotator;
            layers << person << place;
        }
        Article second(u"خبر ثان من الرياض"_s, {{BlockRole::Paragraph, 0, 17}});
        second.setTitle(u"خبر ثان"_s);
        must(project->addArticle(second));
        for (const Annotation &annotation : std::as_const(layers))
            must(project->addAnnotation(1, annotation));
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
