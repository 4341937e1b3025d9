// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CommandSupport.h"
#include "cli/Commands.h"

using namespace Qt::StringLiterals;

namespace Hamish::Cli {

int runCopy(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Copies a whole project into a new one, between a file and a server either way: articles, every "
        u"annotator's annotations with their ids, statuses and notes, labels, settings and assignments."_s);
    parser.addPositionalArgument(u"SOURCE"_s, u"The project to copy: a file (.hamish) or a server URL."_s);
    parser.addPositionalArgument(u"TARGET"_s, u"The new project: a file that does not exist, or a server URL of "
                                              u"an empty database (or a new ?schema=NAME)."_s);
    int status = 0;
    if (!parseArguments(parser, arguments, u"hamish copy"_s, io, &status, {2, 2, u"a SOURCE and a TARGET"_s}))
        return status;
    const QStringList positional = parser.positionalArguments();
    // Reading needs no write access: a project open in the window can be copied.
    const std::unique_ptr<Workspace> workspace = openProject(positional[0], false, u"hamish copy"_s, io);
    if (!workspace)
        return 1;
    const Result<ProjectCopy::Counts> copied = workspace->copyTo(positional[1]);
    if (!copied) {
        io.err << "hamish copy: " << copied.errorMessage() << '\n';
        return 1;
    }
    io.out << "copied " << copied->articles << " articles and " << copied->annotations << " annotations to "
           << positional[1].section(u'?', 0, 0) << '\n';
    return 0;
}

} // namespace Hamish::Cli
