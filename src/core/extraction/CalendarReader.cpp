// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extraction/CalendarReader.h"

#include "core/extraction/ArabicWords.h"

#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Hamish {

bool CalendarReader::monthAt(qsizetype index, MonthMatch *month) const
{
    if (index >= m_analysis.size() || !m_analysis.at(index).isKnownWord())
        return false;
    const ArabicWords &words = ArabicWords::instance();
    month->first = index;
    // هذا الشهر، الشهر الحالي، الشهر القادم، الشهر التاسع
    if ((stemIs(index, u"هذا") && stemIs(index + 1, u"شهر") && hasArticle(m_analysis.at(index + 1)))
        || (stemIs(index, u"شهر") && hasArticle(m_analysis.at(index)))) {
        const qsizetype word = stemIs(index, u"هذا") ? index + 1 : index;
        *month = MonthMatch{0, 0, false, false, index, word};
        if (word > index)
            return true;
        if (isCurrent(word + 1) || periodDirection(word + 1) != 0) {
            month->offset = periodDirection(word + 1);
            month->last = word + 1;
            return true;
        }
        const NumberMatch *ordinal = numberAt(word + 1);
        if (ordinal && ordinal->ordinal && ordinal->value >= 1 && ordinal->value <= 12) {
            *month = MonthMatch{int(ordinal->value), 0, false, false, index, ordinal->last};
            return true;
        }
        return false;
    }
    // "شهر" before a month name removes any doubt: شهر مارس, شهر صفر; before a number it names the month
    // by its number (شهر ثلاثة، شهر 3; not شهر واحد, one month).
    bool namedMonth = false;
    if (stemIs(index, u"شهر") && index + 1 < m_analysis.size()) {
        namedMonth = true;
        ++index;
        const NumberMatch *number = numberAt(index);
        if (number && !number->ordinal && number->value == std::floor(number->value) && number->value <= 12
            && (number->digits ? number->value >= 1 : number->value >= 3)) {
            *month = MonthMatch{int(number->value), 0, false, false, month->first, number->last};
            return true;
        }
    }
    const Token &token = m_analysis.at(index);
    const ArabicWords::Month *found =
        token.isKnownWord() && (token.categories & MonthCategory) ? words.month(token.stem) : nullptr;
    if (!found)
        return false;
    month->last = index;
    month->number = found->number;
    month->offset = 0;
    month->hijri = found->hijri;
    month->ambiguous = found->ambiguous && !namedMonth;
    if (found->twoWords) {
        if (index + 1 >= m_analysis.size())
            return false;
        const ArabicWords::Month *both = words.month(token.stem, m_analysis.at(index + 1).text);
        if (!both)
            return false;
        month->number = both->number;
        month->ambiguous = false;
        month->last = index + 1;
    }
    return true;
}

// A year: 3-4 digits, optionally marked م (AD) or هـ (AH, normalised to ه).
bool CalendarReader::yearAt(qsizetype index, YearMatch *year) const
{
    const NumberMatch *number = numberAt(index);
    if (!number || !number->digits || number->first != number->last)
        return false;
    const QStringView text = m_analysis.at(index).text;
    if (text.size() < 3 || text.size() > 4 || text.contains(u'.') || text.contains(u','))
        return false;
    *year = YearMatch{text.toInt(), false, false, 0, index};
    if (wordIs(index + 1, u"ه") || wordIs(index + 1, u"هـ")) {
        year->hijri = true;
        year->last = index + 1;
    } else if (wordIs(index + 1, u"م")) {
        year->last = index + 1;
    }
    if (year->last + 1 < m_analysis.size() && m_analysis.at(year->last + 1).isSymbol(u'.')
        && !m_analysis.at(year->last + 1).spaceBefore && year->last > index)
        ++year->last; // هـ. م.
    return year->year >= 500 && year->year <= 2200;
}

// The year after a month, directly or after عام/سنة/من/في: يونيو 2014، أيلول من عام 2014، في سنة 2014،
// شهر مارس السنة القادمة.
bool CalendarReader::yearAfter(qsizetype index, YearMatch *year) const
{
    if (wordIs(index, u"من") || wordIs(index, u"في"))
        ++index;
    const bool unit = stemIs(index, u"عام") || stemIs(index, u"سنه");
    if (unit && hasArticle(m_analysis.at(index))) {
        const int direction = periodDirection(index + 1);
        if (direction == 0 && !isCurrent(index + 1))
            return false;
        *year = YearMatch{0, false, true, direction, index + 1};
        return true;
    }
    if (unit)
        ++index;
    return yearAt(index, year);
}

// 12، الثاني عشر، اليوم الثالث، ثالث يوم، آخر يوم، اليوم الأخير، منتصف، بداية.
bool CalendarReader::dayAt(qsizetype index, DayMatch *day) const
{
    if (index >= m_analysis.size())
        return false;
    const Token &token = m_analysis.at(index);
    *day = DayMatch{0, false, false, index, index, token.wordStart};
    const NumberMatch *number = numberAt(index);
    if (number && number->value >= 1 && number->value <= 31 && number->value == std::floor(number->value)) {
        if (number->digits && (number->first != number->last || m_analysis.at(index).text.size() > 2))
            return false;
        day->day = int(number->value);
        day->digits = number->digits;
        day->ordinal = number->ordinal;
        day->last = number->last;
        day->start = number->start;
        // ثالث يوم: the ordinal before the word day.
        if (number->ordinal && stemIs(day->last + 1, u"يوم") && !hasArticle(m_analysis.at(day->last + 1)))
            ++day->last;
        return true;
    }
    if (!token.isWord())
        return false;
    if (stemIs(index, u"يوم")) {
        const NumberMatch *ordinal = numberAt(index + 1);
        if (ordinal && ordinal->ordinal && ordinal->value >= 1 && ordinal->value <= 31) {
            *day = DayMatch{int(ordinal->value), false, true, index, ordinal->last, token.wordStart};
            return true;
        }
        if (hasArticle(token) && (wordIs(index + 1, u"الاخير") || wordIs(index + 1, u"الاخيره"))) {
            *day = DayMatch{-1, false, true, index, index + 1, token.wordStart};
            return true;
        }
        return false;
    }
    if (stemIs(index, u"اخر") && !hasArticle(token) && stemIs(index + 1, u"يوم")
        && !hasArticle(m_analysis.at(index + 1))) {
        *day = DayMatch{-1, false, true, index, index + 1, token.wordStart};
        return true;
    }
    const QStringView stem = token.stem;
    if (stem == u"منتصف" || stem == u"نص" || stem == u"نصف")
        day->day = 15;
    else if (stem == u"بدايه" || stem == u"مطلع")
        day->day = 1;
    else if (stem == u"نهايه")
        day->day = -1;
    else
        return false;
    day->ordinal = true;
    return true;
}

// اثنين، ثلاثاء، ثلاثا، أربعاء، خميس، جمعة، سبت، أحد without the article (ثالث ثلاثاء، آخر اثنين): 1-7, or 0.
int CalendarReader::bareWeekday(qsizetype index) const
{
    if (index >= m_analysis.size() || !m_analysis.at(index).isKnownWord())
        return 0;
    static const std::array<std::pair<QStringView, int>, 9> weekdays = {{{u"اثنين", 1},
                                                                         {u"ثلاثاء", 2},
                                                                         {u"ثلاثا", 2},
                                                                         {u"اربعاء", 3},
                                                                         {u"اربعا", 3},
                                                                         {u"خميس", 4},
                                                                         {u"جمعه", 5},
                                                                         {u"سبت", 6},
                                                                         {u"احد", 7}}};
    const QStringView text = m_analysis.at(index).text;
    for (const auto &[word, weekday] : weekdays) {
        if (text == word)
            return weekday;
    }
    return 0;
}

// A weekday with the article (الثلاثاء): 1-7, or 0.
int CalendarReader::weekdayAt(qsizetype index) const
{
    if (index >= m_analysis.size() || !m_analysis.at(index).isKnownWord())
        return 0;
    const Token &token = m_analysis.at(index);
    const int *weekday = (token.categories & DayCategory) ? ArabicWords::instance().weekday(token.stem) : nullptr;
    return weekday ? *weekday : 0;
}

} // namespace Hamish
