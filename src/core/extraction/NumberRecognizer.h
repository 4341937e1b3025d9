// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/extraction/TextAnalysis.h"

#include <QList>

namespace Hamish {

// A cardinal or ordinal number found in the tokens.
struct NumberMatch
{
    qsizetype first = 0; // token indices, inclusive
    qsizetype last = 0;
    qsizetype start = 0; // normalised offsets of the span (after any proclitic of the first token)
    qsizetype end = 0;
    double value = 0;
    bool ordinal = false;
    bool digits = false; // written in digits (possibly with a scale word: 3 ملايين)
};

// Finds numbers in digits of any script and in words (units, teens, tens, hundreds, scales, compounds
// joined by و, fractions, mixed digits + scale word) and ordinals (simple, compound, with and without
// the article).
class NumberRecognizer
{
public:
    // Matches in text order, not overlapping.
    static QList<NumberMatch> find(const TextAnalysis &analysis);
    // The value of a token of digits with ',' thousands groups and '.' decimals; false if malformed.
    static bool parseDigits(QStringView digits, double *value);
};

} // namespace Hamish
