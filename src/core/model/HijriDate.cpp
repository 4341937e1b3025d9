// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/HijriDate.h"

#include <QCalendar>
#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QRegularExpression>

#include <optional>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {

QCalendar hijri()
{
    return QCalendar(QCalendar::System::IslamicCivil);
}

// A partial ISO date: year, month (0 if absent) and day (0 if absent); year 0 when there is none.
struct PartialDate
{
    int year = 0;
    int month = 0;
    int day = 0;
};

std::optional<PartialDate> parse(const QString &text)
{
    static const QRegularExpression pattern(u"^(?:(\\d{4})|-)-?(?:(\\d{2})(?:-(\\d{2}))?)?$"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    PartialDate date{match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt()};
    if ((date.year == 0 && (date.month == 0 || date.day == 0)) || date.month > 12 || date.day > 31)
        return std::nullopt;
    if (date.day > 0 && !QDate(date.year > 0 ? date.year : 2000, date.month, date.day).isValid())
        return std::nullopt;
    return date;
}

QString approximately(const QString &hijriText)
{
    //: %1 is a Hijri date such as "5 Ramadan 1445"; AH marks the Hijri era, ≈ that it is computed.
    return QCoreApplication::translate("Hamish::HijriDate", "≈ %1 AH").arg(hijriText);
}

QString hijriDay(const QDate &date, const QLocale &locale)
{
    return locale.toString(date, u"d MMMM yyyy"_s, hijri());
}

QString hijriMonth(const QDate &date, const QLocale &locale)
{
    return locale.toString(date, u"MMMM yyyy"_s, hijri());
}

QString hijriYear(const QDate &date, const QLocale &locale)
{
    return locale.toString(date, u"yyyy"_s, hijri());
}

// "a" alone when both ends give the same text, else "a – b".
QString range(const QString &first, const QString &last)
{
    return first == last ? first : first + u" – "_s + last;
}

QString describeGregorian(const PartialDate &date, const QLocale &locale)
{
    if (date.year == 0)
        return locale.toString(QDate(2000, date.month, date.day), u"d MMMM"_s);
    if (date.month == 0) {
        const QDate first(date.year, 1, 1);
        const QDate last(date.year, 12, 31);
        return locale.toString(first, u"yyyy"_s) + u" · "_s
               + approximately(range(hijriYear(first, locale), hijriYear(last, locale)));
    }
    if (date.day == 0) {
        const QDate first(date.year, date.month, 1);
        const QDate last = first.addMonths(1).addDays(-1);
        return locale.toString(first, u"MMMM yyyy"_s) + u" · "_s
               + approximately(range(hijriMonth(first, locale), hijriMonth(last, locale)));
    }
    const QDate day(date.year, date.month, date.day);
    return locale.toString(day, u"d MMMM yyyy"_s) + u" · "_s + approximately(hijriDay(day, locale));
}

// A date written in the Hijri calendar: shown as written, with the Gregorian equivalent approximate.
QString describeHijri(const QJsonObject &object, const QLocale &locale)
{
    // A month (and day) the article names without its year: شهر رمضان.
    static const QRegularExpression yearless(u"^--(\\d{2})(?:-(\\d{2}))?$"_s);
    const QRegularExpressionMatch match = yearless.match(object.value(u"hijri"_s).toString());
    if (match.hasMatch()) {
        const int month = match.captured(1).toInt();
        const int day = match.captured(2).toInt();
        if (month < 1 || month > 12 || day > 30)
            return {};
        const QString name = hijri().monthName(locale, month);
        //: %1 is a Hijri month, or a day and month, named in the article without a year, such as "Ramadan".
        return QCoreApplication::translate("Hamish::HijriDate", "%1 AH, year not given")
            .arg(day > 0 ? locale.toString(day) + u' ' + name : name);
    }
    const std::optional<PartialDate> date = parse(object.value(u"hijri"_s).toString());
    if (!date || date->year == 0)
        return {};
    const QCalendar calendar = hijri();
    const QDate first(date->year, std::max(date->month, 1), std::max(date->day, 1), calendar);
    if (!first.isValid())
        return {};
    QString written;
    QString gregorian;
    if (date->month == 0) {
        const QDate last = QDate(date->year + 1, 1, 1, calendar).addDays(-1);
        written = hijriYear(first, locale);
        gregorian = range(locale.toString(first, u"yyyy"_s), locale.toString(last, u"yyyy"_s));
    } else if (date->day == 0) {
        const QDate last = first.addMonths(1, calendar).addDays(-1);
        written = hijriMonth(first, locale);
        gregorian = range(locale.toString(first, u"MMMM yyyy"_s), locale.toString(last, u"MMMM yyyy"_s));
    } else {
        written = hijriDay(first, locale);
        gregorian = locale.toString(first, u"d MMMM yyyy"_s);
    }
    //: %1 is a Hijri date as written in the article, %2 its approximate Gregorian equivalent.
    return QCoreApplication::translate("Hamish::HijriDate", "%1 AH · ≈ %2").arg(written, gregorian);
}

} // namespace

QString describeDate(const QJsonValue &value, const QLocale &locale)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        return object.contains(u"hijri"_s) ? describeHijri(object, locale) : QString();
    }
    const std::optional<PartialDate> date = parse(value.toString());
    return date ? describeGregorian(*date, locale) : QString();
}

} // namespace Hamish
