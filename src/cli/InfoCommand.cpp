// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CommandSupport.h"
#include "cli/Commands.h"

using namespace Qt::StringLiterals;

namespace Hamish::Cli {

int runInfo(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Lists a project's articles (id, annotation counts, title) and labels."_s);
    parser.addPositionalArgument(u"PROJECT"_s, u"A project file (.hamish)."_s);
    int status = 0;
    if (!parseArguments(parser, arguments, u"hamish info"_s, io, &status, {1, 1, u"a PROJECT"_s}))
        return status;
    const std::unique_ptr<Workspace> workspace =
        openProject(parser.positionalArguments().first(), false, u"hamish info"_s, io);
    if (!workspace)
        return 1;
    const Result<QList<ArticleSummary>> articles = workspace->articles();
    const Result<QList<Label>> labels = workspace->labels();
    if (!articles || !labels) {
        io.err << "hamish info: " << (articles ? labels.errorMessage() : articles.errorMessage()) << '\n';
        return 1;
    }
    io.out << "id\taccepted\tsuggested\trejected\ttitle\n";
    for (const ArticleSummary &article : *articles) {
        io.out << article.id << '\t' << article.counts.accepted << '\t' << article.counts.suggested << '\t'
               << article.counts.rejected << '\t' << article.title << '\n';
    }
    io.out << "labels:";
    for (const Label &label : *labels)
        io.out << ' ' << label.name;
    io.out << '\n';
    return 0;
}

} // namespace Hamish::Cli
