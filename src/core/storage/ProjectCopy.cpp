// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ProjectCopy.h"

#include "core/storage/ProjectStore.h"

namespace Hamish {

Result<ProjectCopy::Counts> ProjectCopy::copy(const ProjectStore &from, ProjectStore &to)
{
    const Result<QList<ArticleSummary>> existing = to.articles();
    if (!existing)
        return existing.error();
    if (!existing->isEmpty()) {
        return Error(tr("%1 already has articles: copy into a new, empty project.").arg(to.displayName()),
                     Error::Kind::AlreadyExists);
    }
    const Result<QList<Label>> labels = from.labels();
    const Result<QList<ArticleSummary>> articles = from.articles();
    const Result<QHash<QString, QVariant>> settings = from.settings();
    const Result<QList<Assignment>> assignments = from.assignments();
    if (!labels || !articles || !settings || !assignments) {
        return !labels     ? labels.error()
               : !articles ? articles.error()
               : !settings ? settings.error()
                           : assignments.error();
    }
    Counts counts;
    const Result<void> copied = to.transaction([&]() -> Result<void> {
        if (const Result<void> replaced = to.replaceLabels(*labels, {}); !replaced)
            return replaced;
        for (const ArticleSummary &summary : *articles) {
            const Result<Article> article = from.article(summary.id);
            const Result<QList<Annotation>> annotations = from.annotations(summary.id);
            if (!article || !annotations)
                return article ? annotations.error() : article.error();
            const Result<qint64> id = to.addArticle(*article, {}, summary.id);
            if (!id)
                return id.error();
            if (*id != summary.id)
                return Error(tr("Article %1 could not keep its id in the copy.").arg(summary.id));
            for (const Annotation &annotation : *annotations) {
                const Result<qint64> added = to.addAnnotation(*id, annotation);
                if (!added)
                    return added.error();
                if (*added != annotation.id)
                    return Error(tr("Annotation %1 could not keep its id in the copy.").arg(annotation.id));
                ++counts.annotations;
            }
            ++counts.articles;
        }
        for (auto it = settings->cbegin(); it != settings->cend(); ++it) {
            if (const Result<void> set = to.setSetting(it.key(), it.value()); !set)
                return set;
        }
        for (const Assignment &assignment : *assignments) {
            const Result<void> given = assignment.isDone()
                                           ? to.setDone(assignment.articleId, assignment.annotator, true)
                                           : to.assign(assignment.articleId, assignment.annotator);
            if (!given)
                return given;
        }
        return {};
    });
    if (!copied)
        return Error(tr("Nothing was copied: %1").arg(copied.errorMessage()), copied.error().kind());
    return counts;
}

} // namespace Hamish
