// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/AnnotationDocument.h"

#include "core/model/AnnotationStore.h"

#include <QSet>
#include <QUndoStack>

#include <algorithm>
#include <iterator>
#include <limits>

namespace Hamish {

namespace {

bool comesBefore(const Annotation &a, const Annotation &b)
{
    if (a.start != b.start)
        return a.start < b.start;
    if (a.end != b.end)
        return a.end > b.end;
    return a.id < b.id;
}

} // namespace

AnnotationDocument::AnnotationDocument(std::shared_ptr<const Article> article, QObject *parent)
    : QObject(parent)
    , m_article(std::move(article))
    , m_labels(defaultLabels())
    , m_undoStack(new QUndoStack(this))
{}

AnnotationDocument::~AnnotationDocument() = default;

void AnnotationDocument::setLabels(const QList<Label> &labels)
{
    m_labels = labels;
    emit labelsChanged();
    emit annotationsChanged(0, m_article->text().size());
}

const Label *AnnotationDocument::label(const QString &name) const
{
    for (const Label &label : m_labels) {
        if (label.name == name)
            return &label;
    }
    return nullptr;
}

void AnnotationDocument::resetAnnotations(QList<Annotation> annotations)
{
    m_annotations = std::move(annotations);
    m_longest = 0;
    for (Annotation &annotation : m_annotations) {
        if (annotation.id == 0)
            annotation.id = m_nextId++;
        m_nextId = std::max(m_nextId, annotation.id + 1);
        m_longest = std::max(m_longest, annotation.length());
    }
    std::sort(m_annotations.begin(), m_annotations.end(), comesBefore);
    m_undoStack->clear();
    emit annotationsChanged(0, m_article->text().size());
}

qsizetype AnnotationDocument::mergeSuggestions(QList<Annotation> suggestions)
{
    // A long article brings a hundred thousand suggestions at once: sort them, drop repeats side by side, and
    // look each up among the existing annotations by binary search.
    const auto bySpanAndLabel = [](const Annotation &a, const Annotation &b) {
        if (a.start != b.start)
            return a.start < b.start;
        if (a.end != b.end)
            return a.end > b.end;
        return a.label < b.label;
    };
    std::sort(suggestions.begin(), suggestions.end(), bySpanAndLabel);
    const auto same = [](const Annotation &a, const Annotation &b) {
        return a.start == b.start && a.end == b.end && a.label == b.label;
    };
    suggestions.erase(std::unique(suggestions.begin(), suggestions.end(), same), suggestions.end());
    if (!m_annotations.isEmpty()) {
        const auto sameSpan = [](const Annotation &a, const Annotation &b) {
            return a.start != b.start ? a.start < b.start : a.end > b.end;
        };
        suggestions.removeIf([&](const Annotation &suggestion) {
            const auto range = std::equal_range(m_annotations.cbegin(), m_annotations.cend(), suggestion, sameSpan);
            return std::any_of(range.first, range.second,
                               [&](const Annotation &existing) { return existing.label == suggestion.label; });
        });
    }
    return applySuggestions(std::move(suggestions), {});
}

qsizetype AnnotationDocument::mergeUserSuggestions(const QList<Annotation> &suggestions)
{
    QList<Annotation> fresh;
    QSet<qint64> overruled;
    for (const Annotation &suggestion : suggestions) {
        const QList<Annotation> overlapping = annotationsIn(suggestion.start, suggestion.end);
        const bool decided = std::any_of(overlapping.cbegin(), overlapping.cend(), [&](const Annotation &other) {
            if (isNumericLabel(other.label))
                return false;
            const bool same =
                other.start == suggestion.start && other.end == suggestion.end && other.label == suggestion.label;
            const bool partOfName =
                other.status == AnnotationStatus::Suggested && isPartOfLongerName(suggestion, other);
            return same || partOfName || other.status == AnnotationStatus::Accepted;
        });
        if (decided)
            continue;
        for (const Annotation &other : overlapping) {
            if (other.status == AnnotationStatus::Suggested && overrulesGuess(suggestion, other))
                overruled.insert(other.id);
        }
        fresh.append(suggestion);
    }
    return applySuggestions(std::move(fresh), overruled);
}

qsizetype AnnotationDocument::applySuggestions(QList<Annotation> fresh, const QSet<qint64> &overruled)
{
    const qsizetype added = fresh.size();
    if (added == 0)
        return 0;
    for (Annotation &suggestion : fresh) {
        suggestion.id = 0;
        suggestion.status = AnnotationStatus::Suggested;
    }
    // All of them are stored in one write, or none.
    auto storeAll = [&]() -> Result<void> {
        for (const qint64 id : overruled) {
            if (const Result<void> removed = m_store->deleteAnnotation(id); !removed)
                return removed;
        }
        for (Annotation &suggestion : fresh) {
            if (const Result<void> stored = m_store->storeAnnotation(suggestion); !stored)
                return stored;
        }
        return {};
    };
    if (m_store) {
        if (const Result<void> stored = m_store->batch(storeAll); !stored) {
            m_lastError = stored.errorMessage();
            emit storeFailed(m_lastError);
            return 0;
        }
    }
    for (Annotation &suggestion : fresh) {
        if (suggestion.id == 0)
            suggestion.id = m_nextId;
        m_nextId = std::max(m_nextId, suggestion.id + 1);
    }
    qsizetype from = m_article->text().size(), to = 0;
    for (const Annotation &suggestion : std::as_const(fresh)) {
        m_longest = std::max(m_longest, suggestion.length());
        from = std::min(from, suggestion.start);
        to = std::max(to, suggestion.end);
    }
    if (!overruled.isEmpty()) {
        m_annotations.removeIf([&](const Annotation &annotation) {
            if (!overruled.contains(annotation.id))
                return false;
            from = std::min(from, annotation.start);
            to = std::max(to, annotation.end);
            return true;
        });
    }
    // The new ones got rising ids in their order: sort them alone (a no-op when they came sorted), then merge
    // the two sorted runs.
    if (!std::is_sorted(fresh.cbegin(), fresh.cend(), comesBefore))
        std::sort(fresh.begin(), fresh.end(), comesBefore);
    if (m_annotations.isEmpty()) {
        m_annotations = std::move(fresh);
    } else {
        QList<Annotation> merged;
        merged.reserve(m_annotations.size() + fresh.size());
        std::merge(std::make_move_iterator(m_annotations.begin()), std::make_move_iterator(m_annotations.end()),
                   std::make_move_iterator(fresh.begin()), std::make_move_iterator(fresh.end()),
                   std::back_inserter(merged), comesBefore);
        m_annotations = std::move(merged);
    }
    emit annotationsChanged(from, to);
    return added;
}

bool AnnotationDocument::persist(const Result<void> &stored)
{
    if (stored)
        return true;
    m_lastError = stored.errorMessage();
    emit storeFailed(m_lastError);
    return false;
}

qsizetype AnnotationDocument::indexOf(qint64 id) const
{
    for (qsizetype i = 0; i < m_annotations.size(); ++i) {
        if (m_annotations.at(i).id == id)
            return i;
    }
    return -1;
}

qsizetype AnnotationDocument::insertionIndex(const Annotation &annotation) const
{
    return std::lower_bound(m_annotations.begin(), m_annotations.end(), annotation, comesBefore)
           - m_annotations.begin();
}

const Annotation *AnnotationDocument::annotation(qint64 id) const
{
    const qsizetype index = indexOf(id);
    return index < 0 ? nullptr : &m_annotations.at(index);
}

QList<Annotation> AnnotationDocument::annotationsIn(qsizetype start, qsizetype end) const
{
    QList<Annotation> result;
    // Anything overlapping [start, end) starts after start - m_longest.
    Annotation probe;
    probe.start = std::max<qsizetype>(0, start - m_longest);
    probe.end = std::numeric_limits<qsizetype>::max();
    probe.id = std::numeric_limits<qint64>::min();
    for (auto it = std::lower_bound(m_annotations.begin(), m_annotations.end(), probe, comesBefore);
         it != m_annotations.end() && it->start < end; ++it) {
        if (it->end > start || (it->start == it->end && it->start >= start))
            result.append(*it);
    }
    return result;
}

QString AnnotationDocument::textOf(const Annotation &annotation) const
{
    return m_article->text().mid(annotation.start, annotation.end - annotation.start);
}

bool AnnotationDocument::insertAnnotation(Annotation &annotation)
{
    if (annotation.id == 0 && !m_store)
        annotation.id = m_nextId;
    if (!persist(m_store ? m_store->storeAnnotation(annotation) : Result<void>()))
        return false;
    m_nextId = std::max(m_nextId, annotation.id + 1);
    m_longest = std::max(m_longest, annotation.length());
    m_annotations.insert(insertionIndex(annotation), annotation);
    emit annotationsChanged(annotation.start, annotation.end);
    return true;
}

bool AnnotationDocument::removeAnnotation(qint64 id)
{
    const qsizetype index = indexOf(id);
    if (index < 0)
        return false;
    if (!persist(m_store ? m_store->deleteAnnotation(id) : Result<void>()))
        return false;
    const Annotation removed = m_annotations.takeAt(index);
    emit annotationsChanged(removed.start, removed.end);
    return true;
}

bool AnnotationDocument::replaceAnnotation(const Annotation &replacement)
{
    const qsizetype index = indexOf(replacement.id);
    if (index < 0)
        return false;
    Annotation annotation = replacement;
    if (!persist(m_store ? m_store->storeAnnotation(annotation) : Result<void>()))
        return false;
    const Annotation before = m_annotations.takeAt(index);
    m_longest = std::max(m_longest, annotation.length());
    m_annotations.insert(insertionIndex(annotation), annotation);
    emit annotationsChanged(std::min(before.start, annotation.start), std::max(before.end, annotation.end));
    return true;
}

} // namespace Hamish
