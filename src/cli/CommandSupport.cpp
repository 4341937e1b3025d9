// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CommandSupport.h"

#include "cli/Suggestions.h"
#include "core/storage/Project.h"
#include "core/tagger/EntityTagger.h"
#include "core/tagger/ProjectTraining.h"
#include "core/tagger/UserLexicon.h"
#include "core/text/ArticleImporter.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Hamish::Cli {

bool parseArguments(QCommandLineParser &parser, const QStringList &arguments, const QString &command, Io &io,
                    int *status)
{
    if (!parser.parse(arguments)) {
        io.err << command << ": " << parser.errorText() << '\n';
        *status = 2;
        return false;
    }
    if (parser.isSet(u"help"_s)) {
        io.out << parser.helpText();
        *status = 0;
        return false;
    }
    return true;
}

std::unique_ptr<Project> openProject(const QString &path, bool writable, const QString &command, Io &io)
{
    ProjectOpenResult opened =
        Project::open(path, writable ? Project::OpenMode::ReadWrite : Project::OpenMode::ReadOnly);
    if (!opened.ok()) {
        io.err << command << ": " << opened.message << '\n';
        return nullptr;
    }
    if (writable && opened.project->isReadOnly()) {
        io.err << command << ": " << opened.project->readOnlyReason() << '\n';
        return nullptr;
    }
    return std::move(opened.project);
}

int addArticleFiles(Project &project, const QStringList &files, const QString &command, Io &io)
{
    // What the user has already labelled in the project is suggested in the new articles too.
    UserLexicon lexicon;
    for (const ArticleSummary &summary : project.articles()) {
        if (const std::optional<Article> article = project.article(summary.id))
            lexicon.learn(article->text(), project.annotations(summary.id));
    }
    // A model trained on the project (`hamish train --project`) finds the names, else the shipped one.
    QString modelError;
    const QByteArray modelBytes = project.setting(QString::fromUtf16(ProjectTraining::modelSetting)).toByteArray();
    const EntityTagger projectTagger =
        modelBytes.isEmpty() ? EntityTagger() : EntityTagger(SequenceModel::fromBytes(modelBytes, &modelError));
    if (!modelBytes.isEmpty() && !projectTagger.isValid())
        io.err << command << ": warning: the project's own entity model is unusable (" << modelError
               << "); using the shipped one\n";
    int status = 0;
    for (const QString &file : files) {
        const ImportResult result = ArticleImporter::importFile(file);
        if (!result.ok()) {
            io.err << command << ": " << result.errorMessage << '\n';
            status = 1;
            continue;
        }
        for (const QString &warning : result.warnings)
            io.err << command << ": warning: " << warning << '\n';
        const Article &article = *result.article;
        if (const qint64 existing = project.articleIdBySha256(article.sha256())) {
            io.err << command << ": " << file << " is already in the project as article " << existing
                   << "; not added again.\n";
            continue;
        }
        // A project may lack a label the engine uses (the user removed it): keep the rest.
        QList<Annotation> suggestions =
            UserLexicon::preferUser(suggestionsFor(article, projectTagger.isValid() ? &projectTagger : nullptr),
                                    lexicon.suggest(article.text()));
        QSet<QString> labels;
        for (const Label &label : project.labels())
            labels.insert(label.name);
        suggestions.removeIf([&](const Annotation &annotation) { return !labels.contains(annotation.label); });
        const qint64 id = project.addArticle(article, suggestions);
        if (id == 0) {
            io.err << command << ": cannot add " << file << ": " << project.lastError() << '\n';
            status = 1;
            continue;
        }
        io.out << "article " << id << ": " << file << " (" << suggestions.size() << " suggestions)\n";
    }
    return status;
}

} // namespace Hamish::Cli
