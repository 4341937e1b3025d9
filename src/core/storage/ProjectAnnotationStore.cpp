// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ProjectAnnotationStore.h"

#include "core/storage/ProjectStore.h"

namespace Hamish {

ProjectAnnotationStore::ProjectAnnotationStore(ProjectStore &project, qint64 articleId)
    : m_project(project)
    , m_articleId(articleId)
{}

Result<void> ProjectAnnotationStore::storeAnnotation(Annotation &annotation)
{
    // Update when the project has it; otherwise insert, keeping a given id (an undone removal).
    if (annotation.id != 0) {
        const Result<void> updated = m_project.updateAnnotation(annotation);
        if (updated || updated.error().kind() != Error::Kind::NotFound)
            return updated;
    }
    const Result<qint64> id = m_project.addAnnotation(m_articleId, annotation);
    if (!id)
        return id.error();
    annotation.id = *id;
    return {};
}

Result<void> ProjectAnnotationStore::deleteAnnotation(qint64 id)
{
    return m_project.removeAnnotation(id);
}

Result<void> ProjectAnnotationStore::batch(const std::function<Result<void>()> &work)
{
    return m_project.transaction(work);
}

} // namespace Hamish
