// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Hamish {

// How the reader shows an article. Display only: hiding diacritics and changing digits replace characters
// one for one in what is drawn, so selections, annotations and exports keep the original text and offsets.
struct DisplayOptions
{
    QString fontFamily; // empty: the best Arabic reading face installed (Amiri, Noto Naskh Arabic)
    double fontPointSize = 15;
    double lineSpacing = 1.2;
    double highlightOpacity = 1.0;
    bool hideDiacritics = false;
    enum class Digits { AsWritten, ArabicIndic, Western } digits = Digits::AsWritten;

    friend bool operator==(const DisplayOptions &, const DisplayOptions &) = default;
};

} // namespace Hamish
