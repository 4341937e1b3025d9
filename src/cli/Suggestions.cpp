#include "Suggestions.h"

#include "extraction/Extractor.h"

namespace Hamish::Cli {

QList<Annotation> suggestionsFor(const Article &article)
{
    // Built once: loading the gazetteers is the expensive part, extracting is cheap.
    static const Extractor extractor;
    return extractor.extract(article);
}

} // namespace Hamish::Cli
