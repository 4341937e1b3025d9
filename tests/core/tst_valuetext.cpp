// SPDX-License-Identifier: GPL-3.0-or-later
// Annotation values as a reader sees them (tooltips, the Entities panel): every shape the rules produce.
#include "../CatchQt.h"

#include "core/base/Bidi.h"
#include "core/model/ValueText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Hamish;
using namespace Qt::StringLiterals;

namespace {

QJsonValue json(const char *text)
{
    // Scalars too: wrapped in an array to parse.
    return QJsonDocument::fromJson(QByteArray("[") + text + ']').array().at(0);
}

QString described(const char *label, const char *value)
{
    // The core tests install no translation: the source (English) texts, %n forms with their "(s)".
    return Bidi::withoutIsolates(describeValue(QString::fromLatin1(label), json(value), QLocale(QLocale::English)));
}

} // namespace

TEST_CASE("Numbers, percentages, money and quantities read as values, negatives and fractions included", "[values]")
{
    CHECK(described("NUMBER", "1250000") == u"1,250,000");
    CHECK(described("NUMBER", "-5") == u"-5");
    CHECK(described("NUMBER", "-0.4") == u"-0.4");
    CHECK(described("NUMBER", "0.625") == u"0.625");
    CHECK(described("NUMBER", "0.3333333333333333") == u"0.333333");
    CHECK(described("PERCENT", "12.5") == u"12.5%");
    CHECK(described("ORDINAL", "3") == u"3");
    CHECK(described("MONEY", R"({"amount": 225000000, "currency": "USD"})") == u"225,000,000 US dollars");
    CHECK(described("MONEY", R"({"amount": 1, "currency": "EGP"})") == u"1 Egyptian pound");
    CHECK(described("QUANTITY", R"({"amount": 5, "unit": "km2"})") == u"5 km²");
    CHECK(described("QUANTITY", R"({"amount": -2, "unit": "°C"})") == u"-2 °C");
    CHECK(described("QUANTITY", R"({"amount": 2.5, "unit": "day"})") == u"2.5 days");
    CHECK(described("QUANTITY", R"({"amount": 3, "unit": "furlong"})") == u"3 furlong");
}

TEST_CASE("Dates relative to the article's own read as such", "[values]")
{
    CHECK(described("DATE", R"({"offsetDays": -1, "relative": true})") == u"1 day(s) before the article's date");
    CHECK(described("DATE", R"({"offsetDays": 0, "relative": true})") == u"the article's day");
    CHECK(described("DATE", R"({"weekday": 7, "offsetWeeks": -1, "relative": true})")
          == u"the last Sunday before the article's date");
    CHECK(described("DATE", R"({"weekday": 1, "relative": true})") == u"the next Monday after the article's date");
    CHECK(described("DATE", R"({"offsetWeeks": -1, "relative": true})") == u"1 week(s) before the article's week");
    CHECK(described("DATE", R"({"offsetMonths": 0, "day": 19, "relative": true})") == u"day 19 of the article's month");
    CHECK(described("DATE", R"({"offsetMonths": 0, "day": -1, "relative": true})")
          == u"the last day of the article's month");
    CHECK(described("DATE", R"({"offsetYears": 1, "month": 3, "relative": true})")
          == u"March of 1 year(s) after the article's year");
    CHECK(described("DATE", R"({"weekday": 1, "nth": -1, "month": "--03"})") == u"the last Monday of March");
    CHECK(described("DATE", R"({"weekday": 5, "nth": 2, "month": {"offsetMonths": 1, "relative": true}})")
          == u"the second Friday of 1 month(s) after the article's month");
}

TEST_CASE("Calendar dates, weeks and Hijri months read in both calendars", "[values]")
{
    CHECK(described("DATE", R"("2014-06-06")") == u"6 June 2014 · ≈ 7 Shaʻban 1435 AH");
    CHECK(described("DATE", R"("2014-W41")") == u"week 41 of 2014 (6 October – 12 October 2014)");
    CHECK(described("DATE", R"({"calendar": "islamic-civil", "hijri": "1445-09", "date": "2024-03",
                                 "start": "2024-03-11", "end": "2024-04-09"})")
          == u"Ramadan 1445 AH · ≈ March 2024 – April 2024");
    CHECK(described("DATE", R"({"calendar": "islamic-civil", "hijri": "1445-09", "yearFrom": "article"})")
          == u"Ramadan 1445 AH · ≈ March 2024 – April 2024 (year taken from the article)");
    CHECK(described("DATE", R"({"calendar": "islamic-civil", "hijri": "--09"})") == u"Ramadan AH, year not given");
}

TEST_CASE("Times read with their zone, day or interval", "[values]")
{
    CHECK(described("TIME", R"("08:00")") == u"8:00 AM");
    CHECK(described("TIME", R"({"time": "08:00", "zone": "UTC"})") == u"8:00 AM UTC");
    CHECK(described("TIME", R"({"from": "16:00", "to": "19:00"})") == u"from 4:00 PM to 7:00 PM");
    CHECK(described("TIME", R"({"date": {"weekday": 4, "relative": true}, "time": "20:00"})")
          == u"the next Thursday after the article's date, at 8:00 PM");
    CHECK(described("TIME", R"({"relative": true, "now": true})") == u"the moment the article was written");
}

TEST_CASE("No value is ever shown as raw JSON", "[values]")
{
    // Shapes from elsewhere (an imported file) are listed as their fields.
    const QString other = described("EVENT", R"({"kind": "summit", "days": [1, 2]})");
    CHECK(other == u"days: 1, 2 · kind: summit");
    for (const char *value : {R"({"offsetDays": -1, "relative": true})", R"("0000-09")", R"({"a": {"b": null}})"}) {
        const QString text = described("DATE", value);
        INFO(value);
        CHECK(!text.contains(u'{'));
        CHECK(!text.contains(u'"'));
    }
    CHECK(described("NUMBER", "null").isEmpty());
}

TEST_CASE("Values are written in the locale's language and digits", "[values]")
{
    const QLocale egypt(QLocale::Arabic, QLocale::Egypt);
    const QString money = describeValue(u"MONEY"_s, json(R"({"amount": 1500, "currency": "USD"})"), egypt);
    CHECK(money.contains(u"١٬٥٠٠"_s));
    CHECK(money.contains(u"دولار"_s));
    const QString date = describeValue(u"DATE"_s, json(R"("2024-03-11")"), egypt);
    CHECK(date.contains(u"مارس"_s));
    CHECK(date.contains(u"رمضان"_s));
    CHECK(!date.contains(u'2'));
    const QString weekday =
        describeValue(u"DATE"_s, json(R"({"weekday": 5, "offsetWeeks": -1, "relative": true})"), egypt);
    CHECK(weekday.contains(u"الجمعة"_s));
}

TEST_CASE("Who made an annotation reads as words", "[values]")
{
    CHECK(describeOrigin(u"user"_s) == u"you");
    CHECK(describeOrigin(u"rules:date"_s) == u"the rules");
    CHECK(describeOrigin(u"model:ner"_s) == u"the entity model");
    CHECK(describeOrigin(u"lexicon"_s) == u"learned from your labels");
    CHECK(describeOrigin(u"import"_s) == u"imported");
}
