// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CommandSupport.h"
#include "cli/Commands.h"
#include "core/model/AnnotatorLayers.h"

#include <QMap>

using namespace Qt::StringLiterals;

namespace Hamish::Cli {

int runInfo(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Lists a project's articles (id, annotation counts, title) and labels, and in a team's project each "
        u"annotator's layer (articles, accepted, rejected; `curation` is the curated one)."_s);
    parser.addPositionalArgument(u"PROJECT"_s, u"A project file (.hamish) or server URL (postgresql://…)."_s);
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

    // A team's project: each layer's own figures (the counts above add up every layer).
    struct Tally
    {
        int articles = 0, accepted = 0, rejected = 0;
    };
    QMap<QString, Tally> layers;
    for (const ArticleSummary &article : *articles) {
        const Result<QList<Annotation>> all = workspace->allAnnotations(article.id);
        if (!all) {
            io.err << "hamish info: " << all.errorMessage() << '\n';
            return 1;
        }
        for (const QString &name : AnnotatorLayers::annotatorsIn(*all))
            ++layers[name].articles;
        for (const Annotation &annotation : *all) {
            if (annotation.annotator.isEmpty())
                continue;
            Tally &tally = layers[annotation.annotator];
            if (annotation.status == AnnotationStatus::Accepted)
                ++tally.accepted;
            else if (annotation.status == AnnotationStatus::Rejected)
                ++tally.rejected;
        }
    }
    if (!layers.isEmpty()) {
        io.out << "annotator\tarticles\taccepted\trejected\n";
        for (auto it = layers.cbegin(); it != layers.cend(); ++it)
            io.out << it.key() << '\t' << it->articles << '\t' << it->accepted << '\t' << it->rejected << '\n';
    }
    return 0;
}

} // namespace Hamish::Cli
