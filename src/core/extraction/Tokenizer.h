// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/extraction/Token.h"

#include <QList>
#include <QString>

namespace Hamish {

// Splits normalised text into words, numbers and symbols at ICU word boundaries, then splits words
// glued to digits (تويتر6841 -> تويتر + 6841). Stems are left equal to the token text.
class Tokenizer
{
public:
    static QList<Token> tokenize(const QString &normalizedText);
};

} // namespace Hamish
