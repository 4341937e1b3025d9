// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QStringList>
#include <QTextStream>

#include <optional>

class QCommandLineParser;

namespace Hamish::Cli {

// Where a command writes: standard output and error in the program, buffers in tests.
struct Io
{
    QTextStream &out;
    QTextStream &err;
    QIODevice *in = nullptr; // standard input, for commands that read "-"
};

// The process's standard streams as an Io; needs no application object.
class StandardIo
{
public:
    StandardIo();
    Io &io() { return m_io; }

private:
    QFile m_out;
    QFile m_err;
    QFile m_in;
    QTextStream m_outStream;
    QTextStream m_errStream;
    Io m_io;
};

// A subcommand of the `hamish` program.
struct Command
{
    QString name;
    QString summary;
    int (*run)(const QStringList &arguments, Io &io); // arguments start with the command's own name
};

const QList<Command> &commands();
bool isCommand(const QString &name);
// One line per command, for --help.
QString commandSummary();

// Runs `arguments` (the command name first) with the process's standard streams.
int run(const QStringList &arguments);
// Runs `arguments` with the given streams; returns the exit status.
int run(const QStringList &arguments, Io &io);

// Parses a subcommand's `arguments` (its name first) against what `parser` declares, adding -h/--help.
// False when the command should return *status at once: after --help (printed on io.out, its usage line
// naming `command`, "hamish extract") 0; on a mistake 2, said on io.err.
bool parseArguments(QCommandLineParser &parser, const QStringList &arguments, const QString &command, Io &io,
                    int *status);
// How many positional arguments a command takes (most < 0: no limit), and how to say so ("one FILE").
struct Positional
{
    qsizetype least = 0;
    qsizetype most = -1;
    QString expected;
};
// parseArguments, then false with *status 2 unless the positional arguments are as `positional` says: the
// mistake and the usage line (from the help, so it never disagrees with it) go to io.err.
bool parseArguments(QCommandLineParser &parser, const QStringList &arguments, const QString &command, Io &io,
                    int *status, const Positional &positional);
// The parser's help with `program` ("hamish extract") in its usage line instead of the executable's path.
QString helpText(const QCommandLineParser &parser, const QString &program);

// What the top-level command line, `hamish [OPTIONS] [FILE...]`, asks of the window.
struct WindowArguments
{
    QStringList files;      // articles or a project to open; none opens the bundled sample
    QString screenshotPath; // --screenshot
    QString language;       // --language: "en", "ar" or empty
    QString theme;          // --theme: "light", "dark", "sepia" or empty
    QString platform;       // Qt's -platform, when given
    QString display;        // Qt's -display, when given
};

// Reads the top-level command line (without the program's name; not a subcommand) before any application
// object exists, so that --help, --version and mistakes need no display. Returns the exit status when the
// run ends here (help or version printed: 0; a mistake, said on io.err: 2), or nothing when the window is
// to open as *window says.
std::optional<int> parseWindowArguments(const QStringList &arguments, Io &io, WindowArguments *window);

} // namespace Hamish::Cli
