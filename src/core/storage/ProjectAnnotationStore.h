// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/AnnotationStore.h"

namespace Hamish {

class Project;

// Persists one article's annotation edits into a project file, each committed as it is made: what an
// AnnotationDocument of an article in an open project writes through.
class ProjectAnnotationStore : public AnnotationStore
{
public:
    ProjectAnnotationStore(Project &project, qint64 articleId);

    qint64 articleId() const { return m_articleId; }

    bool storeAnnotation(Annotation &annotation) override;
    bool deleteAnnotation(qint64 id) override;
    bool batch(const std::function<bool()> &work) override;
    QString errorString() const override { return m_error; }

private:
    Project &m_project;
    qint64 m_articleId = 0;
    QString m_error;
};

} // namespace Hamish
