// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Annotation.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QStringList>

#include <optional>

namespace Hamish {

// Inter-annotator agreement on a team's project: for every pair of annotators, on the articles both
// annotated, exact span-and-label precision, recall and F1 (the first of the pair as reference) and Cohen's
// kappa over tokens (each token tagged B-LABEL, I-LABEL or O from the annotator's accepted annotations; tokens
// are ICU word segments, spaces and punctuation left out), overall and per label; with three or more
// annotators also Fleiss' kappa over the tokens of the articles all of them annotated. A figure that cannot
// be computed (nothing to compare, or every token in one category) is absent.
class Agreement
{
    Q_DECLARE_TR_FUNCTIONS(Hamish::Agreement)

public:
    // One article as agreement reads it: its text, every annotator's layer, and who marked it done.
    struct Article
    {
        qint64 id = 0;
        QString title;
        QString text;
        QHash<QString, QList<Annotation>> layers; // annotator -> their annotations (any status)
        QStringList done;
    };

    struct Options
    {
        QStringList labels;    // only these labels (empty: all)
        bool doneOnly = false; // only articles both (all) annotators marked done
    };

    struct Figures
    {
        std::optional<double> precision, recall, f1, kappa;
        int matched = 0; // annotations with the same span and label in both layers
        int annotationsA = 0;
        int annotationsB = 0;
        int tokens = 0;
    };

    struct Pair
    {
        QString a, b;
        int articles = 0;
        Figures overall;
        QMap<QString, Figures> labels;
        QList<QPair<qint64, Figures>> perArticle; // in article order
    };

    struct Report
    {
        QStringList annotators;
        QList<Pair> pairs;
        std::optional<double> fleissKappa;
        int fleissArticles = 0;

        // {"pairs": [{"a", "b", "articles", "f1", "kappa", "precision", "recall", "annotations",
        //   "labels": {LABEL: {"f1", "kappa", ...}}}], "fleiss_kappa": x|null, ...}
        QByteArray toJson() const;
        // The same as a table for people.
        QString toText() const;
    };

    // Who the annotators are (every named layer but the curated one), and which articles each annotated
    // (has an annotation in their layer, or marked done).
    static Report compute(const QList<Article> &articles, const Options &options);

    // The word segments of a text (ICU), as [start, end) UTF-16 offsets: what kappa counts.
    static QList<QPair<qsizetype, qsizetype>> tokens(const QString &text);
};

} // namespace Hamish
