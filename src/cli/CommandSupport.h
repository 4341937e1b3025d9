// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CommandLine.h"
#include "core/workspace/Workspace.h"

#include <QCommandLineParser>

#include <memory>

namespace Hamish::Cli {

// What the project subcommands share: opening a project, adding article files.

// Opens a project, writing why not to io.err; nullptr on failure, or when `writable` and it opened
// read-only (in use elsewhere).
std::unique_ptr<Workspace> openProject(const QString &path, bool writable, const QString &command, Io &io);

// Adds article files to the open project with the engine's suggestions (Workspace::addArticleFile),
// reporting each file on `io`. Returns the exit status: 0, or 1 when a file could not be added.
int addArticleFiles(Workspace &workspace, const QStringList &files, const QString &command, Io &io);

// Reads a whole number from 0 to `maximum` into `value`; false when `text` is not one.
bool positiveInt(const QString &text, int &value, int maximum);

} // namespace Hamish::Cli
