// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CommandLine.h"

#include <QByteArray>
#include <QString>

namespace Hamish::Cli {

// Reads a command's input: the file at `path`, or standard input for "-". On failure writes a message
// prefixed by `command` to io.err and returns false.
bool readInput(const QString &command, const QString &path, Io &io, QByteArray *bytes);

} // namespace Hamish::Cli
