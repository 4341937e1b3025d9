// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/extraction/NumberRecognizer.h"
#include "core/model/Annotation.h"

namespace Hamish {

// Finds DATE and TIME expressions: day-month-year with Gregorian, Levantine, Maghrebi or Hijri month
// names or in digits, `عام 2014`, `في نوفمبر`, `السادس من يونيو`, relative days (أمس) and weekdays,
// clock times. Values are ISO 8601 (partial dates as --MM-DD or --MM); expressions that need the
// article's date to resolve are objects flagged "relative"; Hijri dates carry their Gregorian
// equivalent computed with the arithmetic (civil) calendar, which can differ by a day from sighting.
class DateRecognizer
{
public:
    static QList<Annotation> find(const TextAnalysis &analysis, const QList<NumberMatch> &numbers);
    // Reads what needs the article's year in it once the whole article is known (شهر رمضان).
    static void resolveWithArticleYear(QList<Annotation> &annotations);
};

} // namespace Hamish
