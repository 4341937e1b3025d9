#include "CliticSegmenter.h"

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
    if (const quint16 categories = lexicon.categories(word))
        return {0, false, 0, categories};
    if (word.size() <= kMinimumStem)
        return {};
    // Every proclitic starts with one of these letters: most words need no further lookup.
    const char16_t first = word.at(0).unicode();
    if (first != u'و' && first != u'ف' && first != u'ب' && first != u'ل' && first != u'ك' && first != u'ا')
        return {};
    // Conjunctions and prepositions that keep the article: وبالرقة, بالرقة, وتركيا, لسورية.
    static const std::array<QStringView, 11> particles = {u"وب", u"ول", u"وك", u"فب", u"فل", u"فك",
                                                          u"و",  u"ف",  u"ب",  u"ل",  u"ك"};
    for (QStringView particle : particles) {
        if (!startsWith(word, particle))
            continue;
        if (const quint16 categories = lexicon.categories(word.mid(particle.size())))
            return {particle.size(), false, 0, categories};
    }
    // ل + ال is written لل: للرئيس is ل + الرئيس.
    static const std::array<QStringView, 3> lamLam = {u"ولل", u"فلل", u"لل"};
    for (QStringView particle : lamLam) {
        if (startsWith(word, particle)) {
            const QStringView rest = word.mid(particle.size());
            const QString withArticle = u"ال"_s + rest;
            if (const quint16 categories = lexicon.categories(withArticle))
                return {particle.size(), true, 1, categories};
        }
    }
    // The article itself, alone or after a particle: the remainder known without it.
    static const std::array<QStringView, 8> articles = {u"وبال", u"وال", u"فال", u"بال", u"كال", u"ولل", u"لل", u"ال"};
    for (QStringView article : articles) {
        if (!startsWith(word, article))
            continue;
        if (const quint16 categories = lexicon.categories(word.mid(article.size())))
            return {article.size(), false, article.endsWith(u"ال") ? 2 : 1, categories};
    }
    return {};
}

} // namespace Hamish
