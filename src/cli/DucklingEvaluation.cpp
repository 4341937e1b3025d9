// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/DucklingEvaluation.h"

#include "core/extraction/DateValues.h"
#include "core/extraction/Extractor.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {

// Duckling's test corpora are written for a reference time at UTC-2 (its testContext).
constexpr int kReferenceUtcOffset = -2 * 3600;

bool same(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b));
}

// Duckling's unit names -> the engine's unit or currency, with a factor from the engine's amount.
struct UnitMapping
{
    QString ours;
    double factor = 1; // expected = ours * factor
};

QList<UnitMapping> mappings(const QString &duckling)
{
    static const QHash<QString, QList<UnitMapping>> table = {
        {u"Gram"_s, {{u"g"_s, 1}, {u"kg"_s, 1000}, {u"mg"_s, 0.001}}},
        {u"Ounce"_s, {{u"oz"_s, 1}}},
        {u"Cup"_s, {{u"cup"_s, 1}}},
        {u"Dollar"_s, {{u"USD"_s, 1}}},
        {u"Cent"_s, {{u"USD"_s, 100}}},
        {u"EUR"_s, {{u"EUR"_s, 1}}},
        {u"Pound"_s, {{u"EGP"_s, 1}, {u"GBP"_s, 1}}},
        {u"Second"_s, {{u"s"_s, 1}}},
        {u"Minute"_s, {{u"min"_s, 1}}},
        {u"Hour"_s, {{u"h"_s, 1}}},
        {u"Day"_s, {{u"day"_s, 1}}},
        {u"Week"_s, {{u"week"_s, 1}}},
        {u"Month"_s, {{u"month"_s, 1}}},
        {u"Year"_s, {{u"year"_s, 1}}},
        {u"Celsius"_s, {{u"°C"_s, 1}}},
        {u"Fahrenheit"_s, {{u"°F"_s, 1}}},
        {u"Degree"_s, {{u"°"_s, 1}, {u"°C"_s, 1}}},
        {u"Millilitre"_s, {{u"ml"_s, 1}}},
        {u"Litre"_s, {{u"l"_s, 1}}},
        {u"Gallon"_s, {{u"gal"_s, 1}}},
        {u"Hectolitre"_s, {{u"hl"_s, 1}}},
    };
    if (table.contains(duckling))
        return table.value(duckling);
    return {{duckling, 1}}; // ISO currency codes are the same
}

QString labelFor(const QString &dimension)
{
    if (dimension == u"Numeral")
        return u"NUMBER"_s;
    if (dimension == u"Ordinal")
        return u"ORDINAL"_s;
    if (dimension == u"AmountOfMoney")
        return u"MONEY"_s;
    if (dimension == u"Time")
        return u"DATE TIME"_s;
    return u"QUANTITY"_s;
}

// The first day of the month a month value names: "--03", "2014-09", or relative ({"offsetMonths": 1},
// {"offsetYears": 1, "month": 3}).
QDate monthStart(const QJsonValue &value, const QDate &today)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (object.contains(u"offsetMonths"_s))
            return QDate(today.year(), today.month(), 1).addMonths(object.value(u"offsetMonths"_s).toInt());
        return QDate(today.year() + object.value(u"offsetYears"_s).toInt(), object.value(u"month"_s).toInt(), 1);
    }
    const QString text = value.toString();
    if (text.startsWith(u"--"))
        return QDate(today.year(), text.mid(2, 2).toInt(), 1);
    return QDate::fromString(text + u"-01"_s, Qt::ISODate);
}

// Day `day` of the month that starts at `first`; -1 is its last day.
QDate dayOfMonth(const QDate &first, int day)
{
    return day < 0 ? first.addDays(first.daysInMonth() - 1) : first.addDays(day - 1);
}

QDate resolveDate(const QJsonValue &value, const QDate &today)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (object.contains(u"nth"_s)) {
            const QDate first = monthStart(object.value(u"month"_s), today);
            return QDate::fromString(DateValues::nthWeekday(first.year(), first.month(),
                                                            object.value(u"weekday"_s).toInt(),
                                                            object.value(u"nth"_s).toInt())
                                         .toString(),
                                     Qt::ISODate);
        }
        if (object.contains(u"offsetDays"_s))
            return today.addDays(object.value(u"offsetDays"_s).toInt());
        if (object.contains(u"weekday"_s)) {
            const int weekday = object.value(u"weekday"_s).toInt();
            if (object.contains(u"offsetWeeks"_s) && object.value(u"offsetWeeks"_s).toInt() == 0)
                return today.addDays(weekday - today.dayOfWeek()); // this week's
            // The next such weekday, or with offsetWeeks -1 the last one before today.
            const bool past = object.value(u"offsetWeeks"_s).toInt() < 0;
            QDate date = today.addDays(past ? -1 : 1);
            while (date.dayOfWeek() != weekday)
                date = date.addDays(past ? -1 : 1);
            return date;
        }
        if (object.contains(u"offsetWeeks"_s)) {
            const QDate monday = today.addDays(1 - today.dayOfWeek());
            return monday.addDays(7 * object.value(u"offsetWeeks"_s).toInt());
        }
        if (object.contains(u"offsetMonths"_s) || object.contains(u"month"_s)) {
            const QDate first = monthStart(object, today);
            return object.contains(u"day"_s) ? dayOfMonth(first, object.value(u"day"_s).toInt()) : first;
        }
        if (object.contains(u"offsetYears"_s))
            return QDate(today.year() + object.value(u"offsetYears"_s).toInt(), 1, 1);
        return resolveDate(object.value(u"date"_s), today);
    }
    const QString text = value.toString();
    if (text.startsWith(u"--")) {
        const QStringList parts = text.mid(2).split(u'-');
        return QDate(today.year(), parts.value(0).toInt(), parts.size() > 1 ? parts.value(1).toInt() : 1);
    }
    if (text.size() == 4)
        return QDate(text.toInt(), 1, 1);
    if (text.size() == 7)
        return QDate::fromString(text + u"-01"_s, Qt::ISODate);
    if (text.size() == 8 && text.at(5) == u'W') {
        const QDate fourth(text.left(4).toInt(), 1, 4); // ISO week 1 holds 4 January
        return fourth.addDays(1 - fourth.dayOfWeek() + 7 * (text.mid(6).toInt() - 1));
    }
    return QDate::fromString(text, Qt::ISODate);
}

QTime resolveTime(const QJsonValue &value)
{
    const QString text = value.toString();
    return QTime::fromString(text, text.size() > 5 ? u"HH:mm:ss"_s : u"HH:mm"_s);
}

// The engine's date or time value as a datetime, resolved against the corpus's reference time the way
// Duckling does (a bare month-day is in the reference year, a weekday is the next one).
QDateTime resolve(const QJsonValue &value, const QString &label, const QDateTime &reference)
{
    if (label == u"TIME") {
        if (value.isObject() && value.toObject().contains(u"now"_s))
            return reference;
        if (value.isObject() && value.toObject().contains(u"time"_s)) {
            const QDate date = value.toObject().contains(u"date"_s) ? resolveDate(value[u"date"_s], reference.date())
                                                                    : reference.date();
            const QTime time = resolveTime(value[u"time"_s]);
            if (!date.isValid() || !time.isValid())
                return QDateTime();
            // A time in UTC, moved to the corpus's zone: Duckling's tests run at UTC-2.
            const int zoneShift = value[u"zone"_s].toString() == u"UTC" ? kReferenceUtcOffset : 0;
            return QDateTime(date, time).addSecs(zoneShift);
        }
        const QTime time = resolveTime(value);
        return time.isValid() ? QDateTime(reference.date(), time) : QDateTime();
    }
    const QDate date = resolveDate(value, reference.date());
    return date.isValid() ? QDateTime(date, QTime(0, 0)) : QDateTime();
}

bool matches(const QString &dimension, const QJsonObject &expected, const Annotation &found, const QDateTime &reference)
{
    if (dimension == u"Numeral" || dimension == u"Ordinal")
        return same(found.value.toDouble(), expected.value(u"value"_s).toDouble());
    if (dimension == u"Time") {
        const QDateTime want = QDateTime::fromString(expected.value(u"datetime"_s).toString(), Qt::ISODate);
        return resolve(found.value, found.label, reference) == want;
    }
    const QJsonObject value = found.value.toObject();
    const bool money = dimension == u"AmountOfMoney";
    const QString unit = value.value(money ? u"currency"_s : u"unit"_s).toString();
    const double amount = value.value(u"amount"_s).toDouble();
    for (const UnitMapping &mapping : mappings(expected.value(u"unit"_s).toString())) {
        if (mapping.ours == unit && same(amount * mapping.factor, expected.value(u"value"_s).toDouble()))
            return true;
    }
    return false;
}

QString describe(const Annotation &annotation, const QString &input)
{
    const QString value =
        annotation.value.isObject()
            ? QString::fromUtf8(QJsonDocument(annotation.value.toObject()).toJson(QJsonDocument::Compact))
            : annotation.value.toVariant().toString();
    return annotation.label + u' ' + input.mid(annotation.start, annotation.length()) + u" = "_s + value;
}

} // namespace

QList<DucklingEvaluation::Result> DucklingEvaluation::evaluate(const Extractor &extractor, const QJsonObject &corpus)
{
    const QDateTime reference = QDateTime::fromString(corpus.value(u"reference_time"_s).toString(), Qt::ISODate);
    const QJsonObject dimensions = corpus.value(u"dimensions"_s).toObject();
    QList<Result> results;
    for (auto it = dimensions.begin(); it != dimensions.end(); ++it) {
        Result result;
        result.dimension = it.key();
        const QStringList labels = labelFor(it.key()).split(u' ');
        for (const QJsonValue &row : it.value().toArray()) {
            const QJsonObject expected = row.toObject().value(u"expected"_s).toObject();
            if (expected.isEmpty())
                continue;
            for (const QJsonValue &inputValue : row.toObject().value(u"inputs"_s).toArray()) {
                const QString input = inputValue.toString();
                ++result.inputs;
                // The widest annotation of the dimension's label is the reading of the whole phrase.
                const Annotation *best = nullptr;
                const QList<Annotation> annotations = extractor.extract(input);
                for (const Annotation &annotation : annotations) {
                    if (labels.contains(annotation.label) && (!best || annotation.length() > best->length()))
                        best = &annotation;
                }
                if (best && matches(it.key(), expected, *best, reference))
                    ++result.correct;
                else
                    result.failures.append(input + u" => "_s + (best ? describe(*best, input) : u"nothing"_s));
            }
        }
        results.append(result);
    }
    return results;
}

} // namespace Hamish
