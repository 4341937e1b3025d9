// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/ValueText.h"

#include "core/base/Bidi.h"
#include "core/model/HijriDate.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>
#include <QTime>

#include <unicode/ucurr.h>
#include <unicode/uloc.h>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {

// The translation context of these texts (lupdate reads Text::tr as Hamish::ValueText).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(Hamish::ValueText)
};

// At most six decimals (a third is 0.333333), no trailing zeros, grouped thousands.
QString number(double value, const QLocale &locale)
{
    const double rounded = std::round(value * 1e6) / 1e6;
    if (std::abs(rounded) < 1e15 && rounded == std::trunc(rounded))
        return locale.toString(qint64(rounded));
    return locale.toString(rounded, 'f', QLocale::FloatingPointShortest);
}

bool isWhole(double value)
{
    return std::abs(value) < 1e9 && value == std::trunc(value);
}

// ICU's name for an ISO 4217 code in the locale's language ("US dollars", "دولار أمريكي"); the code itself
// when ICU has none.
QString currencyName(const QString &code, double amount, const QLocale &locale)
{
    if (code.size() != 3)
        return code;
    const std::u16string iso = code.toStdU16String();
    const QByteArray localeName = locale.name().toLatin1();
    UErrorCode status = U_ZERO_ERROR;
    UBool isChoiceFormat = false;
    int32_t length = 0;
    const UChar *name = ucurr_getPluralName(iso.c_str(), localeName.constData(), &isChoiceFormat,
                                            amount == 1 ? "one" : "other", &length, &status);
    if (U_FAILURE(status) || !name || length == 0)
        return code;
    const QString text = QString::fromUtf16(name, length);
    return text == code ? code : text;
}

QString unitName(const QString &unit, double amount, const QLocale &locale)
{
    const QString value = number(amount, locale);
    // Symbols, as news writes them.
    struct Symbol
    {
        const char16_t *unit;
        const char *text;
    };
    static constexpr Symbol symbols[] = {
        {u"m", QT_TRANSLATE_NOOP("Hamish::ValueText", "%1 m")},
        {u"m2", QT_TRANSLATE_NOOP("Hamish::ValueText", "%1 m²")},
        {u"m3", QT_TRANSLATE_NOOP("Hamish::ValueText", "%1 m³")},
        {u"km", QT_TRANSLATE_NOOP("Hamish::ValueText", "%1 km")},
        {u"km2", QT_TRANSLATE_NOOP("Hamish::ValueText", "%1 km²")},
        {u"cm", QT_TRANSLATE_NOOP("Hamish::ValueText", "%1 cm")},
        {u"mm", QT_TRANSLATE_NOOP("Hamish::ValueText", "%1 mm")},
        {u"kg", QT_TRANSLATE_NOOP("Hamish::ValueText", "%1 kg")},
        {u"g", QT_TRANSLATE_NOOP("Hamish::ValueText", "%1 g")},
        {u"mg", QT_TRANSLATE_NOOP("Hamish::ValueText", "%1 mg")},
        {u"t", QT_TRANSLATE_NOOP("Hamish::ValueText", "%1 t")},
        {u"l", QT_TRANSLATE_NOOP("Hamish::ValueText", "%1 l")},
        {u"ml", QT_TRANSLATE_NOOP("Hamish::ValueText", "%1 ml")},
        {u"hl", QT_TRANSLATE_NOOP("Hamish::ValueText", "%1 hl")},
        {u"ha", QT_TRANSLATE_NOOP("Hamish::ValueText", "%1 ha")},
        {u"°C", QT_TRANSLATE_NOOP("Hamish::ValueText", "%1 °C")},
        {u"°F", QT_TRANSLATE_NOOP("Hamish::ValueText", "%1 °F")},
        {u"°", QT_TRANSLATE_NOOP("Hamish::ValueText", "%1°")},
    };
    for (const Symbol &symbol : symbols) {
        if (unit == symbol.unit)
            return Text::tr(symbol.text).arg(value);
    }
    // Words, with the plural forms of the language for whole amounts.
    struct Word
    {
        const char16_t *unit;
        const char *whole;    // "%n day(s)"
        const char *fraction; // "%1 days"
    };
    static constexpr Word words[] = {
        {u"s", QT_TRANSLATE_N_NOOP("Hamish::ValueText", "%n second(s)"),
         QT_TRANSLATE_NOOP("Hamish::ValueText", "%1 seconds")},
        {u"min", QT_TRANSLATE_N_NOOP("Hamish::ValueText", "%n minute(s)"),
         QT_TRANSLATE_NOOP("Hamish::ValueText", "%1 minutes")},
        {u"h", QT_TRANSLATE_N_NOOP("Hamish::ValueText", "%n hour(s)"),
         QT_TRANSLATE_NOOP("Hamish::ValueText", "%1 hours")},
        {u"day", QT_TRANSLATE_N_NOOP("Hamish::ValueText", "%n day(s)"),
         QT_TRANSLATE_NOOP("Hamish::ValueText", "%1 days")},
        {u"week", QT_TRANSLATE_N_NOOP("Hamish::ValueText", "%n week(s)"),
         QT_TRANSLATE_NOOP("Hamish::ValueText", "%1 weeks")},
        {u"month", QT_TRANSLATE_N_NOOP("Hamish::ValueText", "%n month(s)"),
         QT_TRANSLATE_NOOP("Hamish::ValueText", "%1 months")},
        {u"year", QT_TRANSLATE_N_NOOP("Hamish::ValueText", "%n year(s)"),
         QT_TRANSLATE_NOOP("Hamish::ValueText", "%1 years")},
        {u"bbl", QT_TRANSLATE_N_NOOP("Hamish::ValueText", "%n barrel(s)"),
         QT_TRANSLATE_NOOP("Hamish::ValueText", "%1 barrels")},
        {u"cup", QT_TRANSLATE_N_NOOP("Hamish::ValueText", "%n cup(s)"),
         QT_TRANSLATE_NOOP("Hamish::ValueText", "%1 cups")},
        {u"dunam", QT_TRANSLATE_N_NOOP("Hamish::ValueText", "%n dunam(s)"),
         QT_TRANSLATE_NOOP("Hamish::ValueText", "%1 dunams")},
        {u"ft", QT_TRANSLATE_N_NOOP("Hamish::ValueText", "%n foot/feet"),
         QT_TRANSLATE_NOOP("Hamish::ValueText", "%1 feet")},
        {u"gal", QT_TRANSLATE_N_NOOP("Hamish::ValueText", "%n gallon(s)"),
         QT_TRANSLATE_NOOP("Hamish::ValueText", "%1 gallons")},
        {u"mi", QT_TRANSLATE_N_NOOP("Hamish::ValueText", "%n mile(s)"),
         QT_TRANSLATE_NOOP("Hamish::ValueText", "%1 miles")},
        {u"oz", QT_TRANSLATE_N_NOOP("Hamish::ValueText", "%n ounce(s)"),
         QT_TRANSLATE_NOOP("Hamish::ValueText", "%1 ounces")},
    };
    for (const Word &word : words) {
        if (unit != word.unit)
            continue;
        // %n is written in QLocale's default digits; the locale asked for is used for the other forms.
        if (isWhole(amount) && locale == QLocale())
            return Text::tr(word.whole, nullptr, int(amount));
        return Text::tr(word.fraction).arg(value);
    }
    //: A quantity in a unit Hamish has no name for: the amount, then the unit as the file gives it.
    return Text::tr("%1 %2").arg(value, Bidi::leftToRight(unit));
}

QString clock(const QString &text, const QLocale &locale)
{
    const QTime time = QTime::fromString(text, text.size() > 5 ? u"HH:mm:ss"_s : u"HH:mm"_s);
    if (!time.isValid())
        return {};
    return locale.toString(time, time.second() != 0 ? QLocale::LongFormat : QLocale::ShortFormat)
        .remove(QRegularExpression(u"\\s*\\S*(GMT|UTC)\\S*"_s)); // no time zone of this computer
}

// "the day before the article's date", "3 weeks after the article's week": a period `offset` units from
// the article's.
QString relativePeriod(const QString &unit, int offset)
{
    if (unit == u"offsetDays") {
        if (offset == 0)
            return Text::tr("the article's day");
        return offset < 0 ? Text::tr("%n day(s) before the article's date", nullptr, -offset)
                          : Text::tr("%n day(s) after the article's date", nullptr, offset);
    }
    if (unit == u"offsetWeeks") {
        if (offset == 0)
            return Text::tr("the article's week");
        return offset < 0 ? Text::tr("%n week(s) before the article's week", nullptr, -offset)
                          : Text::tr("%n week(s) after the article's week", nullptr, offset);
    }
    if (unit == u"offsetMonths") {
        if (offset == 0)
            return Text::tr("the article's month");
        return offset < 0 ? Text::tr("%n month(s) before the article's month", nullptr, -offset)
                          : Text::tr("%n month(s) after the article's month", nullptr, offset);
    }
    if (offset == 0)
        return Text::tr("the article's year");
    return offset < 0 ? Text::tr("%n year(s) before the article's year", nullptr, -offset)
                      : Text::tr("%n year(s) after the article's year", nullptr, offset);
}

QString weekdayName(int weekday, const QLocale &locale)
{
    return weekday >= 1 && weekday <= 7 ? locale.dayName(weekday) : QString();
}

// Month names in the Gregorian calendar, without a year.
QString monthName(int month, const QLocale &locale)
{
    return month >= 1 && month <= 12 ? locale.standaloneMonthName(month) : QString();
}

QString describeRelative(const QJsonObject &object, const QLocale &locale)
{
    const int day = object.value(u"day"_s).toInt();
    const int month = object.value(u"month"_s).toInt();
    if (object.contains(u"weekday"_s)) {
        const QString weekday = weekdayName(object.value(u"weekday"_s).toInt(), locale);
        if (weekday.isEmpty())
            return {};
        const int weeks = object.value(u"offsetWeeks"_s).toInt(1);
        if (weeks < 0)
            return Text::tr("the last %1 before the article's date").arg(weekday);
        if (weeks == 0)
            return Text::tr("%1 of the article's week").arg(weekday);
        return Text::tr("the next %1 after the article's date").arg(weekday);
    }
    if (object.contains(u"offsetMonths"_s) && object.contains(u"day"_s)) {
        const QString period = relativePeriod(u"offsetMonths"_s, object.value(u"offsetMonths"_s).toInt());
        return day < 0 ? Text::tr("the last day of %1").arg(period)
                       : Text::tr("day %1 of %2").arg(locale.toString(day), period);
    }
    if (object.contains(u"offsetYears"_s) && object.contains(u"month"_s)) {
        const QString period = relativePeriod(u"offsetYears"_s, object.value(u"offsetYears"_s).toInt());
        const QString name = monthName(month, locale);
        if (name.isEmpty())
            return {};
        //: %1 is a month (or a day and month) such as "March", %2 a year such as "the year after the article's".
        return Text::tr("%1 of %2").arg(day > 0 ? locale.toString(day) + u' ' + name : name, period);
    }
    for (const QString &unit : {u"offsetDays"_s, u"offsetWeeks"_s, u"offsetMonths"_s, u"offsetYears"_s}) {
        if (object.contains(unit))
            return relativePeriod(unit, object.value(unit).toInt());
    }
    return {};
}

QString describeDateValue(const QJsonValue &value, const QLocale &locale);

// The nth weekday of a month: آخر اثنين من شهر آذار.
QString describeNthWeekday(const QJsonObject &object, const QLocale &locale)
{
    const QString weekday = weekdayName(object.value(u"weekday"_s).toInt(), locale);
    const QJsonValue monthValue = object.value(u"month"_s);
    QString month;
    static const QRegularExpression yearless(u"^--(\\d{2})$"_s);
    if (const QRegularExpressionMatch match = yearless.match(monthValue.toString()); match.hasMatch())
        month = monthName(match.captured(1).toInt(), locale);
    else
        month = describeDateValue(monthValue, locale);
    if (weekday.isEmpty() || month.isEmpty())
        return {};
    const int nth = object.value(u"nth"_s).toInt();
    switch (nth) {
    case -1:
        return Text::tr("the last %1 of %2").arg(weekday, month);
    case 1:
        return Text::tr("the first %1 of %2").arg(weekday, month);
    case 2:
        return Text::tr("the second %1 of %2").arg(weekday, month);
    case 3:
        return Text::tr("the third %1 of %2").arg(weekday, month);
    case 4:
        return Text::tr("the fourth %1 of %2").arg(weekday, month);
    case 5:
        return Text::tr("the fifth %1 of %2").arg(weekday, month);
    default:
        return {};
    }
}

// An ISO week, 2014-W41: its number and the days it runs (Monday to Sunday).
QString describeWeek(const QString &text, const QLocale &locale)
{
    static const QRegularExpression week(u"^(\\d{4})-W(\\d{2})$"_s);
    const QRegularExpressionMatch match = week.match(text);
    if (!match.hasMatch())
        return {};
    const int year = match.captured(1).toInt();
    const int number = match.captured(2).toInt();
    // ISO week 1 holds the year's first Thursday.
    const QDate fourth(year, 1, 4);
    const QDate monday = fourth.addDays(1 - fourth.dayOfWeek()).addDays(7 * (number - 1));
    if (number < 1 || number > 53 || monday.addDays(3).year() != year)
        return {};
    const QDate sunday = monday.addDays(6);
    return Text::tr("week %1 of %2 (%3 – %4)")
        .arg(locale.toString(number), locale.toString(QDate(year, 1, 1), u"yyyy"_s),
             locale.toString(monday, u"d MMMM"_s), locale.toString(sunday, u"d MMMM yyyy"_s));
}

QString describeDateValue(const QJsonValue &value, const QLocale &locale)
{
    if (value.isString()) {
        if (const QString week = describeWeek(value.toString(), locale); !week.isEmpty())
            return week;
        return describeDate(value, locale);
    }
    if (!value.isObject())
        return {};
    const QJsonObject object = value.toObject();
    if (object.contains(u"hijri"_s)) {
        const QString hijri = describeDate(value, locale);
        if (hijri.isEmpty() || object.value(u"yearFrom"_s).toString() != u"article")
            return hijri;
        //: %1 is a Hijri date whose year the article does not say: Hamish took it from the article's other dates.
        return Text::tr("%1 (year taken from the article)").arg(hijri);
    }
    if (object.contains(u"nth"_s))
        return describeNthWeekday(object, locale);
    if (object.value(u"relative"_s).toBool())
        return describeRelative(object, locale);
    return {};
}

QString describeTimeValue(const QJsonValue &value, const QLocale &locale)
{
    if (value.isString())
        return clock(value.toString(), locale);
    if (!value.isObject())
        return {};
    const QJsonObject object = value.toObject();
    if (object.value(u"now"_s).toBool())
        return Text::tr("the moment the article was written");
    if (object.contains(u"from"_s) || object.contains(u"to"_s)) {
        const QString from = clock(object.value(u"from"_s).toString(), locale);
        const QString to = clock(object.value(u"to"_s).toString(), locale);
        return from.isEmpty() || to.isEmpty() ? QString() : Text::tr("from %1 to %2").arg(from, to);
    }
    QString time = clock(object.value(u"time"_s).toString(), locale);
    if (time.isEmpty())
        return {};
    if (object.value(u"zone"_s).toString() == u"UTC")
        time = Text::tr("%1 UTC").arg(time);
    if (object.contains(u"date"_s)) {
        const QString date = describeDateValue(object.value(u"date"_s), locale);
        if (!date.isEmpty())
            //: %1 is a day (a date, or a weekday relative to the article's date), %2 a time of day.
            return Text::tr("%1, at %2").arg(date, time);
    }
    return time;
}

// Any other value, listed as its fields: "amount: 5 · unit: m".
QString listFields(const QJsonValue &value, const QLocale &locale)
{
    switch (value.type()) {
    case QJsonValue::Double:
        return number(value.toDouble(), locale);
    case QJsonValue::String:
        return Bidi::isolate(value.toString());
    case QJsonValue::Bool:
        return value.toBool() ? Text::tr("yes") : Text::tr("no");
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items.append(listFields(item, locale));
        return items.join(Text::tr(", "));
    }
    case QJsonValue::Object: {
        QStringList fields;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            fields.append(Text::tr("%1: %2").arg(Bidi::isolate(it.key()), listFields(it.value(), locale)));
        return fields.join(u" · "_s);
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

} // namespace

QString describeValue(const QString &label, const QJsonValue &value, const QLocale &locale)
{
    QString text;
    if (value.isDouble()) {
        text = number(value.toDouble(), locale);
        if (label == u"PERCENT")
            text += locale.percent();
    } else if (value.isObject() && value.toObject().contains(u"currency"_s)) {
        const QJsonObject money = value.toObject();
        const double amount = money.value(u"amount"_s).toDouble();
        //: An amount of money: the amount, then the currency's name ("225,000,000 US dollars").
        text = Text::tr("%1 %2").arg(number(amount, locale),
                                     currencyName(money.value(u"currency"_s).toString(), amount, locale));
    } else if (value.isObject() && value.toObject().contains(u"unit"_s)) {
        const QJsonObject quantity = value.toObject();
        text = unitName(quantity.value(u"unit"_s).toString(), quantity.value(u"amount"_s).toDouble(), locale);
    } else if (label == u"TIME" || (value.isObject() && value.toObject().contains(u"time"_s))) {
        text = describeTimeValue(value, locale);
    } else {
        text = describeDateValue(value, locale);
    }
    return text.isEmpty() ? listFields(value, locale) : text;
}

QString describeOrigin(const QString &origin)
{
    if (origin == u"user")
        return Text::tr("you");
    if (origin == u"import")
        return Text::tr("imported");
    if (origin == u"lexicon")
        return Text::tr("learned from your labels");
    if (origin.startsWith(u"model:"))
        return Text::tr("the entity model");
    if (origin.startsWith(u"rules:"))
        return Text::tr("the rules");
    return Bidi::isolate(origin);
}

} // namespace Hamish
