// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/AnnotationStore.h"

#include <QString>

#include <functional>

namespace Hamish {

class ProjectStore;

// Persists one article's annotation edits into a project, each committed as it is made: what an
// AnnotationDocument of an article in an open project writes through. With an annotator named, the edits go
// to that annotator's layer (AnnotatorLayers): a new annotation is theirs, and an edit of a suggestion (or
// of anything not theirs) makes their own copy of it instead of changing it for everyone; removing such a
// copy, or a suggestion, keeps it as rejected, so the suggestion stays answered.
class ProjectAnnotationStore : public AnnotationStore
{
public:
    ProjectAnnotationStore(ProjectStore &project, qint64 articleId, const QString &annotator = {});

    qint64 articleId() const { return m_articleId; }
    QString annotator() const { return m_annotator; }
    // Called when an edit was refused because someone else changed the annotation first.
    void setConflictHandler(std::function<void()> handler) { m_onConflict = std::move(handler); }

    Result<void> storeAnnotation(Annotation &annotation) override;
    Result<void> deleteAnnotation(qint64 id) override;
    Result<void> batch(const std::function<Result<void>()> &work) override;

private:
    // Stores `annotation` as the annotator's own copy of the row it names (not theirs).
    Result<void> storeCopy(Annotation &annotation, qint64 basedOn);
    Result<void> told(const Result<void> &result);

    ProjectStore &m_project;
    qint64 m_articleId = 0;
    QString m_annotator;
    std::function<void()> m_onConflict;
};

} // namespace Hamish
