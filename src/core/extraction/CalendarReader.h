// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/extraction/ClockReader.h"

namespace Hamish {

// A month named, numbered (شهر ثلاثة، الشهر التاسع) or relative to the article's (هذا الشهر، الشهر المقبل).
struct MonthMatch
{
    int number = 0; // 1-12; 0 when relative
    int offset = 0; // months from the article's when relative
    bool hijri = false;
    bool ambiguous = false;
    qsizetype first = 0; // token indices
    qsizetype last = 0;
    bool relative() const { return number == 0; }
};

// A year after a month: written (2014، 1435 هـ) or relative (السنة القادمة).
struct YearMatch
{
    int year = 0;
    bool hijri = false;
    bool relative = false;
    int offset = 0;
    qsizetype last = -1;
};

// A day of a month: 1-31, or -1 for the last day (آخر يوم، اليوم الأخير).
struct DayMatch
{
    int day = 0;
    bool digits = false;
    bool ordinal = false;
    qsizetype first = 0;
    qsizetype last = 0;
    qsizetype start = 0; // normalised offset
};

// Reads the parts dates are made of over the tokens of a text: months (named in any of the calendars,
// numbered, or relative), years (written or relative), days of a month, weekdays.
class CalendarReader : public ClockReader
{
public:
    using ClockReader::ClockReader;

protected:
    bool monthAt(qsizetype index, MonthMatch *month) const;
    bool yearAt(qsizetype index, YearMatch *year) const;
    bool yearAfter(qsizetype index, YearMatch *year) const;
    bool dayAt(qsizetype index, DayMatch *day) const;
    int bareWeekday(qsizetype index) const;
    int weekdayAt(qsizetype index) const;
    // The connective between a day and its month: من، في, or nothing (a month glued to ب counts).
    qsizetype afterOf(qsizetype index) const
    {
        return wordIs(index, u"من") || wordIs(index, u"في") ? index + 1 : index;
    }
};

} // namespace Hamish
