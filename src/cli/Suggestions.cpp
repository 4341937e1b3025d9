#include "Suggestions.h"

namespace Hamish::Cli {

QList<Annotation> suggestionsFor(const Article &article)
{
    // Integrator: call Extractor here (Hamish::Extractor().extract(article), from src/core/extraction/ on
    // branch `extract`, once it is on main). Until then new articles arrive without suggestions.
    Q_UNUSED(article);
    return {};
}

} // namespace Hamish::Cli
