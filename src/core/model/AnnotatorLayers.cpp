// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/AnnotatorLayers.h"

#include <QSet>

namespace Hamish::AnnotatorLayers {

namespace {

// The suggestions that the given annotators (all of them, when `annotator` is null) have copies of.
QSet<qint64> madeOwn(const QList<Annotation> &all, const QString *annotator)
{
    QSet<qint64> ids;
    for (const Annotation &annotation : all) {
        if (annotation.basedOn != 0 && !annotation.annotator.isEmpty()
            && (!annotator || annotation.annotator == *annotator))
            ids.insert(annotation.basedOn);
    }
    return ids;
}

} // namespace

QList<Annotation> viewOf(const QList<Annotation> &all, const QString &annotator)
{
    const QSet<qint64> own = madeOwn(all, &annotator);
    QList<Annotation> view;
    for (const Annotation &annotation : all) {
        if (annotation.annotator == annotator || (annotation.annotator.isEmpty() && !own.contains(annotation.id)))
            view.append(annotation);
    }
    return view;
}

QList<Annotation> layerOf(const QList<Annotation> &all, const QString &annotator)
{
    QList<Annotation> layer;
    for (const Annotation &annotation : all) {
        if (annotation.annotator == annotator)
            layer.append(annotation);
    }
    return layer;
}

QList<Annotation> everyone(const QList<Annotation> &all)
{
    const QSet<qint64> own = madeOwn(all, nullptr);
    QList<Annotation> kept;
    for (const Annotation &annotation : all) {
        if (!annotation.annotator.isEmpty() || !own.contains(annotation.id))
            kept.append(annotation);
    }
    return kept;
}

QStringList annotatorsIn(const QList<Annotation> &all)
{
    QSet<QString> names;
    for (const Annotation &annotation : all) {
        if (!annotation.annotator.isEmpty())
            names.insert(annotation.annotator);
    }
    QStringList sorted(names.cbegin(), names.cend());
    sorted.sort();
    return sorted;
}

} // namespace Hamish::AnnotatorLayers
