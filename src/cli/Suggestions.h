// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Annotation.h"
#include "core/text/Article.h"

#include <QList>

namespace Hamish::Cli {

// The extraction engine's suggestions for a new article, stored with it by `new` and `add`.
QList<Annotation> suggestionsFor(const Article &article);

} // namespace Hamish::Cli
