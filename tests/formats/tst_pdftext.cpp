// SPDX-License-Identifier: GPL-3.0-or-later
// The repairs a PDF text layer needs before an Arabic reader may see it.
#include "../CatchQt.h"

#include "../FormatFixtures.h"
#include "core/formats/PdfAssembler.h"
#include "core/formats/PdfTextRepair.h"

using namespace Hamish;
using namespace Qt::StringLiterals;

TEST_CASE("Presentation forms fold to the letters they show, lam-alef to two letters", "[pdf]")
{
    // ﻣﺆﺗﻤﺮ ﺇﻗﻠﻴﻤﻲ in presentation forms, the lam-alef ligatures ﻻ ﻷ, the Allah ligature, an isolated shadda.
    CHECK(PdfTextRepair::foldPresentationForms(u"ﻣﺆﺗﻤﺮ ﺇﻗﻠﻴﻤﻲ"_s) == u"مؤتمر إقليمي"_s);
    CHECK(PdfTextRepair::foldPresentationForms(u"ﻻ ﻷﻏﺬﻳﺔ"_s) == u"لا لأغذية"_s);
    CHECK(PdfTextRepair::foldPresentationForms(u"ﷲ"_s) == u"الله"_s);
    CHECK(PdfTextRepair::foldPresentationForms(u"\uFE7C"_s) == u"\u0651"_s); // no space before the mark
    // Everything outside the two blocks stays, compatibility characters included (NFKC is not applied to them).
    CHECK(PdfTextRepair::foldPresentationForms(u"٤٠٪ ﬁ ²"_s) == u"٤٠٪ ﬁ ²"_s);
    CHECK(PdfTextRepair::foldPresentationForms(u"\uFEFFنص"_s) == u"نص"_s);
}

TEST_CASE("A line in visual order comes back in the order it was typed", "[pdf]")
{
    for (const QString &line : FormatFixtures::sampleParagraphs()) {
        const QString visual = FormatFixtures::visualLine(line, false);
        REQUIRE(visual != line);
        CHECK(PdfTextRepair::visualToLogical(visual, true) == line);
    }
    // Brackets drawn mirrored, numbers and Latin inside Arabic.
    const QString mixed = u"قال «قسد» (FAO) أمس، في 25 مترا و2.5 مليار، 10:30 صباحاً و٤٠٪."_s;
    CHECK(PdfTextRepair::visualToLogical(FormatFixtures::visualLine(mixed, false), true) == mixed);
}

TEST_CASE("Mirrored brackets, edge punctuation and glued digits are put back", "[pdf]")
{
    CHECK(PdfTextRepair::repairLine(u"قال )قسد( أمس"_s) == u"قال (قسد) أمس"_s);
    CHECK(PdfTextRepair::repairLine(u"بيان »قسد« الأخير"_s) == u"بيان «قسد» الأخير"_s);
    CHECK(PdfTextRepair::repairLine(u"وصل الوفد ،أمس"_s) == u"وصل الوفد أمس،"_s);
    CHECK(PdfTextRepair::repairLine(u"بطول 25مترا"_s) == u"بطول 25 مترا"_s);
    CHECK(PdfTextRepair::repairLine(u"بطول ٢٥مترا"_s) == u"بطول ٢٥ مترا"_s);
    // Text that is already right is left alone: letters then digits (تويتر6841) are one word.
    for (const QString &line : FormatFixtures::sampleParagraphs())
        CHECK(PdfTextRepair::repairLine(line) == line);
    CHECK(PdfTextRepair::repairLine(u"حساب تويتر6841 و(قسد) و«قسد»"_s) == u"حساب تويتر6841 و(قسد) و«قسد»"_s);
}

TEST_CASE("A word whose letter forms show it stored backwards is reversed", "[pdf]")
{
    // ﻣﺆﺗﻤﺮ (initial ... final) stored as ﺮﻤﺗﺆﻣ: final form first, initial form last.
    QString line = u"ﺮﻤﺗﺆﻣ ﻲﻤﻴﻠﻗﺇ"_s;
    CHECK(PdfTextRepair::reverseVisualWords(line) == 2);
    CHECK(PdfTextRepair::foldPresentationForms(line) == u"مؤتمر إقليمي"_s);
    QString right = u"ﻣﺆﺗﻤﺮ"_s;
    CHECK(PdfTextRepair::reverseVisualWords(right) == 0);
}

TEST_CASE("Page numbers are recognised in the forms they take", "[pdf]")
{
    for (const QString &text : {u"12"_s, u"- 12 -"_s, u"صفحة ١٢"_s, u"12 / 40"_s, u"Page 3 of 9"_s, u"٣"_s})
        CHECK(PdfAssembler::isPageNumber(text));
    for (const QString &text : {u"عام 2025"_s, u"12 قتيلا"_s, u"2025-10-14 12:30"_s})
        CHECK_FALSE(PdfAssembler::isPageNumber(text));
}
