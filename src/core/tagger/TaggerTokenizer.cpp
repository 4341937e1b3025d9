#include "TaggerTokenizer.h"

namespace Hamish::TaggerTokenizer {

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

} // namespace Hamish::TaggerTokenizer
