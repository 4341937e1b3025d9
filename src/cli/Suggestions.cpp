// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Suggestions.h"

#include "core/extraction/Extractor.h"
#include "core/tagger/ModelEntityRecognizer.h"

namespace Hamish::Cli {

QList<Annotation> suggestionsFor(const Article &article, const EntityTagger *tagger)
{
    if (tagger)
        return Extractor(ModelEntityRecognizer::recognizersFor(tagger)).extract(article);
    // Built once: loading the model and the gazetteers is the expensive part, extracting is cheap. Names
    // come from the trained model (the rules if it cannot be loaded), as in `extract`, `tag` and the window.
    static const Extractor extractor(ModelEntityRecognizer::standardSet());
    return extractor.extract(article);
}

} // namespace Hamish::Cli
