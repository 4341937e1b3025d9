// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/Result.h"
#include "core/model/Annotation.h"
#include "core/model/Label.h"

#include <QCoreApplication>
#include <QList>

namespace Hamish {

class AnnotationDocument;

// The user's annotation gestures as the core carries them out, whatever front end asks: each is one undo
// step on the document (and so one commit when the document is a project's).
class Annotating
{
    Q_DECLARE_TR_FUNCTIONS(Hamish::Annotating)

public:
    // Who the user is, for an annotation's author and as the annotator of a project's layer when they chose no
    // name: the login name, or "me". Never translated: what a project stores must not change with the interface
    // language (a project annotated in one would show none of the user's work in the other).
    static QString userName();
    // An annotator's name as the interface shows it: the default name in the interface's language.
    static QString annotatorDisplayName(const QString &name);
    // Whether `name` is the name a user without a login name was given ("me", or "أنا" as builds before
    // 2026-12-04 stored it in the Arabic interface).
    static bool isDefaultUserName(const QString &name);
    // A span the user labelled: accepted, origin "user", by userName().
    static Annotation userAnnotation(const QString &label, qsizetype start, qsizetype end);

    // Labels [start, end) as `label`; returns the new annotation's id.
    static Result<qint64> labelSpan(AnnotationDocument &document, const QString &label, qsizetype start, qsizetype end);
    // Labels every mention of `phrase` (TextSearch::mentionsOf) in each document as `label`: a suggestion of
    // that label there is accepted, a mention without one gets the user's annotation, one already accepted stays:
    // one undo step per document. Returns how many mentions were labelled (accepted or added).
    static int labelAllMentions(const QList<AnnotationDocument *> &documents, const QString &phrase,
                                const QString &label);
    // Rejects every undecided suggestion of `label` that covers exactly a mention of `phrase`: one undo step per
    // document. Returns how many.
    static int rejectAllMentions(const QList<AnnotationDocument *> &documents, const QString &phrase,
                                 const QString &label);
    // The undecided suggestions of `label` exactly at mentions of `phrase` in the document, but `except`.
    static QList<qint64> suggestedMentions(const AnnotationDocument &document, const QString &phrase,
                                           const QString &label, qint64 except = 0);
    // Rejects (or accepts) the annotations `ids`, the mentions of one entity named `name`, as one undo step;
    // returns how many changed.
    static int reviewEntity(AnnotationDocument &document, const QList<qint64> &ids, const QString &name,
                            AnnotationStatus status);
    // Gives the annotations `ids`, the mentions of one entity named `name`, the label `label` (accepted: the
    // user decided), as one undo step; returns how many changed.
    static int relabelEntity(AnnotationDocument &document, const QList<qint64> &ids, const QString &name,
                             const QString &label);
    // Accepts or rejects every suggestion of `label` in the document as one undo step; returns how many.
    static int reviewAll(AnnotationDocument &document, const QString &label, AnnotationStatus status);
};

} // namespace Hamish
