// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tagger/TaggerTokenizer.h"

namespace Hamish::TaggerTokenizer {

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

} // namespace Hamish::TaggerTokenizer
