#include "../CatchQt.h"

#include "../TestText.h"
#include "ActionManager.h"
#include "AnnotationDocument.h"
#include "ArticleListModel.h"
#include "Dialogs.h"
#include "ExportDialog.h"
#include "MainWindow.h"
#include "ProjectSession.h"
#include "ReaderView.h"
#include "Settings.h"
#include "storage/Project.h"

#include <QAction>
#include <QFile>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Hamish;
using namespace Qt::StringLiterals;

namespace {

QString writeArticle(const QTemporaryDir &dir, const QString &name, const QString &text)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
    return path;
}

void openAndWait(MainWindow &window, const QStringList &paths)
{
    QSignalSpy spy(&window, &MainWindow::importsFinished);
    window.openFiles(paths);
    REQUIRE(spy.wait(20000));
}

QString longArticle()
{
    QString text = TestText::headline() + u"\n\n"_s;
    for (int i = 0; i < 60; ++i)
        text += TestText::arabicParagraph() + u"\n\n"_s;
    return text;
}

} // namespace

TEST_CASE("A project keeps the window's articles and annotations and reopens where the user was", "[project][gui]")
{
    QTemporaryDir dir;
    const QString first = writeArticle(dir, u"first.txt"_s, TestText::emojiNews());
    const QString second = writeArticle(dir, u"second.txt"_s, longArticle());
    const QString path = dir.filePath(u"work.hamish"_s);
    int scroll = 0;
    {
        MainWindow window;
        window.resize(900, 500);
        window.show();
        openAndWait(window, {first});
        // New Project adopts the article already open, then articles opened later join it.
        Dialogs::setNextFileNames({dir.filePath(u"work"_s)});
        ActionManager::action(u"project.new"_s)->trigger();
        REQUIRE(window.projectSession()->isOpen());
        CHECK(window.projectSession()->path() == path);
        openAndWait(window, {second});
        REQUIRE(window.articleModel()->rowCount() == 2);

        // An annotation made in the window is in the file at once.
        AnnotationDocument *document = window.articleModel()->document(0);
        Annotation person;
        person.label = u"PERSON"_s;
        person.start = TestText::emojiNews().indexOf(u"محمد"_s);
        person.end = person.start + 4;
        person.status = AnnotationStatus::Accepted;
        REQUIRE(document->insertAnnotation(person));
        CHECK(window.projectSession()->project()->counts(window.projectSession()->articleId(document)).accepted == 1);
        CHECK(window.articleModel()
                  ->data(window.articleModel()->index(0), ArticleListModel::AnnotationCountRole)
                  .toLongLong()
              == document->annotations().size()); // with the engine's suggestions

        // Read the long article, scrolled down, then close the window.
        window.setCurrentRow(1);
        REQUIRE(QTest::qWaitFor([&] { return window.readerView()->verticalScrollBar()->maximum() > 200; }, 10000));
        window.readerView()->verticalScrollBar()->setValue(200);
        scroll = window.readerView()->verticalScrollBar()->value();
        window.close();
    }
    CHECK(Settings::instance().recentProjects().value(0) == path);

    MainWindow window;
    window.resize(900, 500);
    window.show();
    const bool opened = window.openProject(path);
    INFO(Dialogs::lastMessage().toStdString());
    REQUIRE(opened);
    REQUIRE(window.articleModel()->rowCount() == 2);
    CHECK(window.currentRow() == 1); // the article the user was reading
    // (QTRY_ macros return silently inside Catch test cases: wait, then check.)
    (void)QTest::qWaitFor([&] { return window.readerView()->verticalScrollBar()->value() == scroll; }, 10000);
    CHECK(window.readerView()->verticalScrollBar()->value() == scroll);
    const QList<Annotation> reopened = window.articleModel()->document(0)->annotations();
    CHECK(std::count_if(reopened.begin(), reopened.end(),
                        [](const Annotation &a) { return a.status == AnnotationStatus::Accepted; })
          == 1);
    CHECK(window.windowTitle().startsWith(u"work.hamish"_s));

    // File > Export writes the format chosen in its dialog.
    const QString exported = dir.filePath(u"out.conll"_s);
    Dialogs::setNextDialogAnswer([&](QDialog *dialog) {
        if (auto *exportDialog = qobject_cast<ExportDialog *>(dialog)) {
            exportDialog->setFormat(u"conll"_s);
            exportDialog->setPath(exported);
            exportDialog->accept();
        }
    });
    ActionManager::action(u"project.export"_s)->trigger();
    CHECK(QFile::exists(exported));
    {
        QFile file(exported);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(QString::fromUtf8(file.readAll()).contains(u"محمد\tB-PERSON\n"_s));
    }

    // Remove an article from the project (after confirming).
    window.setCurrentRow(0);
    Dialogs::setNextAnswer(QMessageBox::Yes);
    ActionManager::action(u"project.removeArticle"_s)->trigger();
    CHECK(window.articleModel()->rowCount() == 1);
    CHECK(window.projectSession()->project()->articles().size() == 1);

    // Save As switches to the copy; the original stays as it was.
    const QString copy = dir.filePath(u"copy.hamish"_s);
    Dialogs::setNextFileNames({copy});
    ActionManager::action(u"project.saveAs"_s)->trigger();
    CHECK(window.projectSession()->path() == copy);
    CHECK(window.articleModel()->rowCount() == 1);

    ActionManager::action(u"project.close"_s)->trigger();
    CHECK_FALSE(window.projectSession()->isOpen());
    CHECK(window.articleModel()->rowCount() == 0);
}

TEST_CASE("A project open in another window opens read-only with a message", "[project][gui]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"shared.hamish"_s);
    ProjectOpenResult other = Project::create(path);
    REQUIRE(other.ok());
    other.project->addArticle(Article(TestText::arabicParagraph(), {{BlockRole::Paragraph, 0, 10}}));

    MainWindow window;
    const bool opened = window.openProject(path);
    INFO(Dialogs::lastMessage().toStdString());
    REQUIRE(opened);
    CHECK(window.projectSession()->project()->isReadOnly());
    CHECK(Dialogs::lastMessage().contains(u"open in another Hamish"_s));
    CHECK(window.windowTitle().contains(u"read-only"_s));
    CHECK_FALSE(ActionManager::action(u"project.removeArticle"_s)->isEnabled());

    QFile junk(dir.filePath(u"junk.hamish"_s));
    REQUIRE(junk.open(QIODevice::WriteOnly));
    junk.write("not a project at all, just some text that is long enough to have a header...........................");
    junk.close();
    CHECK_FALSE(window.openProject(junk.fileName()));
    CHECK(Dialogs::lastMessage().contains(u"not a Hamish project"_s));
}
