// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Annotation.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QStringList>

namespace Hamish {

class AnnotationDocument;

// Curating one article of a team's project: every annotator's accepted spans (what agreement compares) are
// aligned into rows, one per group of overlapping spans, so a curator sees at a glance where the annotators
// agree and where they differ, and settles each row into the curated layer (annotator kCuration): by taking
// one annotator's side, by editing the curated spans as any annotation, or by merging every agreed row at once.
class Curation
{
    Q_DECLARE_TR_FUNCTIONS(Hamish::Curation)

public:
    // A group of overlapping spans: [start, end) covers them all (UTF-16 offsets into the article's text).
    struct Row
    {
        qsizetype start = 0;
        qsizetype end = 0;
        QMap<QString, QList<Annotation>> spans; // annotator -> their accepted spans in the row, in text order
        QList<Annotation> curated;              // the curated layer's spans in the row
        // Every annotator marked the row with one span, all with the same start, end and label.
        bool agreed = false;
        // The curated spans are exactly what `annotator` marked here.
        bool curatedAs(const QString &annotator) const;
    };

    // Aligns the layers of `all` (an article's annotations, every layer) for `annotators` (empty: everyone
    // with a layer in the article but the curation). A span only the curation has is a row of its own.
    static QList<Row> align(const QList<Annotation> &all, const QStringList &annotators = {});
    // The annotators align() compares when given none.
    static QStringList annotatorsOf(const QList<Annotation> &all);

    // Makes the curated spans of `row` in `curation` (a document showing the curated layer) those
    // `annotator` marked there: the curated ones in the row go, copies of theirs come, as one undo step.
    // Taking the side of an annotator who marked nothing there clears the row. False when nothing changed or
    // the project refused (the document says why).
    static bool takeSide(AnnotationDocument &curation, const Row &row, const QString &annotator);
    // Adds every agreed row that holds no curated span yet to `curation`, as one undo step; returns how
    // many spans were added (-1 when the project refused).
    static int mergeAgreed(AnnotationDocument &curation, const QList<Row> &rows);
};

} // namespace Hamish
