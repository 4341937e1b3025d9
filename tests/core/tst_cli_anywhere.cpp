// SPDX-License-Identifier: GPL-3.0-or-later
// The built `hamish` program on a machine without a display: everything but the window must work there.
#include "../CatchQt.h"

#include "../TestFiles.h"
#include "../TestText.h"
#include "cli/CommandLine.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    int status = -1;
    QString out;
    QString err;
};

// Runs the program as a server would: no platform chosen, no X11 or Wayland display.
Run hamish(const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"QT_QPA_PLATFORM"_s);
    environment.insert(u"DISPLAY"_s, QString());
    environment.insert(u"WAYLAND_DISPLAY"_s, QString());
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(HAMISH_EXECUTABLE), arguments);
    REQUIRE(process.waitForStarted(30000));
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(120000));
    Run run;
    run.exitStatus = process.exitStatus();
    run.status = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

TEST_CASE("hamish --help, --version and a mistyped command need no display", "[cli][nodisplay]")
{
    const Run help = hamish({u"--help"_s});
    INFO(help.err.toStdString());
    REQUIRE(help.exitStatus == QProcess::NormalExit);
    CHECK(help.status == 0);
    CHECK(help.out.startsWith(u"Usage: hamish [options] [FILE...]\n"_s));
    for (const Hamish::Cli::Command &command : Hamish::Cli::commands())
        CHECK(help.out.contains(u"  "_s + command.name + u' '));
    CHECK(!help.out.contains(u"platform"_s));

    for (const QString &option : {u"--version"_s, u"-v"_s}) {
        const Run version = hamish({option});
        REQUIRE(version.exitStatus == QProcess::NormalExit);
        CHECK(version.status == 0);
        CHECK(version.out == u"Hamish %1\n"_s.arg(QStringLiteral(HAMISH_VERSION)));
    }

    const Run bogus = hamish({u"bogus"_s});
    REQUIRE(bogus.exitStatus == QProcess::NormalExit);
    CHECK(bogus.status == 2);
    CHECK(bogus.err.contains(u"\"bogus\" is neither a command nor a file"_s));
    CHECK(bogus.out.isEmpty());

    const Run badOption = hamish({u"--colour"_s, u"red"_s});
    REQUIRE(badOption.exitStatus == QProcess::NormalExit);
    CHECK(badOption.status == 2);
    CHECK(badOption.err.contains(u"Unknown option 'colour'"_s));

    const Run badTheme = hamish({u"--theme"_s, u"neon"_s});
    REQUIRE(badTheme.exitStatus == QProcess::NormalExit);
    CHECK(badTheme.status == 2);
    CHECK(badTheme.err.contains(u"use one of: light, dark, sepia"_s));
}

TEST_CASE("Every subcommand's help names it and offers only its own options, with no display", "[cli][nodisplay]")
{
    for (const Hamish::Cli::Command &command : Hamish::Cli::commands()) {
        INFO(command.name.toStdString());
        const Run help = hamish({command.name, u"--help"_s});
        INFO(help.err.toStdString());
        REQUIRE(help.exitStatus == QProcess::NormalExit);
        CHECK(help.status == 0);
        CHECK(help.out.startsWith(u"Usage: hamish "_s + command.name + u" [options]"_s));
        CHECK(help.out.contains(u"-h, --help"_s));
        // Qt's options belong to a window a command never opens; the executable's path is no usage.
        CHECK(!help.out.contains(u"--help-all"_s));
        CHECK(!help.out.contains(QStringLiteral(HAMISH_EXECUTABLE)));
        CHECK(hamish({command.name, u"-h"_s}).out == help.out);

        // Without its arguments, each says what it lacks instead of failing to find a display.
        const Run bare = hamish({command.name});
        REQUIRE(bare.exitStatus == QProcess::NormalExit);
        CHECK(bare.status == 2);
        CHECK(bare.err.startsWith(u"hamish "_s + command.name + u": "_s));
        CHECK(!bare.err.contains(u"display"_s));
    }
    const Run extract = hamish({u"extract"_s, u"--help"_s});
    CHECK(extract.out.startsWith(u"Usage: hamish extract [options] FILE\n"_s));
    // A missing argument is answered with the same usage line as the help's.
    CHECK(hamish({u"extract"_s}).err
          == u"hamish extract: expected one FILE (or - for standard input)\nUsage: hamish extract [options] FILE\n"
             u"(hamish extract --help explains the options.)\n"_s);
}

TEST_CASE("A subcommand does its work with no display", "[cli][nodisplay]")
{
    QTemporaryDir dir;
    const QString article = TestFiles::writeText(dir, u"a.txt"_s, TestText::arabicParagraph());
    const Run extract = hamish({u"extract"_s, article});
    INFO(extract.err.toStdString());
    REQUIRE(extract.exitStatus == QProcess::NormalExit);
    CHECK(extract.status == 0);
    CHECK(QJsonDocument::fromJson(extract.out.toUtf8()).object().contains(u"annotations"_s));

    const QString project = dir.filePath(u"p.hamish"_s);
    const Run created = hamish({u"new"_s, project, article});
    INFO(created.err.toStdString());
    REQUIRE(created.exitStatus == QProcess::NormalExit);
    CHECK(created.status == 0);
    CHECK(created.out.startsWith(u"article 1: "_s));
}

TEST_CASE("The window without a display says so and how to run the commands, instead of aborting", "[cli][nodisplay]")
{
    QTemporaryDir dir;
    const QString article = TestFiles::writeText(dir, u"a.txt"_s, TestText::arabicParagraph());
    for (const QStringList &arguments : {QStringList{article}, QStringList{}}) {
        const Run window = hamish(arguments);
        REQUIRE(window.exitStatus == QProcess::NormalExit);
        CHECK(window.status == 1);
        CHECK(window.err
              == u"hamish: no display to show the window on (DISPLAY and WAYLAND_DISPLAY are not set). "
                 u"The commands need none: hamish --help lists them.\n"_s);
    }
}
