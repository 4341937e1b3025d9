// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CommandSupport.h"
#include "cli/Commands.h"

using namespace Qt::StringLiterals;

namespace Hamish::Cli {

int runAssign(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Assigns articles to an annotator, marks them done (or not yet), or takes them back. Without an "
        u"article id, lists who has which article and who is done."_s);
    const QCommandLineOption annotator(u"annotator"_s, u"The annotator."_s, u"name"_s);
    const QCommandLineOption done(u"done"_s, u"Mark the annotator's work on the articles done."_s);
    const QCommandLineOption notDone(u"not-done"_s, u"Mark it not done yet."_s);
    const QCommandLineOption remove(u"remove"_s, u"Take the articles back from the annotator."_s);
    parser.addOptions({annotator, done, notDone, remove});
    parser.addPositionalArgument(u"PROJECT"_s, u"A project file (.hamish) or server URL (postgresql://…)."_s);
    parser.addPositionalArgument(u"ARTICLE"_s, u"Article ids (see hamish info)."_s, u"[ARTICLE...]"_s);
    int status = 0;
    if (!parseArguments(parser, arguments, u"hamish assign"_s, io, &status, {1, -1, u"a PROJECT"_s}))
        return status;
    const QStringList positional = parser.positionalArguments();
    if (int(parser.isSet(done)) + int(parser.isSet(notDone)) + int(parser.isSet(remove)) > 1) {
        io.err << "hamish assign: --done, --not-done and --remove exclude each other\n";
        return 2;
    }
    QList<qint64> ids;
    for (const QString &text : positional.mid(1)) {
        bool ok = false;
        const qint64 id = text.toLongLong(&ok);
        if (!ok || id <= 0) {
            io.err << "hamish assign: " << text << " is not an article id (a positive number; see hamish info)\n";
            return 2;
        }
        ids.append(id);
    }
    const QString name = parser.value(annotator).trimmed();
    if (!ids.isEmpty() && name.isEmpty()) {
        io.err << "hamish assign: name the annotator with --annotator NAME\n";
        return 2;
    }
    const std::unique_ptr<Workspace> workspace = openProject(positional[0], !ids.isEmpty(), u"hamish assign"_s, io);
    if (!workspace)
        return 1;
    for (const qint64 id : std::as_const(ids)) {
        const Result<void> changed = parser.isSet(remove)    ? workspace->unassign(id, name)
                                     : parser.isSet(done)    ? workspace->setDone(id, name, true)
                                     : parser.isSet(notDone) ? workspace->setDone(id, name, false)
                                                             : workspace->assign(id, name);
        if (!changed) {
            io.err << "hamish assign: " << changed.errorMessage() << '\n';
            return 1;
        }
    }
    const Result<QList<Assignment>> assignments = workspace->assignments();
    if (!assignments) {
        io.err << "hamish assign: " << assignments.errorMessage() << '\n';
        return 1;
    }
    io.out << "article\tannotator\tstatus\n";
    for (const Assignment &assignment : *assignments) {
        if (!name.isEmpty() && assignment.annotator != name)
            continue;
        io.out << assignment.articleId << '\t' << assignment.annotator << '\t'
               << (assignment.isDone() ? "done" : "assigned") << '\n';
    }
    return 0;
}

} // namespace Hamish::Cli
