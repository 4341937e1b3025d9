// SPDX-License-Identifier: GPL-3.0-or-later
// Word, OpenDocument and EPUB files, written by the test from XML and zipped with libzip; and the zip
// containers that must be refused (damaged, or built to exhaust memory).
#include "../CatchQt.h"

#include "../FormatFixtures.h"
#include "../TestCli.h"
#include "../TestFiles.h"
#include "../TestText.h"
#include "core/formats/DocumentImporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Hamish;
using TestText::blockTexts;
using namespace Qt::StringLiterals;

namespace {

const QString kTitle = u"مؤتمر إقليمي في عمّان يبحث أزمة المياه في حوض الفرات"_s;
const QString kHeading = u"وزراء من سبع دول يتعهدون بخفض الهدر"_s;
const QString kBody = u"افتتح رئيس الوزراء الأردني عمر الخطيب المؤتمر الإقليمي الثالث للمياه."_s;
const QString kLatinStart = u"FAO: منظمة الأمم المتحدة للأغذية والزراعة شاركت في الجلسة الأولى."_s;
const QString kNote = u"المصدر: تقرير البنك الدولي لعام 2025."_s;

QByteArray docxDocument()
{
    return (uR"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:body>
<w:p><w:pPr><w:pStyle w:val="Title"/><w:bidi/></w:pPr><w:r><w:t>مؤتمر إقليمي في </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>عمّان</w:t></w:r><w:r><w:t xml:space="preserve"> يبحث أزمة المياه في حوض الفرات</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:bidi/></w:pPr><w:r><w:t>)"_s
            + kHeading + uR"(</w:t></w:r></w:p>
<w:p><w:pPr><w:bidi/></w:pPr><w:r><w:t>افتتح رئيس الوزراء الأردني عمر الخطيب</w:t></w:r><w:del><w:r><w:delText> المحذوف</w:delText></w:r></w:del><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:t xml:space="preserve"> المؤتمر الإقليمي الثالث للمياه.</w:t></w:r><w:r><w:footnoteReference w:id="2"/></w:r></w:p>
<w:p><w:pPr><w:bidi/></w:pPr><w:r><w:t>)"_s
            + kLatinStart + uR"(</w:t></w:r></w:p>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>خلية في جدول</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
<w:p><w:pPr><w:pStyle w:val="Caption"/></w:pPr><w:r><w:t>جانب من الجلسة الافتتاحية</w:t></w:r></w:p>
</w:body></w:document>)"_s)
        .toUtf8();
}

QByteArray docxStyles()
{
    return uR"(<?xml version="1.0" encoding="UTF-8"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/></w:style>
</w:styles>)"_s.toUtf8();
}

QByteArray docxFootnotes()
{
    return (uR"(<?xml version="1.0" encoding="UTF-8"?>
<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:footnote w:type="separator" w:id="0"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:type="continuationSeparator" w:id="1"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
<w:footnote w:id="2"><w:p><w:pPr><w:bidi/></w:pPr><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> )"_s
            + kNote + uR"(</w:t></w:r></w:p></w:footnote>
</w:footnotes>)"_s)
        .toUtf8();
}

QList<std::pair<QString, QByteArray>> docxMembers()
{
    return {
        {u"[Content_Types].xml"_s,
         R"(<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>)"},
        {u"_rels/.rels"_s,
         R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>)"},
        {u"word/_rels/document.xml.rels"_s,
         R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>)"},
        {u"word/document.xml"_s, docxDocument()},
        {u"word/styles.xml"_s, docxStyles()},
        {u"word/footnotes.xml"_s, docxFootnotes()},
    };
}

QByteArray odtContent()
{
    return (uR"(<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">
<office:automatic-styles>
<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties style:writing-mode="rl-tb"/></style:style>
<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Title"><style:paragraph-properties style:writing-mode="rl-tb"/></style:style>
</office:automatic-styles>
<office:body><office:text>
<text:p text:style-name="P2">)"_s
            + kTitle + uR"(</text:p>
<text:h text:style-name="Heading_20_1" text:outline-level="1">)"_s
            + kHeading + uR"(</text:h>
<text:p text:style-name="P1">افتتح رئيس الوزراء الأردني <text:span text:style-name="T1">عمر الخطيب</text:span><text:s text:c="3"/>المؤتمر الإقليمي الثالث للمياه.<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p text:style-name="P1">)"_s
            + kNote + uR"(</text:p></text:note-body></text:note></text:p>
<text:p text:style-name="P1">)"_s
            + kLatinStart + uR"(</text:p>
<text:list><text:list-item><text:p text:style-name="P1">بند في قائمة</text:p></text:list-item></text:list>
</office:text></office:body></office:document-content>)"_s)
        .toUtf8();
}

QList<std::pair<QString, QByteArray>> odtMembers()
{
    return {
        {u"mimetype"_s, "application/vnd.oasis.opendocument.text"},
        {u"META-INF/manifest.xml"_s,
         R"(<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>)"},
        {u"styles.xml"_s,
         R"(<?xml version="1.0"?><office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"><office:styles>
<style:style style:name="Standard" style:family="paragraph"/>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard"/>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph"/>
</office:styles></office:document-styles>)"},
        {u"content.xml"_s, odtContent()},
    };
}

QByteArray chapter(const QString &title, const QStringList &paragraphs)
{
    QString html =
        u"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" dir=\"rtl\">"
        "<head><title>كتاب المياه</title></head><body><h1>"_s
        + title + u"</h1>"_s;
    for (const QString &p : paragraphs)
        html += u"<p>"_s + p + u"</p>"_s;
    return (html + u"</body></html>"_s).toUtf8();
}

QList<std::pair<QString, QByteArray>> epubMembers()
{
    return {
        {u"mimetype"_s, "application/epub+zip"},
        {u"META-INF/container.xml"_s,
         R"(<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>)"},
        {u"OEBPS/content.opf"_s,
         uR"(<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>كتاب المياه</dc:title><dc:language>ar</dc:language></metadata>
<manifest><item id="c2" href="text/ch%202.xhtml" media-type="application/xhtml+xml"/><item id="c1" href="text/ch1.xhtml" media-type="application/xhtml+xml"/><item id="css" href="style.css" media-type="text/css"/></manifest>
<spine><itemref idref="c1"/><itemref idref="c2"/></spine></package>)"_s.toUtf8()},
        {u"OEBPS/text/ch1.xhtml"_s, chapter(u"الفصل الأول"_s, {kBody})},
        // A note as EPUB 3 marks it: the reference left out of the text, the note a footnote block.
        {u"OEBPS/text/ch 2.xhtml"_s,
         chapter(u"الفصل الثاني"_s,
                 {kLatinStart + u"<a epub:type=\"noteref\" href=\"#n1\">1</a>"_s,
                  u"</p><aside epub:type=\"footnote\" id=\"n1\"><p>"_s + kNote + u"</p></aside><p>"_s})},
        {u"OEBPS/style.css"_s, "p { margin: 0 }"},
    };
}

} // namespace

TEST_CASE("A Word document keeps its paragraphs, headings by style, RTL paragraphs and footnotes", "[docx]")
{
    const ImportResult result =
        DocumentImporter::importBytes(FormatFixtures::zip(docxMembers()), u"report.docx"_s, DocumentImportOptions());
    REQUIRE(result.ok());
    const Article &article = *result.article;
    CHECK(
        blockTexts(article)
        == QStringList{kTitle, kHeading, kBody, kLatinStart, u"خلية في جدول"_s, u"جانب من الجلسة الافتتاحية"_s, kNote});
    const QList<Block> &blocks = article.blocks();
    CHECK(blocks[0].role == BlockRole::Title);
    CHECK(blocks[1].role == BlockRole::Heading);
    CHECK(blocks[2].role == BlockRole::Paragraph);
    CHECK(blocks[5].role == BlockRole::Caption);
    CHECK(blocks[6].role == BlockRole::Footnote);
    CHECK(article.title() == kTitle);
    // The paragraph that opens with a Latin acronym still reads right to left, as Word set it.
    CHECK(blocks[3].direction == BlockDirection::RightToLeft);
    CHECK(blocks[4].direction == BlockDirection::FromText);
    // Deleted revisions and field codes are not text.
    CHECK_FALSE(article.text().contains(u"المحذوف"_s));
    CHECK_FALSE(article.text().contains(u"PAGE"_s));
}

TEST_CASE("An OpenDocument text keeps its title, headings, RTL paragraphs and footnotes", "[odt]")
{
    const ImportResult result =
        DocumentImporter::importBytes(FormatFixtures::zip(odtMembers()), u"report.odt"_s, DocumentImportOptions());
    REQUIRE(result.ok());
    const Article &article = *result.article;
    CHECK(blockTexts(article) == QStringList{kTitle, kHeading, kBody, kLatinStart, u"بند في قائمة"_s, kNote});
    CHECK(article.blocks()[0].role == BlockRole::Title);
    CHECK(article.blocks()[1].role == BlockRole::Heading);
    CHECK(article.blocks()[3].direction == BlockDirection::RightToLeft);
    CHECK(article.blocks()[5].role == BlockRole::Footnote);
}

TEST_CASE("What a writer's tools add to an OpenDocument text stays out of the article", "[odt]")
{
    // As LibreOffice writes them: a deletion kept by change tracking, a reviewer's comment inside a paragraph,
    // a picture with a title and a description (alternative text); and styles as pandoc writes them: "Title"
    // used without being defined, "FigureCaption" a child of "Caption".
    const QByteArray content = uR"(<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0">
<office:body><office:text>
<text:tracked-changes><text:changed-region text:id="ct1"><text:deletion><office:change-info><dc:creator>المحرر</dc:creator><dc:date>2026-01-01T10:00:00</dc:date></office:change-info><text:p>كلمة محذوفة</text:p></text:deletion></text:changed-region></text:tracked-changes>
<text:p text:style-name="Title">تقرير المياه</text:p>
<text:p>دخلت القوات<office:annotation><dc:creator>مراجع</dc:creator><dc:date>2026-01-01T10:00:00</dc:date><text:p>تعليق المراجع</text:p></office:annotation> مدينة <text:change text:change-id="ct1"/>الرقة أمس.</text:p>
<text:p text:style-name="Figure"><draw:frame draw:name="صورة"><draw:image/><svg:title>عنوان الصورة</svg:title><svg:desc>وصف الصورة</svg:desc></draw:frame></text:p>
<text:p text:style-name="FigureCaption">جانب من الجلسة الافتتاحية</text:p>
<text:p text:style-name="Table_20_Contents">خلية في جدول</text:p>
</office:text></office:body></office:document-content>)"_s.toUtf8();
    const QByteArray styles =
        R"(<?xml version="1.0"?><office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"><office:styles>
<style:style style:name="Standard" style:family="paragraph"/>
<style:style style:name="Caption" style:family="paragraph" style:parent-style-name="Standard"/>
<style:style style:name="FigureCaption" style:family="paragraph" style:parent-style-name="Caption"/>
<style:style style:name="Figure" style:family="paragraph" style:parent-style-name="Standard"/>
<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard"/>
</office:styles></office:document-styles>)";
    QList<std::pair<QString, QByteArray>> members = odtMembers();
    members[2].second = styles;
    members[3].second = content;
    const ImportResult result =
        DocumentImporter::importBytes(FormatFixtures::zip(members), u"review.odt"_s, DocumentImportOptions());
    REQUIRE(result.ok());
    const Article &article = *result.article;
    CHECK(blockTexts(article)
          == QStringList{u"تقرير المياه"_s, u"دخلت القوات مدينة الرقة أمس."_s, u"جانب من الجلسة الافتتاحية"_s,
                         u"خلية في جدول"_s});
    CHECK(article.blocks()[0].role == BlockRole::Title);
    CHECK(article.blocks()[2].role == BlockRole::Caption);
    CHECK(article.blocks()[3].role == BlockRole::Paragraph);
}

TEST_CASE("A Word style takes its role from the built-in style it is based on", "[docx]")
{
    // pandoc's "Image Caption" is based on Caption; a house style for headlines on Heading 1.
    QList<std::pair<QString, QByteArray>> members = docxMembers();
    members[3].second = uR"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
<w:p><w:pPr><w:pStyle w:val="HouseHeadline"/></w:pPr><w:r><w:t>مؤتمر إقليمي للمياه</w:t></w:r></w:p>
<w:p><w:r><w:t>افتتح رئيس الوزراء المؤتمر.</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="ImageCaption"/></w:pPr><w:r><w:t>جانب من الجلسة الافتتاحية</w:t></w:r></w:p>
</w:body></w:document>)"_s.toUtf8();
    members[4].second = uR"(<?xml version="1.0" encoding="UTF-8"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="HouseHeadline"><w:name w:val="House Headline"/><w:basedOn w:val="Heading1"/></w:style>
<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="ImageCaption"><w:name w:val="Image Caption"/><w:basedOn w:val="Caption"/></w:style>
</w:styles>)"_s.toUtf8();
    const ImportResult result =
        DocumentImporter::importBytes(FormatFixtures::zip(members), u"styled.docx"_s, DocumentImportOptions());
    REQUIRE(result.ok());
    const Article &article = *result.article;
    REQUIRE(article.blocks().size() == 3);
    CHECK(article.blocks()[0].role == BlockRole::Title); // the Heading 1 that opens a document without a Title
    CHECK(article.blocks()[1].role == BlockRole::Paragraph);
    CHECK(article.blocks()[2].role == BlockRole::Caption);
}

TEST_CASE("A Word text box, written twice for older readers, is read once, after its paragraph", "[docx]")
{
    // As Word and LibreOffice write a text box: its paragraphs in an mc:Choice (DrawingML) and again in the
    // mc:Fallback (VML) of one mc:AlternateContent, inside the run of the paragraph it is anchored to.
    const QString box = u"<w:txbxContent><w:p><w:r><w:t>نص في إطار جانبي.</w:t></w:r></w:p></w:txbxContent>"_s;
    QList<std::pair<QString, QByteArray>> members = docxMembers();
    members[3].second =
        (uR"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml"><w:body>
<w:p><w:r><w:t>دخلت القوات مدينة الرقة أمس.</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>)"_s
         + box + u"</wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>"_s + box
         + uR"(</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>
<w:p><w:r><w:t>فقرة ثانية.</w:t></w:r></w:p>
</w:body></w:document>)"_s)
            .toUtf8();
    const ImportResult result =
        DocumentImporter::importBytes(FormatFixtures::zip(members), u"boxed.docx"_s, DocumentImportOptions());
    REQUIRE(result.ok());
    CHECK(blockTexts(*result.article)
          == QStringList{u"دخلت القوات مدينة الرقة أمس."_s, u"نص في إطار جانبي."_s, u"فقرة ثانية."_s});
}

TEST_CASE("An EPUB's chapters come in spine order through the HTML importer", "[epub]")
{
    const ImportResult result =
        DocumentImporter::importBytes(FormatFixtures::zip(epubMembers()), u"book.epub"_s, DocumentImportOptions());
    REQUIRE(result.ok());
    const Article &article = *result.article;
    CHECK(blockTexts(article)
          == QStringList{u"كتاب المياه"_s, u"الفصل الأول"_s, kBody, u"الفصل الثاني"_s, kLatinStart, kNote});
    CHECK(article.blocks()[0].role == BlockRole::Title);
    CHECK(article.blocks()[1].role == BlockRole::Heading);
    CHECK(article.blocks()[3].role == BlockRole::Heading);
    CHECK(article.blocks()[4].role == BlockRole::Paragraph);
    CHECK(article.blocks()[5].role == BlockRole::Footnote);
}

TEST_CASE("A damaged zip is refused, whatever its name says", "[zip][bad-input]")
{
    for (const QString &name : {u"report.docx"_s, u"report.odt"_s, u"book.epub"_s}) {
        QByteArray bytes = FormatFixtures::zip(name.endsWith(u"docx"_s)  ? docxMembers()
                                               : name.endsWith(u"odt"_s) ? odtMembers()
                                                                         : epubMembers());
        bytes.truncate(bytes.size() / 2); // the central directory is gone
        const ImportResult result = DocumentImporter::importBytes(bytes, name, DocumentImportOptions());
        INFO(name.toStdString());
        CHECK_FALSE(result.ok());
        CHECK(result.error == ImportErrorKind::Corrupt);
        CHECK(result.errorMessage.contains(name));
    }
    const ImportResult garbage =
        DocumentImporter::importBytes("PK\x03\x04 not really a zip", u"x.docx"_s, DocumentImportOptions());
    CHECK(garbage.error == ImportErrorKind::Corrupt);
}

TEST_CASE("A zip bomb is refused before it fills memory", "[zip][bad-input]")
{
    // A .docx of about a megabyte whose document.xml inflates to 1 GiB: refused from its declared size.
    QList<std::pair<QString, QByteArray>> members = docxMembers();
    members.removeIf([](const auto &member) { return member.first == u"word/document.xml"; });
    const QByteArray bomb = FormatFixtures::zipBomb(members, u"word/document.xml"_s, qint64(1) << 30);
    REQUIRE(bomb.size() < 2 * 1024 * 1024);
    const ImportResult result = DocumentImporter::importBytes(bomb, u"bomb.docx"_s, DocumentImportOptions());
    CHECK_FALSE(result.ok());
    CHECK(result.error == ImportErrorKind::TooLarge);
    CHECK(result.errorMessage.contains(u"word/document.xml"_s));

    // One whose header understates its size (patched to 100 bytes, so the first check lets it through: libzip
    // itself would inflate all 64 MiB) is cut off as soon as it inflates past those 100 bytes, well under the
    // limit, and refused as too large, saying why.
    const DocumentImportOptions options;
    QByteArray liar = FormatFixtures::zipBomb(members, u"word/document.xml"_s, 64 * 1024 * 1024);
    const QByteArray declared = QByteArray::fromRawData("\x00\x00\x00\x04", 4); // 64 MiB, little-endian
    qsizetype patched = 0;
    for (qsizetype at = liar.indexOf(declared); at >= 0; at = liar.indexOf(declared, at + 4)) {
        liar[at] = 100;
        liar[at + 3] = 0;
        ++patched;
    }
    REQUIRE(patched >= 2); // local header and central directory
    const ImportResult lying = DocumentImporter::importBytes(liar, u"liar.docx"_s, options);
    CHECK_FALSE(lying.ok());
    CHECK(lying.error == ImportErrorKind::TooLarge);
    CHECK(lying.errorMessage.contains(u"liar.docx"_s));
    CHECK(lying.errorMessage.contains(u"word/document.xml"_s));
    CHECK(lying.errorMessage.contains(u"more than the size its header declares"_s));
    CHECK(lying.errorMessage.contains(u"Nothing was imported"_s));
}

TEST_CASE("hamish text and extract read every format; text --json shows each block's page and direction", "[cli]")
{
    QTemporaryDir dir;
    const QString docx = TestFiles::write(dir, u"report.docx"_s, FormatFixtures::zip(docxMembers()));
    const TestCli::Output text = TestCli::run({u"text"_s, docx});
    REQUIRE(text.status == 0);
    CHECK(text.out.startsWith(kTitle));
    // A paragraph Word marks right to left says so; one without a mark has no direction.
    const TestCli::Output docxJson = TestCli::run({u"text"_s, u"--json"_s, docx});
    REQUIRE(docxJson.status == 0);
    const QJsonArray docxBlocks = QJsonDocument::fromJson(docxJson.out.toUtf8()).object().value(u"blocks"_s).toArray();
    REQUIRE(docxBlocks.size() > 4);
    CHECK(docxBlocks[3].toObject().value(u"direction"_s).toString() == u"rtl");
    CHECK_FALSE(docxBlocks[4].toObject().contains(u"direction"_s));

    const QString pdf = TestFiles::write(
        dir, u"sample.pdf"_s, FormatFixtures::printedPdf(FormatFixtures::sampleParagraphs(), u"DejaVu Sans"_s, 16));
    const TestCli::Output json = TestCli::run({u"text"_s, u"--json"_s, pdf});
    REQUIRE(json.status == 0);
    const QJsonArray blocks = QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"blocks"_s).toArray();
    REQUIRE(blocks.size() == FormatFixtures::sampleParagraphs().size());
    CHECK(blocks.first().toObject().value(u"page"_s).toInt() == 1);
    CHECK(blocks.last().toObject().value(u"page"_s).toInt() == 2);

    const QString epub = TestFiles::write(dir, u"book.epub"_s, FormatFixtures::zip(epubMembers()));
    const TestCli::Output extracted = TestCli::run({u"extract"_s, epub});
    REQUIRE(extracted.status == 0);
    const QJsonObject document = QJsonDocument::fromJson(extracted.out.toUtf8()).object();
    CHECK(document.value(u"text"_s).toString().contains(kBody));
    CHECK_FALSE(document.value(u"annotations"_s).toArray().isEmpty());

    const TestCli::Output bomb = TestCli::run({u"text"_s, TestFiles::write(dir, u"x.odt"_s, "PK\x03\x04junk")});
    CHECK(bomb.status == 1);
    CHECK(bomb.err.contains(u"x.odt"_s));
}
