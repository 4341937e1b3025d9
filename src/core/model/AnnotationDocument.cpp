// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/AnnotationDocument.h"

#include "core/model/AnnotationStore.h"

#include <QHash>
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

void AnnotationDocument::setReadOnly(const QString &reason)
{
    m_readOnlyReason = reason;
}

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
    m_overruledBy.clear();
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
    const qsizetype added = suggestions.size();
    return applySuggestions(std::move(suggestions), {}) ? added : 0;
}

namespace {

const QString kLexiconOrigin = QStringLiteral("lexicon");

QString spanKey(const Annotation &annotation)
{
    return annotation.label + u'\t' + QString::number(annotation.start) + u'\t' + QString::number(annotation.end);
}

bool isLearnt(const Annotation &annotation)
{
    return annotation.origin == kLexiconOrigin && annotation.status == AnnotationStatus::Suggested;
}

} // namespace

qsizetype AnnotationDocument::mergeUserSuggestions(const QList<Annotation> &suggestions)
{
    QSet<QString> wanted;
    for (const Annotation &suggestion : suggestions)
        wanted.insert(spanKey(suggestion));
    // What the user no longer teaches (an undone or removed label): its unreviewed suggestions go, and the
    // engine's guesses they had taken away come back.
    QSet<qint64> withdrawn;
    QList<Annotation> restored;
    QHash<QString, QList<Annotation>> overruledBy = m_overruledBy;
    for (const Annotation &annotation : std::as_const(m_annotations)) {
        if (isLearnt(annotation) && !wanted.contains(spanKey(annotation))) {
            withdrawn.insert(annotation.id);
            restored += overruledBy.take(spanKey(annotation));
        }
    }
    const auto present = [&](const Annotation &other) {
        return !withdrawn.contains(other.id);
    };

    QList<Annotation> fresh;
    QSet<qint64> overruled;
    for (const Annotation &suggestion : suggestions) {
        QList<Annotation> overlapping = annotationsIn(suggestion.start, suggestion.end);
        overlapping.removeIf([&](const Annotation &other) { return !present(other); });
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
        QList<Annotation> taken;
        for (const Annotation &other : std::as_const(overlapping)) {
            if (other.status == AnnotationStatus::Suggested && overrulesGuess(suggestion, other)) {
                overruled.insert(other.id);
                if (other.origin != kLexiconOrigin)
                    taken.append(other);
            }
        }
        // An engine guess coming back is overruled again by a new mention over it.
        restored.removeIf([&](const Annotation &guess) {
            if (!overrulesGuess(suggestion, guess) || !guess.overlaps(suggestion))
                return false;
            taken.append(guess);
            return true;
        });
        if (!taken.isEmpty())
            overruledBy.insert(spanKey(suggestion), taken);
        fresh.append(suggestion);
    }
    const qsizetype added = fresh.size();
    if (!applySuggestions(fresh + restored, overruled + withdrawn))
        return 0;
    m_overruledBy = std::move(overruledBy);
    return added;
}

bool AnnotationDocument::applySuggestions(QList<Annotation> fresh, const QSet<qint64> &overruled)
{
    // Suggestions that could not be stored are not shown; nor are they merged into a bulk edit being written.
    if ((fresh.isEmpty() && overruled.isEmpty()) || isReadOnly() || m_busy)
        return false;
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
            return false;
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
    return true;
}

bool AnnotationDocument::persist(const Result<void> &stored)
{
    if (stored)
        return true;
    m_lastError = stored.errorMessage();
    emit storeFailed(m_lastError);
    return false;
}

bool AnnotationDocument::persistAll(qsizetype count, const std::function<Result<void>(qsizetype)> &write)
{
    if (isReadOnly()) {
        m_lastError = m_readOnlyReason;
        return false;
    }
    if (!m_store || count == 0)
        return true;
    const bool report = count > kProgressStep;
    auto writeAll = [&]() -> Result<void> {
        for (qsizetype i = 0; i < count; ++i) {
            if (const Result<void> written = write(i); !written)
                return written;
            if (report && (i + 1) % kProgressStep == 0)
                emit progress(i + 1, count);
        }
        return {};
    };
    m_busy = true;
    const Result<void> stored = count == 1 ? writeAll() : m_store->batch(writeAll);
    m_busy = false;
    if (report)
        emit progress(count, count);
    return persist(stored);
}

void AnnotationDocument::annotationsReplaced(qsizetype from, qsizetype to)
{
    if (from < to)
        emit annotationsChanged(from, to);
}

QList<Annotation> AnnotationDocument::annotationsWithIds(const QList<qint64> &ids) const
{
    if (ids.size() == 1) {
        const Annotation *found = annotation(ids.first());
        return found ? QList<Annotation>{*found} : QList<Annotation>{};
    }
    const QSet<qint64> wanted(ids.cbegin(), ids.cend());
    QList<Annotation> found;
    for (const Annotation &annotation : m_annotations) {
        if (wanted.contains(annotation.id))
            found.append(annotation);
    }
    return found;
}

bool AnnotationDocument::insertAnnotations(QList<Annotation> &annotations)
{
    const QList<Annotation> before = annotations;
    if (!m_store) {
        for (Annotation &annotation : annotations) {
            if (annotation.id == 0)
                annotation.id = m_nextId++;
            m_nextId = std::max(m_nextId, annotation.id + 1);
        }
    }
    if (!persistAll(annotations.size(), [&](qsizetype i) { return m_store->storeAnnotation(annotations[i]); })) {
        annotations = before; // ids a rolled-back write gave are not theirs
        return false;
    }
    QList<Annotation> fresh = annotations;
    qsizetype from = m_article->text().size(), to = 0;
    for (const Annotation &annotation : std::as_const(fresh)) {
        m_nextId = std::max(m_nextId, annotation.id + 1);
        m_longest = std::max(m_longest, annotation.length());
        from = std::min(from, annotation.start);
        to = std::max(to, annotation.end);
    }
    std::sort(fresh.begin(), fresh.end(), comesBefore);
    QList<Annotation> merged;
    merged.reserve(m_annotations.size() + fresh.size());
    std::merge(std::make_move_iterator(m_annotations.begin()), std::make_move_iterator(m_annotations.end()),
               std::make_move_iterator(fresh.begin()), std::make_move_iterator(fresh.end()), std::back_inserter(merged),
               comesBefore);
    m_annotations = std::move(merged);
    annotationsReplaced(from, to);
    return true;
}

bool AnnotationDocument::removeAnnotations(const QList<qint64> &ids)
{
    const QSet<qint64> gone(ids.cbegin(), ids.cend());
    QList<qint64> present;
    for (const Annotation &annotation : std::as_const(m_annotations)) {
        if (gone.contains(annotation.id))
            present.append(annotation.id);
    }
    if (present.size() != gone.size())
        return false; // not all of them are here: an undo history out of step must not half apply
    if (!persistAll(present.size(), [&](qsizetype i) { return m_store->deleteAnnotation(present.at(i)); }))
        return false;
    qsizetype from = m_article->text().size(), to = 0;
    m_annotations.removeIf([&](const Annotation &annotation) {
        if (!gone.contains(annotation.id))
            return false;
        from = std::min(from, annotation.start);
        to = std::max(to, annotation.end);
        return true;
    });
    annotationsReplaced(from, to);
    return true;
}

bool AnnotationDocument::replaceAnnotations(const QList<Annotation> &replacements)
{
    QHash<qint64, qsizetype> wanted; // id -> place in `replacements`
    wanted.reserve(replacements.size());
    for (qsizetype i = 0; i < replacements.size(); ++i)
        wanted.insert(replacements.at(i).id, i);
    qsizetype present = 0;
    for (const Annotation &annotation : std::as_const(m_annotations))
        present += wanted.contains(annotation.id);
    if (present != wanted.size())
        return false;
    QList<Annotation> stored = replacements;
    if (!persistAll(stored.size(), [&](qsizetype i) { return m_store->storeAnnotation(stored[i]); }))
        return false;
    qsizetype from = m_article->text().size(), to = 0;
    bool moved = false;
    for (Annotation &annotation : m_annotations) {
        const auto it = wanted.constFind(annotation.id);
        if (it == wanted.constEnd())
            continue;
        const Annotation &replacement = stored.at(*it);
        from = std::min({from, annotation.start, replacement.start});
        to = std::max({to, annotation.end, replacement.end});
        moved = moved || annotation.start != replacement.start || annotation.end != replacement.end;
        m_longest = std::max(m_longest, replacement.length());
        annotation = replacement;
    }
    if (moved)
        std::sort(m_annotations.begin(), m_annotations.end(), comesBefore);
    annotationsReplaced(from, to);
    return true;
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
    QList<Annotation> one{annotation};
    if (!insertAnnotations(one))
        return false;
    annotation = one.first();
    return true;
}

bool AnnotationDocument::removeAnnotation(qint64 id)
{
    return removeAnnotations({id});
}

bool AnnotationDocument::replaceAnnotation(const Annotation &replacement)
{
    return replaceAnnotations({replacement});
}

} // namespace Hamish
