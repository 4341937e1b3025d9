#pragma once

#include "AnnotationStore.h"

namespace Hamish {

class Project;

// Persists one article's annotation edits in a project file the moment they are made, so an annotation
// document opened from a project never holds unsaved work.
class ProjectAnnotationStore : public AnnotationStore
{
public:
    ProjectAnnotationStore(Project *project, qint64 articleId);

    bool storeAnnotation(Annotation &annotation) override;
    bool deleteAnnotation(qint64 id) override;
    bool batch(const std::function<bool()> &work) override;
    QString errorString() const override;

    qint64 articleId() const { return m_articleId; }

private:
    Project *m_project;
    qint64 m_articleId;
};

} // namespace Hamish
