// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/ProjectDocumentSource.h"

#include "core/storage/ProjectStore.h"

namespace Hamish {

ProjectDocumentSource::ProjectDocumentSource(const ProjectStore &project, qint64 articleId)
    : m_project(project)
    , m_articleId(articleId)
{}

Result<QList<Label>> ProjectDocumentSource::labels() const
{
    return m_project.labels();
}

Result<void> ProjectDocumentSource::forEach(const std::function<Result<void>(const ExportDocument &)> &visit) const
{
    const Result<QList<ArticleSummary>> articles = m_project.articles();
    if (!articles)
        return articles.error();
    bool found = m_articleId == 0;
    for (const ArticleSummary &summary : *articles) {
        if (m_articleId != 0 && summary.id != m_articleId)
            continue;
        found = true;
        Result<Article> article = m_project.article(summary.id);
        if (!article)
            return article.error();
        Result<QList<Annotation>> annotations = m_project.annotations(summary.id);
        if (!annotations)
            return annotations.error();
        if (const Result<void> visited = visit({summary.id, std::move(*article), std::move(*annotations)}); !visited)
            return visited;
    }
    if (!found) {
        return Error(
            tr("There is no article %1 in the project (`hamish info PROJECT` lists the ids).").arg(m_articleId),
            Error::Kind::NotFound);
    }
    return {};
}

} // namespace Hamish
