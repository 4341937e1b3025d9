// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extraction/DateValues.h"

#include <QCalendar>
#include <QDate>
#include <QJsonObject>

#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {

QString twoDigits(int value)
{
    return QString::number(value).rightJustified(2, u'0');
}

QCalendar islamicCivil()
{
    return QCalendar(QCalendar::System::IslamicCivil);
}

// The Hijri month's text, first and last day: {"calendar", "hijri": "1445-09", "date": "2024-03",
// "start": "2024-03-11", "end": "2024-04-09"}.
QJsonObject hijriMonth(int year, int month)
{
    const QCalendar calendar = islamicCivil();
    QJsonObject object{{u"calendar"_s, u"islamic-civil"_s},
                       {u"hijri"_s, QString(QString::number(year).rightJustified(4, u'0') + u'-' + twoDigits(month))}};
    const QDate first(year, month, 1, calendar);
    if (first.isValid()) {
        const QDate last = first.addDays(calendar.daysInMonth(month, year) - 1);
        object.insert(u"date"_s, first.toString(u"yyyy-MM"_s));
        object.insert(u"start"_s, first.toString(Qt::ISODate));
        object.insert(u"end"_s, last.toString(Qt::ISODate));
    }
    return object;
}

// 1-12 from "--09" (or "--09-DD"), else 0.
int yearlessHijriMonth(const QJsonValue &value, int *day)
{
    if (!value.isObject())
        return 0;
    const QString hijri = value[u"hijri"_s].toString();
    if (!hijri.startsWith(u"--") || hijri.size() < 4)
        return 0;
    *day = hijri.size() >= 7 ? hijri.mid(5, 2).toInt() : 0;
    return hijri.mid(2, 2).toInt();
}

} // namespace

QJsonValue DateValues::date(int year, int month, int day, bool hijri)
{
    if (hijri) {
        if (year > 0 && month > 0 && day == 0)
            return hijriMonth(year, month);
        const QCalendar calendar = islamicCivil();
        if (day < 0)
            day = year > 0 ? calendar.daysInMonth(month, year) : (month % 2 == 1 ? 30 : 29);
        QString text = year > 0 ? QString::number(year).rightJustified(4, u'0') : u"-"_s;
        if (month > 0)
            text += u'-' + twoDigits(month);
        if (day > 0)
            text += u'-' + twoDigits(day);
        QJsonObject object{{u"calendar"_s, u"islamic-civil"_s}, {u"hijri"_s, text}};
        if (year > 0 && month > 0) {
            const QDate date(year, month, day, calendar);
            if (!date.isValid())
                return QJsonValue();
            object.insert(u"date"_s, date.toString(Qt::ISODate));
        }
        return object;
    }
    if (day < 0)
        day = QDate(year > 0 ? year : 2001, month, 1).daysInMonth(); // without a year, February has 28
    if (year > 0 && month > 0 && day > 0) {
        const QDate date(year, month, day);
        if (!date.isValid())
            return QJsonValue();
        return date.toString(Qt::ISODate);
    }
    if (year > 0 && month > 0)
        return QString(QString::number(year) + u'-' + twoDigits(month));
    if (year > 0)
        return QString::number(year);
    if (day > 0) {
        if (!QDate(2000, month, day).isValid())
            return QJsonValue();
        return QString(u"--"_s + twoDigits(month) + u'-' + twoDigits(day));
    }
    return QString(u"--"_s + twoDigits(month));
}

QJsonValue DateValues::nthWeekday(int year, int month, int weekday, int nth)
{
    const QDate first(year, month, 1);
    if (!first.isValid() || weekday < 1 || weekday > 7)
        return QJsonValue();
    QDate day;
    if (nth > 0) {
        day = first.addDays((weekday - first.dayOfWeek() + 7) % 7 + 7 * (nth - 1));
    } else {
        const QDate last = first.addDays(first.daysInMonth() - 1);
        day = last.addDays(-((last.dayOfWeek() - weekday + 7) % 7));
    }
    if (day.month() != month)
        return QJsonValue(); // no fifth Monday this month
    return day.toString(Qt::ISODate);
}

QJsonValue DateValues::nthWeek(int year, int month, int nth)
{
    const QDate first(year, month, 1);
    if (!first.isValid())
        return QJsonValue();
    QDate monday;
    if (nth > 0) {
        monday = first.addDays((8 - first.dayOfWeek()) % 7 + 7 * (nth - 1));
    } else {
        const QDate last = first.addDays(first.daysInMonth() - 1);
        monday = last.addDays(-(last.dayOfWeek() % 7) - 6); // the Monday before the last Sunday
    }
    if (monday.month() != month || monday.addDays(6).month() != month)
        return QJsonValue();
    int weekYear = 0;
    const int week = monday.weekNumber(&weekYear);
    return QString(QString::number(weekYear) + u"-W"_s + twoDigits(week));
}

void DateValues::resolveHijriMonths(QList<Annotation> &annotations)
{
    std::optional<int> hijriYear;
    QDate reference; // invalid until found
    bool yearless = false;
    for (const Annotation &annotation : std::as_const(annotations)) {
        if (annotation.label != u"DATE")
            continue;
        const QJsonValue &value = annotation.value;
        int day = 0;
        if (yearlessHijriMonth(value, &day) > 0) {
            yearless = true;
            continue;
        }
        if (value.isObject() && value[u"calendar"_s].toString() == u"islamic-civil" && !hijriYear) {
            const int year = value[u"hijri"_s].toString().left(4).toInt();
            if (year > 0)
                hijriYear = year;
        } else if (value.isString() && !reference.isValid()) {
            const QString text = value.toString();
            if (text.size() == 10 && !text.startsWith(u'-'))
                reference = QDate::fromString(text, Qt::ISODate);
            else if (text.size() == 7 && !text.startsWith(u'-'))
                reference = QDate::fromString(text + u"-15"_s, Qt::ISODate);
            else if (text.size() == 4)
                reference = QDate(text.toInt(), 7, 1);
        }
    }
    if (!yearless || (!hijriYear && !reference.isValid()))
        return;
    const QCalendar calendar = islamicCivil();
    for (Annotation &annotation : annotations) {
        int day = 0;
        const int month = annotation.label == u"DATE" ? yearlessHijriMonth(annotation.value, &day) : 0;
        if (month == 0)
            continue;
        int year = 0;
        if (hijriYear) {
            year = *hijriYear;
        } else {
            // The month of the Hijri years around the reference whose middle is nearest to it.
            const int around = calendar.partsFromDate(reference).year;
            qint64 best = -1;
            for (int candidate = around - 1; candidate <= around + 1; ++candidate) {
                const QDate middle = QDate(candidate, month, 15, calendar);
                const qint64 distance = std::abs(middle.daysTo(reference));
                if (best < 0 || distance < best) {
                    best = distance;
                    year = candidate;
                }
            }
        }
        QJsonValue resolved = DateValues::date(year, month, day, true);
        if (!resolved.isObject())
            continue;
        QJsonObject object = resolved.toObject();
        object.insert(u"yearFrom"_s, u"article"_s);
        annotation.value = object;
    }
}

} // namespace Hamish
