// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CommandSupport.h"
#include "cli/Commands.h"

using namespace Qt::StringLiterals;

namespace Hamish::Cli {

int runAgreement(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Inter-annotator agreement: for every pair of annotators, on the articles both annotated, exact "
        u"span-and-label precision, recall and F1 (the first as reference) and Cohen's kappa over tokens (BIO "
        u"tags, ICU words), overall and per label; with three or more annotators also Fleiss' kappa. Only "
        u"accepted annotations count."_s);
    const QCommandLineOption json(u"json"_s, u"Print JSON instead of a table."_s);
    const QCommandLineOption labels(u"labels"_s, u"Only these labels (comma-separated)."_s, u"L1,L2"_s);
    const QCommandLineOption doneOnly(u"done-only"_s, u"Only articles that both annotators marked done."_s);
    parser.addOptions({json, labels, doneOnly});
    parser.addPositionalArgument(u"PROJECT"_s, u"A project file (.hamish) or server URL (postgresql://…)."_s);
    int status = 0;
    if (!parseArguments(parser, arguments, u"hamish agreement"_s, io, &status, {1, 1, u"a PROJECT"_s}))
        return status;
    Agreement::Options options;
    options.doneOnly = parser.isSet(doneOnly);
    for (const QString &label : parser.value(labels).split(u',', Qt::SkipEmptyParts))
        options.labels.append(label.trimmed());
    const std::unique_ptr<Workspace> workspace =
        openProject(parser.positionalArguments().first(), false, u"hamish agreement"_s, io);
    if (!workspace)
        return 1;
    const Result<Agreement::Report> report = workspace->agreement(options);
    if (!report) {
        io.err << "hamish agreement: " << report.errorMessage() << '\n';
        return 1;
    }
    if (parser.isSet(json))
        io.out << QString::fromUtf8(report->toJson());
    else
        io.out << report->toText();
    return 0;
}

} // namespace Hamish::Cli
