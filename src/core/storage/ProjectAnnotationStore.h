// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/AnnotationStore.h"

#include <QHash>
#include <QList>

#include <QString>

#include <functional>
#include <optional>

namespace Hamish {

class ProjectStore;

// Persists one article's annotation edits into a project, each committed as it is made: what an
// AnnotationDocument of an article in an open project writes through. With an annotator named, the edits go
// to that annotator's layer (AnnotatorLayers): a new annotation is theirs, and an edit of a suggestion (or
// of anything not theirs) makes their own copy of it instead of changing it for everyone; removing such a
// copy, or a suggestion, keeps it as rejected, so the suggestion stays answered.
//
// When the project's connection is lost (a server), an edit is not dropped: with a queue of pending edits
// set, it is kept there (a new annotation under a provisional negative id) and the document goes on; the
// workspace commits the queue once the connection is back (commitPending), or saves the documents to a file.
class ProjectAnnotationStore;

// An edit made while the connection was lost, waiting to be committed.
struct PendingEdit
{
    ProjectAnnotationStore *store = nullptr;
    bool remove = false;
    Annotation annotation; // what to store (or, for a removal, its id)
};
class ProjectAnnotationStore : public AnnotationStore
{
public:
    ProjectAnnotationStore(ProjectStore &project, qint64 articleId, const QString &annotator = {});

    qint64 articleId() const { return m_articleId; }
    QString annotator() const { return m_annotator; }
    // Called when an edit was refused because someone else changed the annotation first.
    void setConflictHandler(std::function<void()> handler) { m_onConflict = std::move(handler); }
    // Where edits go while the connection is lost (none: such an edit fails), and who is told the first time.
    void setPendingQueue(QList<PendingEdit> *queue, std::function<void(const QString &)> onLost)
    {
        m_pending = queue;
        m_onLost = std::move(onLost);
    }
    // Commits one pending edit; a new annotation's provisional id becomes its real one in `edit`.
    Result<void> commit(PendingEdit &edit);

    Result<void> storeAnnotation(Annotation &annotation) override;
    Result<void> deleteAnnotation(qint64 id) override;
    Result<void> batch(const std::function<Result<void>()> &work) override;

private:
    // Stores `annotation` as the annotator's own copy of the row it names (not theirs).
    Result<void> storeCopy(Annotation &annotation, qint64 basedOn);
    // Keeps the batch's copy of a suggestion as it now stands in the project (its version moved on).
    void rememberCopy(const Annotation &copy);
    Result<void> told(const Result<void> &result);
    Result<void> store(Annotation &annotation);
    Result<void> remove(qint64 id);
    // Keeps an edit refused for a lost connection in the pending queue; false when there is no queue.
    bool keep(const Result<void> &result, bool isRemoval, const Annotation &annotation);

    ProjectStore &m_project;
    qint64 m_articleId = 0;
    QString m_annotator;
    std::function<void()> m_onConflict;
    QList<PendingEdit> *m_pending = nullptr;
    std::function<void(const QString &)> m_onLost;
    // Inside a batch (one transaction: Accept All, its undo), this annotator's copies of suggestions in the
    // article, by the suggestion they stand for: read once, not once per copy (250,000 copies would read
    // 250,000 rows each).
    int m_batchDepth = 0;
    std::optional<QHash<qint64, Annotation>> m_batchCopies;
};

} // namespace Hamish
