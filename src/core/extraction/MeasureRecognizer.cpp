// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extraction/MeasureRecognizer.h"

#include "core/extraction/ArabicWords.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {

const QString kOrigin = u"rules:measure"_s;
constexpr double kConfidence = 0.9;

// The unit word at `index` looked up without its article (اللتر) and with it.
const MeasureWord *measureAt(const TextAnalysis &analysis, qsizetype index)
{
    if (index >= analysis.size())
        return nullptr;
    const Token &token = analysis.at(index);
    if (token.kind == TokenKind::Number)
        return nullptr;
    const ArabicWords &words = ArabicWords::instance();
    if (token.kind == TokenKind::Symbol)
        return words.measure(token.text);
    if (token.prefixLength() != 0)
        return nullptr; // بمتر، والدولار: a new phrase, not this number's unit
    return (token.categories & MeasureCategory) ? words.measure(token.stem) : nullptr;
}

bool isPercentPhrase(const TextAnalysis &analysis, qsizetype index, qsizetype *last)
{
    if (index >= analysis.size())
        return false;
    const QStringView text = analysis.at(index).text;
    if (text == u"بالمئه" || text == u"بالمائه") {
        *last = index;
        return true;
    }
    if (text == u"في" && index + 1 < analysis.size()) {
        const QStringView next = analysis.at(index + 1).text;
        if (next == u"المئه" || next == u"المائه") {
            *last = index + 1;
            return true;
        }
    }
    return false;
}

// تحت الصفر after a temperature: below zero.
bool belowZero(const TextAnalysis &analysis, qsizetype index)
{
    return index + 1 < analysis.size() && analysis.at(index).text == u"تحت" && analysis.at(index + 1).text == u"الصفر";
}

// A unit written in two words: ملي لتر، هكتو ليتر، كيلو متر.
const MeasureWord *splitUnitAt(const TextAnalysis &analysis, qsizetype index)
{
    if (index + 1 >= analysis.size() || !analysis.at(index).isWord() || !analysis.at(index + 1).isWord())
        return nullptr;
    const QStringView prefix = analysis.at(index).text;
    if (prefix != u"ملي" && prefix != u"مللي" && prefix != u"هكتو" && prefix != u"كيلو" && prefix != u"سنتي")
        return nullptr;
    const MeasureWord *measure = ArabicWords::instance().measure(QString(prefix + analysis.at(index + 1).text));
    return measure && measure->label == u"QUANTITY" ? measure : nullptr;
}

// ج.م (جنيه مصري), with or without its last dot.
bool isEgyptianPound(const TextAnalysis &analysis, qsizetype index, qsizetype *last)
{
    if (index >= analysis.size())
        return false;
    if (analysis.at(index).text == u"ج.م") {
        *last = index;
    } else if (index + 2 < analysis.size() && analysis.at(index).text == u"ج" && analysis.at(index + 1).isSymbol(u'.')
               && analysis.at(index + 2).text == u"م" && !analysis.at(index + 1).spaceBefore
               && !analysis.at(index + 2).spaceBefore) {
        *last = index + 2;
    } else {
        return false;
    }
    if (*last + 1 < analysis.size() && analysis.at(*last + 1).isSymbol(u'.') && !analysis.at(*last + 1).spaceBefore)
        ++*last;
    return true;
}

// The singular of a unit (أسبوع، not أسابيع: within weeks is no number of weeks).
bool isSingularUnit(QStringView word)
{
    static const QList<QStringView> singular = {
        u"ثانيه", u"دقيقه", u"ساعه",     u"يوم",      u"اسبوع", u"شهر",  u"سنه", u"عام", u"متر",  u"كيلومتر", u"ميل",
        u"كغ",    u"كلغ",   u"كيلوغرام", u"كيلوجرام", u"غرام",  u"جرام", u"طن",  u"لتر", u"ليتر", u"لحظه"};
    return singular.contains(word);
}

// Words after which a unit alone means one of it: خلال أسبوع، لمدة شهر، منذ ساعة، وبعد ساعة.
bool isDurationWord(const Token &token)
{
    static const QList<QStringView> words = {u"خلال", u"لمده", u"مده", u"طوال",  u"طيله", u"منذ",
                                             u"قبل",  u"بعد",  u"نحو", u"حوالي", u"قرابه"};
    if (!token.isWord())
        return false;
    const QStringView text = token.text;
    return words.contains(text)
           || (text.size() > 1 && (text.front() == u'و' || text.front() == u'ف') && words.contains(text.sliced(1)));
}

// A minus apart from the digits that cannot be a dash between two numbers: "- 2 درجة", not "3 - 1".
bool isSpacedMinus(const TextAnalysis &analysis, qsizetype index)
{
    if (index < 0 || !(analysis.at(index).isSymbol(u'-') || analysis.at(index).isSymbol(u'−'))
        || !analysis.at(index + 1).spaceBefore)
        return false;
    return index == 0 || (!analysis.at(index - 1).isNumber() && !analysis.at(index - 1).isSymbol(u'\n'));
}

QJsonObject quantityValue(double amount, const QString &unit)
{
    return QJsonObject{{u"amount"_s, amount}, {u"unit"_s, unit}};
}

QJsonObject moneyValue(double amount, const QString &currency)
{
    return QJsonObject{{u"amount"_s, amount}, {u"currency"_s, currency}};
}

// The unit a qualifier after the unit word refines: درجة مئوية -> °C, ليرة لبنانية -> LBP.
QString refinedUnit(const TextAnalysis &analysis, const MeasureWord &measure, qsizetype unitIndex, qsizetype *last)
{
    *last = unitIndex;
    if (unitIndex + 1 >= analysis.size() || !analysis.at(unitIndex + 1).isWord())
        return measure.unit;
    const Token &unitToken = analysis.at(unitIndex);
    const Token &next = analysis.at(unitIndex + 1);
    if (measure.label == u"MONEY") {
        if (const QString *iso = ArabicWords::instance().currencyQualifier(unitToken.stem, next.text)) {
            *last = unitIndex + 1;
            return *iso;
        }
    } else if (measure.unit == u"°") {
        if (next.text == u"مئويه" || next.text == u"سلزيوس" || next.text == u"سيلسيوس") {
            *last = unitIndex + 1;
            return u"°C"_s;
        }
        if (next.text == u"فهرنهايت") {
            *last = unitIndex + 1;
            return u"°F"_s;
        }
    } else if ((measure.unit == u"m" || measure.unit == u"km") && (next.text == u"مربع" || next.text == u"مربعا")) {
        *last = unitIndex + 1;
        return measure.unit + u'2';
    } else if (measure.unit == u"m" && (next.text == u"مكعب" || next.text == u"مكعبا")) {
        *last = unitIndex + 1;
        return u"m3"_s;
    }
    return measure.unit;
}

} // namespace

QList<Annotation> MeasureRecognizer::find(const TextAnalysis &analysis, const QList<NumberMatch> &numbers)
{
    QList<Annotation> result;
    QList<bool> covered(analysis.size(), false);
    for (const NumberMatch &number : numbers) {
        if (number.ordinal)
            continue; // ثانية may still be a second
        for (qsizetype i = number.first; i <= number.last; ++i)
            covered[i] = true;
        const qsizetype next = number.last + 1;
        qsizetype last = -1;
        if (isPercentPhrase(analysis, next, &last)) {
            result.append(analysis.annotation(u"PERCENT"_s, number.start, analysis.at(last).end, number.value,
                                              kConfidence, kOrigin));
            continue;
        }
        // A currency sign before the digits: $10, $ 10, €20.
        if (number.first > 0) {
            const MeasureWord *sign = measureAt(analysis, number.first - 1);
            if (sign && sign->label == u"MONEY" && analysis.at(number.first - 1).kind == TokenKind::Symbol
                && number.digits) {
                const qsizetype start = analysis.at(number.first - 1).start;
                result.append(analysis.annotation(u"MONEY"_s, start, number.end, moneyValue(number.value, sign->unit),
                                                  kConfidence, kOrigin));
                continue;
            }
        }
        const MeasureWord *measure = measureAt(analysis, next);
        qsizetype unitIndex = next;
        if (!measure && (measure = splitUnitAt(analysis, next)) != nullptr)
            unitIndex = next + 1; // ملي لتر، هكتو ليتر
        if (!measure && isEgyptianPound(analysis, next, &last)) {
            result.append(analysis.annotation(u"MONEY"_s, number.start, analysis.at(last).end,
                                              moneyValue(number.value, u"EGP"_s), kConfidence, kOrigin));
            continue;
        }
        if (!measure && belowZero(analysis, next)) {
            // 2 تحت الصفر: degrees below zero, the unit unsaid.
            result.append(analysis.annotation(u"QUANTITY"_s, number.start, analysis.at(next + 1).end,
                                              quantityValue(-number.value, u"°"_s), kConfidence, kOrigin));
            continue;
        }
        if (!measure || measure->dual)
            continue;
        const QString unit = refinedUnit(analysis, *measure, unitIndex, &last);
        double amount = number.value * measure->factor;
        qsizetype start = number.start;
        if (unit.startsWith(u'°') && belowZero(analysis, last + 1)) {
            amount = -amount; // 2 درجة تحت الصفر
            last += 2;
        } else if (unit.startsWith(u'°') && isSpacedMinus(analysis, number.first - 1) && amount > 0) {
            amount = -amount; // - 2 درجة
            start = analysis.at(number.first - 1).start;
        }
        if (measure->label == u"MONEY" && measure->factor == 1) {
            // 20 دولار و43 سنت
            qsizetype at = last + 1;
            if (at < analysis.size() && analysis.at(at).text == u"و")
                ++at;
            const bool joined = at > last + 1 || (at < analysis.size() && analysis.at(at).text.startsWith(u'و'));
            const NumberMatch *cents = nullptr;
            for (const NumberMatch &candidate : numbers) {
                if (candidate.first == at || (candidate.first == at + 1 && analysis.at(at).text == u"و"))
                    cents = &candidate;
            }
            const MeasureWord *centWord = cents ? measureAt(analysis, cents->last + 1) : nullptr;
            // 20 دولار و43 سنت، 20$ 43c: the cents joined by و or named.
            if ((joined || (cents && cents->first == last + 1)) && cents && centWord && centWord->factor == 0.01
                && centWord->unit == unit) {
                amount += cents->value * 0.01;
                last = cents->last + 1;
            }
        }
        QJsonValue value;
        if (measure->label == u"PERCENT")
            value = amount;
        else if (measure->label == u"MONEY")
            value = moneyValue(amount, unit);
        else
            value = quantityValue(amount, unit);
        result.append(analysis.annotation(measure->label, start, analysis.at(last).end, value, kConfidence, kOrigin));
        // Skip the unit so a following number starts fresh.
        for (qsizetype i = next; i <= last; ++i)
            covered[i] = true;
    }
    // Dual units carry their own count (لتران، ساعتين، عامين); a unit and a half (لتر ونصف).
    const ArabicWords &words = ArabicWords::instance();
    for (qsizetype i = 0; i < analysis.size(); ++i) {
        if (covered.at(i) || !analysis.at(i).isKnownWord())
            continue;
        const Token &token = analysis.at(i);
        const MeasureWord *measure = (token.categories & MeasureCategory) ? words.measure(token.stem) : nullptr;
        if (!measure)
            continue;
        qsizetype last = i;
        if (measure->dual) {
            const QString unit = refinedUnit(analysis, *measure, i, &last);
            double amount = measure->factor;
            if (unit.startsWith(u'°') && belowZero(analysis, last + 1)) {
                amount = -amount;
                last += 2;
            }
            const QJsonValue value = measure->label == u"MONEY" ? QJsonValue(moneyValue(amount, unit))
                                                                : QJsonValue(quantityValue(amount, unit));
            result.append(
                analysis.annotation(measure->label, token.wordStart, analysis.at(last).end, value, 0.8, kOrigin));
            continue;
        }
        if (measure->label != u"QUANTITY")
            continue;
        // A unit alone is one of it: after a word of duration (خلال أسبوع), or as the whole text (كغ).
        const bool alone = analysis.size() == 1 || (i > 0 && isDurationWord(analysis.at(i - 1)));
        const bool named = i + 1 < analysis.size()
                           && (analysis.at(i + 1).isNumber()
                               || (analysis.at(i + 1).categories & (MonthCategory | NumberCategory | OrdinalCategory)));
        if (alone && !named && token.prefixLength() == 0 && isSingularUnit(token.stem)) {
            result.append(analysis.annotation(u"QUANTITY"_s, token.wordStart, token.end,
                                              quantityValue(1, measure->unit), 0.8, kOrigin));
            continue;
        }
        if (i + 1 >= analysis.size())
            continue;
        // لتر ونصف (و glued) or لتر و نصف (و apart)
        const bool apart = analysis.at(i + 1).text == u"و" && i + 2 < analysis.size();
        const Token &fractionToken = analysis.at(apart ? i + 2 : i + 1);
        const bool joined = apart ? fractionToken.prefixLength() == 0
                                  : fractionToken.prefixLength() == 1 && fractionToken.text.startsWith(u'و');
        const NumberWord *fraction = fractionToken.isKnownWord() ? words.number(fractionToken.stem) : nullptr;
        if (fraction && fraction->kind == NumberWordKind::Fraction && joined) {
            result.append(analysis.annotation(u"QUANTITY"_s, token.wordStart, fractionToken.end,
                                              quantityValue(1 + fraction->value, measure->unit), 0.8, kOrigin));
        }
    }
    return result;
}

} // namespace Hamish
