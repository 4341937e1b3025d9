// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extraction/Lexicon.h"

namespace Hamish {

void Lexicon::insertPhrase(QStringView normalizedPhrase, quint16 categories)
{
    for (QStringView word : normalizedPhrase.tokenize(u' ', Qt::SkipEmptyParts))
        insert(word, categories);
}

} // namespace Hamish
