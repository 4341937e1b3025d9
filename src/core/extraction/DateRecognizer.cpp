// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extraction/DateRecognizer.h"

#include "core/extraction/ArabicWords.h"

#include <QCalendar>
#include <QDate>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {

const QString kOrigin = u"rules:date"_s;
const QString kTimeOrigin = u"rules:time"_s;

struct MonthMatch
{
    int number = 0;
    bool hijri = false;
    bool ambiguous = false;
    qsizetype first = 0; // token indices
    qsizetype last = 0;
};

bool hasArticle(const Token &token)
{
    return token.text.startsWith(u"ال") || token.text.first(token.prefixLength()).endsWith(u"ال");
}

class Scanner
{
public:
    Scanner(const TextAnalysis &analysis, const QList<NumberMatch> &numbers)
        : m_analysis(analysis)
        , m_numberAt(analysis.size(), -1)
        , m_numbers(numbers)
    {
        for (qsizetype i = 0; i < numbers.size(); ++i)
            m_numberAt[numbers.at(i).first] = i;
    }

    QList<Annotation> run();

private:
    const NumberMatch *numberAt(qsizetype index) const
    {
        return index < m_numberAt.size() && m_numberAt.at(index) >= 0 ? &m_numbers.at(m_numberAt.at(index)) : nullptr;
    }
    bool wordIs(qsizetype index, QStringView word) const
    {
        return index < m_analysis.size() && m_analysis.at(index).isWord() && m_analysis.at(index).text == word;
    }
    // The word's stem, with or without the article, is `word`.
    bool stemIs(qsizetype index, QStringView word) const
    {
        if (index >= m_analysis.size() || !m_analysis.at(index).isWord())
            return false;
        const QStringView stem = m_analysis.at(index).stem;
        return stem == word || (stem.size() == word.size() + 2 && stem.startsWith(u"ال") && stem.endsWith(word));
    }
    bool monthAt(qsizetype index, MonthMatch *month) const;
    bool yearAt(qsizetype index, int *year, bool *hijri, qsizetype *last) const;
    bool yearAfterMonth(const MonthMatch &month, int *year, bool *hijri, qsizetype *last) const;
    bool dayMonthYear(qsizetype index, qsizetype *last, QJsonValue *value, qsizetype *start) const;
    bool monthYear(qsizetype index, qsizetype *last, QJsonValue *value) const;
    bool yearPhrase(qsizetype index, qsizetype *last, QJsonValue *value) const;
    bool digitDate(qsizetype index, qsizetype *last, QJsonValue *value) const;
    bool relative(qsizetype index, qsizetype *last, QJsonValue *value) const;
    // -1 after الماضي/السابق/المنصرم/الفائت, +1 after القادم/المقبل/التالي, else 0.
    int periodDirection(qsizetype index) const
    {
        if (index >= m_analysis.size() || !m_analysis.at(index).isWord())
            return 0;
        static const QList<QStringView> past = {u"الماضي",  u"الماضيه",  u"الماض",  u"السابق", u"السابقه",
                                                u"المنصرم", u"المنصرمه", u"الفائت", u"الفائته"};
        static const QList<QStringView> next = {u"القادم", u"القادمه", u"المقبل", u"المقبله",
                                                u"التالي", u"التاليه", u"الجاي"};
        const QStringView text = m_analysis.at(index).text;
        return past.contains(text) ? -1 : next.contains(text) ? 1 : 0;
    }
    bool isCurrent(qsizetype index) const
    {
        return index < m_analysis.size() && m_analysis.at(index).isWord()
               && (m_analysis.at(index).text == u"الحالي" || m_analysis.at(index).text == u"الحاليه"
                   || m_analysis.at(index).text == u"الجاري" || m_analysis.at(index).text == u"الجاريه");
    }
    bool clockTime(qsizetype index, qsizetype *last, QJsonValue *value) const;

    const TextAnalysis &m_analysis;
    QList<qsizetype> m_numberAt;
    const QList<NumberMatch> &m_numbers;
};

QJsonValue dateValue(int year, int month, int day, bool hijri)
{
    if (hijri) {
        QString hijriText = QString::number(year).rightJustified(4, u'0');
        if (month > 0)
            hijriText += u'-' + QString::number(month).rightJustified(2, u'0');
        if (day > 0)
            hijriText += u'-' + QString::number(day).rightJustified(2, u'0');
        QJsonObject object{{u"calendar"_s, u"islamic-civil"_s}, {u"hijri"_s, hijriText}};
        if (year > 0 && month > 0) {
            const QCalendar calendar(QCalendar::System::IslamicCivil);
            const QDate date(year, month, day > 0 ? day : 1, calendar);
            if (date.isValid())
                object.insert(u"date"_s, day > 0 ? date.toString(Qt::ISODate) : date.toString(u"yyyy-MM"_s));
        }
        return object;
    }
    if (year > 0 && month > 0 && day > 0) {
        const QDate date(year, month, day);
        if (!date.isValid())
            return QJsonValue();
        return date.toString(Qt::ISODate);
    }
    const QString mm = QString::number(month).rightJustified(2, u'0');
    const QString dd = QString::number(day).rightJustified(2, u'0');
    if (year > 0 && month > 0)
        return QString(QString::number(year) + u'-' + mm);
    if (year > 0)
        return QString::number(year);
    if (day > 0)
        return QString(u"--"_s + mm + u'-' + dd);
    return QString(u"--"_s + mm);
}

bool Scanner::monthAt(qsizetype index, MonthMatch *month) const
{
    if (index >= m_analysis.size() || !m_analysis.at(index).isKnownWord())
        return false;
    const ArabicWords &words = ArabicWords::instance();
    qsizetype first = index;
    // "شهر" before a month name removes any doubt: شهر مارس, شهر صفر.
    bool namedMonth = false;
    if (stemIs(index, u"شهر") && index + 1 < m_analysis.size()) {
        namedMonth = true;
        ++index;
    }
    const Token &token = m_analysis.at(index);
    const ArabicWords::Month *found = (token.categories & MonthCategory) ? words.month(token.stem) : nullptr;
    if (!found)
        return false;
    month->first = first;
    month->last = index;
    month->number = found->number;
    month->hijri = found->hijri;
    month->ambiguous = found->ambiguous && !namedMonth;
    if (found->twoWords) {
        if (index + 1 >= m_analysis.size())
            return false;
        const ArabicWords::Month *both = words.month(token.stem, m_analysis.at(index + 1).text);
        if (!both)
            return false;
        month->number = both->number;
        month->ambiguous = false;
        month->last = index + 1;
    }
    return true;
}

// A year after a month or "عام": 3-4 digits, optionally marked م (AD) or هـ (AH, normalised to ه).
bool Scanner::yearAt(qsizetype index, int *year, bool *hijri, qsizetype *last) const
{
    const NumberMatch *number = numberAt(index);
    if (!number || !number->digits || number->first != number->last)
        return false;
    const QStringView text = m_analysis.at(index).text;
    if (text.size() < 3 || text.size() > 4 || text.contains(u'.') || text.contains(u','))
        return false;
    *year = text.toInt();
    *last = index;
    *hijri = false;
    if (wordIs(index + 1, u"ه") || wordIs(index + 1, u"هـ")) {
        *hijri = true;
        *last = index + 1;
    } else if (wordIs(index + 1, u"م")) {
        *last = index + 1;
    }
    if (*last + 1 < m_analysis.size() && m_analysis.at(*last + 1).isSymbol(u'.')
        && !m_analysis.at(*last + 1).spaceBefore && *last > index)
        ++*last; // هـ. م.
    return *year >= 500 && *year <= 2200;
}

// The year after a month name, directly or after عام/سنة/من: يونيو 2014، أيلول من عام 2014.
bool Scanner::yearAfterMonth(const MonthMatch &month, int *year, bool *hijri, qsizetype *last) const
{
    qsizetype yearIndex = month.last + 1;
    if (stemIs(yearIndex, u"عام") || stemIs(yearIndex, u"سنه") || wordIs(yearIndex, u"من"))
        ++yearIndex;
    if (wordIs(month.last + 1, u"من") && (stemIs(yearIndex, u"عام") || stemIs(yearIndex, u"سنه")))
        ++yearIndex;
    return yearAt(yearIndex, year, hijri, last);
}

bool Scanner::dayMonthYear(qsizetype index, qsizetype *last, QJsonValue *value, qsizetype *start) const
{
    const NumberMatch *day = numberAt(index);
    if (!day || day->value < 1 || day->value > 31 || day->value != int(day->value))
        return false;
    if (day->digits && (day->first != day->last || m_analysis.at(index).text.size() > 2))
        return false;
    qsizetype next = day->last + 1;
    if (stemIs(next, u"من"))
        ++next; // السادس من يونيو
    MonthMatch month;
    if (!monthAt(next, &month))
        return false;
    int year = 0;
    bool hijri = month.hijri;
    *last = month.last;
    bool yearHijri = false;
    if (yearAfterMonth(month, &year, &yearHijri, last)) {
        hijri = hijri || yearHijri;
    } else {
        // مارس is also a verb and صفر zero: only a day in digits or "من" makes them a month.
        if (month.ambiguous && !day->digits && !day->ordinal && !stemIs(day->last + 1, u"من"))
            return false;
    }
    *value = dateValue(year, month.number, int(day->value), hijri);
    *start = day->start;
    return !value->isNull();
}

bool Scanner::monthYear(qsizetype index, qsizetype *last, QJsonValue *value) const
{
    MonthMatch month;
    if (!monthAt(index, &month))
        return false;
    int year = 0;
    bool yearHijri = false;
    if (yearAfterMonth(month, &year, &yearHijri, last)) {
        *value = dateValue(year, month.number, 0, month.hijri || yearHijri);
        return true;
    }
    if (month.ambiguous)
        return false;
    *last = month.last;
    *value = dateValue(0, month.number, 0, month.hijri);
    return true;
}

bool Scanner::yearPhrase(qsizetype index, qsizetype *last, QJsonValue *value) const
{
    if (!stemIs(index, u"عام") && !stemIs(index, u"سنه") && !stemIs(index, u"عامي"))
        return false;
    int year = 0;
    bool hijri = false;
    if (!yearAt(index + 1, &year, &hijri, last))
        return false;
    *value = dateValue(year, 0, 0, hijri);
    return true;
}

// 12/5/2014, 2014-05-12, 12.05.2014, 5/2014.
bool Scanner::digitDate(qsizetype index, qsizetype *last, QJsonValue *value) const
{
    const Token &token = m_analysis.at(index);
    if (!token.isNumber())
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
        *value = dateValue(year, month, day, false);
        return !value->isNull();
    }
    if (parts.size() == 2 && separator == u'/' && texts[1].size() == 4 && parts[0] >= 1 && parts[0] <= 12
        && parts[1] >= 1000 && parts[1] <= 2200) {
        *value = dateValue(parts[1], parts[0], 0, false);
        return true;
    }
    return false;
}

bool Scanner::relative(qsizetype index, qsizetype *last, QJsonValue *value) const
{
    const ArabicWords &words = ArabicWords::instance();
    const Token &token = m_analysis.at(index);
    if (!token.isWord())
        return false;
    // أول أمس، قبل أمس (the day before yesterday), بعد غد (the day after tomorrow)
    qsizetype at = index;
    if (stemIs(index, u"يوم") && index + 1 < m_analysis.size())
        ++at;
    int shift = 0;
    if ((stemIs(at, u"اول") || stemIs(at, u"قبل")) && at + 1 < m_analysis.size()) {
        shift = -1;
        ++at;
    } else if (stemIs(at, u"بعد") && at + 1 < m_analysis.size()) {
        shift = 1;
        ++at;
    }
    const Token &word = m_analysis.at(at);
    if (const int *offset = (word.categories & DayCategory) ? words.relativeDay(word.stem) : nullptr) {
        if ((at != index && *offset == 0) || (shift != 0 && shift != *offset))
            return false;
        *last = at;
        *value = QJsonObject{{u"relative"_s, true}, {u"offsetDays"_s, *offset + shift}};
        return true;
    }
    if (shift != 0)
        return false;
    if (const int *weekday = (word.categories & DayCategory) ? words.weekday(word.stem) : nullptr) {
        *last = at;
        QJsonObject object{{u"relative"_s, true}, {u"weekday"_s, *weekday}};
        const int direction = periodDirection(at + 1);
        if (direction != 0) {
            object.insert(u"offsetWeeks"_s, direction < 0 ? -1 : 1);
            ++*last;
        }
        *value = object;
        return true;
    }
    // الأسبوع الماضي، الشهر المقبل، هذه السنة، العام الحالي
    qsizetype unitIndex = index;
    const bool thisOne = stemIs(index, u"هذا") || stemIs(index, u"هذه");
    if (thisOne)
        ++unitIndex;
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

// الساعة 3، الساعة الثالثة، 10:30، الساعة 3 و15 دقيقة عصرا، الخامسة إلا ربعا
bool Scanner::clockTime(qsizetype index, qsizetype *last, QJsonValue *value) const
{
    const Token &token = m_analysis.at(index);
    qsizetype at = index;
    const bool hourWord = stemIs(index, u"ساعه") && hasArticle(token);
    if (hourWord)
        ++at;
    const NumberMatch *hour = numberAt(at);
    if (!hour || hour->value < 0 || hour->value > 24)
        return false;
    // ثلاثة ونصف، ثلاثة وثلث: the number words already hold the half or the third of an hour.
    const double fraction = hour->value - std::floor(hour->value);
    if (fraction != 0
        && (hour->digits || !(fraction == 0.5 || fraction == 0.25 || std::abs(fraction - 1.0 / 3) < 1e-9)))
        return false;
    int hours = int(hour->value);
    int minutes = int(fraction * 60 + 0.5);
    int seconds = -1;
    qsizetype end = hour->last;
    bool colon = false;
    if (hour->digits && end + 2 < m_analysis.size() && m_analysis.at(end + 1).isSymbol(u':')
        && m_analysis.at(end + 2).isNumber() && !m_analysis.at(end + 2).spaceBefore) {
        minutes = m_analysis.at(end + 2).text.toInt();
        end += 2;
        colon = true;
        if (end + 2 < m_analysis.size() && m_analysis.at(end + 1).isSymbol(u':') && m_analysis.at(end + 2).isNumber()) {
            seconds = m_analysis.at(end + 2).text.toInt();
            end += 2;
        }
    }
    if (!hourWord && !colon && !(hour->ordinal && hour->first == hour->last))
        return false;
    if (minutes > 59 || seconds > 59)
        return false;
    if (!colon) {
        // و15 دقيقة، و 18 دقيقة، ونصف، وربع، وثلث
        qsizetype minuteIndex = end + 1;
        const bool joined = minuteIndex < m_analysis.size() && m_analysis.at(minuteIndex).text.startsWith(u'و');
        if (minuteIndex < m_analysis.size() && m_analysis.at(minuteIndex).text == u"و")
            ++minuteIndex;
        const NumberMatch *minuteNumber = numberAt(minuteIndex);
        const NumberMatch *before = wordIs(end + 1, u"الا") ? numberAt(end + 2) : nullptr;
        if (joined && minuteNumber && !minuteNumber->ordinal) {
            const double v = minuteNumber->value;
            if (v == 0.5 || v == 0.25 || v == 1.0 / 3) {
                minutes = int(v * 60 + 0.5);
                end = minuteNumber->last;
            } else if (v >= 1 && v < 60 && v == int(v) && stemIs(minuteNumber->last + 1, u"دقيقه")) {
                minutes = int(v);
                end = minuteNumber->last + 1;
            }
        } else if (before && (before->value == 0.25 || before->value == 1.0 / 3)) {
            minutes = 60 - int(before->value * 60 + 0.5);
            hours = (hours + 23) % 24;
            end = before->last;
        }
    }
    const qsizetype periodIndex = end + 1;
    if (periodIndex < m_analysis.size() && m_analysis.at(periodIndex).isWord()) {
        const QStringView period = m_analysis.at(periodIndex).text;
        static const QList<QStringView> afternoon = {u"مساء", u"مساءا", u"عصرا", u"العصر", u"ظهرا", u"ليلا", u"الظهر"};
        static const QList<QStringView> morning = {u"صباحا", u"صباح", u"الصبح", u"فجرا", u"الفجر"};
        const bool after = period == u"بعد" && periodIndex + 1 < m_analysis.size();
        const bool beforeNoon = period == u"قبل" && wordIs(periodIndex + 1, u"الظهر");
        if (afternoon.contains(period) || after) {
            if (hours < 12 && !(hours == 12 && period == u"ظهرا"))
                hours += 12;
            end = after ? periodIndex + 1 : periodIndex;
        } else if (morning.contains(period) || beforeNoon) {
            end = beforeNoon ? periodIndex + 1 : periodIndex;
        }
    }
    if (!hourWord && !colon && end == hour->last)
        return false; // an ordinal alone is not a time
    if (hours == 24)
        hours = 0;
    QString text =
        QString::number(hours).rightJustified(2, u'0') + u':' + QString::number(minutes).rightJustified(2, u'0');
    if (seconds >= 0)
        text += u':' + QString::number(seconds).rightJustified(2, u'0');
    *value = text;
    *last = end;
    return true;
}

QList<Annotation> Scanner::run()
{
    QList<Annotation> result;
    for (qsizetype i = 0; i < m_analysis.size(); ++i) {
        // Every date and time starts with a number or a word of the tables (all in the lexicon).
        const Token &token = m_analysis.at(i);
        if (token.kind == TokenKind::Symbol || (token.isWord() && !token.known))
            continue;
        qsizetype last = i;
        QJsonValue value;
        qsizetype start = m_analysis.at(i).wordStart;
        if (clockTime(i, &last, &value)) {
            result.append(m_analysis.annotation(u"TIME"_s, start, m_analysis.at(last).end, value, 0.85, kTimeOrigin));
            i = last;
            continue;
        }
        if (dayMonthYear(i, &last, &value, &start) || monthYear(i, &last, &value) || yearPhrase(i, &last, &value)
            || digitDate(i, &last, &value)) {
            result.append(m_analysis.annotation(u"DATE"_s, start, m_analysis.at(last).end, value, 0.9, kOrigin));
            i = last;
            continue;
        }
        if (relative(i, &last, &value)) {
            // A weekday followed by a full date is one date: الخميس 15 أغسطس.
            qsizetype dateLast = 0;
            QJsonValue dateValue;
            qsizetype dateStart = 0;
            qsizetype next = last + 1;
            if (next < m_analysis.size() && m_analysis.at(next).isSymbol(u'،'))
                ++next;
            if (next < m_analysis.size() && dayMonthYear(next, &dateLast, &dateValue, &dateStart)) {
                last = dateLast;
                value = dateValue;
            }
            result.append(m_analysis.annotation(u"DATE"_s, start, m_analysis.at(last).end, value, 0.8, kOrigin));
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

} // namespace Hamish
