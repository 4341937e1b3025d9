// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/extraction/Lexicon.h"

namespace Hamish {

// Light proclitic segmentation (after Larkey et al.'s light stemming): strips و ف ب ل ك, the article
// ال and their combinations from a normalised word, but only where the remainder is a known word.
class CliticSegmenter
{
public:
    struct Split
    {
        qsizetype prefixLength = 0;  // characters stripped from the word's start
        bool restoreArticle = false; // "لل" ate the article's alef: the stem is "ال" + the remainder
        qsizetype articleLength = 0; // how much of the prefix is the article (ال, or the ل of لل)
        quint16 categories = 0;      // the stem's WordCategory flags (0: unknown)
    };

    // The first of: the whole word if known (with a role beyond "some word of a name"); a stripped proclitic with the
    // article kept (بالرقة -> الرقة); "لل" read as ل + ال; the article stripped too. The whole word if nothing is
    // known.
    static Split segment(QStringView word, const Lexicon &lexicon);
};

} // namespace Hamish
