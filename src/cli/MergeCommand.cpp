// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CommandSupport.h"
#include "cli/Commands.h"
#include "core/workspace/ProjectMerge.h"

using namespace Qt::StringLiterals;

namespace Hamish::Cli {

int runMerge(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Builds one project with a layer per annotator from several people's project files (articles matched "
        u"by their text), ready for agreement and curation. The engine's suggestions are kept once."_s);
    const QCommandLineOption annotator(
        u"annotator"_s,
        u"The annotator of each input, in order (once per input): names what the file's owner did not sign. "
        u"By default: the one author the file records, else the file's name."_s,
        u"name"_s);
    parser.addOption(annotator);
    parser.addPositionalArgument(u"OUT"_s, u"The project to create (a file that does not exist, or a server URL)."_s);
    parser.addPositionalArgument(u"IN"_s, u"The annotators' project files."_s, u"IN..."_s);
    int status = 0;
    if (!parseArguments(parser, arguments, u"hamish merge"_s, io, &status, {2, -1, u"OUT and at least one IN"_s}))
        return status;
    const QStringList positional = parser.positionalArguments();
    const QStringList names = parser.values(annotator);
    if (!names.isEmpty() && names.size() != positional.size() - 1) {
        io.err << "hamish merge: give --annotator once per input (" << positional.size() - 1 << "), or not at all\n";
        return 2;
    }
    QList<ProjectMerge::Input> inputs;
    for (qsizetype i = 1; i < positional.size(); ++i)
        inputs.append({positional[i], names.value(i - 1)});
    const Result<ProjectMerge::Report> merged = ProjectMerge::merge(positional[0], inputs);
    if (!merged) {
        io.err << "hamish merge: " << merged.errorMessage() << '\n';
        return 1;
    }
    io.out << "merged " << merged->annotations << " annotations by " << merged->annotators.join(u", "_s) << " on "
           << merged->articles << " articles into " << positional[0].section(u'?', 0, 0) << '\n';
    return 0;
}

} // namespace Hamish::Cli
