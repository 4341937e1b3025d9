// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs hamish's command line in-process, as `hamish ARGUMENTS...` would, and keeps what it printed.
#include "cli/CommandLine.h"

#include <QBuffer>
#include <QStringList>
#include <QTextStream>

namespace TestCli {

struct Output
{
    int status = 0;
    QString out;
    QString err;
};

// With no standard input (a command that reads it sees none).
inline Output run(const QStringList &arguments)
{
    Output output;
    QTextStream out(&output.out);
    QTextStream err(&output.err);
    Hamish::Cli::Io io{out, err, nullptr};
    output.status = Hamish::Cli::run(arguments, io);
    return output;
}

// With `input` as standard input.
inline Output runWithInput(const QStringList &arguments, QByteArray input)
{
    QBuffer in(&input);
    (void)in.open(QIODevice::ReadOnly);
    Output output;
    QTextStream out(&output.out);
    QTextStream err(&output.err);
    Hamish::Cli::Io io{out, err, &in};
    output.status = Hamish::Cli::run(arguments, io);
    return output;
}

} // namespace TestCli
