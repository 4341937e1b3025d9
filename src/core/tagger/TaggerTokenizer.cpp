// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tagger/TaggerTokenizer.h"

namespace Hamish::TaggerTokenizer {

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

namespace {

// Letters in [start, end), marks and format characters not counted; -1 if anything else is there.
qsizetype letterCount(QStringView text, qsizetype start, qsizetype end)
{
    qsizetype letters = 0;
    for (qsizetype i = start; i < end; ++i) {
        const QChar c = text[i];
        if (c.isLetter())
            ++letters;
        else if (!c.isMark() && c.category() != QChar::Other_Format)
            return -1;
    }
    return letters;
}

// Letters of a word that could be an abbreviated letter's name, not counting an article (الكي. جي. بي.).
qsizetype letterNameLength(QStringView text, qsizetype start, qsizetype end)
{
    const qsizetype letters = letterCount(text, start, end);
    return letters > 2 && text.sliced(start, end - start).startsWith(u"ال") ? letters - 2 : letters;
}

} // namespace

bool isAbbreviation(QStringView text, qsizetype start, qsizetype end)
{
    const qsizetype letters = letterNameLength(text, start, end);
    if (letters == 1)
        return true; // an initial
    if (letters < 1 || letters > 3)
        return false;
    // The last of a chain: a full stop and a word of at most three letters before it.
    qsizetype b = start;
    while (b > 0 && text[b - 1].isSpace() && text[b - 1] != u'\n' && text[b - 1] != QChar::ParagraphSeparator)
        --b;
    if (b > 0 && text[b - 1] == u'.') {
        qsizetype wordStart = b - 1;
        while (wordStart > 0
               && (isWordCharacter(text[wordStart - 1]) || text[wordStart - 1].category() == QChar::Other_Format))
            --wordStart;
        const qsizetype previous = letterNameLength(text, wordStart, b - 1);
        if (previous >= 1 && previous <= 3)
            return true;
    }
    // The next word, then a full stop right after it.
    qsizetype i = end + 1;
    while (i < text.size() && text[i].isSpace() && text[i] != u'\n' && text[i] != QChar::ParagraphSeparator)
        ++i;
    const qsizetype next = i;
    while (i < text.size() && (isWordCharacter(text[i]) || text[i].category() == QChar::Other_Format))
        ++i;
    const qsizetype after = letterNameLength(text, next, i);
    return after >= 1 && after <= 3 && i < text.size() && text[i] == u'.';
}

} // namespace Hamish::TaggerTokenizer
