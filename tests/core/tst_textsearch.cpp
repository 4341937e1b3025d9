// SPDX-License-Identifier: GPL-3.0-or-later
#include "../CatchQt.h"

#include "../TestAnnotations.h"

#include "core/text/TextSearch.h"

using namespace Hamish;
using namespace Qt::StringLiterals;

TEST_CASE("Find ignores diacritics, tatweel and direction marks and keeps the marks in the match", "[search]")
{
    const QString text = u"وصلَ الرئيسُ إلى دِمَشْقَ ثم غادر دمـــشق إلى \u200Fدمشق."_s;
    const auto matches = TextSearch::find(text, u"دمشق");
    REQUIRE(matches.size() == 3);
    CHECK(TestAnnotations::textsOf(text, matches) == QStringList{u"دِمَشْقَ"_s, u"دمـــشق"_s, u"دمشق"_s});
    // The range starts after the direction mark and ends after the last letter's fatha.
    CHECK(text.at(matches.at(2).first) == u'د');
    CHECK(text.at(matches.at(0).second - 1) == QChar(0x064E));

    // Diacritics in the query are ignored as well.
    CHECK(TextSearch::find(text, u"دِمَشق").size() == 3);
}

TEST_CASE("Find treats alef, yaa and taa marbuta variants and Latin case as the same letter", "[search]")
{
    const QString text = u"قال أسامه إن مصطفي ذهب الي إدلب مع FAO ووكالة Édition."_s;
    CHECK(TestAnnotations::textsOf(text, TextSearch::find(text, u"اسامة")) == QStringList{u"أسامه"_s});
    CHECK(TestAnnotations::textsOf(text, TextSearch::find(text, u"مصطفى")) == QStringList{u"مصطفي"_s});
    CHECK(TestAnnotations::textsOf(text, TextSearch::find(text, u"إلى")) == QStringList{u"الي"_s});
    CHECK(TestAnnotations::textsOf(text, TextSearch::find(text, u"ادلب")) == QStringList{u"إدلب"_s});
    CHECK(TestAnnotations::textsOf(text, TextSearch::find(text, u"fao")) == QStringList{u"FAO"_s});
    CHECK(TestAnnotations::textsOf(text, TextSearch::find(text, u"édition")) == QStringList{u"Édition"_s});
    CHECK(TestAnnotations::textsOf(text, TextSearch::find(text, u"وكاله")) == QStringList{u"وكالة"_s});
    CHECK(TextSearch::find(text, u"").isEmpty());
    CHECK(TextSearch::find(text, u"\u064E").isEmpty()); // a lone mark finds nothing
    CHECK(TextSearch::find(text, u"بغداد").isEmpty());
}

TEST_CASE("Find never ends a match between a letter and its combining marks", "[search]")
{
    const QString text = u"cafe\u0301 and cafe; كتبَّ"_s;
    const auto matches = TextSearch::find(text, u"cafe");
    REQUIRE(matches.size() == 2);
    CHECK(matches.at(0) == TextSearch::Range{0, 5});
    CHECK(matches.at(1) == TextSearch::Range{10, 14});
    const auto arabic = TextSearch::find(text, u"كتب");
    REQUIRE(arabic.size() == 1);
    CHECK(arabic.at(0).second == text.size());
}

TEST_CASE("Find reports UTF-16 offsets of the original text, past characters outside the BMP", "[search]")
{
    const QString text = u"😀 في  سورية\n\n😀 سورية"_s;
    const auto matches = TextSearch::find(text, u"سورية");
    REQUIRE(matches.size() == 2);
    CHECK(matches.at(0).first == text.indexOf(u"سورية"));
    CHECK(matches.at(1).first == text.lastIndexOf(u"سورية"));
    // A run of spaces in the text matches one space in the query.
    CHECK(TestAnnotations::textsOf(text, TextSearch::find(text, u"في سورية")) == QStringList{u"في  سورية"_s});
}

TEST_CASE("Mentions of a name are whole words, also behind proclitics, but not behind the article", "[search]")
{
    const QString text = u"زار سورية ولسورية وبسورية، والسورية وسوريةٌ سوريات كسورية."_s;
    const auto mentions = TextSearch::mentionsOf(text, u"سورية");
    CHECK(TestAnnotations::textsOf(text, mentions)
          == QStringList{u"سورية"_s, u"سورية"_s, u"سورية"_s, u"سوريةٌ"_s, u"سورية"_s});
    // Each mention covers the name, not its clitics.
    CHECK(mentions.at(1).first == text.indexOf(u"ولسورية") + 2);
}

TEST_CASE("Mentions of a name with the article include the preposition forms that swallow its alef", "[search]")
{
    const QString text = u"في الرقة وبالرقة وللرقة، للرقة ولرقة والرقة."_s;
    const auto mentions = TextSearch::mentionsOf(text, u"الرقة");
    CHECK(TestAnnotations::textsOf(text, mentions)
          == QStringList{u"الرقة"_s, u"الرقة"_s, u"لرقة"_s, u"لرقة"_s, u"الرقة"_s});
    CHECK(mentions.at(2).first == text.indexOf(u"وللرقة") + 2);
}

TEST_CASE("Mentions of a phrase follow spelling variants and spacing", "[search]")
{
    const QString text = u"أعلنت قوات سوريا الديمقراطية، ثم قالت ولقوات سورية  الديمقراطيّة إن قوات سورية الديمقراطيةِ"_s;
    const auto mentions = TextSearch::mentionsOf(text, u"قوات سورية الديمقراطية");
    REQUIRE(mentions.size() == 2);
    CHECK(mentions.at(0).first == text.indexOf(u"قوات سورية  "));
    CHECK(mentions.at(1).second == text.size());
}

TEST_CASE("Mentions of a number or a percentage respect digit boundaries", "[search]")
{
    const QString text = u"ارتفعت بنسبة 12% ثم ١٢٪ وبلغت 112% و12% في 2012."_s;
    const auto percent = TextSearch::mentionsOf(text, u"12%");
    CHECK(TestAnnotations::textsOf(text, percent) == QStringList{u"12%"_s, u"١٢٪"_s, u"12%"_s});
    CHECK(percent.last().first == text.lastIndexOf(u"12%"));
    CHECK(TestAnnotations::textsOf(text, TextSearch::mentionsOf(text, u"12")).size() == 3);
    CHECK(TextSearch::mentionsOf(text, u"(12)").isEmpty());
}

TEST_CASE("Search on a large text finds every occurrence", "[search]")
{
    const QString sentence = u"قالت الأمم المتحدة إن 2500 طن من القمح وصلت إلى ميناء اللاذقية أمس. "_s;
    QString text;
    const int copies = 20000;
    text.reserve(sentence.size() * copies + 10);
    for (int i = 0; i < copies; ++i)
        text += sentence;
    text += u"اللاذقيه"_s;
    TextSearch search(text);
    const auto matches = search.find(u"اللاذقية");
    REQUIRE(matches.size() == copies + 1);
    CHECK(matches.last().first == text.size() - 8);
    CHECK(search.mentionsOf(u"الأمم المتحدة").size() == copies);
}
