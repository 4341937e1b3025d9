// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CommandSupport.h"
#include "cli/Commands.h"

using namespace Qt::StringLiterals;

namespace Hamish::Cli {

int runImport(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Imports annotated documents (a Hamish .json export, or doccano .jsonl) into a project, all or "
        u"nothing, and reports what was skipped and why."_s);
    const QCommandLineOption createLabels(u"create-labels"_s,
                                          u"Add labels the project lacks instead of skipping their annotations."_s);
    const QCommandLineOption dryRun(u"dry-run"_s, u"Check and report; change nothing."_s);
    parser.addOptions({createLabels, dryRun});
    parser.addPositionalArgument(u"PROJECT"_s, u"An existing project file (.hamish)."_s);
    parser.addPositionalArgument(u"FILE"_s, u"FILE.json or FILE.jsonl."_s);
    int status = 0;
    if (!parseArguments(parser, arguments, u"hamish import"_s, io, &status,
                        {2, 2, u"a PROJECT and a FILE (.json or .jsonl)"_s}))
        return status;
    const QStringList positional = parser.positionalArguments();
    // A dry run reads only: it opens the project read-only (no lock, works while the window has it open).
    const std::unique_ptr<Workspace> workspace =
        openProject(positional[0], !parser.isSet(dryRun), u"hamish import"_s, io);
    if (!workspace)
        return 1;
    ImportOptions options;
    options.createLabels = parser.isSet(createLabels);
    options.dryRun = parser.isSet(dryRun);
    const Result<ImportReport> report = workspace->importFile(positional[1], options);
    if (!report) {
        io.err << "hamish import: " << positional[1] << ": " << report.errorMessage() << '\n';
        return 1;
    }
    io.out << report->summary();
    return report->skipped.isEmpty() ? 0 : 3;
}

} // namespace Hamish::Cli
