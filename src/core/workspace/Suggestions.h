// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Annotation.h"
#include "core/model/Label.h"
#include "core/text/Article.h"

#include <QList>

namespace Hamish {

class AnnotationDocument;
class EntityTagger;
class Extractor;
class UserLexicon;

// The extraction engine's suggestions, the same for every front end: one engine per process (the trained
// model for names, the rules when it cannot be loaded; numbers, dates and money from the rules), and the
// one rule for what reaches a document: a suggestion whose label the document or project no longer has
// (the user deleted it) is left out, the rest are kept.
namespace Suggestions {

// The engine, built on first use: loading the model and the gazetteers is the expensive part, extracting
// is cheap. Thread-safe.
const Extractor &engine();
// Why the trained model could not be loaded (names then come from the rules); empty when it was.
QString modelWarning();

// The engine's suggestions for an article; names from `projectTagger` (a model trained on the project) when given.
QList<Annotation> find(const Article &article, const EntityTagger *projectTagger = nullptr);
// `suggestions` without those whose label is not in `labels`.
QList<Annotation> withLabels(QList<Annotation> suggestions, const QList<Label> &labels);
// What a new article in a project starts with: the engine's suggestions with the user's own mentions
// (`lexicon`, learnt from the project) first, for the labels the project has. Names come from `projectTagger`
// (a model trained on the project) when given, else from the shipped model.
QList<Annotation> forNewArticle(const Article &article, const QList<Label> &labels, const UserLexicon &lexicon,
                                const EntityTagger *projectTagger = nullptr);
// Adds suggestions found for `document` (by find(), perhaps on another thread) to it, for the labels it
// has; returns how many were new (AnnotationDocument::mergeSuggestions).
qsizetype addTo(AnnotationDocument &document, QList<Annotation> suggestions);

} // namespace Suggestions

} // namespace Hamish
