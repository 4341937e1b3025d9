// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CommandSupport.h"
#include "cli/Commands.h"

using namespace Qt::StringLiterals;

namespace Hamish::Cli {

int runAdd(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Adds articles to a project, storing the extraction engine's suggestions."_s);
    parser.addPositionalArgument(u"PROJECT"_s, u"An existing project file (.hamish)."_s);
    parser.addPositionalArgument(u"FILE"_s, u"Articles to add (.txt, .html)."_s, u"FILE..."_s);
    int status = 0;
    if (!parseArguments(parser, arguments, u"hamish add"_s, io, &status, {2, -1, u"a PROJECT and at least one FILE"_s}))
        return status;
    const QStringList positional = parser.positionalArguments();
    const std::unique_ptr<Workspace> workspace = openProject(positional.first(), true, u"hamish add"_s, io);
    return workspace ? addArticleFiles(*workspace, positional.mid(1), u"hamish add"_s, io) : 1;
}

} // namespace Hamish::Cli
