// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace Hamish::Cli {

// Where a command writes: standard output and error in the program, buffers in tests.
struct Io
{
    QTextStream &out;
    QTextStream &err;
    QIODevice *in = nullptr; // standard input, for commands that read "-"
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

} // namespace Hamish::Cli
