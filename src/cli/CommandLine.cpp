// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CommandLine.h"

#include "cli/Commands.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Hamish::Cli {

const QList<Command> &commands()
{
    static const QList<Command> all = {
        {u"text"_s, u"Print an article's plain text (or its blocks as JSON)"_s, runText},
        {u"train"_s, u"Train the entity tagger on a CoNLL corpus and evaluate it"_s, runTrain},
        {u"extract"_s, u"Find entities, numbers, quantities and dates in an article (JSON)"_s, runExtract},
        {u"tag"_s, u"Append predicted entity tags (BIO: PERS, LOC, ORG, MISC) to a CoNLL file"_s, runTag},
        {u"eval"_s, u"Score entities against gold CoNLL (or numbers and dates against Duckling's corpus)"_s, runEval},
        {u"build-gazetteers"_s, u"Rebuild the ANERcorp-derived gazetteer from its training file"_s, runBuildGazetteers},
        {u"new"_s, u"Create a project from articles, with the engine's suggestions"_s, runNew},
        {u"add"_s, u"Add articles to a project"_s, runAdd},
        {u"import"_s, u"Import annotated documents (.json, doccano .jsonl) into a project"_s, runImport},
        {u"export"_s, u"Export annotations: json, jsonl, conll, brat, webanno"_s, runExport},
        {u"info"_s, u"List a project's articles, their ids and annotation counts"_s, runInfo},
    };
    return all;
}

bool isCommand(const QString &name)
{
    for (const Command &command : commands()) {
        if (command.name == name)
            return true;
    }
    return false;
}

QString commandSummary()
{
    QString summary;
    for (const Command &command : commands())
        summary += u"  "_s + command.name.leftJustified(18) + command.summary + u'\n';
    return summary;
}

int run(const QStringList &arguments, Io &io)
{
    for (const Command &command : commands()) {
        if (!arguments.isEmpty() && command.name == arguments.first()) {
            const int status = command.run(arguments, io);
            io.out.flush();
            io.err.flush();
            return status;
        }
    }
    io.err << "hamish: unknown command\n";
    return 2;
}

int run(const QStringList &arguments)
{
    QFile out, err, in;
    (void)out.open(stdout, QIODevice::WriteOnly);
    (void)err.open(stderr, QIODevice::WriteOnly);
    (void)in.open(stdin, QIODevice::ReadOnly);
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    Io io{outStream, errStream, &in};
    return run(arguments, io);
}

} // namespace Hamish::Cli
