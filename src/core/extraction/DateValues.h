// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Annotation.h"

#include <QJsonValue>
#include <QList>

namespace Hamish {

// The values of DATE annotations (README "Extraction"): ISO 8601 dates and partial dates, ISO weeks, Hijri
// dates with their Gregorian equivalent in the arithmetic (civil) calendar, which can differ by a day
// from the sighted months.
class DateValues
{
public:
    // A Gregorian or Hijri date; year, month or day 0 when the text does not say; day -1 is the month's
    // last day. Null if no such day exists.
    static QJsonValue date(int year, int month, int day, bool hijri);
    // The nth (1-5, or -1 for the last) weekday (1 = Monday ... 7 = Sunday) of a month, as an ISO date.
    static QJsonValue nthWeekday(int year, int month, int weekday, int nth);
    // The nth (or -1: last) week that lies wholly in a month, Monday to Sunday, as an ISO week (2014-W41).
    static QJsonValue nthWeek(int year, int month, int nth);
    // A Hijri month named without its year (شهر رمضان) is read in the article's year: the year of the first
    // Hijri date that has one, else the Hijri month nearest the first Gregorian date with a year. Such
    // values gain "yearFrom": "article". Months without any year to go by keep "hijri": "--09".
    static void resolveHijriMonths(QList<Annotation> &annotations);
};

} // namespace Hamish
