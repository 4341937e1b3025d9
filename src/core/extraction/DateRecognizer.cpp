// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extraction/DateRecognizer.h"

#include "core/extraction/ArabicWords.h"
#include "core/extraction/CalendarReader.h"
#include "core/extraction/DateValues.h"

#include <QJsonObject>

#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {

const QString kOrigin = u"rules:date"_s;
const QString kTimeOrigin = u"rules:time"_s;

bool isSingularUnit(QStringView stem)
{
    static const QList<QStringView> singular = {u"يوم", u"اسبوع", u"شهر", u"سنه", u"عام"};
    return singular.contains(stem);
}

bool isTimePreposition(const Token &token)
{
    static const QList<QStringView> words = {u"في",   u"وفي",  u"خلال",  u"منذ",   u"قبل",   u"بعد",   u"حتي",  u"طوال",
                                             u"طيله", u"مطلع", u"اواخر", u"اوائل", u"منتصف", u"بدايه", u"نهايه"};
    return token.isWord() && words.contains(token.stem);
}

// Finds the dates and times of one text, in order.
class Scanner : public CalendarReader
{
public:
    using CalendarReader::CalendarReader;

    QList<Annotation> run();

private:
    bool dayMonthYear(qsizetype index, qsizetype *last, QJsonValue *value, qsizetype *start) const;
    bool weekdayOfMonth(qsizetype index, qsizetype *last, QJsonValue *value) const;
    bool weekOfMonth(qsizetype index, qsizetype *last, QJsonValue *value) const;
    bool monthYear(qsizetype index, qsizetype *last, QJsonValue *value) const;
    bool yearPhrase(qsizetype index, qsizetype *last, QJsonValue *value) const;
    bool digitDate(qsizetype index, qsizetype *last, QJsonValue *value, bool dayMonth) const;
    bool relativeDay(qsizetype index, qsizetype *last, QJsonValue *value) const;
    bool relative(qsizetype index, qsizetype *last, QJsonValue *value) const;
    bool ago(qsizetype index, qsizetype *last, QJsonValue *value) const;
    bool now(qsizetype index, qsizetype *last, QJsonValue *value) const;
    // A date or weekday followed by a clock time on that day: الخميس الساعة 8، يوم السبت 21/09 الساعة 1:30.
    bool withTime(qsizetype dateLast, QJsonValue *value, qsizetype *last) const;
};

bool Scanner::dayMonthYear(qsizetype index, qsizetype *last, QJsonValue *value, qsizetype *start) const
{
    DayMatch day;
    if (!dayAt(index, &day))
        return false;
    const qsizetype next = afterOf(day.last + 1);
    MonthMatch month;
    if (!monthAt(next, &month))
        return false;
    const bool viaOf = next > day.last + 1;
    YearMatch year;
    *last = month.last;
    if (yearAfter(month.last + 1, &year)) {
        *last = year.last;
    } else if (month.ambiguous && !day.digits && !day.ordinal && !viaOf) {
        return false; // مارس is also a verb and صفر zero: only a day in digits or "من" makes them a month
    }
    if (day.day < 0 && day.first == day.last && !viaOf)
        return false; // نهاية alone before a month name is not "the end of"
    if (month.relative() || year.relative) {
        QJsonObject object{{u"relative"_s, true}};
        if (month.relative()) {
            object.insert(u"offsetMonths"_s, month.offset);
        } else {
            object.insert(u"offsetYears"_s, year.offset);
            object.insert(u"month"_s, month.number);
        }
        object.insert(u"day"_s, day.day);
        *value = object;
    } else {
        *value = DateValues::date(year.year, month.number, day.day, month.hijri || year.hijri);
    }
    *start = day.start;
    return !value->isNull();
}

// ثالث ثلاثاء في أيلول 2014، الثلاثاء الثالث من شهر أيلول، آخر اثنين من شهر آذار، الاثنين الأخير من الشهر القادم.
bool Scanner::weekdayOfMonth(qsizetype index, qsizetype *last, QJsonValue *value) const
{
    int nth = 0;
    int weekday = 0;
    qsizetype at = index;
    const NumberMatch *number = numberAt(index);
    if (number && number->ordinal && number->value >= 1 && number->value <= 5 && !hasArticle(m_analysis.at(index))) {
        at = number->last + 1;
        if (stemIs(at, u"يوم") && !hasArticle(m_analysis.at(at)))
            ++at;
        nth = int(number->value);
        weekday = bareWeekday(at);
    } else if (stemIs(index, u"اخر") && !hasArticle(m_analysis.at(index))) {
        at = index + 1;
        nth = -1;
        weekday = bareWeekday(at);
    } else if ((weekday = weekdayAt(index)) != 0) {
        const NumberMatch *ordinal = numberAt(index + 1);
        if (ordinal && ordinal->ordinal && ordinal->value >= 1 && ordinal->value <= 5) {
            nth = int(ordinal->value);
            at = ordinal->last;
        } else if (wordIs(index + 1, u"الاخير") || wordIs(index + 1, u"الاخيره")) {
            nth = -1;
            at = index + 1;
        }
    }
    if (nth == 0 || weekday == 0)
        return false;
    MonthMatch month;
    if (!monthAt(afterOf(at + 1), &month) || month.hijri)
        return false;
    YearMatch year;
    *last = month.last;
    if (yearAfter(month.last + 1, &year))
        *last = year.last;
    if (!month.relative() && year.year > 0) {
        *value = DateValues::nthWeekday(year.year, month.number, weekday, nth);
        return !value->isNull();
    }
    QJsonValue of;
    if (month.relative())
        of = QJsonObject{{u"relative"_s, true}, {u"offsetMonths"_s, month.offset}};
    else if (year.relative)
        of = QJsonObject{{u"relative"_s, true}, {u"offsetYears"_s, year.offset}, {u"month"_s, month.number}};
    else
        of = DateValues::date(0, month.number, 0, false);
    *value = QJsonObject{{u"weekday"_s, weekday}, {u"nth"_s, nth}, {u"month"_s, of}};
    return true;
}

// أول أسبوع بشهر أكتوبر 2014، الأسبوع الأخير في الشهر التاسع سنة 2014: an ISO week (2014-W41).
bool Scanner::weekOfMonth(qsizetype index, qsizetype *last, QJsonValue *value) const
{
    int nth = 0;
    qsizetype at = index + 1;
    if ((stemIs(index, u"اول") || stemIs(index, u"اخر")) && !hasArticle(m_analysis.at(index)) && stemIs(at, u"اسبوع")
        && !hasArticle(m_analysis.at(at))) {
        nth = stemIs(index, u"اول") ? 1 : -1;
    } else if (stemIs(index, u"اسبوع") && hasArticle(m_analysis.at(index))) {
        const NumberMatch *ordinal = numberAt(at);
        if (ordinal && ordinal->ordinal && ordinal->value >= 1 && ordinal->value <= 4)
            nth = int(ordinal->value);
        else if (wordIs(at, u"الاخير"))
            nth = -1;
    }
    if (nth == 0)
        return false;
    MonthMatch month;
    YearMatch year;
    if (!monthAt(afterOf(at + 1), &month) || month.relative() || month.hijri || !yearAfter(month.last + 1, &year)
        || year.relative)
        return false;
    *value = DateValues::nthWeek(year.year, month.number, nth);
    *last = year.last;
    return !value->isNull();
}

bool Scanner::monthYear(qsizetype index, qsizetype *last, QJsonValue *value) const
{
    MonthMatch month;
    if (!monthAt(index, &month) || month.relative())
        return false;
    YearMatch year;
    if (yearAfter(month.last + 1, &year)) {
        *last = year.last;
        if (year.relative)
            *value = QJsonObject{{u"relative"_s, true}, {u"offsetYears"_s, year.offset}, {u"month"_s, month.number}};
        else
            *value = DateValues::date(year.year, month.number, 0, month.hijri || year.hijri);
        return true;
    }
    // مارس is also a verb, رمضان a name: alone they are months after a word of time (في رمضان، خلال مارس).
    if (month.ambiguous && !(index > 0 && isTimePreposition(m_analysis.at(index - 1))))
        return false;
    *last = month.last;
    *value = DateValues::date(0, month.number, 0, month.hijri);
    return true;
}

bool Scanner::yearPhrase(qsizetype index, qsizetype *last, QJsonValue *value) const
{
    if (!stemIs(index, u"عام") && !stemIs(index, u"سنه") && !stemIs(index, u"عامي"))
        return false;
    YearMatch year;
    if (!yearAt(index + 1, &year))
        return false;
    *last = year.last;
    *value = DateValues::date(year.year, 0, 0, year.hijri);
    return true;
}

// 12/5/2014, 2014-05-12, 12.05.2014, 5/2014; after a weekday also 21/09 (day and month).
bool Scanner::digitDate(qsizetype index, qsizetype *last, QJsonValue *value, bool dayMonth) const
{
    const Token &token = m_analysis.at(index);
    if (!token.isNumber() || token.code)
        return false;
    QList<int> parts;
    QList<QStringView> texts;
    QChar separator;
    if (token.text.count(u'.') == 2) {
        for (QStringView part : token.text.tokenize(u'.')) {
            parts.append(part.toInt());
            texts.append(part);
        }
        separator = u'.';
        *last = index;
    } else {
        qsizetype i = index;
        parts.append(token.text.toInt());
        texts.append(token.text);
        while (i + 2 < m_analysis.size() && parts.size() < 3) {
            const Token &sep = m_analysis.at(i + 1);
            const Token &next = m_analysis.at(i + 2);
            if (sep.spaceBefore || next.spaceBefore || !next.isNumber() || !(sep.isSymbol(u'/') || sep.isSymbol(u'-')))
                break;
            if (!separator.isNull() && sep.text.at(0) != separator)
                break;
            separator = sep.text.at(0);
            parts.append(next.text.toInt());
            texts.append(next.text);
            i += 2;
        }
        *last = i;
    }
    if (parts.size() == 3) {
        int year = 0, month = 0, day = 0;
        if (texts[0].size() == 4) {
            year = parts[0], month = parts[1], day = parts[2];
        } else if (texts[2].size() == 4) {
            day = parts[0], month = parts[1], year = parts[2];
        } else {
            return false;
        }
        if (year < 1000 || year > 2200 || month < 1 || month > 12)
            return false;
        *value = DateValues::date(year, month, day, false);
        return !value->isNull();
    }
    if (parts.size() == 2 && separator == u'/' && texts[1].size() == 4 && parts[0] >= 1 && parts[0] <= 12
        && parts[1] >= 1000 && parts[1] <= 2200) {
        *value = DateValues::date(parts[1], parts[0], 0, false);
        return true;
    }
    if (dayMonth && parts.size() == 2 && separator == u'/' && texts[0].size() <= 2 && texts[1].size() <= 2
        && parts[1] >= 1 && parts[1] <= 12) {
        *value = DateValues::date(0, parts[1], parts[0], false);
        return !value->isNull();
    }
    return false;
}

// أمس، غدا، أول (من) أمس، قبل أمس، بعد غد، يوم غد، اليوم الذي بعد الغد، اليوم القبل البارحة
bool Scanner::relativeDay(qsizetype index, qsizetype *last, QJsonValue *value) const
{
    qsizetype at = index;
    if (stemIs(at, u"يوم") && at + 1 < m_analysis.size()) {
        ++at;
        if (wordIs(at, u"الذي") || wordIs(at, u"الي") || wordIs(at, u"اللي"))
            ++at;
    }
    int shift = 0;
    if ((stemIs(at, u"اول") || stemIs(at, u"قبل")) && at + 1 < m_analysis.size()) {
        shift = -1;
        ++at;
        if (wordIs(at, u"من") && stemIs(at - 1, u"اول"))
            ++at;
    } else if (stemIs(at, u"بعد") && at + 1 < m_analysis.size()) {
        shift = 1;
        ++at;
    }
    if (at >= m_analysis.size() || !m_analysis.at(at).isKnownWord())
        return false;
    const Token &word = m_analysis.at(at);
    const int *offset = (word.categories & DayCategory) ? ArabicWords::instance().relativeDay(word.stem) : nullptr;
    if (!offset || *offset == 0 || (shift != 0 && shift != *offset))
        return false;
    *last = at;
    *value = QJsonObject{{u"relative"_s, true}, {u"offsetDays"_s, *offset + shift}};
    return true;
}

bool Scanner::relative(qsizetype index, qsizetype *last, QJsonValue *value) const
{
    if (!m_analysis.at(index).isWord())
        return false;
    qsizetype at = index;
    const bool thisOne = stemIs(index, u"هذا") || stemIs(index, u"هذه");
    if (thisOne)
        ++at;
    // اليوم، هذا اليوم; اليوم الماضي، اليوم السابق: yesterday; اليوم الذي بعد الغد: the day after tomorrow.
    if (wordIs(at, u"اليوم")) {
        if (!thisOne && periodDirection(at + 1) < 0) {
            *last = at + 1;
            *value = QJsonObject{{u"relative"_s, true}, {u"offsetDays"_s, -1}};
            return true;
        }
        if (!thisOne && relativeDay(at, last, value))
            return true;
        *last = at;
        *value = QJsonObject{{u"relative"_s, true}, {u"offsetDays"_s, 0}};
        return true;
    }
    if (!thisOne && relativeDay(at, last, value))
        return true;
    if (!thisOne && stemIs(at, u"يوم") && !hasArticle(m_analysis.at(at)) && weekdayAt(at + 1) != 0)
        ++at; // يوم الخميس
    // الخميس، هذا الاثنين، الأحد الماضي، الأحد من الأسبوع الماضي، ثلاثاء الأسبوع الفائت، الاثنين من هذا الأسبوع
    int weekday = weekdayAt(at);
    const bool bare = weekday == 0 && (weekday = bareWeekday(at)) != 0;
    if (weekday != 0) {
        qsizetype week = wordIs(at + 1, u"من") ? at + 2 : at + 1;
        const bool thisWeek = stemIs(week, u"هذا") && stemIs(week + 1, u"اسبوع");
        if (thisWeek)
            ++week;
        const bool weekWord = stemIs(week, u"اسبوع") && hasArticle(m_analysis.at(week));
        if (bare && !weekWord)
            return false;
        QJsonObject object{{u"relative"_s, true}, {u"weekday"_s, weekday}};
        *last = at;
        if (weekWord && (thisWeek || isCurrent(week + 1))) {
            object.insert(u"offsetWeeks"_s, 0);
            *last = thisWeek ? week : week + 1;
        } else if (weekWord && periodDirection(week + 1) != 0) {
            object.insert(u"offsetWeeks"_s, periodDirection(week + 1));
            *last = week + 1;
        } else if (periodDirection(at + 1) != 0) {
            object.insert(u"offsetWeeks"_s, periodDirection(at + 1));
            *last = at + 1;
        } else if (bare) {
            return false;
        } else if (const NumberMatch *day = numberAt(at + 1);
                   day && day->ordinal && day->value > 5 && day->value <= 31 && !wordIs(day->last + 1, u"من")) {
            object.insert(u"day"_s, day->value); // السبت السادس عشر
            *last = day->last;
        }
        *value = object;
        return true;
    }
    // الأسبوع الماضي، الشهر المقبل، هذه السنة، العام الحالي
    const qsizetype unitIndex = at;
    QString unit;
    if (stemIs(unitIndex, u"اسبوع"))
        unit = u"offsetWeeks"_s;
    else if (stemIs(unitIndex, u"شهر"))
        unit = u"offsetMonths"_s;
    else if (stemIs(unitIndex, u"سنه") || stemIs(unitIndex, u"عام"))
        unit = u"offsetYears"_s;
    if (unit.isEmpty() || !hasArticle(m_analysis.at(unitIndex)))
        return false;
    int direction = thisOne ? 0 : periodDirection(unitIndex + 1);
    if (!thisOne && direction == 0 && !isCurrent(unitIndex + 1))
        return false;
    *last = thisOne ? unitIndex : unitIndex + 1;
    *value = QJsonObject{{u"relative"_s, true}, {unit, direction}};
    return true;
}

// قبل أسبوع، منذ ثلاثة أيام، قبل عامين: that long before the article's date (not قبل يومين من الهجوم, which
// counts from another event).
bool Scanner::ago(qsizetype index, qsizetype *last, QJsonValue *value) const
{
    if (!stemIs(index, u"قبل") && !stemIs(index, u"منذ"))
        return false;
    const ArabicWords &words = ArabicWords::instance();
    double count = 1;
    qsizetype unitIndex = index + 1;
    if (const NumberMatch *number = numberAt(index + 1)) {
        if (number->ordinal || number->value <= 0 || number->value != std::floor(number->value))
            return false;
        count = number->value;
        unitIndex = number->last + 1;
    }
    if (unitIndex >= m_analysis.size() || !m_analysis.at(unitIndex).isKnownWord()
        || m_analysis.at(unitIndex).prefixLength() != 0)
        return false;
    const Token &unitToken = m_analysis.at(unitIndex);
    const MeasureWord *unit = (unitToken.categories & MeasureCategory) ? words.measure(unitToken.stem) : nullptr;
    if (!unit || unit->label != u"QUANTITY" || (unit->dual && unitIndex != index + 1))
        return false;
    if (unit->dual)
        count = unit->factor;
    else if (unitIndex == index + 1 && !isSingularUnit(unitToken.stem))
        return false; // منذ أشهر: for months, not a month ago
    // قبل يومين من الهجوم counts from another event; منذ عام 2014 is a year, not a year ago.
    if (wordIs(unitIndex + 1, u"من") || wordIs(unitIndex + 1, u"علي") || numberAt(unitIndex + 1))
        return false;
    const int n = int(count);
    QJsonObject object{{u"relative"_s, true}};
    if (unit->unit == u"day")
        object.insert(u"offsetDays"_s, -n);
    else if (unit->unit == u"week")
        object.insert(u"offsetDays"_s, -7 * n);
    else if (unit->unit == u"month")
        object.insert(u"offsetMonths"_s, -n);
    else if (unit->unit == u"year")
        object.insert(u"offsetYears"_s, -n);
    else
        return false;
    *last = unitIndex;
    *value = object;
    return true;
}

// الآن، حالا، (في) هذه اللحظة: the article's present ({"relative": true, "now": true}, TimeML's PRESENT_REF).
bool Scanner::now(qsizetype index, qsizetype *last, QJsonValue *value) const
{
    // Not حتى الآن، لحد الآن (so far): the phrase says how long, not when.
    const bool sofar =
        index > 0 && (wordIs(index - 1, u"حتي") || wordIs(index - 1, u"لحد") || wordIs(index - 1, u"الي"));
    if ((wordIs(index, u"الان") || wordIs(index, u"حالا")) && !sofar)
        *last = index;
    else if (stemIs(index, u"هذه") && wordIs(index + 1, u"اللحظه"))
        *last = index + 1;
    else
        return false;
    *value = QJsonObject{{u"relative"_s, true}, {u"now"_s, true}};
    return true;
}

bool Scanner::withTime(qsizetype dateLast, QJsonValue *value, qsizetype *last) const
{
    // Only a day takes a time of day: not عام 2014 الساعة 10:30، nor a month.
    const QJsonObject date = value->toObject();
    const QString text = value->toString();
    const bool day = date.contains(u"weekday"_s) || date.contains(u"offsetDays"_s) || date.contains(u"day"_s)
                     || (date.contains(u"hijri"_s) && date.value(u"hijri"_s).toString().size() == 10)
                     || text.size() == 10 || (text.startsWith(u"--") && text.size() == 7);
    if (!day)
        return false;
    qsizetype next = dateLast + 1;
    if (wordIs(next, u"في") || wordIs(next, u"عند") || (next < m_analysis.size() && m_analysis.at(next).isSymbol(u'،')))
        ++next;
    Clock clock;
    if (next >= m_analysis.size() || !clockAt(next, &clock, false) || !(clock.hourWord || clock.colon))
        return false;
    QJsonObject object{{u"date"_s, *value}, {u"time"_s, clock.text()}};
    if (!clock.zone.isEmpty())
        object.insert(u"zone"_s, clock.zone);
    *value = object;
    *last = clock.last;
    return true;
}

QList<Annotation> Scanner::run()
{
    QList<Annotation> result;
    for (qsizetype i = 0; i < m_analysis.size(); ++i) {
        // Every date and time starts with a number, a word of the tables (all in the lexicon) or من/بين.
        const Token &token = m_analysis.at(i);
        constexpr quint16 dateWords =
            NumberCategory | OrdinalCategory | MonthCategory | DayCategory | RuleWordCategory | MeasureCategory;
        if (token.kind == TokenKind::Symbol || token.code
            || (token.isWord() && !(token.categories & dateWords) && !startsInterval(i)))
            continue;
        qsizetype last = i;
        QJsonValue value;
        qsizetype start = m_analysis.at(i).wordStart;
        if (clockInterval(i, &last, &value) || clockTime(i, &last, &value) || now(i, &last, &value)) {
            result.append(m_analysis.annotation(u"TIME"_s, start, m_analysis.at(last).end, value, 0.85, kTimeOrigin));
            i = last;
            continue;
        }
        if (weekdayOfMonth(i, &last, &value) || weekOfMonth(i, &last, &value) || dayMonthYear(i, &last, &value, &start)
            || monthYear(i, &last, &value) || yearPhrase(i, &last, &value) || digitDate(i, &last, &value, false)
            || ago(i, &last, &value)) {
            const bool timed = withTime(last, &value, &last);
            result.append(m_analysis.annotation(timed ? u"TIME"_s : u"DATE"_s, start, m_analysis.at(last).end, value,
                                                timed ? 0.85 : 0.9, timed ? kTimeOrigin : kOrigin));
            i = last;
            continue;
        }
        if (relative(i, &last, &value)) {
            // A weekday followed by a full date is one date: الخميس 15 أغسطس، الأربعاء، 13 شباط، يوم الاثنين في
            // 18 شباط، الخميس الموافق 14 شهر شباط، السبت 21/09.
            qsizetype dateLast = 0;
            QJsonValue dateValue;
            qsizetype dateStart = 0;
            qsizetype next = last + 1;
            if (next < m_analysis.size()
                && (m_analysis.at(next).isSymbol(u'،') || wordIs(next, u"في") || wordIs(next, u"الموافق")))
                ++next;
            const bool weekday = value.toObject().contains(u"weekday"_s);
            if (weekday && next < m_analysis.size()
                && (dayMonthYear(next, &dateLast, &dateValue, &dateStart)
                    || digitDate(next, &dateLast, &dateValue, true))) {
                last = dateLast;
                value = dateValue;
            }
            const bool timed = withTime(last, &value, &last);
            result.append(m_analysis.annotation(timed ? u"TIME"_s : u"DATE"_s, start, m_analysis.at(last).end, value,
                                                0.8, timed ? kTimeOrigin : kOrigin));
            i = last;
        }
    }
    return result;
}

} // namespace

QList<Annotation> DateRecognizer::find(const TextAnalysis &analysis, const QList<NumberMatch> &numbers)
{
    return Scanner(analysis, numbers).run();
}

void DateRecognizer::resolveWithArticleYear(QList<Annotation> &annotations)
{
    DateValues::resolveHijriMonths(annotations);
}

} // namespace Hamish
