// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CommandSupport.h"
#include "cli/Commands.h"

using namespace Qt::StringLiterals;

namespace Hamish::Cli {

int runNew(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Creates a project file from articles, storing the extraction engine's suggestions."_s);
    parser.addPositionalArgument(u"PROJECT"_s, u"The project file to create (.hamish); must not exist."_s);
    parser.addPositionalArgument(u"FILE"_s, u"Articles to add (.txt, .html)."_s, u"[FILE...]"_s);
    int status = 0;
    if (!parseArguments(parser, arguments, u"hamish new"_s, io, &status, {1, -1, u"a PROJECT file"_s}))
        return status;
    const QStringList positional = parser.positionalArguments();
    Workspace workspace;
    if (const Result<void> created = workspace.create(positional.first()); !created) {
        io.err << "hamish new: " << created.errorMessage() << '\n';
        return 1;
    }
    return addArticleFiles(workspace, positional.mid(1), u"hamish new"_s, io);
}

} // namespace Hamish::Cli
