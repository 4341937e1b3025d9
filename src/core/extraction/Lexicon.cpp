#include "Lexicon.h"

namespace Hamish {

void Lexicon::insertPhrase(QStringView normalizedPhrase)
{
    for (QStringView word : normalizedPhrase.tokenize(u' ', Qt::SkipEmptyParts))
        m_words.insert(word.toString());
}

} // namespace Hamish
