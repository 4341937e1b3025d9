// SPDX-License-Identifier: GPL-3.0-or-later
#include "../CatchQt.h"

#include "../TestText.h"
#include "core/text/ArticleImporter.h"
#include "core/text/HtmlImporter.h"

#include <QStringEncoder>

using namespace Hamish;
using namespace Qt::StringLiterals;

namespace {

QString page(const QString &head, const QString &body)
{
    return u"<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\"><head>"_s + head + u"</head><body>"_s + body
           + u"</body></html>"_s;
}

QString clutteredBody()
{
    return u"<nav><a href=\"/\">الرئيسية</a> | <a href=\"/world\">world</a></nav>"
           u"<script>document.write('<p>not article text</p>');</script>"
           u"<article><h1>"_s
           + TestText::headline()
           + u"</h1>"
             u"<h2>وزراء من سبع دول</h2>"
             u"<figure><img src=\"https://example.invalid/a.jpg\"><figcaption>جانب من الجلسة. "
             u"أ.ف.ب</figcaption></figure>"
             u"<p>"_s
           + TestText::arabicParagraph()
           + u"</p>"
             u"<!-- <p>a comment</p> -->"
             u"<p>قال &laquo;المصدر&raquo; إن &#1575;&#x644;وفد وصل &amp; غادر.</p>"
             u"<aside><p>اقرأ أيضاً</p></aside>"
             u"</article><footer><span>تويتر</span></footer>"_s;
}

} // namespace

TEST_CASE("The declared charset is read from both meta forms", "[html]")
{
    CHECK(HtmlImporter::declaredCharset("<html><head><meta charset=\"windows-1256\">") == u"windows-1256");
    CHECK(HtmlImporter::declaredCharset("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-6\">")
          == u"ISO-8859-6");
    CHECK(HtmlImporter::declaredCharset("<meta name=\"viewport\" content=\"width=device-width\">").isEmpty());
}

TEST_CASE("An HTML page keeps its article and drops the furniture around it", "[html]")
{
    const Article article =
        HtmlImporter::parse(page(u"<title>عنوان الصفحة</title><style>p{}</style>"_s, clutteredBody()));
    REQUIRE(article.blocks().size() == 5);
    CHECK(article.blocks()[0].role == BlockRole::Title);
    CHECK(article.blockText(0) == TestText::headline());
    CHECK(article.title() == TestText::headline());
    CHECK(article.blocks()[1].role == BlockRole::Heading);
    CHECK(article.blocks()[2].role == BlockRole::Caption);
    CHECK(article.blockText(2) == u"جانب من الجلسة. أ.ف.ب");
    CHECK(article.blocks()[3].role == BlockRole::Paragraph);
    CHECK(article.blockText(3) == TestText::arabicParagraph());
    CHECK(article.blockText(4) == u"قال «المصدر» إن الوفد وصل & غادر.");
    CHECK_FALSE(article.text().contains(u"not article text"_s));
    CHECK_FALSE(article.text().contains(u"الرئيسية"_s));
    CHECK_FALSE(article.text().contains(u"تويتر"_s));
    CHECK_FALSE(article.text().contains(u"اقرأ"_s));
    CHECK_FALSE(article.text().contains(u"comment"_s));
    // Blocks are separated by a blank line and point into the text.
    CHECK(article.text().startsWith(TestText::headline() + u"\n\n"_s));
}

TEST_CASE("A page without <article> keeps the body and takes its title from <title>", "[html]")
{
    const Article article =
        HtmlImporter::parse(page(u"<title>"_s + TestText::headline() + u"</title>"_s,
                                 u"<div class=\"menu\"><nav>قائمة</nav></div><div><p>"_s + TestText::arabicParagraph()
                                     + u"<br>"_s + TestText::mixedLine() + u"</p></div>"_s));
    REQUIRE(article.blocks().size() == 3);
    CHECK(article.blocks()[0].role == BlockRole::Title);
    CHECK(article.blockText(0) == TestText::headline());
    CHECK(article.blockText(1) == TestText::arabicParagraph());
    CHECK(article.blockText(2) == TestText::mixedLine());
}

TEST_CASE("Entities are decoded, unknown ones are kept as written", "[html]")
{
    CHECK(HtmlImporter::decodeEntities(u"&#1587;&#x648;&#1585;&#1610;&#1577; &amp;&nbsp;&bogus; &#0;"_s)
          == u"سورية &\u00A0&bogus; &#0;");
}

TEST_CASE("A Windows-1256 page is decoded by its declared charset", "[html]")
{
    const QString html =
        page(u"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">"_s, clutteredBody());
    QStringEncoder encoder("windows-1256");
    const ImportResult result = ArticleImporter::importBytes(encoder.encode(html), u"page.html"_s, {});
    REQUIRE(result.ok());
    CHECK(result.article->encoding() == u"windows-1256");
    CHECK(result.article->blockText(3) == TestText::arabicParagraph());
}

TEST_CASE("A page with no text outside its furniture is refused with a message", "[html]")
{
    const ImportResult result = ArticleImporter::importBytes(
        page(u"<script>x()</script>"_s, u"<nav>قائمة</nav>"_s).toUtf8(), u"empty.html"_s, {});
    CHECK(result.error == ImportErrorKind::NoText);
    CHECK(result.errorMessage.contains(u"empty.html"_s));
}

TEST_CASE("Megabytes of ampersands without a semicolon decode in one pass", "[html]")
{
    // Each '&' used to search the rest of the text for a ';': 1 MB of "&a " took 10-20 s and 4 MB did not
    // finish in a minute. Run before the fix, this case does not finish; after it, it takes milliseconds.
    const QString unit = u"&a "_s;
    const QString text = unit.repeated(4 * 1024 * 1024 / unit.size());
    CHECK(HtmlImporter::decodeEntities(text) == text);

    // The same page through the importer, with real entities after the junk still decoded.
    const QString html = u"<p>"_s + text + u"&laquo;سورية&raquo; &#x627;&amp;</p>"_s;
    const Article article = HtmlImporter::parse(html);
    REQUIRE(article.blocks().size() == 1);
    CHECK(article.text().endsWith(u"&a «سورية» ا&"_s));
    CHECK(article.text().size() == text.size() + 10);
}

TEST_CASE("An entity name stops at the first character that cannot be part of it", "[html]")
{
    // "&amp" with its ';' far away is not an entity; nor is one whose ';' comes after a space.
    CHECK(HtmlImporter::decodeEntities(u"&amp x;"_s) == u"&amp x;");
    CHECK(HtmlImporter::decodeEntities(u"&#1575 ;"_s) == u"&#1575 ;");
    CHECK(HtmlImporter::decodeEntities(u"&&amp;&#1575;&"_s) == u"&&ا&");
    CHECK(HtmlImporter::decodeEntities(u"&#x10FFFF;&#xD83D;&#1114112;"_s)
          == QString::fromUcs4(U"\U0010FFFF") + u"&#xD83D;&#1114112;"_s);
}

TEST_CASE("A '<' starts a tag only before an ASCII letter, '/', '!' or '?', as in a browser", "[html]")
{
    // Maths, arrows and Arabic after '<' are text: a browser shows them, so the import keeps them.
    CHECK(HtmlImporter::parse(u"<p>3<5 و 4 <= 7 و <و> و a < b</p>"_s).text() == u"3<5 و 4 <= 7 و <و> و a < b");
    CHECK(HtmlImporter::parse(u"<p>x<<b>y</b></p>"_s).text() == u"x<y");

    // 1.4 MB of "3<5 و" used to import as "3": the first '<5' opened a tag that ran to the end.
    const QString unit = u"3<5 و "_s;
    const QString body = unit.repeated(1400 * 1000 / unit.toUtf8().size());
    const Article article = HtmlImporter::parse(QString(u"<html><body><p>"_s + body + u"</p></body></html>"_s));
    CHECK(article.text() == body.trimmed());

    // '</' before something that is not a letter is a bogus comment in a browser: dropped up to its '>'.
    CHECK(HtmlImporter::parse(u"<p>ا</ 5>ب</>ج</p>"_s).text() == u"ابج");
    // A real tag still is one, in any case, with digits after its first letter.
    CHECK(HtmlImporter::parse(u"<P>ا</P><H2>ب</H2><p>ج</p>"_s).blocks().size() == 3);
}

TEST_CASE("Note references and links back are left out, and notes read as footnotes", "[html]")
{
    // As EPUB 3 marks notes (pandoc's and most publishers' books), and as HTML does with ARIA's publishing roles.
    const QString epubStyle =
        u"<p>اخترقت القوات سور المدينة.<a href=\"#fn1\" epub:type=\"noteref\" id=\"r1\">1</a> وتقدمت "
        u"شرقاً<sup><a href='#fn2' epub:type='noteref'><span>2</span></a></sup>.</p>"
        u"<aside id=\"fn2\" epub:type=\"footnote\"><p>حاشية ثانية في جانب.</p></aside>"
        u"<aside><p>اقرأ أيضاً</p></aside>"
        u"<section epub:type=\"footnotes\"><hr/><ol><li id=\"fn1\" epub:type=\"footnote\"><p>حاشية: نص "
        u"الحاشية.<a href=\"#r1\" role=\"doc-backlink\">↩︎</a></p></li></ol></section>"
        u"<p>فقرة بعد الحواشي.</p>"_s;
    const Article book = HtmlImporter::parse(page({}, epubStyle));
    REQUIRE(book.blocks().size() == 4);
    CHECK(book.blockText(0) == u"اخترقت القوات سور المدينة. وتقدمت شرقاً.");
    CHECK(book.blocks()[0].role == BlockRole::Paragraph);
    CHECK(book.blockText(1) == u"حاشية ثانية في جانب.");
    CHECK(book.blocks()[1].role == BlockRole::Footnote);
    CHECK(book.blockText(2) == u"حاشية: نص الحاشية.");
    CHECK(book.blocks()[2].role == BlockRole::Footnote);
    // The note's section ends where its element does.
    CHECK(book.blockText(3) == u"فقرة بعد الحواشي.");
    CHECK(book.blocks()[3].role == BlockRole::Paragraph);

    const QString ariaStyle = u"<article><p>قال المصدر<a role=\"doc-noteref\" href=\"#n\">[1]</a> إن الوفد وصل.</p>"
                              u"<ol role=\"doc-endnotes\"><li id=\"n\">تصريح لوكالة الأنباء.</li></ol></article>"_s;
    const Article page2 = HtmlImporter::parse(page({}, ariaStyle));
    REQUIRE(page2.blocks().size() == 2);
    CHECK(page2.blockText(0) == u"قال المصدر إن الوفد وصل.");
    CHECK(page2.blockText(1) == u"تصريح لوكالة الأنباء.");
    CHECK(page2.blocks()[1].role == BlockRole::Footnote);
}
