// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/extraction/NumberRecognizer.h"

#include <QJsonValue>

namespace Hamish {

// A clock time read from the tokens.
struct Clock
{
    int hours = 0;
    int minutes = 0;
    int seconds = -1;
    bool hourWord = false; // after الساعة
    bool colon = false;    // 10:30
    bool period = false;   // صباحا، مساء، بعد الظهر... said which half of the day
    bool afternoon = false;
    QString zone;        // "UTC" after بتوقيت غرينتش / GMT; empty for the article's local time
    qsizetype first = 0; // token indices
    qsizetype last = 0;

    QString text() const; // HH:MM or HH:MM:SS
    // The TIME value: "HH:MM", or {"time": "HH:MM", "zone": "UTC"} when the text names the zone.
    QJsonValue value() const;
};

// Reads clock times (الساعة 3، الساعة الثالثة عصرا، 10:30، الخامسة إلا ربعا) and intervals between two of them
// (من الساعة الرابعة وحتى السابعة مساء: 16:00-19:00) over the tokens and numbers of a text; the base of
// the date scanner, which shares its token tests.
class ClockReader
{
public:
    ClockReader(const TextAnalysis &analysis, const QList<NumberMatch> &numbers);

protected:
    const NumberMatch *numberAt(qsizetype index) const
    {
        return index < m_numberAt.size() && m_numberAt.at(index) >= 0 ? &m_numbers.at(m_numberAt.at(index)) : nullptr;
    }
    bool wordIs(qsizetype index, QStringView word) const
    {
        return index < m_analysis.size() && m_analysis.at(index).isWord()
               && m_analysis.at(index).text.size() == word.size() && m_analysis.at(index).text == word;
    }
    // The word has the article, alone or after a proclitic (الساعة، بالساعة).
    static bool hasArticle(const Token &token);
    // The word's stem, with or without the article, is `word`.
    bool stemIs(qsizetype index, QStringView word) const;
    // -1 after الماضي/السابق/المنصرم/الفائت, +1 after القادم/المقبل/التالي, else 0.
    int periodDirection(qsizetype index) const;
    // الحالي، الجاري
    bool isCurrent(qsizetype index) const;

    // A clock time at `index`. `bare` accepts an hour with nothing around it (the second end of an interval).
    bool clockAt(qsizetype index, Clock *clock, bool bare) const;
    bool clockTime(qsizetype index, qsizetype *last, QJsonValue *value) const;
    // من/بين + time + إلى/حتى/و + time: {"from": "16:00", "to": "19:00"}.
    bool clockInterval(qsizetype index, qsizetype *last, QJsonValue *value) const;
    bool startsInterval(qsizetype index) const;

    const TextAnalysis &m_analysis;

private:
    // Reads the half of the day after a time (مساء، بعد الظهر، هذا الصباح) into `clock`.
    void readPeriod(Clock *clock) const;
    // Reads بتوقيت غرينتش (GMT, UTC) after a time into `clock`.
    void readZone(Clock *clock) const;

    QList<qsizetype> m_numberAt;
    const QList<NumberMatch> &m_numbers;
};

} // namespace Hamish
