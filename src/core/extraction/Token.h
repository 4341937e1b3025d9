// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace Hamish {

enum class TokenKind : quint8 {
    Word,   // a run of letters
    Number, // a run of ASCII digits, possibly with '.' or ',' between digits (after normalisation)
    Symbol, // one punctuation or symbol character, or a line break
};

// One token of normalised text. Offsets are into NormalizedText::text.
struct Token
{
    qsizetype start = 0;
    qsizetype end = 0;
    TokenKind kind = TokenKind::Word;
    bool spaceBefore = false; // blank (or line start) between the previous token and this one
    // Part of a URL, an e-mail address or a product code (EV1, F-16, كوفيد-19): its digits are no number.
    bool code = false;
    // Where the word stands once a proclitic (و ف ب ل ك, ال and combinations) is stripped: stemStart is
    // its normalised offset and stem its text; "لل" before a word eats the article's alef, so for
    // "للرئيس" the stem is "الرئيس" (held outside the text) while stemStart points at "رئيس".
    qsizetype stemStart = 0;
    // Where a highlight of the word starts: after و ف ب ل ك but before the article (بالرقة -> الرقة).
    qsizetype wordStart = 0;
    QStringView text;
    QStringView stem;
    // The stem is in the lexicon. Every word table the recognisers consult feeds the lexicon, so an unknown
    // word (most words) needs no further lookup.
    bool known = false;
    quint16 categories = 0;     // the stem's WordCategory flags
    quint16 bareCategories = 0; // the stem's without its article (الأول -> أول), when it has one

    qsizetype prefixLength() const { return stemStart - start; }
    // و ف ب ل ك stand in front of the word (an article alone does not count).
    bool hasParticle() const { return wordStart > start; }
    bool isWord() const { return kind == TokenKind::Word; }
    bool isKnownWord() const { return kind == TokenKind::Word && known; }
    bool isNumber() const { return kind == TokenKind::Number; }
    bool isSymbol(char16_t c) const { return kind == TokenKind::Symbol && text.size() == 1 && text.at(0) == c; }
};

} // namespace Hamish
