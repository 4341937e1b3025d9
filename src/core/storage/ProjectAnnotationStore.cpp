#include "ProjectAnnotationStore.h"

#include "Project.h"

namespace Hamish {

ProjectAnnotationStore::ProjectAnnotationStore(Project *project, qint64 articleId)
    : m_project(project)
    , m_articleId(articleId)
{}

bool ProjectAnnotationStore::storeAnnotation(Annotation &annotation)
{
    // An annotation the project already holds is updated; a new one, or one an undo brings back, is
    // inserted keeping its id when it has one.
    if (annotation.id != 0 && m_project->hasAnnotation(annotation.id))
        return m_project->updateAnnotation(annotation);
    const qint64 id = m_project->addAnnotation(m_articleId, annotation);
    if (id == 0)
        return false;
    annotation.id = id;
    return true;
}

bool ProjectAnnotationStore::deleteAnnotation(qint64 id)
{
    return m_project->removeAnnotation(id);
}

bool ProjectAnnotationStore::batch(const std::function<bool()> &work)
{
    return m_project->transaction(work);
}

QString ProjectAnnotationStore::errorString() const
{
    return m_project->lastError();
}

} // namespace Hamish
