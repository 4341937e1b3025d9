// SPDX-License-Identifier: GPL-3.0-or-later
// The window never drops the user's work unasked (issue 15): the scratch project for articles outside a
// named project, the question before loose work is closed, export of a lone article, the alert when the
// project file goes away, and a project open read-only.
#include "../CatchQt.h"

#include "../ProjectFixtures.h"
#include "../TestFiles.h"
#include "../TestText.h"
#include "app/ActionManager.h"
#include "app/AnnotationActions.h"
#include "app/ArticleListModel.h"
#include "app/Dialogs.h"
#include "app/MainWindow.h"
#include "app/ReaderView.h"
#include "app/WorkKeeper.h"
#include "core/model/AnnotationDocument.h"
#include "core/workspace/Annotating.h"
#include "core/workspace/Workspace.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QProgressDialog>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Hamish;
using namespace Qt::StringLiterals;

namespace {

void openAndWait(MainWindow &window, const QStringList &paths)
{
    QSignalSpy spy(&window, &MainWindow::importsFinished);
    window.openFiles(paths);
    REQUIRE(spy.wait(20000));
}

// Labels two names in the current article, as a user selecting them and pressing a label key does.
void labelTwoNames(MainWindow &window)
{
    AnnotationDocument *document = window.currentDocument();
    REQUIRE(document);
    const QString text = document->article().text();
    for (const QString &name : {u"محمد العلي"_s, u"دمشق"_s}) {
        const qsizetype start = text.indexOf(name);
        ProjectFixtures::must(Annotating::labelSpan(*document, u"PERSON"_s, start, start + name.size()));
    }
}

int userLabels(const AnnotationDocument *document)
{
    return int(std::count_if(document->annotations().cbegin(), document->annotations().cend(),
                             [](const Annotation &a) { return a.origin == u"user"; }));
}

} // namespace

TEST_CASE("Work on an article opened outside a project is kept, comes back, and Save Project As names it",
          "[gui][safety]")
{
    QTemporaryDir dir;
    const QString article = TestFiles::writeText(dir, u"news.txt"_s, TestText::emojiNews());
    const QString scratch = dir.filePath(u"data/scratch.hamish"_s);
    {
        MainWindow window;
        window.setScratchLocation(scratch);
        window.show();
        openAndWait(window, {article});
        CHECK(window.workKeeper()->isScratch());
        labelTwoNames(window);
        Dialogs::clearLastMessage();
        CHECK(window.close()); // nothing to ask: the work is kept
        CHECK(Dialogs::lastMessage().isEmpty());
    }
    MainWindow window;
    window.setScratchLocation(scratch);
    window.show();
    REQUIRE(window.openScratch());
    REQUIRE(window.articleModel()->rowCount() == 1);
    CHECK(userLabels(window.articleModel()->document(0)) == 2);

    const QString named = dir.filePath(u"named.hamish"_s);
    Dialogs::setNextFileNames({named});
    ActionManager::action(u"project.saveAs"_s)->trigger();
    CHECK(window.workspace()->location() == named);
    CHECK_FALSE(window.workKeeper()->isScratch());
    CHECK(userLabels(window.articleModel()->document(0)) == 2);
    CHECK_FALSE(QFileInfo::exists(scratch)); // its work lives in the named project now
}

TEST_CASE("Closing loose work asks first when it cannot be kept", "[gui][safety]")
{
    QTemporaryDir dir;
    const QString article = TestFiles::writeText(dir, u"news.txt"_s, TestText::emojiNews());
    MainWindow window; // no scratch project: the articles are loose
    window.show();
    openAndWait(window, {article});
    REQUIRE_FALSE(window.workspace()->isOpen());
    labelTwoNames(window);

    Dialogs::setNextAnswer(QMessageBox::Cancel);
    CHECK_FALSE(window.close());
    CHECK(Dialogs::lastMessage().contains(u"not saved"_s));
    Dialogs::setNextAnswer(QMessageBox::Cancel);
    window.closeCurrentArticle();
    CHECK(window.articleModel()->rowCount() == 1);

    Dialogs::setNextAnswer(QMessageBox::Discard);
    CHECK(window.close());
}

TEST_CASE("A lone article exports without a project", "[gui][safety][export]")
{
    QTemporaryDir dir;
    const QString article = TestFiles::writeText(dir, u"news.txt"_s, TestText::emojiNews());
    MainWindow window;
    window.show();
    openAndWait(window, {article});
    labelTwoNames(window);
    CHECK(ActionManager::action(u"project.export"_s)->isEnabled());
    const QString out = dir.filePath(u"out.json"_s);
    REQUIRE(window.exportProject(out, u"json"_s, {}));
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString json = QString::fromUtf8(file.readAll());
    CHECK(json.contains(u"\"محمد العلي\""_s)); // an annotation's text, not the article's
    Dialogs::setNextAnswer(QMessageBox::Discard);
    window.close();
}

TEST_CASE("The window says at once when the project file goes away, and saves the work elsewhere", "[gui][safety]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"p.hamish"_s);
    ProjectFixtures::must(ProjectFixtures::createProject(path)->addArticle(ProjectFixtures::emojiArticle()));
    MainWindow window;
    window.show();
    REQUIRE(window.openProject(path));
    labelTwoNames(window);
    REQUIRE(QFile::remove(path));

    // An edit after the file went away is refused, and the window says so with the way out.
    const QString rescued = dir.filePath(u"rescued.hamish"_s);
    Dialogs::clearLastMessage();
    Dialogs::setNextAnswer(QMessageBox::Save);
    Dialogs::setNextFileNames({rescued});
    AnnotationDocument *document = window.currentDocument();
    const qsizetype start = document->article().text().indexOf(u"اللاذقية"_s);
    CHECK_FALSE(Annotating::labelSpan(*document, u"LOCATION"_s, start, start + 8));
    CHECK(Dialogs::lastMessage().contains(u"moved, renamed or deleted"_s));
    for (int i = 0; i < 100 && window.workspace()->location() != rescued; ++i)
        QTest::qWait(20);
    REQUIRE(window.workspace()->location() == rescued);
    CHECK(userLabels(window.currentDocument()) == 2);

    // Without an edit, the window notices by itself.
    REQUIRE(QFile::rename(rescued, dir.filePath(u"elsewhere.hamish"_s)));
    Dialogs::clearLastMessage();
    Dialogs::setNextAnswer(QMessageBox::Cancel);
    for (int i = 0; i < 100 && Dialogs::lastMessage().isEmpty(); ++i)
        QTest::qWait(50);
    CHECK(Dialogs::lastMessage().contains(u"moved, renamed or deleted"_s));
}

TEST_CASE("A project open in another Hamish takes no edits, and the window says why", "[gui][safety]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"p.hamish"_s);
    const Article article = ProjectFixtures::emojiArticle();
    ProjectFixtures::must(ProjectFixtures::createProject(path)->addArticle(
        article, {ProjectFixtures::span(article.text(), u"دمشق"_s, u"LOCATION"_s, AnnotationStatus::Suggested)}));
    const auto elsewhere = ProjectFixtures::openProject(path); // the other Hamish
    MainWindow window;
    window.show();
    REQUIRE(window.openProject(path));
    REQUIRE(window.workspace()->isReadOnly());
    AnnotationDocument *document = window.currentDocument();
    REQUIRE(document);
    const qint64 id = document->annotations().first().id;
    window.readerView()->setCurrentAnnotation(id);

    QAction *accept = ActionManager::action(u"annotation.accept"_s);
    CHECK_FALSE(accept->isEnabled());
    CHECK(accept->toolTip().contains(u"open in another Hamish"_s));
    CHECK_FALSE(ActionManager::action(u"annotation.delete"_s)->isEnabled());
    CHECK_FALSE(ActionManager::action(u"annotation.editLabels"_s)->isEnabled());
    CHECK_FALSE(window.findChild<QMenu *>(u"acceptAllMenu"_s)->isEnabled());
    // The gesture itself does nothing, and the pick stays where it was.
    window.annotationActions()->setCurrentStatus(AnnotationStatus::Accepted);
    CHECK(document->annotation(id)->status == AnnotationStatus::Suggested);
    CHECK(window.readerView()->currentAnnotation() == id);
}

TEST_CASE("A bulk edit that takes longer than 300 ms shows its progress, and the dialog goes when it ends",
          "[gui][safety]")
{
    MainWindow window;
    window.show();
    AnnotationDocument document(std::make_shared<const Article>(
        TestText::emojiNews(), QList<Block>{{BlockRole::Paragraph, 0, TestText::emojiNews().size()}}));
    window.workKeeper()->watch(&document);
    const auto dialog = [&] {
        return window.findChild<QProgressDialog *>(u"bulkEditProgressDialog"_s);
    };
    // What AnnotationDocument reports while it writes 100,000 annotations in one transaction.
    emit document.progress(4096, 100000);
    QTest::qSleep(350); // the write goes on; no event is processed meanwhile
    emit document.progress(8192, 100000);
    REQUIRE(dialog());
    CHECK(dialog()->isVisible());
    CHECK(dialog()->value() == 8);
    emit document.progress(100000, 100000);
    QTest::qWait(0);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK_FALSE(dialog());
}
