// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extraction/NumberRecognizer.h"

#include "core/extraction/ArabicWords.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {

using K = NumberWordKind;

// The word at `index` read as the next part of a compound: its number-word entry, whether a و joined
// it (glued وعشرون or a separate و token), and the index of the word itself.
struct Part
{
    const NumberWord *word = nullptr;
    bool conjunction = false;
    bool article = false; // والعشرون: only ordinals take the article inside a compound
    qsizetype index = -1;
};

bool prefixHasArticle(const Token &token)
{
    return token.text.first(token.prefixLength()).endsWith(u"ال");
}

// The stem "لل" restored the article to: it lives outside the text.
bool restoredArticle(const Token &token)
{
    return token.stem.data() != token.text.data() + token.prefixLength();
}

// Looks a word up with and without its article: the lexicon may know "الأول" whole (from كانون الأول)
// while the number tables hold "اول". Sets *article when the article was there.
template<typename Lookup>
auto lookupBare(const Token &token, quint16 category, Lookup lookup, bool *article = nullptr)
{
    bool hasArticle = prefixHasArticle(token);
    QStringView stem = token.stem;
    decltype(lookup(stem)) found = nullptr;
    if (restoredArticle(token)) {
        if (token.bareCategories & category)
            found = lookup(stem.mid(2));
        hasArticle = true;
    } else {
        if (token.categories & category)
            found = lookup(stem);
        if (!found && !hasArticle && (token.bareCategories & category)) {
            found = lookup(stem.mid(2));
            hasArticle = found != nullptr;
        }
    }
    if (article)
        *article = hasArticle;
    return found;
}

const NumberWord *numberWord(const Token &token, bool *article = nullptr)
{
    return lookupBare(
        token, NumberCategory, [](QStringView word) { return ArabicWords::instance().number(word); }, article);
}

const int *ordinalWord(const Token &token, bool *article = nullptr)
{
    return lookupBare(
        token, OrdinalCategory, [](QStringView word) { return ArabicWords::instance().ordinal(word); }, article);
}

// و alone or و + the article (والعشرون, in compound ordinals).
bool isConjunctionPrefix(const Token &token)
{
    const QStringView prefix = token.text.first(token.prefixLength());
    return prefix == u"و" || prefix == u"وال";
}

Part partAt(const TextAnalysis &analysis, qsizetype index)
{
    Part part;
    if (index >= analysis.size())
        return part;
    const Token *token = &analysis.at(index);
    if (token->isWord() && token->text == u"و" && index + 1 < analysis.size()) {
        part.conjunction = true;
        token = &analysis.at(++index);
    }
    if (!token->isWord())
        return part;
    const QStringView prefix = token->text.first(token->prefixLength());
    if (!part.conjunction && isConjunctionPrefix(*token))
        part.conjunction = true;
    else if (!prefix.isEmpty() && prefix != u"ال")
        return {}; // another proclitic (بثلاثة) starts a new phrase, not a compound part
    part.word = numberWord(*token, &part.article);
    part.index = index;
    return part;
}

class Parser
{
public:
    explicit Parser(const TextAnalysis &analysis)
        : m_analysis(analysis)
    {}

    bool parseCardinalWords(qsizetype index, NumberMatch *match);
    bool parseOrdinal(qsizetype index, NumberMatch *match);
    bool parseDigitNumber(qsizetype index, NumberMatch *match);

private:
    bool hasDammaOnFirstLetter(const Token &token) const
    {
        const QStringView original = m_analysis.original();
        const qsizetype letter = m_analysis.originalStart(token.stemStart);
        for (qsizetype i = letter + 1; i < original.size() && i <= letter + 2; ++i) {
            if (original.at(i) == u'\u064F')
                return true;
        }
        return false;
    }

    const TextAnalysis &m_analysis;
};

bool Parser::parseCardinalWords(qsizetype index, NumberMatch *match)
{
    const Token &first = m_analysis.at(index);
    const NumberWord *word = numberWord(first);
    if (!word)
        return false;
    // عُشر، خُمس، تُسع: a damma on the first letter makes the word a part (a tenth), not the number (ten).
    if ((word->kind == K::Unit || word->kind == K::Ten) && word->value >= 5 && hasDammaOnFirstLetter(first)) {
        *match = NumberMatch{index, index, first.wordStart, first.end, 1 / word->value, false, false};
        return true;
    }
    double total = 0;   // completed groups times their scale
    double current = 0; // the group below the next scale word
    double lastScale = INFINITY;
    K last = word->kind;
    qsizetype lastIndex = index;
    switch (word->kind) {
    case K::TeenUnit: {
        const Part next = partAt(m_analysis, index + 1);
        if (!next.word || next.conjunction || next.word->kind != K::Ten)
            return false;
        current = word->value + 10;
        last = K::Ten;
        lastIndex = next.index;
        break;
    }
    case K::ScalePlural:
    case K::FractionPlural:
        return false; // آلاف alone is "thousands", أرباع "quarters": not a number
    case K::ScaleDual:
        total = 2 * word->value;
        lastScale = word->value;
        last = K::Scale;
        break;
    case K::Scale:
        total = word->value;
        lastScale = word->value;
        break;
    default:
        current = word->value;
        break;
    }
    for (;;) {
        const Part part = partAt(m_analysis, lastIndex + 1);
        if (!part.word || part.article)
            break;
        const NumberWord &next = *part.word;
        bool taken = false;
        if (!part.conjunction) {
            if (last == K::Unit && next.kind == K::Ten && current >= 1 && current <= 9) {
                current += 10; // ثلاثة عشر
                last = K::Ten;
                taken = true;
            } else if (last == K::Unit && next.kind == K::FractionPlural && current >= 2 && current * next.value < 1) {
                current *= next.value; // خمسة أثمان، ثلاثة أرباع
                last = K::Fraction;
                taken = true;
            } else if (last == K::Unit && next.kind == K::Hundred && next.value == 100 && current >= 1) {
                current *= 100; // ثلاث مئة
                last = K::Hundred;
                taken = true;
            } else if ((next.kind == K::Scale || next.kind == K::ScalePlural) && current > 0 && next.value < lastScale
                       && last != K::Scale && last != K::Fraction) {
                if (next.kind == K::ScalePlural && !(current >= 3 && current <= 10))
                    break;
                total += current * next.value; // ثلاثة آلاف، خمسمائة ألف
                current = 0;
                lastScale = next.value;
                last = K::Scale;
                taken = true;
            }
        } else {
            const double unitPart = std::fmod(current, 100.0);
            if (last == K::Unit && next.kind == K::Tens && unitPart >= 1 && unitPart <= 9) {
                current += next.value; // خمسة وعشرون
                last = K::Tens;
                taken = true;
            } else if (last == K::Hundred
                       && (next.kind == K::Unit || next.kind == K::Tens || next.kind == K::Ten
                           || next.kind == K::TeenUnit)) {
                if (next.kind == K::TeenUnit) {
                    const Part ten = partAt(m_analysis, part.index + 1);
                    if (!ten.word || ten.conjunction || ten.word->kind != K::Ten)
                        break;
                    current += next.value + 10;
                    last = K::Ten;
                    lastIndex = ten.index;
                    continue;
                }
                current += next.value;
                last = next.kind;
                taken = true;
            } else if (last == K::Scale && current == 0
                       && (next.kind == K::Unit || next.kind == K::Tens || next.kind == K::Ten
                           || next.kind == K::Hundred || (next.kind == K::Scale && next.value < lastScale)
                           || next.kind == K::TeenUnit)) {
                if (next.kind == K::TeenUnit) {
                    const Part ten = partAt(m_analysis, part.index + 1);
                    if (!ten.word || ten.conjunction || ten.word->kind != K::Ten)
                        break;
                    current = next.value + 10;
                    last = K::Ten;
                    lastIndex = ten.index;
                    continue;
                }
                if (next.kind == K::Scale) {
                    total += next.value;
                    lastScale = next.value;
                } else {
                    current = next.value;
                }
                last = next.kind;
                taken = true;
            } else if (next.kind == K::Fraction && last != K::Fraction) {
                // مليون ونصف = 1.5 million, ثلاثة ونصف = 3.5
                const double base = current == 0 && std::isfinite(lastScale) ? lastScale : 1;
                current += next.value * base;
                last = K::Fraction;
                taken = true;
            }
        }
        if (!taken)
            break;
        lastIndex = part.index;
    }
    match->first = index;
    match->last = lastIndex;
    match->start = first.wordStart;
    match->end = m_analysis.at(lastIndex).end;
    match->value = total + current;
    match->ordinal = false;
    match->digits = false;
    return true;
}

bool Parser::parseOrdinal(qsizetype index, NumberMatch *match)
{
    const Token &first = m_analysis.at(index);
    bool article = false;
    int value = 0;
    const NumberWord *word = nullptr;
    if (const int *ordinal = ordinalWord(first)) {
        value = *ordinal;
    } else if ((word = numberWord(first, &article)) && article) {
        // الأحد عشر، الاثنا عشر، الواحد والعشرون، التسعون: cardinal forms with the article.
        if (word->kind == K::Tens) {
            value = int(word->value);
        } else if ((word->kind == K::TeenUnit || word->kind == K::Unit) && word->value >= 1 && word->value <= 2) {
            value = -int(word->value); // needs a compound to be an ordinal
        } else {
            return false;
        }
    } else {
        return false;
    }
    qsizetype lastIndex = index;
    const bool unitOrdinal = value < 0 || value <= 10;
    if (unitOrdinal && index + 1 < m_analysis.size()) {
        const Part part = partAt(m_analysis, index + 1);
        if (part.word && !part.conjunction && part.word->kind == K::Ten && value != 10) {
            value = std::abs(value) + 10; // الحادي عشر، الثالث عشر
            lastIndex = part.index;
        } else if (part.word && part.conjunction && part.word->kind == K::Tens && value != 10 && part.article) {
            value = std::abs(value) + int(part.word->value); // الخامس والعشرون
            lastIndex = part.index;
        }
    }
    if (value < 0)
        return false;
    match->first = index;
    match->last = lastIndex;
    match->start = first.wordStart;
    match->end = m_analysis.at(lastIndex).end;
    match->value = value;
    match->ordinal = true;
    match->digits = false;
    return true;
}

bool Parser::parseDigitNumber(qsizetype index, NumberMatch *match)
{
    const Token &token = m_analysis.at(index);
    double value = 0;
    if (!NumberRecognizer::parseDigits(token.text, &value))
        return false;
    qsizetype start = token.start;
    qsizetype lastIndex = index;
    // A minus or a leading decimal point glued to the digits and not to a preceding number.
    if (index > 0 && !token.spaceBefore) {
        const Token &previous = m_analysis.at(index - 1);
        // Not after a glued word or number: 2014-15 is a range, F-16 a name (marked as a code).
        const bool standalone =
            index == 1 || previous.spaceBefore || m_analysis.at(index - 2).kind == TokenKind::Symbol;
        if (standalone && (previous.isSymbol(u'-') || previous.isSymbol(u'−'))) {
            value = -value;
            start = previous.start;
        } else if (standalone && previous.isSymbol(u'.') && !token.text.contains(u'.')) {
            value = value / std::pow(10.0, token.text.size());
            start = previous.start;
            if (index >= 2 && !previous.spaceBefore && (m_analysis.at(index - 2).isSymbol(u'-'))) {
                value = -value;
                start = m_analysis.at(index - 2).start;
            }
        }
    }
    // 3/4، ٧٧/١٠٠، ١١/١٠: a fraction when the denominator is a power of ten or above the numerator (and
    // no third part makes it a date).
    if (index + 2 < m_analysis.size() && m_analysis.at(index + 1).isSymbol(u'/') && m_analysis.at(index + 2).isNumber()
        && !m_analysis.at(index + 1).spaceBefore && !m_analysis.at(index + 2).spaceBefore
        && !(index + 3 < m_analysis.size() && m_analysis.at(index + 3).isSymbol(u'/'))) {
        double denominator = 0;
        const QStringView digits = m_analysis.at(index + 2).text;
        if (NumberRecognizer::parseDigits(digits, &denominator) && denominator > 0 && denominator <= 1000
            && !token.text.contains(u'.')) {
            const double power = std::pow(10.0, std::round(std::log10(denominator)));
            if (power == denominator || std::abs(value) < denominator) {
                value /= denominator;
                lastIndex = index + 2;
            }
        }
    }
    // 3 ملايين، 2.5 مليار، 100 ألف
    const Part part = partAt(m_analysis, lastIndex + 1);
    if (part.word && !part.conjunction
        && (part.word->kind == K::Scale || part.word->kind == K::ScalePlural || part.word->kind == K::ScaleDual)) {
        value *= part.word->value;
        lastIndex = part.index;
    }
    match->first = index;
    match->last = lastIndex;
    match->start = start;
    match->end = m_analysis.at(lastIndex).end;
    match->value = value;
    match->ordinal = false;
    match->digits = true;
    return true;
}

// True where the word before names a two-word month (كانون الثاني، ربيع الأول): the ordinal is the name's.
bool isMonthSecondWord(const TextAnalysis &analysis, qsizetype index)
{
    if (index == 0 || !analysis.at(index - 1).isWord() || !(analysis.at(index - 1).categories & MonthCategory))
        return false;
    const ArabicWords::Month *month = ArabicWords::instance().month(analysis.at(index - 1).stem);
    return month && month->twoWords;
}

// "1 فاصلة 5" and "واحد فاصلة واحد" are 1.5 and 1.1.
void extendDecimal(Parser &parser, const TextAnalysis &analysis, NumberMatch *match)
{
    const qsizetype comma = match->last + 1;
    if (comma + 1 >= analysis.size() || analysis.at(comma).stem != u"فاصله")
        return;
    NumberMatch fraction;
    const bool found = analysis.at(comma + 1).isNumber() ? parser.parseDigitNumber(comma + 1, &fraction)
                                                         : parser.parseCardinalWords(comma + 1, &fraction);
    if (!found || fraction.value < 0 || fraction.value != std::floor(fraction.value))
        return;
    const double digits = fraction.value == 0 ? 1 : std::floor(std::log10(fraction.value)) + 1;
    match->value += std::copysign(fraction.value / std::pow(10.0, digits), match->value);
    match->last = fraction.last;
    match->end = fraction.end;
}

// "1 على 100"، "واحد على مائة"، "ثلاثة على أربعة": a fraction when the denominator is a power of ten (or, in
// words, any number above the numerator); a score such as "فاز 3 على 1" is left alone.
void extendFraction(Parser &parser, const TextAnalysis &analysis, NumberMatch *match)
{
    const qsizetype over = match->last + 1;
    if (over + 1 >= analysis.size() || analysis.at(over).text != u"علي" || match->value < 0)
        return;
    NumberMatch denominator;
    const bool digits = analysis.at(over + 1).isNumber();
    if (analysis.at(over + 1).code
        || !(digits ? parser.parseDigitNumber(over + 1, &denominator)
                    : parser.parseCardinalWords(over + 1, &denominator)))
        return;
    const double d = denominator.value;
    const bool powerOfTen = d >= 10 && std::pow(10.0, std::round(std::log10(d))) == d;
    if (d <= match->value || !(powerOfTen || (!digits && !match->digits)))
        return;
    match->value /= d;
    match->last = denominator.last;
    match->end = denominator.end;
}

// سالب خمسة، ناقص 0.4: a minus written as a word.
void extendNegative(const TextAnalysis &analysis, NumberMatch *match)
{
    if (match->first == 0 || match->value <= 0)
        return;
    const Token &before = analysis.at(match->first - 1);
    if (!before.isWord() || (before.stem != u"سالب" && before.stem != u"ناقص"))
        return;
    match->value = -match->value;
    match->first -= 1;
    match->start = before.wordStart;
}

// Words the number tables hold that are no number here: a weekday (الاثنين), أول in أول (من) أمس (the day
// before yesterday), الألف in من الألف إلى الياء (from A to Z).
bool isNotNumberWord(const TextAnalysis &analysis, qsizetype index)
{
    const Token &token = analysis.at(index);
    const auto textAt = [&](qsizetype at) {
        return at < analysis.size() ? analysis.at(at).text : QStringView();
    };
    if ((token.categories & DayCategory) && ArabicWords::instance().weekday(token.stem))
        return textAt(index + 1) != u"عشر" && textAt(index + 1) != u"عشره"; // الأحد عشر is the eleventh
    if (token.stem.size() == 3 && token.stem == u"اول") {
        const qsizetype next = textAt(index + 1) == u"من" ? index + 2 : index + 1;
        return textAt(next) == u"امس" || textAt(next) == u"الامس" || textAt(next) == u"البارحه";
    }
    // نص is "half" in speech (نص ساعة، نص لتر) but "a text" in news (نص الاتفاق، النص، نص مع حاشية): alone it is a
    // number only right before a unit or a word of time. (After a number or a unit, ونص is read with them.)
    if (token.stem == u"نص" || token.stem == u"النص") {
        if (token.stem.size() > 2 || index + 1 >= analysis.size())
            return true;
        const Token &next = analysis.at(index + 1);
        return !(next.isKnownWord()
                 && ((next.categories | next.bareCategories) & (MeasureCategory | MonthCategory | DayCategory)));
    }
    if (token.text.size() == 5 && token.text == u"الالف")
        return (textAt(index + 1) == u"الي" || textAt(index + 1) == u"حتي") && textAt(index + 2) == u"الياء";
    return false;
}

} // namespace

bool NumberRecognizer::parseDigits(QStringView digits, double *value)
{
    if (digits.isEmpty() || digits.size() > 40)
        return false;
    const qsizetype dots = digits.count(u'.');
    const qsizetype commas = digits.count(u',');
    // As Arabic news writes them: 1,250,000.75 and ١٬٢٥٠٬٠٠٠٫٧٥ (normalised to the same), 12،5 and 12,5
    // (a decimal comma: one comma not followed by exactly three digits), 1.250.000 and 1.250.000,5 (dots
    // grouping thousands). A single dot is a decimal point: 1.500 is one and a half.
    QChar group = u',';
    QChar decimal = u'.';
    const qsizetype lastComma = digits.lastIndexOf(u',');
    if (digits.count(u'،') == 1 && dots == 0 && commas == 0) {
        decimal = u'،';
    } else if (commas == 1 && dots == 0 && digits.size() - lastComma - 1 != 3) {
        decimal = u',';
        group = u'\0';
    } else if (dots >= 2 || (dots == 1 && commas == 1 && lastComma > digits.indexOf(u'.'))) {
        group = u'.';
        decimal = u',';
    }
    QString plain;
    plain.reserve(digits.size());
    const qsizetype point = digits.indexOf(decimal);
    if (point >= 0 && digits.indexOf(decimal, point + 1) >= 0)
        return false;
    qsizetype groupLength = -1; // digits since the last group separator (-1 before any)
    for (qsizetype i = 0; i < digits.size(); ++i) {
        const QChar c = digits.at(i);
        if (c == group) {
            if ((point >= 0 && i > point) || (groupLength >= 0 && groupLength != 3)
                || (groupLength < 0 && (i == 0 || i > 3)))
                return false;
            groupLength = 0;
            continue;
        }
        if (c == decimal) {
            if (groupLength >= 0 && groupLength != 3)
                return false;
            plain += u'.';
            continue;
        }
        if (!c.isDigit() || c.unicode() > 127)
            return false;
        if (groupLength >= 0 && (point < 0 || i < point))
            ++groupLength;
        plain += c;
    }
    if (groupLength >= 0 && point < 0 && groupLength != 3)
        return false;
    bool ok = false;
    *value = plain.toDouble(&ok);
    return ok;
}

QList<NumberMatch> NumberRecognizer::find(const TextAnalysis &analysis)
{
    QList<NumberMatch> matches;
    Parser parser(analysis);
    for (qsizetype i = 0; i < analysis.size(); ++i) {
        const Token &token = analysis.at(i);
        if (token.code)
            continue;
        NumberMatch match;
        bool found = false;
        if (token.isNumber()) {
            found = parser.parseDigitNumber(i, &match);
        } else if (token.isKnownWord()
                   && ((token.categories | token.bareCategories) & (NumberCategory | OrdinalCategory))
                   && !isNotNumberWord(analysis, i)) {
            if (!isMonthSecondWord(analysis, i))
                found = parser.parseOrdinal(i, &match);
            // الثلاثة، الخمسين: a cardinal with the article is still a number.
            if (!found)
                found = parser.parseCardinalWords(i, &match);
        }
        if (found && !match.ordinal) {
            extendDecimal(parser, analysis, &match);
            extendFraction(parser, analysis, &match);
            extendNegative(analysis, &match);
        }
        if (found) {
            matches.append(match);
            i = match.last;
            // في المئة after a number is its percent sign, not a hundred.
            if (i + 2 < analysis.size() && analysis.at(i + 1).text == u"في"
                && (analysis.at(i + 2).text == u"المئه" || analysis.at(i + 2).text == u"المائه"))
                i += 2;
        }
    }
    return matches;
}

} // namespace Hamish
