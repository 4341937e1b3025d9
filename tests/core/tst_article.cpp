// SPDX-License-Identifier: GPL-3.0-or-later
#include "../CatchQt.h"

#include "../TestText.h"
#include "core/text/Article.h"
#include "core/text/PlainTextImporter.h"
#include "core/text/TextDirection.h"
#include "core/text/TextOffsets.h"

using namespace Hamish;
using namespace Qt::StringLiterals;

TEST_CASE("Line ends are normalised and each non-blank line is a block", "[article]")
{
    const QString text = TestText::headline() + u"\r\n\r\n"_s + TestText::arabicParagraph() + u"\r\n  \r\n"_s
                         + TestText::mixedLine() + u"\r"_s + TestText::arabicParagraph();
    const Article article = PlainTextImporter::parse(text);
    CHECK_FALSE(article.text().contains(u'\r'));
    REQUIRE(article.blocks().size() == 4);
    CHECK(article.blockText(0) == TestText::headline());
    CHECK(article.blockText(1) == TestText::arabicParagraph());
    CHECK(article.blockText(2) == TestText::mixedLine());
    CHECK(article.blockText(3) == TestText::arabicParagraph());
    CHECK(article.title() == TestText::headline());
}

TEST_CASE("News roles: headline, sub-heading, photo caption, paragraphs", "[article]")
{
    const QString text = TestText::headline() + u"\n\nوزراء من سبع دول يتعهدون بخفض الهدر\n\n"_s
                         + u"جانب من الجلسة الافتتاحية للمؤتمر. أ.ف.ب\n\n"_s + TestText::arabicParagraph() + u"\n\n"_s
                         + TestText::arabicParagraph() + u"\nتويتر"_s;
    const Article article = PlainTextImporter::parse(text);
    REQUIRE(article.blocks().size() == 6);
    CHECK(article.blocks()[0].role == BlockRole::Title);
    CHECK(article.blocks()[1].role == BlockRole::Heading);
    CHECK(article.blocks()[2].role == BlockRole::Caption);
    CHECK(article.blocks()[3].role == BlockRole::Paragraph);
    CHECK(article.blocks()[4].role == BlockRole::Paragraph);
    CHECK(article.blocks()[5].role == BlockRole::Paragraph);
}

TEST_CASE("Block text is trimmed but offsets point into the original text", "[article]")
{
    const QString text = u"  "_s + TestText::arabicParagraph() + u"  \n"_s;
    const Article article = PlainTextImporter::parse(text);
    REQUIRE(article.blocks().size() == 1);
    CHECK(article.blocks()[0].start == 2);
    CHECK(article.text().mid(article.blocks()[0].start, article.blocks()[0].length) == TestText::arabicParagraph());
}

TEST_CASE("The SHA-256 is of the UTF-8 text", "[article]")
{
    const Article article(u"abc"_s, {{BlockRole::Paragraph, 0, 3}});
    CHECK(article.sha256() == u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST_CASE("Paragraph direction follows the letters, not the first character", "[article]")
{
    CHECK(detectDirection(TestText::arabicParagraph()) == TextDirection::RightToLeft);
    CHECK(detectDirection(u"2025 عام الأزمة الاقتصادية في المنطقة"_s) == TextDirection::RightToLeft);
    CHECK(detectDirection(u"FAO تحذر من نقص الغذاء في المنطقة العربية"_s) == TextDirection::RightToLeft);
    CHECK(detectDirection(u"The Food and Agriculture Organization (الفاو)"_s) == TextDirection::LeftToRight);
    CHECK(detectDirection(u"12345"_s) == TextDirection::LeftToRight);
    // Without letters, the direction given: the article's, for a date or a number alone on its line.
    CHECK(detectDirection(u"2017/07/09 — 25"_s, TextDirection::RightToLeft) == TextDirection::RightToLeft);
    CHECK(detectDirection(u"٢٠١٧/٧/٩"_s, TextDirection::RightToLeft) == TextDirection::RightToLeft);
    CHECK(detectDirection(u"12345"_s, TextDirection::LeftToRight) == TextDirection::LeftToRight);
    CHECK(detectDirection(u"FAO 2025"_s, TextDirection::RightToLeft) == TextDirection::LeftToRight);
}

TEST_CASE("Offsets convert between UTF-16 and code points around characters outside the BMP", "[article]")
{
    const QString text = u"😀 في سورية"_s; // the emoji is two UTF-16 units, one code point
    CHECK(TextOffsets::toCodePoint(text, 0) == 0);
    CHECK(TextOffsets::toCodePoint(text, 2) == 1);
    CHECK(TextOffsets::toCodePoint(text, text.size()) == text.size() - 1);
    CHECK(TextOffsets::toUtf16(text, 1) == 2);
    CHECK(TextOffsets::toUtf16(text, 6) == 7);
    for (qsizetype i = 0; i <= text.size() - 1; ++i)
        CHECK(TextOffsets::toCodePoint(text, TextOffsets::toUtf16(text, i)) == i);
}
