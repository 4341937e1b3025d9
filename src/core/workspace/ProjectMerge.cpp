// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/ProjectMerge.h"

#include "core/storage/ProjectStore.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {

QString spanKey(const Annotation &annotation)
{
    return annotation.label + u'\t' + QString::number(annotation.start) + u'\t' + QString::number(annotation.end);
}

// The name for what a file's owner did not sign: given, else the one author recorded, else the file's name.
QString ownerOf(const ProjectStore &project, const QString &given, const QString &location)
{
    if (!given.trimmed().isEmpty())
        return given.trimmed();
    QSet<QString> authors;
    for (const ArticleSummary &summary : project.articles().valueOr({})) {
        for (const Annotation &annotation : project.annotations(summary.id).valueOr({})) {
            if (annotation.status != AnnotationStatus::Suggested && !annotation.author.isEmpty())
                authors.insert(annotation.author);
        }
    }
    if (authors.size() == 1)
        return *authors.cbegin();
    return QFileInfo(location).completeBaseName();
}

} // namespace

Result<ProjectMerge::Report> ProjectMerge::merge(const QString &output, const QList<Input> &inputs)
{
    if (inputs.isEmpty())
        return Error(tr("Name the project files to merge."), Error::Kind::Invalid);
    std::vector<std::unique_ptr<ProjectStore>> sources;
    for (const Input &input : inputs) {
        Result<std::unique_ptr<ProjectStore>> opened =
            ProjectStore::open(input.location, ProjectStore::OpenMode::ReadOnly);
        if (!opened)
            return opened.error();
        sources.push_back(std::move(*opened));
    }
    Result<std::unique_ptr<ProjectStore>> created = ProjectStore::create(output, {});
    if (!created)
        return created.error();
    ProjectStore &target = **created;
    Report report;
    QSet<QString> annotators;
    const Result<void> merged = target.transaction([&]() -> Result<void> {
        QSet<QString> labelNames;
        for (size_t i = 0; i < sources.size(); ++i) {
            const ProjectStore &source = *sources[i];
            const QString owner = ownerOf(source, inputs[int(i)].annotator, inputs[int(i)].location);
            const Result<QList<Label>> labels = source.labels();
            const Result<QList<ArticleSummary>> articles = source.articles();
            if (!labels || !articles)
                return labels ? articles.error() : labels.error();
            for (const Label &label : *labels) {
                if (labelNames.contains(label.name))
                    continue;
                Label added = label;
                added.id = 0;
                if (const Result<qint64> id = target.addLabel(added); !id)
                    return id.error();
                labelNames.insert(label.name);
            }
            for (const ArticleSummary &summary : *articles) {
                const Result<Article> article = source.article(summary.id);
                const Result<QList<Annotation>> annotations = source.annotations(summary.id);
                if (!article || !annotations)
                    return article ? annotations.error() : article.error();
                const Result<qint64> existing = target.articleIdBySha256(article->sha256());
                if (!existing)
                    return existing.error();
                qint64 articleId = *existing;
                if (articleId == 0) {
                    // New here: the article with the engine's suggestions from this file.
                    QList<Annotation> suggestions;
                    for (const Annotation &annotation : *annotations) {
                        if (annotation.annotator.isEmpty() && annotation.status == AnnotationStatus::Suggested) {
                            Annotation suggestion = annotation;
                            suggestion.id = 0;
                            suggestions.append(suggestion);
                        }
                    }
                    const Result<qint64> added = target.addArticle(*article, suggestions, summary.id);
                    if (!added)
                        return added.error();
                    articleId = *added;
                    ++report.articles;
                }
                const Result<QList<Annotation>> present = target.annotations(articleId);
                if (!present)
                    return present.error();
                QHash<QString, qint64> targetSuggestions;
                for (const Annotation &annotation : *present) {
                    if (annotation.annotator.isEmpty() && annotation.status == AnnotationStatus::Suggested)
                        targetSuggestions.insert(spanKey(annotation), annotation.id);
                }
                // The suggestions of this file, by id, to find what a copy was based on.
                QHash<qint64, QString> sourceSuggestions;
                for (const Annotation &annotation : *annotations) {
                    if (annotation.annotator.isEmpty() && annotation.status == AnnotationStatus::Suggested)
                        sourceSuggestions.insert(annotation.id, spanKey(annotation));
                }
                for (const Annotation &annotation : *annotations) {
                    if (annotation.annotator.isEmpty() && annotation.status == AnnotationStatus::Suggested)
                        continue;
                    Annotation mine = annotation;
                    mine.id = 0;
                    // A name given for the file is everyone's in it; otherwise what the file recorded stands.
                    if (mine.annotator.isEmpty() || !inputs[int(i)].annotator.trimmed().isEmpty())
                        mine.annotator = owner;
                    mine.basedOn = annotation.basedOn != 0 && sourceSuggestions.contains(annotation.basedOn)
                                       ? targetSuggestions.value(sourceSuggestions.value(annotation.basedOn), 0)
                                       : targetSuggestions.value(spanKey(annotation), 0);
                    if (const Result<qint64> added = target.addAnnotation(articleId, mine); !added)
                        return added.error();
                    annotators.insert(mine.annotator);
                    ++report.annotations;
                }
            }
        }
        return {};
    });
    if (!merged) {
        const Error error = merged.error();
        created->reset();
        if (!ProjectStore::isServerLocation(output)) {
            for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
                QFile::remove(output + suffix);
        }
        return Error(tr("Nothing was merged: %1").arg(error.message()), error.kind());
    }
    report.annotators = QStringList(annotators.cbegin(), annotators.cend());
    report.annotators.sort();
    return report;
}

} // namespace Hamish
