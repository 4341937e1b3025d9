// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ProjectAnnotationStore.h"

#include "core/storage/ProjectStore.h"

#include <algorithm>

namespace Hamish {

ProjectAnnotationStore::ProjectAnnotationStore(ProjectStore &project, qint64 articleId, const QString &annotator)
    : m_project(project)
    , m_articleId(articleId)
    , m_annotator(annotator)
{}

Result<void> ProjectAnnotationStore::told(const Result<void> &result)
{
    if (!result && result.error().kind() == Error::Kind::Conflict && m_onConflict)
        m_onConflict();
    return result;
}

Result<void> ProjectAnnotationStore::storeCopy(Annotation &annotation, qint64 basedOn)
{
    // The copy of a suggestion stands for it in this annotator's view: one copy per suggestion.
    std::optional<Annotation> existing;
    if (m_batchCopies) {
        if (const auto it = m_batchCopies->constFind(basedOn); it != m_batchCopies->cend())
            existing = *it;
    } else {
        const Result<QList<Annotation>> stored = m_project.annotations(m_articleId);
        if (!stored)
            return stored.error();
        QHash<qint64, Annotation> copies;
        for (const Annotation &copy : *stored) {
            if (copy.annotator == m_annotator && copy.basedOn != 0)
                copies.insert(copy.basedOn, copy);
        }
        if (const auto it = copies.constFind(basedOn); it != copies.cend())
            existing = *it;
        if (m_batchDepth > 0)
            m_batchCopies = std::move(copies);
    }
    annotation.annotator = m_annotator;
    annotation.basedOn = basedOn;
    if (existing) {
        annotation.id = existing->id;
        annotation.version = existing->version;
        if (const Result<void> updated = m_project.updateAnnotation(annotation); !updated)
            return told(updated);
        ++annotation.version;
    } else {
        annotation.id = 0;
        const Result<qint64> id = m_project.addAnnotation(m_articleId, annotation);
        if (!id)
            return id.error();
        annotation.id = *id;
        annotation.version = 1;
    }
    rememberCopy(annotation);
    return {};
}

void ProjectAnnotationStore::rememberCopy(const Annotation &copy)
{
    if (m_batchCopies && copy.basedOn != 0)
        m_batchCopies->insert(copy.basedOn, copy);
}

bool ProjectAnnotationStore::keep(const Result<void> &result, bool isRemoval, const Annotation &annotation)
{
    if (result || result.error().kind() != Error::Kind::Disconnected || !m_pending)
        return false;
    if (m_onLost)
        m_onLost(result.errorMessage());
    m_pending->append({this, isRemoval, annotation});
    return true;
}

Result<void> ProjectAnnotationStore::storeAnnotation(Annotation &annotation)
{
    const Annotation wanted = annotation;
    // Once one edit waits, the ones after it wait too, so they are committed in the order they were made.
    const bool waiting = m_pending && !m_pending->isEmpty();
    const Result<void> stored = waiting ? Result<void>(Error(QString(), Error::Kind::Disconnected)) : store(annotation);
    if (!keep(stored, false, wanted))
        return stored;
    annotation = wanted;
    if (annotation.id == 0) {
        // A provisional id, below zero so it never meets a stored one, until the edit is committed.
        qint64 lowest = 0;
        for (const PendingEdit &edit : std::as_const(*m_pending))
            lowest = std::min(lowest, edit.annotation.id);
        annotation.id = lowest - 1;
        m_pending->last().annotation.id = annotation.id;
    }
    return {};
}

Result<void> ProjectAnnotationStore::deleteAnnotation(qint64 id)
{
    Annotation removed;
    removed.id = id;
    const bool waiting = m_pending && !m_pending->isEmpty();
    const Result<void> done = waiting ? Result<void>(Error(QString(), Error::Kind::Disconnected)) : remove(id);
    if (!keep(done, true, removed))
        return done;
    return {};
}

Result<void> ProjectAnnotationStore::commit(PendingEdit &edit)
{
    if (edit.remove)
        return edit.annotation.id < 0 ? Result<void>() : remove(edit.annotation.id);
    if (edit.annotation.id < 0)
        edit.annotation.id = 0; // made while away: new
    return store(edit.annotation);
}

Result<void> ProjectAnnotationStore::store(Annotation &annotation)
{
    if (annotation.id != 0) {
        Result<Annotation> stored = m_project.annotation(annotation.id);
        if (!stored && stored.error().kind() != Error::Kind::NotFound)
            return stored.error();
        if (stored) {
            // Someone else's annotation (a suggestion, mostly): this annotator gets their own copy.
            if (!m_annotator.isEmpty() && stored->annotator != m_annotator)
                return storeCopy(annotation, stored->annotator.isEmpty() ? stored->id : stored->basedOn);
            if (!m_annotator.isEmpty())
                annotation.annotator = m_annotator;
            if (const Result<void> updated = m_project.updateAnnotation(annotation); !updated)
                return told(updated);
            if (annotation.version > 0)
                ++annotation.version;
            if (stored->annotator == m_annotator) {
                Annotation copy = annotation;
                copy.basedOn = stored->basedOn;
                rememberCopy(copy);
            }
            return {};
        }
    }
    // New (or an undone removal, keeping its id): this annotator's, unless it is a copy of a suggestion
    // that was removed meanwhile.
    if (!m_annotator.isEmpty())
        annotation.annotator = m_annotator;
    const Result<qint64> id = m_project.addAnnotation(m_articleId, annotation);
    if (!id)
        return id.error();
    annotation.id = *id;
    annotation.version = 1;
    return {};
}

Result<void> ProjectAnnotationStore::remove(qint64 id)
{
    if (!m_annotator.isEmpty()) {
        const Result<Annotation> stored = m_project.annotation(id);
        if (!stored)
            return stored.error();
        // A suggestion, or this annotator's copy of one: rejected, so it is not offered again.
        if (stored->annotator != m_annotator || stored->basedOn != 0) {
            Annotation rejected = *stored;
            rejected.status = AnnotationStatus::Rejected;
            if (stored->annotator == m_annotator) {
                const Result<void> updated = m_project.updateAnnotation(rejected);
                if (updated) {
                    ++rejected.version;
                    rememberCopy(rejected);
                }
                return told(updated);
            }
            return storeCopy(rejected, stored->annotator.isEmpty() ? stored->id : stored->basedOn);
        }
    }
    return m_project.removeAnnotation(id);
}

Result<void> ProjectAnnotationStore::batch(const std::function<Result<void>()> &work)
{
    // The copies read for the batch are good only inside its transaction.
    ++m_batchDepth;
    const Result<void> done = m_project.transaction(work);
    if (--m_batchDepth == 0)
        m_batchCopies.reset();
    return done;
}

} // namespace Hamish
