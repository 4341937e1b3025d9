// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extraction/ClockReader.h"

#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {

// Most words differ in length from all of the list: compare lengths before letters.
bool isOneOf(QStringView text, std::initializer_list<QStringView> words)
{
    for (QStringView word : words) {
        if (text.size() == word.size() && text == word)
            return true;
    }
    return false;
}

} // namespace

QString Clock::text() const
{
    QString result = QString::number(hours == 24 ? 0 : hours).rightJustified(2, u'0') + u':'
                     + QString::number(minutes).rightJustified(2, u'0');
    if (seconds >= 0)
        result += u':' + QString::number(seconds).rightJustified(2, u'0');
    return result;
}

QJsonValue Clock::value() const
{
    if (zone.isEmpty())
        return text();
    return QJsonObject{{u"time"_s, text()}, {u"zone"_s, zone}};
}

ClockReader::ClockReader(const TextAnalysis &analysis, const QList<NumberMatch> &numbers)
    : m_analysis(analysis)
    , m_numberAt(analysis.size(), -1)
    , m_numbers(numbers)
{
    for (qsizetype i = 0; i < numbers.size(); ++i)
        m_numberAt[numbers.at(i).first] = i;
}

bool ClockReader::hasArticle(const Token &token)
{
    return token.text.startsWith(u"ال") || token.text.first(token.prefixLength()).endsWith(u"ال");
}

bool ClockReader::stemIs(qsizetype index, QStringView word) const
{
    if (index >= m_analysis.size() || !m_analysis.at(index).isWord())
        return false;
    const QStringView stem = m_analysis.at(index).stem;
    if (stem.size() == word.size())
        return stem == word;
    return stem.size() == word.size() + 2 && stem.startsWith(u"ال") && stem.endsWith(word);
}

int ClockReader::periodDirection(qsizetype index) const
{
    if (index >= m_analysis.size() || !m_analysis.at(index).isWord())
        return 0;
    const QStringView text = m_analysis.at(index).text;
    if (isOneOf(text, {u"الماضي", u"الماضيه", u"الماض", u"السابق", u"السابقه", u"المنصرم", u"المنصرمه", u"الفائت",
                       u"الفائته"}))
        return -1;
    if (isOneOf(text, {u"القادم", u"القادمه", u"المقبل", u"المقبله", u"التالي", u"التاليه", u"الجاي"}))
        return 1;
    return 0;
}

bool ClockReader::isCurrent(qsizetype index) const
{
    return index < m_analysis.size() && m_analysis.at(index).isWord()
           && isOneOf(m_analysis.at(index).text, {u"الحالي", u"الحاليه", u"الجاري", u"الجاريه"});
}

void ClockReader::readPeriod(Clock *clock) const
{
    const qsizetype index = clock->last + 1;
    if (index >= m_analysis.size() || !m_analysis.at(index).isWord())
        return;
    const QStringView period = m_analysis.at(index).text;
    const bool thisOne = period == u"هذا" || period == u"هذه";
    const QStringView next = index + 1 < m_analysis.size() ? m_analysis.at(index + 1).text : QStringView();
    qsizetype last = index;
    bool afternoon = false;
    if (isOneOf(period, {u"مساء", u"مساءا", u"عصرا", u"العصر", u"ظهرا", u"الظهر", u"ليلا", u"العشاء", u"المغرب",
                         u"مغربا", u"الليله"})) {
        afternoon = true;
    } else if (isOneOf(period, {u"صباحا", u"صباح", u"الصبح", u"الصباح", u"فجرا", u"الفجر"})) {
        afternoon = false;
    } else if (thisOne && isOneOf(next, {u"الليله", u"المساء"})) {
        afternoon = true;
        ++last;
    } else if (thisOne && next == u"الصباح") {
        ++last;
    } else if (period == u"قبل" && isOneOf(next, {u"الظهر", u"المغرب", u"العصر", u"العشاء"})) {
        afternoon = next != u"الظهر"; // before noon, before sunset
        ++last;
    } else if (period == u"بعد" && index + 1 < m_analysis.size() && m_analysis.at(index + 1).isWord()) {
        afternoon = true; // بعد الظهر، بعد العصر، بعد المغرب
        ++last;
    } else {
        return;
    }
    if (afternoon && clock->hours < 12)
        clock->hours += 12;
    clock->period = true;
    clock->afternoon = afternoon;
    clock->last = last;
}

void ClockReader::readZone(Clock *clock) const
{
    const qsizetype index = clock->last + 1;
    if (index + 1 >= m_analysis.size() || m_analysis.at(index).text != u"بتوقيت")
        return;
    if (isOneOf(m_analysis.at(index + 1).text,
                {u"gmt", u"utc", u"غرينتش", u"جرينتش", u"غرينيتش", u"جرينيتش", u"غرينش"})) {
        clock->zone = u"UTC"_s;
        clock->last = index + 1;
    }
}

// الساعة 3، الساعة الثالثة، 10:30، الساعة 3 و15 دقيقة عصرا، الخامسة إلا ربعا
bool ClockReader::clockAt(qsizetype index, Clock *clock, bool bare) const
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
    *clock = Clock{};
    clock->first = index;
    clock->hourWord = hourWord;
    clock->hours = int(hour->value);
    clock->minutes = int(fraction * 60 + 0.5);
    qsizetype end = hour->last;
    if (hour->digits && end + 2 < m_analysis.size() && m_analysis.at(end + 1).isSymbol(u':')
        && m_analysis.at(end + 2).isNumber() && !m_analysis.at(end + 2).spaceBefore) {
        clock->minutes = m_analysis.at(end + 2).text.toInt();
        end += 2;
        clock->colon = true;
        if (end + 2 < m_analysis.size() && m_analysis.at(end + 1).isSymbol(u':') && m_analysis.at(end + 2).isNumber()) {
            clock->seconds = m_analysis.at(end + 2).text.toInt();
            end += 2;
        }
    }
    if (!hourWord && !clock->colon && !bare && !(hour->ordinal && hour->first == hour->last))
        return false;
    if (clock->minutes > 59 || clock->seconds > 59)
        return false;
    if (!clock->colon) {
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
                clock->minutes = int(v * 60 + 0.5);
                end = minuteNumber->last;
            } else if (v >= 1 && v < 60 && v == int(v) && stemIs(minuteNumber->last + 1, u"دقيقه")) {
                clock->minutes = int(v);
                end = minuteNumber->last + 1;
            }
        } else if (before && (before->value == 0.25 || before->value == 1.0 / 3)) {
            clock->minutes = 60 - int(before->value * 60 + 0.5);
            clock->hours = (clock->hours + 23) % 24;
            end = before->last;
        }
    }
    clock->last = end;
    readPeriod(clock);
    readZone(clock);
    if (!hourWord && !clock->colon && !bare && clock->last == hour->last)
        return false; // an ordinal alone is not a time
    return true;
}

bool ClockReader::clockTime(qsizetype index, qsizetype *last, QJsonValue *value) const
{
    Clock clock;
    if (!clockAt(index, &clock, false))
        return false;
    *value = clock.value();
    *last = clock.last;
    return true;
}

bool ClockReader::startsInterval(qsizetype index) const
{
    const QStringView text = m_analysis.at(index).text;
    if (text.size() < 2 || text.size() > 4 || (text.at(0) != u'م' && text.at(0) != u'ب' && text.at(0) != u'و'))
        return false;
    return m_analysis.at(index).isWord() && isOneOf(text, {u"من", u"ومن", u"بين", u"وبين"});
}

// من الساعة الرابعة وحتى السابعة مساء، من الساعة التاسعة صباحا حتى الثالثة عصرا، بين الساعة 8 و10 صباحا
bool ClockReader::clockInterval(qsizetype index, qsizetype *last, QJsonValue *value) const
{
    if (!startsInterval(index) || index + 1 >= m_analysis.size())
        return false;
    const bool between = m_analysis.at(index).text.endsWith(u"بين");
    Clock from;
    Clock to;
    if (!clockAt(index + 1, &from, true))
        return false;
    const qsizetype joiner = from.last + 1;
    if (joiner + 1 >= m_analysis.size())
        return false;
    const Token &word = m_analysis.at(joiner);
    const bool joined =
        between ? word.text == u"و"
                : word.isSymbol(u'-')
                      || (word.isWord() && isOneOf(word.text, {u"الي", u"حتي", u"وحتي", u"لغايه", u"ولغايه", u"والي"}));
    if (!joined || !clockAt(joiner + 1, &to, true))
        return false;
    if (!(from.hourWord || from.colon || from.period || to.hourWord || to.colon || to.period))
        return false; // من 10 إلى 20: numbers, not hours
    // The half of the day said once holds for both ends: من الرابعة وحتى السابعة مساء is 16:00-19:00.
    if (!from.period && to.afternoon && from.hours < 12 && from.hours + 12 <= to.hours)
        from.hours += 12;
    if (!to.period && from.afternoon && to.hours < 12 && to.hours + 12 >= from.hours)
        to.hours += 12;
    *value = QJsonObject{{u"from"_s, from.text()}, {u"to"_s, to.text()}};
    *last = to.last;
    return true;
}

} // namespace Hamish
