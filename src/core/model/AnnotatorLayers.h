// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Annotation.h"

#include <QList>
#include <QStringList>

namespace Hamish::AnnotatorLayers {

// An article's annotations, as a team's project keeps them, fall into layers: one per annotator (their
// name), the curated one (kCuration), and the engine's suggestions (no annotator) that everyone starts
// from. An annotator who reviews or edits a suggestion gets their own copy (based on it), so their work
// stays independent of everyone else's.

// What `annotator` sees and edits: their own layer, and the suggestions they have not made their own.
QList<Annotation> viewOf(const QList<Annotation> &all, const QString &annotator);
// One annotator's layer alone (what agreement and curation compare).
QList<Annotation> layerOf(const QList<Annotation> &all, const QString &annotator);
// Every layer, without the suggestions that someone has made their own (a project's export).
QList<Annotation> everyone(const QList<Annotation> &all);
// The names of the annotators (and curation) with a layer in `all`, sorted.
QStringList annotatorsIn(const QList<Annotation> &all);

} // namespace Hamish::AnnotatorLayers
