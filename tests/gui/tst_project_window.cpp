// SPDX-License-Identifier: GPL-3.0-or-later
#include "../CatchQt.h"

#include "../TestFiles.h"
#include "../TestText.h"
#include "app/ActionManager.h"
#include "app/AnnotationActions.h"
#include "app/AnnotationPanels.h"
#include "app/ArticleListModel.h"
#include "app/Dialogs.h"
#include "app/ExportDialog.h"
#include "app/LegendWidget.h"
#include "app/MainWindow.h"
#include "app/ProjectRetraining.h"
#include "app/ReaderView.h"
#include "app/Settings.h"
#include "core/base/Bidi.h"
#include "core/model/AnnotationDocument.h"
#include "core/storage/ProjectStore.h"
#include "core/workspace/Workspace.h"

#include "../ProjectFixtures.h"

#include <QAction>
#include <QFile>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSlider>
#include <QStringEncoder>
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
    const QString first = TestFiles::writeText(dir, u"first.txt"_s, TestText::emojiNews());
    const QString second = TestFiles::writeText(dir, u"second.txt"_s, longArticle());
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
        REQUIRE(window.workspace()->isOpen());
        CHECK(window.workspace()->location() == path);
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
        CHECK(ProjectFixtures::must(window.workspace()->counts(window.workspace()->articleId(document))).accepted == 1);
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
    CHECK(window.windowTitle().startsWith(Bidi::isolate(u"work.hamish"_s)));

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
    CHECK(ProjectFixtures::must(window.workspace()->articles()).size() == 1);

    // Save As switches to the copy; the original stays as it was.
    const QString copy = dir.filePath(u"copy.hamish"_s);
    Dialogs::setNextFileNames({copy});
    ActionManager::action(u"project.saveAs"_s)->trigger();
    CHECK(window.workspace()->location() == copy);
    CHECK(window.articleModel()->rowCount() == 1);

    ActionManager::action(u"project.close"_s)->trigger();
    CHECK_FALSE(window.workspace()->isOpen());
    CHECK(window.articleModel()->rowCount() == 0);
}

TEST_CASE("In a project a label edit reaches every article and stays in the file", "[project][gui]")
{
    QTemporaryDir dir;
    const QString first = TestFiles::writeText(dir, u"first.txt"_s, TestText::emojiNews());
    const QString second =
        TestFiles::writeText(dir, u"second.txt"_s, TestText::emojiNews() + u"\n\nدمشق مدينة قديمة."_s);
    const QString path = dir.filePath(u"labels.hamish"_s);
    {
        MainWindow window;
        window.show();
        Dialogs::setNextFileNames({path});
        ActionManager::action(u"project.new"_s)->trigger();
        REQUIRE(window.workspace()->isOpen());
        openAndWait(window, {first, second});
        REQUIRE(window.articleModel()->rowCount() == 2);
        Annotation place;
        place.label = u"LOCATION"_s;
        place.start = TestText::emojiNews().indexOf(u"دمشق"_s);
        place.end = place.start + 4;
        place.status = AnnotationStatus::Accepted;
        for (int row = 0; row < 2; ++row) {
            AnnotationDocument *document = window.articleModel()->document(row);
            document->resetAnnotations({});
            Annotation copy = place;
            REQUIRE(document->insertAnnotation(copy));
        }

        // Rename LOCATION to PLACE (with a colour) and delete MISC, as the labels dialog would hand it over.
        QList<Label> labels = window.articleModel()->document(0)->labels();
        for (Label &label : labels) {
            if (label.name == u"LOCATION")
                label = {label.id, u"PLACE"_s, u"#123456"_s, u"2"_s};
        }
        labels.removeIf([](const Label &label) { return label.name == u"MISC"; });
        REQUIRE(window.workspace()->editLabels(labels, {{u"LOCATION"_s, u"PLACE"_s}}));
        for (int row = 0; row < 2; ++row) {
            const AnnotationDocument *document = window.articleModel()->document(row);
            CHECK(document->label(u"PLACE"_s));
            CHECK_FALSE(document->label(u"MISC"_s));
            REQUIRE(document->annotations().size() == 1);
            CHECK(document->annotations().first().label == u"PLACE");
            CHECK(document->textOf(document->annotations().first()) == u"دمشق");
        }
        window.close();
    }
    const auto reopened = ProjectFixtures::openProject(path, ProjectStore::OpenMode::ReadOnly);
    CHECK(ProjectFixtures::must(reopened->labelUsage(u"PLACE"_s)) == 2);
    CHECK(ProjectFixtures::must(reopened->labelUsage(u"LOCATION"_s)) == 0);
}

TEST_CASE("In a project, reopening with another encoding replaces the article, after asking", "[project][gui]")
{
    QTemporaryDir dir;
    const QString article = dir.filePath(u"cp1256.txt"_s);
    TestFiles::write(dir, u"cp1256.txt"_s, QStringEncoder("windows-1256").encode(TestText::arabicParagraph()));
    MainWindow window;
    window.show();
    Dialogs::setNextFileNames({dir.filePath(u"encodings.hamish"_s)});
    ActionManager::action(u"project.new"_s)->trigger();
    REQUIRE(window.workspace()->isOpen());
    openAndWait(window, {article});
    Workspace *project = window.workspace();
    REQUIRE(ProjectFixtures::must(project->articles()).size() == 1);
    AnnotationDocument *document = window.currentDocument();
    Annotation decided;
    decided.label = u"LOCATION"_s;
    decided.start = 0;
    decided.end = 3;
    decided.status = AnnotationStatus::Accepted;
    REQUIRE(document->insertAnnotation(decided));

    // The user says no: nothing changes.
    Dialogs::setNextAnswer(QMessageBox::No);
    window.reopenWithEncoding(u"ISO-8859-6"_s);
    CHECK(window.pendingImports() == 0);
    CHECK(Dialogs::lastMessage().contains(u"1 accepted or rejected annotation"_s));
    CHECK(window.currentDocument() == document);

    // Yes: the new reading takes the old article's place in the window and in the file.
    Dialogs::setNextAnswer(QMessageBox::Yes);
    QSignalSpy imported(&window, &MainWindow::importsFinished);
    window.reopenWithEncoding(u"ISO-8859-6"_s);
    REQUIRE(imported.wait(20000));
    CHECK(window.articleModel()->rowCount() == 1);
    const QList<ArticleSummary> articles = ProjectFixtures::must(project->articles());
    REQUIRE(articles.size() == 1);
    CHECK(ProjectFixtures::must(project->article(articles.first().id)).encoding() == u"ISO-8859-6");
    CHECK(window.currentDocument()->article().encoding() == u"ISO-8859-6");
}

TEST_CASE("A project open in another window opens read-only with a message", "[project][gui]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"shared.hamish"_s);
    const auto other = ProjectFixtures::createProject(path);
    REQUIRE(other->addArticle(Article(TestText::arabicParagraph(), {{BlockRole::Paragraph, 0, 10}})));

    MainWindow window;
    const bool opened = window.openProject(path);
    INFO(Dialogs::lastMessage().toStdString());
    REQUIRE(opened);
    CHECK(window.workspace()->isReadOnly());
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

TEST_CASE("A window project whose engine label was deleted still gets suggestions for a new article", "[project][gui]")
{
    QTemporaryDir dir;
    const QString file =
        TestFiles::writeText(dir, u"news.txt"_s, TestText::emojiNews() + u"\n\n"_s + TestText::mixedLine());
    MainWindow window;
    window.show();
    Dialogs::setNextFileNames({dir.filePath(u"numbers.hamish"_s)});
    ActionManager::action(u"project.new"_s)->trigger();
    REQUIRE(window.workspace()->isOpen());
    // The user deletes NUMBER, a label the engine suggests.
    QList<Label> labels = ProjectFixtures::must(window.workspace()->labels());
    labels.removeIf([](const Label &label) { return label.name == u"NUMBER"; });
    REQUIRE(window.workspace()->editLabels(labels, {}));

    QSignalSpy ready(&window, &MainWindow::suggestionsReady);
    openAndWait(window, {file});
    REQUIRE((!ready.isEmpty() || ready.wait(60000)));
    AnnotationDocument *document = window.currentDocument();
    REQUIRE(document);
    // The engine found numbers too; the rest of its suggestions are kept, in the window and in the file.
    QStringList found;
    for (const Annotation &annotation : document->annotations())
        found += annotation.label;
    INFO(found.join(u' ').toStdString());
    CHECK(found.contains(u"PERSON"_s));
    CHECK(found.contains(u"QUANTITY"_s));
    CHECK_FALSE(found.contains(u"NUMBER"_s));
    const AnnotationCounts stored =
        ProjectFixtures::must(window.workspace()->counts(window.workspace()->articleId(document)));
    CHECK(stored.suggested == document->annotations().size());
}

TEST_CASE("Retrain on This Project stores a model the project's next suggestions use; the threshold is the "
          "project's",
          "[project][gui]")
{
    QTemporaryDir dir;
    const QString file = TestFiles::writeText(dir, u"news.txt"_s, TestText::emojiNews());
    const QString path = dir.filePath(u"learn.hamish"_s);
    {
        MainWindow window;
        window.show();
        QAction *retrain = ActionManager::action(u"annotation.retrain"_s);
        REQUIRE(retrain);
        // Without a project there is nothing to learn from: a message, no training.
        Dialogs::setNextAnswer(QMessageBox::Ok);
        ActionManager::action(u"annotation.retrain"_s)->trigger();
        CHECK(Dialogs::lastMessage().contains(u"project"_s));
        CHECK_FALSE(window.annotationPanels()->retraining()->isRunning());

        Dialogs::setNextFileNames({path});
        ActionManager::action(u"project.new"_s)->trigger();
        REQUIRE(window.workspace()->isOpen());
        QSignalSpy ready(&window, &MainWindow::suggestionsReady);
        openAndWait(window, {file});
        REQUIRE((!ready.isEmpty() || ready.wait(60000)));
        AnnotationDocument *document = window.currentDocument();
        REQUIRE(document);
        CHECK(window.workspace()->projectTagger() == nullptr);

        // The slider's threshold is stored in the project.
        QSlider *slider = window.annotationPanels()->legend()->confidenceSlider();
        slider->setValue(14);
        CHECK(window.workspace()->suggestionThreshold() == Approx(0.7));
        CHECK(window.readerView()->confidenceThreshold() == Approx(0.7));

        Annotation person;
        person.label = u"PERSON"_s;
        person.start = TestText::emojiNews().indexOf(u"محمد"_s);
        person.end = person.start + 4;
        person.status = AnnotationStatus::Accepted;
        // The user reviews the article: every suggestion accepted, one name added.
        for (const Label &label : document->labels())
            window.annotationActions()->setStatusForLabel(label.name, AnnotationStatus::Accepted);
        REQUIRE(document->insertAnnotation(person));

        QSignalSpy finished(window.annotationPanels()->retraining(), &ProjectRetraining::finished);
        QSignalSpy epochs(window.annotationPanels()->retraining(), &ProjectRetraining::epochDone);
        retrain->trigger();
        INFO(Dialogs::lastMessage().toStdString());
        CHECK(window.annotationPanels()->retraining()->isRunning());
        CHECK_FALSE(retrain->isEnabled()); // one retraining at a time
        REQUIRE((!finished.isEmpty() || finished.wait(300000)));
        INFO(finished.first().at(1).toString().toStdString());
        CHECK(finished.first().at(0).toBool());
        CHECK_FALSE(epochs.isEmpty());
        CHECK(retrain->isEnabled());
        CHECK(window.workspace()->projectTagger() != nullptr);
        window.close();
    }
    // Reopened, the project has its own model and its own threshold; a loose window keeps showing all.
    MainWindow window;
    window.show();
    REQUIRE(window.openProject(path));
    CHECK(window.workspace()->projectTagger() != nullptr);
    (void)QTest::qWaitFor([&] { return window.currentDocument() != nullptr; }, 10000);
    CHECK(window.annotationPanels()->legend()->confidenceSlider()->value() == 14);
    CHECK(window.readerView()->confidenceThreshold() == Approx(0.7));
}
