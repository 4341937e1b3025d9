// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ProjectAnnotationStore.h"

#include "core/storage/Project.h"

namespace Hamish {

ProjectAnnotationStore::ProjectAnnotationStore(Project &project, qint64 articleId)
    : m_project(project)
    , m_articleId(articleId)
{}

bool ProjectAnnotationStore::storeAnnotation(Annotation &annotation)
{
    // Update when the project has it; otherwise insert, keeping a given id (an undone removal).
    if (annotation.id != 0 && m_project.hasAnnotation(annotation.id)) {
        if (m_project.updateAnnotation(annotation))
            return true;
        m_error = m_project.lastError();
        return false;
    }
    const qint64 id = m_project.addAnnotation(m_articleId, annotation);
    if (id == 0) {
        m_error = m_project.lastError();
        return false;
    }
    annotation.id = id;
    return true;
}

bool ProjectAnnotationStore::deleteAnnotation(qint64 id)
{
    if (m_project.removeAnnotation(id))
        return true;
    m_error = m_project.lastError();
    return false;
}

bool ProjectAnnotationStore::batch(const std::function<bool()> &work)
{
    if (m_project.transaction(work))
        return true;
    m_error = m_project.lastError();
    return false;
}

} // namespace Hamish
