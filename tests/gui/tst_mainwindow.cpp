// SPDX-License-Identifier: GPL-3.0-or-later
#include "../CatchQt.h"

#include "../TestFiles.h"
#include "../TestText.h"
#include "WaitForImports.h"
#include "app/ActionManager.h"
#include "app/ArticleListModel.h"
#include "app/Dialogs.h"
#include "app/GuiMain.h"
#include "app/MainWindow.h"
#include "app/ReaderView.h"
#include "app/Settings.h"

#include <QAction>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QMimeData>
#include <QSignalSpy>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Hamish;
using namespace Qt::StringLiterals;

namespace {

QString articleText()
{
    return TestText::headline() + u"\n\n"_s + TestText::arabicParagraph();
}

} // namespace

TEST_CASE("Opening files shows them in the reader and the article list", "[mainwindow]")
{
    QTemporaryDir dir;
    const QString first = TestFiles::write(dir, u"first.txt"_s, articleText().toUtf8());
    QStringEncoder cp1256("windows-1256");
    const QString second = TestFiles::write(dir, u"second.txt"_s, cp1256.encode(TestText::arabicParagraph()));

    MainWindow window;
    window.show();
    window.openFiles({first, second});
    waitForImports(window);
    REQUIRE(window.articleModel()->rowCount() == 2);
    REQUIRE(window.readerView()->article());
    const QString shown = window.readerView()->article()->sourcePath();
    CHECK((shown == QFileInfo(first).absoluteFilePath() || shown == QFileInfo(second).absoluteFilePath()));

    window.setCurrentRow(window.articleModel()->rowForSource(QFileInfo(second).absoluteFilePath()));
    CHECK(window.readerView()->article()->encoding() == u"windows-1256");
    CHECK(window.findChild<QLabel *>(u"encodingLabel"_s)->text() == u"windows-1256");
    CHECK(Settings::instance().recentFiles().contains(QFileInfo(second).absoluteFilePath()));

    // Opening the same file again switches to it instead of adding a copy.
    window.openFile(first);
    waitForImports(window);
    CHECK(window.articleModel()->rowCount() == 2);
    CHECK(window.readerView()->article()->sourcePath() == QFileInfo(first).absoluteFilePath());
}

TEST_CASE("A bad file gets a message and the window keeps running", "[mainwindow]")
{
    QTemporaryDir dir;
    const QString empty = TestFiles::write(dir, u"empty.txt"_s, QByteArray());
    MainWindow window;
    window.show();
    Dialogs::setNextAnswer(QMessageBox::Ok);
    window.openFile(empty);
    waitForImports(window);
    CHECK(window.articleModel()->rowCount() == 0);
    CHECK(Dialogs::lastMessage().contains(QFileInfo(empty).absoluteFilePath()));
    CHECK(Dialogs::lastMessage().contains(u"empty"_s));

    const QString good = TestFiles::write(dir, u"good.txt"_s, articleText().toUtf8());
    window.openFile(good);
    waitForImports(window);
    CHECK(window.articleModel()->rowCount() == 1);
}

TEST_CASE("Reopen with encoding replaces the article in place", "[mainwindow]")
{
    QTemporaryDir dir;
    QStringEncoder cp1256("windows-1256");
    const QString path = TestFiles::write(dir, u"a.txt"_s, cp1256.encode(articleText()));
    MainWindow window;
    window.show();
    window.openFile(path);
    waitForImports(window);
    REQUIRE(window.readerView()->article()->text() == articleText());

    window.reopenWithEncoding(u"ISO-8859-6"_s);
    waitForImports(window);
    CHECK(window.articleModel()->rowCount() == 1);
    CHECK(window.readerView()->article()->encoding() == u"ISO-8859-6");
    CHECK(window.readerView()->article()->text() != articleText());
}

TEST_CASE("Dropping files on the window opens them", "[mainwindow]")
{
    QTemporaryDir dir;
    const QString path = TestFiles::write(dir, u"dropped.txt"_s, articleText().toUtf8());
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(&window, &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(&window, &drop);
    waitForImports(window);
    REQUIRE(window.articleModel()->rowCount() == 1);
    CHECK(window.readerView()->article()->sourcePath() == QFileInfo(path).absoluteFilePath());
}

TEST_CASE("File > Open and the bundled sample", "[mainwindow]")
{
    QTemporaryDir dir;
    const QString path = TestFiles::write(dir, u"chosen.txt"_s, articleText().toUtf8());
    MainWindow window;
    window.show();
    Dialogs::setNextFileNames({path});
    ActionManager::action(u"file.open"_s)->trigger();
    waitForImports(window);
    CHECK(window.articleModel()->rowCount() == 1);

    window.openSample();
    waitForImports(window);
    REQUIRE(window.articleModel()->rowCount() == 2);
    const auto sample = window.readerView()->article();
    REQUIRE(sample);
    CHECK(sample->blocks().size() > 5);
    CHECK(sample->blocks().first().role == BlockRole::Title);

    ActionManager::action(u"file.close"_s)->trigger();
    CHECK(window.articleModel()->rowCount() == 1);
}

TEST_CASE("A screenshot run saves the window and never waits on a message box", "[mainwindow]")
{
    QTemporaryDir dir;
    GuiOptions options;
    options.language = u"en"_s;
    options.screenshotPath = dir.filePath(u"article.png"_s);
    options.files = {TestFiles::writeText(dir, u"article.txt"_s, articleText())};
    CHECK(runGui(options) == 0);
    const QImage shown(options.screenshotPath);
    CHECK(shown.width() > 200);
    CHECK(Dialogs::lastMessage().isEmpty());

    // A file that cannot be opened: the run still ends with a picture, reports the message and fails.
    options.screenshotPath = dir.filePath(u"binary.png"_s);
    options.files = {TestFiles::write(dir, u"binary.txt"_s, QByteArray("\x00\x01\x02\xff\xfe", 5).repeated(200))};
    CHECK(runGui(options) == 1);
    CHECK(QImage(options.screenshotPath).width() > 200);
    CHECK(Dialogs::lastMessage().contains(u"binary file"_s));
}
