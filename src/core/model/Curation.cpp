// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/Curation.h"

#include "core/model/AddAnnotations.h"
#include "core/model/AnnotationDocument.h"
#include "core/model/AnnotationStore.h"
#include "core/model/AnnotatorLayers.h"

#include <QSet>
#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>

namespace Hamish {

namespace {

bool sameSpan(const Annotation &a, const Annotation &b)
{
    return a.start == b.start && a.end == b.end && a.label == b.label;
}

bool byPosition(const Annotation &a, const Annotation &b)
{
    return a.start != b.start ? a.start < b.start : a.end > b.end;
}

// The curated layer's copy of an annotator's span: the same span, label, value and note, accepted.
Annotation curatedCopy(const Annotation &span)
{
    Annotation copy;
    copy.label = span.label;
    copy.start = span.start;
    copy.end = span.end;
    copy.status = AnnotationStatus::Accepted;
    copy.origin = span.origin;
    copy.value = span.value;
    copy.confidence = 1.0;
    copy.note = span.note;
    copy.annotator = kCuration.toString();
    copy.author = kCuration.toString();
    return copy;
}

// Replaces some curated spans with others as one step: either both happen or neither, so neither the project
// nor the history ever holds a half-taken side.
class ReplaceSpans : public QUndoCommand
{
public:
    ReplaceSpans(AnnotationDocument *document, const QList<qint64> &removed, QList<Annotation> added,
                 const QString &text)
        : QUndoCommand(text)
        , m_document(document)
        , m_removed(document->annotationsWithIds(removed))
        , m_added(std::move(added))
    {}

    void redo() override
    {
        if (!swap(m_removed, m_added))
            setObsolete(true);
    }
    void undo() override
    {
        if (!swap(m_added, m_removed))
            setObsolete(true);
    }

private:
    bool swap(QList<Annotation> &out, QList<Annotation> &in)
    {
        QList<qint64> ids;
        for (const Annotation &annotation : std::as_const(out))
            ids.append(annotation.id);
        AnnotationStore *store = m_document->store();
        if (ids.isEmpty() || in.isEmpty() || !store) {
            // One write: it is kept whole or refused whole (an edit while the server is away waits).
            return (ids.isEmpty() || m_document->removeAnnotations(ids))
                   && (in.isEmpty() || m_document->insertAnnotations(in));
        }
        // Both in one transaction of the project: a refused write rolls the removal back too, and the document
        // shows what the project still holds.
        const QList<Annotation> before = m_document->annotations();
        QList<Annotation> added = in;
        const Result<void> done = store->batch([&]() -> Result<void> {
            if (!m_document->removeAnnotations(ids) || !m_document->insertAnnotations(added))
                return Error(m_document->lastError());
            return {};
        });
        if (!done) {
            m_document->syncAnnotations(before);
            return false;
        }
        in = added;
        return true;
    }

    AnnotationDocument *m_document;
    QList<Annotation> m_removed;
    QList<Annotation> m_added;
};

// Whether the stack kept `step`: a refused write leaves it obsolete, and the stack deletes it (the pointer
// is only compared).
bool pushed(const AnnotationDocument &document, const QUndoCommand *step)
{
    const QUndoStack *stack = document.undoStack();
    return stack->index() > 0 && stack->command(stack->index() - 1) == step;
}

} // namespace

bool Curation::Row::curatedAs(const QString &annotator) const
{
    const QList<Annotation> theirs = spans.value(annotator);
    if (theirs.size() != curated.size())
        return false;
    for (qsizetype i = 0; i < theirs.size(); ++i) {
        if (!sameSpan(theirs.at(i), curated.at(i)))
            return false;
    }
    return true;
}

QStringList Curation::annotatorsOf(const QList<Annotation> &all)
{
    QStringList names = AnnotatorLayers::annotatorsIn(all);
    names.removeAll(kCuration.toString());
    return names;
}

QList<Curation::Row> Curation::align(const QList<Annotation> &all, const QStringList &annotators)
{
    const QStringList names = annotators.isEmpty() ? annotatorsOf(all) : annotators;
    const QSet<QString> compared(names.cbegin(), names.cend());
    // What agreement counts: each annotator's accepted spans, and the curated ones.
    QList<Annotation> marked;
    QList<Annotation> curated;
    for (const Annotation &annotation : all) {
        if (annotation.status != AnnotationStatus::Accepted || annotation.length() <= 0)
            continue;
        if (annotation.annotator == kCuration)
            curated.append(annotation);
        else if (compared.contains(annotation.annotator))
            marked.append(annotation);
    }
    std::sort(marked.begin(), marked.end(), byPosition);
    std::sort(curated.begin(), curated.end(), byPosition);

    // Overlapping spans, of anyone, form one row; then each curated span joins the row it overlaps (a run of
    // rows one curated span bridges becomes one row), or stands alone.
    QList<Row> rows;
    for (const Annotation &span : std::as_const(marked)) {
        if (rows.isEmpty() || span.start >= rows.last().end) {
            Row row;
            row.start = span.start;
            row.end = span.end;
            rows.append(row);
        }
        Row &row = rows.last();
        row.end = std::max(row.end, span.end);
        row.spans[span.annotator].append(span);
    }
    QList<Row> merged;
    qsizetype next = 0; // the first row not yet placed
    for (const Annotation &span : std::as_const(curated)) {
        while (next < rows.size() && rows.at(next).end <= span.start)
            merged.append(rows.at(next++));
        if (!merged.isEmpty() && merged.last().end > span.start) {
            // Overlaps the last placed row (which may be a curated span's own).
            Row &row = merged.last();
            row.curated.append(span);
            row.end = std::max(row.end, span.end);
        } else {
            Row row;
            row.start = span.start;
            row.end = span.end;
            row.curated.append(span);
            merged.append(row);
        }
        Row &row = merged.last();
        while (next < rows.size() && rows.at(next).start < row.end) {
            const Row &joined = rows.at(next++);
            row.start = std::min(row.start, joined.start);
            row.end = std::max(row.end, joined.end);
            for (auto it = joined.spans.cbegin(); it != joined.spans.cend(); ++it)
                row.spans[it.key()].append(it.value());
        }
    }
    while (next < rows.size())
        merged.append(rows.at(next++));

    for (Row &row : merged) {
        row.agreed = names.size() >= 2 && std::all_of(names.cbegin(), names.cend(), [&](const QString &name) {
                         const QList<Annotation> theirs = row.spans.value(name);
                         const QList<Annotation> first = row.spans.value(names.first());
                         return theirs.size() == 1 && first.size() == 1 && sameSpan(theirs.first(), first.first());
                     });
    }
    return merged;
}

bool Curation::takeSide(AnnotationDocument &curation, const Row &row, const QString &annotator)
{
    if (row.curatedAs(annotator))
        return false;
    QList<qint64> removed;
    for (const Annotation &span : row.curated) {
        if (curation.annotation(span.id))
            removed.append(span.id);
    }
    QList<Annotation> added;
    for (const Annotation &span : row.spans.value(annotator))
        added.append(curatedCopy(span));
    if (removed.isEmpty() && added.isEmpty())
        return false;
    auto *step = new ReplaceSpans(&curation, removed, added, tr("Take %1's Side").arg(annotator));
    curation.undoStack()->push(step);
    return pushed(curation, step);
}

int Curation::mergeAgreed(AnnotationDocument &curation, const QList<Row> &rows)
{
    QList<Annotation> added;
    for (const Row &row : rows) {
        if (row.agreed && row.curated.isEmpty())
            added.append(curatedCopy(row.spans.first().first()));
    }
    if (added.isEmpty())
        return 0;
    auto *step = new AddAnnotations(&curation, added, tr("Merge Agreed Spans"));
    curation.undoStack()->push(step);
    return pushed(curation, step) ? int(added.size()) : -1;
}

} // namespace Hamish
