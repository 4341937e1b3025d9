// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/extraction/WordTable.h"

#include <QString>
#include <QStringView>

namespace Hamish {

// What a known word can be. A token carries its stem's categories, so a recogniser consults its own
// table only for words that are in it: one lookup per word instead of one per table.
enum WordCategory : quint16 {
    KnownWord = 1 << 0,
    NumberCategory = 1 << 1,    // cardinal number words
    OrdinalCategory = 1 << 2,   // ordinal words
    MeasureCategory = 1 << 3,   // units, currencies
    MonthCategory = 1 << 4,     // month names (and the first word of two-word ones)
    DayCategory = 1 << 5,       // relative days, weekdays
    TriggerCategory = 1 << 6,   // entity trigger words
    NameStartCategory = 1 << 7, // the first word of a gazetteer name
    FunctionCategory = 1 << 8,  // a function word (بعد، لكن، كل): never read as a proclitic + a name word
    RuleWordCategory = 1 << 9   // a word the date and measure rules look for (لعام 2014، بالساعة)
};

// The normalised words the engine knows (number words, months, units, gazetteer tokens, trigger words)
// with their categories: clitic segmentation strips a prefix only where what remains is in it.
class Lexicon
{
public:
    void insert(QStringView normalizedWord, quint16 categories = KnownWord)
    {
        m_words[normalizedWord] |= categories | KnownWord;
    }
    void insertPhrase(QStringView normalizedPhrase, quint16 categories = KnownWord);
    bool contains(QStringView normalizedWord) const { return categories(normalizedWord) != 0; }
    // The word's categories, 0 if unknown.
    quint16 categories(QStringView normalizedWord) const { return m_words.value(normalizedWord, 0); }
    // The categories of `first` + `second` (ال + a stem), 0 if unknown.
    quint16 categories(QStringView first, QStringView second) const
    {
        const quint16 *found = m_words.find(first, second);
        return found ? *found : 0;
    }
    qsizetype size() const { return m_words.size(); }

private:
    WordTable<quint16> m_words;
};

} // namespace Hamish
