// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Hamish {

// Repairs the ways Arabic text comes out of a PDF's text layer wrong: letters stored as presentation
// forms, lines stored in visual order, brackets and quotes stored mirrored, punctuation stored at the
// visual edge of its run and digits glued to the next word.
class PdfTextRepair
{
public:
    // Folds Arabic presentation forms (U+FB50-U+FDFF, U+FE70-U+FEFF) to the letters they show, by NFKC for
    // those characters only: ﻋ → ع, the lam-alef ligature ﻻ → لا (two letters), ﷲ → الله; isolated harakat
    // lose the space NFKC puts before them. Everything else, including U+0600-U+06FF, is left as it is.
    static QString foldPresentationForms(QStringView text);
    static bool isPresentationForm(char16_t c) { return (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF); }
    // An Arabic letter: of the Arabic and Arabic Supplement blocks, or a presentation form.
    static bool isArabicLetter(QChar c);

    // True when `c` is a presentation form that joins to the letter after it (an initial or medial form):
    // at the end of a line, the word goes on on the next line.
    static bool joinsToNext(QChar c);

    // The logical order of a line whose characters are in visual order (left to right as drawn), by the
    // inverse Unicode bidirectional algorithm: Arabic runs are reversed, numbers and Latin runs inside them
    // keep their order, and brackets drawn mirrored get back the character the writer typed.
    static QString visualToLogical(QStringView visual, bool rightToLeft);

    // The same as indices: the positions of `visual` in logical order, and whether each position (indexed
    // like `visual`) lies in a right-to-left run, where a bracket drawn must be read mirrored.
    static QList<qsizetype> logicalOrder(QStringView visual, bool rightToLeft, QList<bool> *inRightToLeftRun);

    // In a line whose words are in logical order, reverses any Arabic word whose presentation forms show
    // that its letters are in visual order (it starts with a final form and ends with an initial one).
    // Returns how many words were reversed.
    static int reverseVisualWords(QString &line);

    // The rank of `word` (base letters as written, no presentation forms) among the words of Arabic news by
    // frequency: 1 for the most frequent, 0 when it is not among them (resources/gazetteers/news-words.txt, the
    // words of the ANT corpus seen at least three times; loaded once, on first use).
    static int newsWordRank(QStringView word);

    // How a logical line's brackets and quotation marks pair up: one for each kind that balances as it is, minus
    // one for each kind that balances only mirrored (")قسد(", "»قسد«"); kinds absent or unbalanced either way
    // count nothing.
    static int bracketBalance(QStringView line);

    // Repairs a logical line: mirrored brackets and quotation marks ()قسد( → (قسد), »قسد« → «قسد»),
    // punctuation at the visual edge of a word (،أمس → أمس،) and digits glued to the next Arabic word
    // (25مترا → 25 مترا). Text without these faults is returned unchanged. `bracketsAsTyped`: the page's writer is
    // known to give the brackets typed, so a line that balances only mirrored (a quotation running on from the line
    // before, "…الرقة»، مشيرة إلى «الدقيقة» …") keeps them.
    static QString repairLine(QStringView line, bool bracketsAsTyped = false);
};

} // namespace Hamish
