// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/AnnotationStore.h"

namespace Hamish {

class ProjectStore;

// Persists one article's annotation edits into a project, each committed as it is made: what an
// AnnotationDocument of an article in an open project writes through.
class ProjectAnnotationStore : public AnnotationStore
{
public:
    ProjectAnnotationStore(ProjectStore &project, qint64 articleId);

    qint64 articleId() const { return m_articleId; }

    Result<void> storeAnnotation(Annotation &annotation) override;
    Result<void> deleteAnnotation(qint64 id) override;
    Result<void> batch(const std::function<Result<void>()> &work) override;

private:
    ProjectStore &m_project;
    qint64 m_articleId = 0;
};

} // namespace Hamish
