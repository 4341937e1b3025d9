// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tagger/TaggerTokenizer.h"

#include <QSet>

namespace Hamish::TaggerTokenizer {

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

bool continuesWord(QChar c)
{
    return isWordCharacter(c) || c.category() == QChar::Other_Format;
}

namespace {

// A space within the line (a line or paragraph break ends the sentence, and no abbreviation runs across it).
bool isLineSpace(QChar c)
{
    return c.isSpace() && c != u'\n' && c != QChar::ParagraphSeparator;
}

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

// A Latin letter's name as Arabic news writes it in an abbreviation (بي. بي. سي، إف. بي. آي، الكي. جي. بي.), the
// article allowed before it.
bool isLetterName(QStringView word)
{
    static const QSet<QStringView> names = {u"إيه",   u"ايه", u"أيه", u"إي",  u"اي",  u"أي",   u"بي",   u"سي", u"دي",
                                            u"إف",    u"اف",  u"جي",  u"إتش", u"اتش", u"إيتش", u"ايتش", u"آي", u"جيه",
                                            u"جاي",   u"كيه", u"كي",  u"إل",  u"إم",  u"ام",   u"إن",   u"ان", u"أو",
                                            u"او",    u"كيو", u"آر",  u"ار",  u"إس",  u"اس",   u"تي",   u"يو", u"في",
                                            u"دبليو", u"إكس", u"اكس", u"واي", u"زد",  u"زي"};
    return names.contains(word) || (word.size() > 3 && word.startsWith(u"ال") && names.contains(word.sliced(2)));
}

// An initial (محمد ب.، J.) or a letter's name, at [start, end).
bool isAbbreviatedLetter(QStringView text, qsizetype start, qsizetype end)
{
    return letterCount(text, start, end) == 1 || isLetterName(text.sliced(start, end - start));
}

} // namespace

bool isAbbreviation(QStringView text, qsizetype start, qsizetype end)
{
    if (letterCount(text, start, end) == 1)
        return true; // an initial
    if (!isLetterName(text.sliced(start, end - start)))
        return false;
    // A letter's name in a chain: another abbreviated letter and its full stop before or after it.
    qsizetype b = start;
    while (b > 0 && isLineSpace(text[b - 1]))
        --b;
    if (b > 0 && text[b - 1] == u'.') {
        qsizetype wordStart = b - 1;
        while (wordStart > 0 && continuesWord(text[wordStart - 1]))
            --wordStart;
        if (wordStart < b - 1 && isAbbreviatedLetter(text, wordStart, b - 1))
            return true;
    }
    qsizetype i = end + 1;
    while (i < text.size() && isLineSpace(text[i]))
        ++i;
    const qsizetype next = i;
    while (i < text.size() && continuesWord(text[i]))
        ++i;
    return i > next && i < text.size() && text[i] == u'.' && isAbbreviatedLetter(text, next, i);
}

} // namespace Hamish::TaggerTokenizer
