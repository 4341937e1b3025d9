// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/Result.h"
#include "core/model/Annotation.h"
#include "core/model/Label.h"
#include "core/text/Article.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>
#include <memory>

class QUndoStack;

namespace Hamish {

class AnnotationStore;

// An article with its annotations and labels, as one editing session sees it. Owns the undo stack: every
// user edit is an undo command (see AnnotationCommands.h) that calls the mutators below, which persist the
// change through the store (if any) and tell the views what changed.
class AnnotationDocument : public QObject
{
    Q_OBJECT

public:
    explicit AnnotationDocument(std::shared_ptr<const Article> article, QObject *parent = nullptr);
    ~AnnotationDocument() override;

    const Article &article() const { return *m_article; }
    std::shared_ptr<const Article> sharedArticle() const { return m_article; }
    QUndoStack *undoStack() const { return m_undoStack; }

    void setStore(AnnotationStore *store) { m_store = store; }
    AnnotationStore *store() const { return m_store; }

    // A document of a project open read-only (in another Hamish): every edit is refused with `reason`, and
    // the engine's suggestions are not added (they could not be stored).
    void setReadOnly(const QString &reason);
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    QString readOnlyReason() const { return m_readOnlyReason; }

    const QList<Label> &labels() const { return m_labels; }
    void setLabels(const QList<Label> &labels);
    const Label *label(const QString &name) const;

    // Annotations sorted by start, then by longer first (an enclosing span before what it contains).
    const QList<Annotation> &annotations() const { return m_annotations; }
    // Replaces everything without undo (loading from a project, or the engine's first run).
    void resetAnnotations(QList<Annotation> annotations);
    // Adds the engine's suggestions that are new: one with the same span and label as any existing
    // annotation (accepted, or rejected by the user, or already suggested) is left out, so a rejected
    // suggestion stays rejected when the engine runs again. Not an undo step; returns how many were added.
    qsizetype mergeSuggestions(QList<Annotation> suggestions);
    // Adds suggestions learnt from the user's own labels (UserLexicon::suggest) to a document that may
    // already hold the engine's: one overlapping a name the user accepted, lying inside a longer name still
    // suggested (isPartOfLongerName), or already present, is left out, and the engine's unreviewed name
    // suggestions it overlaps are taken away (the user's word beats the model's guess). `suggestions` is
    // everything the user teaches now: a learnt suggestion still unreviewed that it no longer holds (the
    // label that taught it was undone or removed) is withdrawn, and the guesses it took away come back. Not
    // an undo step; returns how many were added.
    qsizetype mergeUserSuggestions(const QList<Annotation> &suggestions);
    const Annotation *annotation(qint64 id) const;
    // Annotations overlapping [start, end).
    QList<Annotation> annotationsIn(qsizetype start, qsizetype end) const;
    QString textOf(const Annotation &annotation) const;

    // Annotations with these ids, in the document's order (one pass, however many).
    QList<Annotation> annotationsWithIds(const QList<qint64> &ids) const;

    // Mutators for undo commands. Each stores all its annotations in one write through the store (one
    // transaction) or none of them, then updates the list in one pass and emits annotationsChanged once,
    // so a bulk edit of a quarter of a million annotations is one commit and one reset of the views. Each
    // returns false when the store refused (the document is then unchanged, lastError() says why and
    // storeFailed() told it). Past kProgressStep annotations, progress() reports how far the write is.
    bool insertAnnotations(QList<Annotation> &annotations); // assigns ids to those without one
    bool removeAnnotations(const QList<qint64> &ids);
    bool replaceAnnotations(const QList<Annotation> &replacements);
    bool insertAnnotation(Annotation &annotation);
    bool removeAnnotation(qint64 id);
    bool replaceAnnotation(const Annotation &replacement);
    QString lastError() const { return m_lastError; }
    // Whether a bulk edit is being written (merging suggestions waits until it is over).
    bool isBusy() const { return m_busy; }

    static constexpr qsizetype kProgressStep = 4096;

    qint64 nextId() const { return m_nextId; }

signals:
    // The text range whose highlights changed (from <= to); a reset covers the whole text.
    void annotationsChanged(qsizetype from, qsizetype to);
    void labelsChanged();
    void storeFailed(const QString &message);
    // A bulk edit has written `done` of `total` annotations.
    void progress(qsizetype done, qsizetype total);

private:
    // Whether the store kept an edit; when not, records and announces why.
    bool persist(const Result<void> &stored);
    // Runs `write` for each of `count` items as one batch of the store (a transaction), reporting progress;
    // without a store it runs nothing. A read-only document refuses.
    bool persistAll(qsizetype count, const std::function<Result<void>(qsizetype)> &write);
    void annotationsReplaced(qsizetype from, qsizetype to);
    bool applySuggestions(QList<Annotation> fresh, const QSet<qint64> &overruled);
    qsizetype indexOf(qint64 id) const;
    qsizetype insertionIndex(const Annotation &annotation) const;

    std::shared_ptr<const Article> m_article;
    QList<Annotation> m_annotations;
    QList<Label> m_labels;
    QUndoStack *m_undoStack = nullptr;
    AnnotationStore *m_store = nullptr;
    qint64 m_nextId = 1;
    qsizetype m_longest = 0; // the longest annotation, to bound overlap searches
    QString m_lastError;
    QString m_readOnlyReason;
    bool m_busy = false;
    // The engine's guesses each learnt suggestion took away (by its label and span), given back when it is
    // withdrawn.
    QHash<QString, QList<Annotation>> m_overruledBy;
};

} // namespace Hamish
