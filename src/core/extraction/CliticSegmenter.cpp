// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extraction/CliticSegmenter.h"

#include <array>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {

constexpr qsizetype kMinimumStem = 2;

// A plain code-unit comparison: QStringView::startsWith goes through the general, case-aware path.
bool startsWith(QStringView word, QStringView prefix)
{
    if (word.size() < prefix.size() + kMinimumStem)
        return false;
    for (qsizetype i = 0; i < prefix.size(); ++i) {
        if (word.data()[i] != prefix.data()[i])
            return false;
    }
    return true;
}

} // namespace

CliticSegmenter::Split CliticSegmenter::segment(QStringView word, const Lexicon &lexicon)
{
    const quint16 wholeCategories = lexicon.categories(word);
    const Split whole{0, false, 0, wholeCategories};
    // A word known only as some word of a longer name (وفرنسا in "بريطانيا وفرنسا") is still a proclitic
    // and a name: only a word with a role of its own stays whole. A name's first word gives way to a
    // proclitic before a number, date or unit word, the commoner reading (وست قباب, بأول زيارة, أمس الأول;
    // not the names وست هام, باول, الأول), and before a trigger word: the corpus lists some names with
    // their conjunction (ومنظمة التحرير), and the name starts at منظمة.
    const quint16 role = wholeCategories & ~KnownWord;
    if ((role & ~NameStartCategory) || word.size() <= kMinimumStem)
        return whole;
    constexpr quint16 tableWords = NumberCategory | OrdinalCategory | MeasureCategory | MonthCategory | DayCategory
                                   | TriggerCategory | RuleWordCategory;
    const auto better = [&](quint16 categories) {
        if (role)
            return (categories & tableWords) != 0;
        return categories && (!wholeCategories || (categories & ~KnownWord));
    };
    // Every proclitic starts with one of these letters: most words need no further lookup.
    const char16_t first = word.at(0).unicode();
    if (first != u'و' && first != u'ف' && first != u'ب' && first != u'ل' && first != u'ك' && first != u'ا')
        return whole;
    // Conjunctions and prepositions that keep the article: وبالرقة, بالرقة, وتركيا, لسورية. Longest first,
    // except that و or ف + ك ("and like") comes after و and ف: وكريم is و + كريم, not وك + ريم.
    static const std::array<QStringView, 11> particles = {u"وب", u"ول", u"فب", u"فل", u"و", u"ف",
                                                          u"ب",  u"ل",  u"ك",  u"وك", u"فك"};
    for (QStringView particle : particles) {
        if (!startsWith(word, particle))
            continue;
        const quint16 categories = lexicon.categories(word.mid(particle.size()));
        if (better(categories))
            return {particle.size(), false, 0, categories};
    }
    // ل + ال is written لل: للرئيس is ل + الرئيس.
    static const std::array<QStringView, 3> lamLam = {u"ولل", u"فلل", u"لل"};
    for (QStringView particle : lamLam) {
        if (startsWith(word, particle)) {
            const quint16 categories = lexicon.categories(u"ال", word.mid(particle.size()));
            if (better(categories))
                return {particle.size(), true, 1, categories};
        }
    }
    // The article itself, alone or after a particle: the remainder known without it.
    static const std::array<QStringView, 8> articles = {u"وبال", u"وال", u"فال", u"بال", u"كال", u"ولل", u"لل", u"ال"};
    for (QStringView article : articles) {
        if (!startsWith(word, article))
            continue;
        const quint16 categories = lexicon.categories(word.mid(article.size()));
        if (better(categories))
            return {article.size(), false, article.endsWith(u"ال") ? 2 : 1, categories};
    }
    return whole;
}

} // namespace Hamish
