// SPDX-License-Identifier: GPL-3.0-or-later
#include "../CatchQt.h"

#include "core/model/HijriDate.h"

#include <QJsonObject>

using namespace Hamish;
using namespace Qt::StringLiterals;

// Expected Hijri dates come from the tabular (civil) calendar's arithmetic, worked independently:
// JD = day + ceil(29.5 (month - 1)) + 354 (year - 1) + floor((3 + 11 year) / 30) + 1948439.5 - 1.

TEST_CASE("A Gregorian day is shown with its approximate civil Hijri date", "[hijri]")
{
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    CHECK(describeDate(u"2024-03-11"_s, english) == u"11 March 2024 · ≈ 1 Ramadan 1445 AH");
    // 1 Muharram 1446 is 8 July 2024 in the civil calendar (Umm al-Qura says the 7th: hence "≈").
    CHECK(describeDate(u"2024-07-08"_s, english) == u"8 July 2024 · ≈ 1 Muharram 1446 AH");
    CHECK(describeDate(u"1979-11-21"_s, english) == u"21 November 1979 · ≈ 1 Muharram 1400 AH");
}

TEST_CASE("Arabic dates use Arabic month names and the هـ era", "[hijri]")
{
    // The translation is not installed in core tests: the era mark comes from the source string here,
    // and from hamish_ar.ts in the application.
    const QString text = describeDate(u"2024-03-11"_s, QLocale(QLocale::Arabic, QLocale::SaudiArabia));
    CHECK(text.contains(u"رمضان"_s));
    CHECK(text.contains(u"مارس"_s));
    CHECK(text.contains(u"١٤٤٥"_s));
}

TEST_CASE("Partial dates show the Hijri months or years they span", "[hijri]")
{
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    // March 2024 runs from 20 Shaʻban to 20 Ramadan 1445.
    const QString month = describeDate(u"2024-03"_s, english);
    CHECK(month.startsWith(u"March 2024 · ≈ "_s));
    CHECK(month.contains(u"Ramadan 1445"_s));
    CHECK(month.contains(u" – "_s));
    CHECK(describeDate(u"2024"_s, english) == u"2024 · ≈ 1445 – 1446 AH");
    // A day without a year has no Hijri equivalent.
    CHECK(describeDate(u"--03-15"_s, english) == u"15 March");
}

TEST_CASE("A date written in the Hijri calendar is shown as written with an approximate Gregorian date", "[hijri]")
{
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    const QJsonObject value{{u"calendar"_s, u"islamic-civil"_s}, {u"hijri"_s, u"1445-09-01"_s}};
    CHECK(describeDate(value, english) == u"1 Ramadan 1445 AH · ≈ 11 March 2024");
    const QJsonObject year{{u"calendar"_s, u"islamic-civil"_s}, {u"hijri"_s, u"1445"_s}};
    CHECK(describeDate(year, english) == u"1445 AH · ≈ 2023 – 2024");
}

TEST_CASE("A Hijri month named without a year is shown as such", "[hijri]")
{
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    const QJsonObject month{{u"calendar"_s, u"islamic-civil"_s}, {u"hijri"_s, u"--09"_s}};
    CHECK(describeDate(month, english) == u"Ramadan AH, year not given");
    const QJsonObject day{{u"calendar"_s, u"islamic-civil"_s}, {u"hijri"_s, u"--12-10"_s}};
    CHECK(describeDate(day, english).startsWith(u"10 Dhuʻl-Hijjah"_s));
    CHECK(describeDate(QJsonObject{{u"calendar"_s, u"islamic-civil"_s}, {u"hijri"_s, u"--13"_s}}, english).isEmpty());
}

TEST_CASE("Values that are not dates give no description", "[hijri]")
{
    const QLocale english(QLocale::English);
    CHECK(describeDate(QJsonValue(), english).isEmpty());
    CHECK(describeDate(u"yesterday"_s, english).isEmpty());
    CHECK(describeDate(u"2024-02-30"_s, english).isEmpty());
    CHECK(describeDate(u"2024-13"_s, english).isEmpty());
    CHECK(describeDate(QJsonObject{{u"relative"_s, true}, {u"offsetDays"_s, -1}}, english).isEmpty());
    CHECK(describeDate(42, english).isEmpty());
}
