#include "Suggestions.h"

#include "Extractor.h"

namespace Hamish::Cli {

QList<Annotation> suggestionsFor(const Article &article)
{
    static const Extractor extractor;
    return extractor.extract(article);
}

} // namespace Hamish::Cli
