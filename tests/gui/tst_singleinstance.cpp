// SPDX-License-Identifier: GPL-3.0-or-later
// One window per user: a second `hamish FILE` hands the file to the running window. Two real processes.
#include "../CatchQt.h"

#include "../TestFiles.h"
#include "../TestText.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Waits (processing events) until `condition` holds or `milliseconds` pass.
template<typename Condition>
bool waitFor(Condition condition, int milliseconds)
{
    const QDeadlineTimer deadline(milliseconds);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(50);
    }
    return true;
}

} // namespace

TEST_CASE("Opening a file while Hamish runs adds it to the running window instead of starting another",
          "[singleinstance]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QDir(dir.path()).mkdir(u"runtime"_s);
    QDir(dir.path()).mkdir(u"config"_s);
    QDir(dir.path()).mkdir(u"data"_s);
    const QString first = TestFiles::writeText(dir, u"first.txt"_s, TestText::headline());
    const QString second = TestFiles::writeText(dir, u"second.txt"_s, TestText::arabicParagraph());
    // The user's own socket, settings and data (the scratch project the window keeps loose articles in), in the
    // test's folder: never the real user's.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_RUNTIME_DIR"_s, dir.filePath(u"runtime"_s));
    environment.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, dir.filePath(u"data"_s));
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    const QString settingsFile = dir.filePath(u"config/Hamish/Hamish.conf"_s);
    const auto opened = [&settingsFile](const QString &name) {
        QFile settings(settingsFile);
        return settings.open(QIODevice::ReadOnly) && settings.readAll().contains(name.toUtf8());
    };

    QProcess running;
    running.setProcessEnvironment(environment);
    running.start(QStringLiteral(HAMISH_EXECUTABLE), {first});
    REQUIRE(running.waitForStarted());
    // It listens once its window is up, and records what it opened among the recent files.
    REQUIRE(waitFor([&] { return QFile::exists(dir.filePath(u"runtime/hamish.socket"_s)) && opened(u"first.txt"_s); },
                    30000));

    QProcess again;
    again.setProcessEnvironment(environment);
    again.setWorkingDirectory(dir.path());
    again.start(QStringLiteral(HAMISH_EXECUTABLE), {u"second.txt"_s}); // relative to its own folder
    REQUIRE(again.waitForFinished(20000));
    INFO(again.readAllStandardError().toStdString());
    CHECK(again.exitStatus() == QProcess::NormalExit);
    CHECK(again.exitCode() == 0);
    // The running window opened it.
    CHECK(waitFor([&] { return opened(u"second.txt"_s); }, 20000));
    CHECK(running.state() == QProcess::Running);
    // Both articles are in the one window's scratch project, in the test's own data folder.
    CHECK(QFile::exists(dir.filePath(u"data/Hamish/Hamish/scratch.hamish"_s)));

    running.kill();
    running.waitForFinished();
    // With no Hamish running (its socket left behind by the kill), a new one starts its own window.
    QProcess fresh;
    fresh.setProcessEnvironment(environment);
    fresh.start(QStringLiteral(HAMISH_EXECUTABLE), {second});
    REQUIRE(fresh.waitForStarted());
    CHECK(!fresh.waitForFinished(3000)); // a window, not a hand-over
    fresh.kill();
    fresh.waitForFinished();
}
