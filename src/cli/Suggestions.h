#pragma once

#include "Annotation.h"
#include "Article.h"

#include <QList>

namespace Hamish::Cli {

// The extraction engine's suggestions for a new article, stored with it by `new` and `add`.
QList<Annotation> suggestionsFor(const Article &article);

} // namespace Hamish::Cli
