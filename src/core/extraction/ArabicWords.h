// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/extraction/Lexicon.h"
#include "core/extraction/WordTable.h"

#include <QString>
#include <QStringView>

namespace Hamish {

// What a number word contributes to a compound numeral.
enum class NumberWordKind : quint8 {
    Unit,           // 0-9 (واحد ثلاث ثلاثة ...)
    TeenUnit,       // 1-2 that only stand before عشر (أحد، إحدى، اثنا، اثني ...)
    Ten,            // عشر/عشرة: 10 alone, +10 after a unit (ثلاثة عشر)
    Tens,           // 20-90 in both cases (عشرون/عشرين)
    Hundred,        // 100-900 (مئة، مائتان، خمسمائة)
    Scale,          // 10^3, 10^6, 10^9, 10^12 singular (ألف، مليون)
    ScaleDual,      // two of a scale (ألفان، مليونين)
    ScalePlural,    // a scale after 3-10 or digits (آلاف، ملايين)
    Fraction,       // نصف، ربع، ثلث
    FractionPlural, // after 2-10: أرباع، أثمان (value: one part, 1/4, 1/8)
};

struct NumberWord
{
    double value = 0;
    NumberWordKind kind = NumberWordKind::Unit;
};

// A unit of measure or a currency a number can be followed by.
struct MeasureWord
{
    QString label;     // "QUANTITY", "MONEY", "PERCENT"
    QString unit;      // normalised unit ("m", "km2", "kg", "l", "°C", "h", "year") or ISO 4217 code
    double factor = 1; // multiplies the count (dual forms mean 2, سنت means 0.01 of a dollar)
    bool dual = false; // the word itself says "two" (لتران، ساعتين): a quantity without a number
};

// The word tables of the numeric rules: Arabic number words, ordinals, month names, units and currencies,
// keyed by normalised form. Facts of the language, checked against grammars and Duckling's corpus.
class ArabicWords
{
public:
    static const ArabicWords &instance();

    const NumberWord *number(QStringView word) const { return find(m_numbers, word); }
    const int *ordinal(QStringView word) const { return find(m_ordinals, word); }
    const MeasureWord *measure(QStringView word) const { return find(m_measures, word); }
    // Currency qualifiers that follow the currency word (دولار أمريكي، ليرة سورية) -> ISO code.
    const QString *currencyQualifier(QStringView currency, QStringView qualifier) const;
    // Month names: value 1-12; `calendar` says Gregorian or Hijri; `ambiguous` names need context
    // (مارس is also a verb, صفر is zero, رجب a given name).
    struct Month
    {
        int number = 0;
        bool hijri = false;
        bool ambiguous = false;
        bool twoWords = false; // the first word of كانون الثاني، ربيع الأول، ذو الحجة
    };
    const Month *month(QStringView word) const { return find(m_months, word); }
    // Two-word month names: first word + second word (normalised, second with its article).
    const Month *month(QStringView first, QStringView second) const;
    // Relative day words (أمس -> -1, غدا -> 1), weekdays (الاثنين -> 1 = Monday ... 7 = Sunday).
    const int *relativeDay(QStringView word) const { return find(m_relativeDays, word); }
    const int *weekday(QStringView word) const { return find(m_weekdays, word); }

    // Every word above, for clitic segmentation.
    void addTo(Lexicon &lexicon) const;

private:
    ArabicWords();
    template<typename T>
    static const T *find(const WordTable<T> &table, QStringView word)
    {
        return table.find(word);
    }

    WordTable<NumberWord> m_numbers;
    WordTable<int> m_ordinals;
    WordTable<MeasureWord> m_measures;
    WordTable<QString> m_currencyQualifiers; // "currency qualifier" -> ISO
    WordTable<Month> m_months;
    WordTable<Month> m_twoWordMonths; // "first second"
    WordTable<int> m_relativeDays;
    WordTable<int> m_weekdays;
};

} // namespace Hamish
