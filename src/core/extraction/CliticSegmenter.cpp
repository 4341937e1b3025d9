#include "CliticSegmenter.h"

#include <array>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {

constexpr qsizetype kMinimumStem = 2;

bool startsWith(QStringView word, QStringView prefix)
{
    return word.size() >= prefix.size() + kMinimumStem && word.startsWith(prefix);
}

} // namespace

CliticSegmenter::Split CliticSegmenter::segment(QStringView word, const Lexicon &lexicon)
{
    if (word.size() <= kMinimumStem || lexicon.contains(word))
        return {};
    // Conjunctions and prepositions that keep the article: وبالرقة, بالرقة, وتركيا, لسورية.
    static const std::array<QStringView, 11> particles = {u"وب", u"ول", u"وك", u"فب", u"فل", u"فك",
                                                          u"و",  u"ف",  u"ب",  u"ل",  u"ك"};
    for (QStringView particle : particles) {
        if (startsWith(word, particle) && lexicon.contains(word.mid(particle.size())))
            return {particle.size(), false};
    }
    // ل + ال is written لل: للرئيس is ل + الرئيس.
    static const std::array<QStringView, 3> lamLam = {u"ولل", u"فلل", u"لل"};
    for (QStringView particle : lamLam) {
        if (startsWith(word, particle)) {
            const QStringView rest = word.mid(particle.size());
            const QString withArticle = u"ال"_s + rest;
            if (lexicon.contains(withArticle))
                return {particle.size(), true, 1};
        }
    }
    // The article itself, alone or after a particle: the remainder known without it.
    static const std::array<QStringView, 8> articles = {u"وبال", u"وال", u"فال", u"بال", u"كال", u"ولل", u"لل", u"ال"};
    for (QStringView article : articles) {
        if (startsWith(word, article) && lexicon.contains(word.mid(article.size())))
            return {article.size(), false, article.endsWith(u"ال") ? 2 : 1};
    }
    return {};
}

} // namespace Hamish
