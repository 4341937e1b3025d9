// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Annotation.h"
#include "core/text/Article.h"

#include <QList>

namespace Hamish {
class EntityTagger;
}

namespace Hamish::Cli {

// The extraction engine's suggestions for a new article, stored with it by `new` and `add`; names from `tagger`
// (a model trained on the project) when given, else from the shipped model.
QList<Annotation> suggestionsFor(const Article &article, const EntityTagger *tagger = nullptr);

} // namespace Hamish::Cli
