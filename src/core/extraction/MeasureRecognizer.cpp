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
        for (qsizetype i = number.first; i <= number.last; ++i)
            covered[i] = true;
        if (number.ordinal)
            continue;
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
        if (!measure || measure->dual)
            continue;
        const QString unit = refinedUnit(analysis, *measure, next, &last);
        double amount = number.value * measure->factor;
        if (unit.startsWith(u'°') && belowZero(analysis, last + 1)) {
            amount = -amount; // 2 درجة تحت الصفر
            last += 2;
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
            if (joined && cents && centWord && centWord->factor == 0.01 && centWord->unit == unit) {
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
        result.append(
            analysis.annotation(measure->label, number.start, analysis.at(last).end, value, kConfidence, kOrigin));
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
        if (measure->label != u"QUANTITY" || i + 1 >= analysis.size())
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
