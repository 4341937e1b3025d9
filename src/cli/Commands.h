// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CommandLine.h"

// One function per subcommand; each lives in its own file in this folder.
namespace Hamish::Cli {

int runText(const QStringList &arguments, Io &io);
int runTrain(const QStringList &arguments, Io &io);
int runExtract(const QStringList &arguments, Io &io);
int runTag(const QStringList &arguments, Io &io);
int runEval(const QStringList &arguments, Io &io);
int runBuildGazetteers(const QStringList &arguments, Io &io);
int runNew(const QStringList &arguments, Io &io);
int runAdd(const QStringList &arguments, Io &io);
int runImport(const QStringList &arguments, Io &io);
int runExport(const QStringList &arguments, Io &io);
int runInfo(const QStringList &arguments, Io &io);
int runCopy(const QStringList &arguments, Io &io);
int runAssign(const QStringList &arguments, Io &io);
int runAgreement(const QStringList &arguments, Io &io);
int runMerge(const QStringList &arguments, Io &io);
int runWordClasses(const QStringList &arguments, Io &io);
int runPage(const QStringList &arguments, Io &io);

} // namespace Hamish::Cli
