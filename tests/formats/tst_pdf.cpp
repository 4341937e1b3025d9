// SPDX-License-Identifier: GPL-3.0-or-later
// PDF files as Arabic readers receive them: printed by an application, written in visual order or in
// presentation forms, set in two columns with running headers, protected, or far too long.
#include "../CatchQt.h"

#include "../FormatFixtures.h"
#include "../TestFiles.h"
#include "core/formats/DocumentImporter.h"
#include "core/formats/PdfImporter.h"
#include "core/formats/PdfTextRepair.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Hamish;
using namespace Qt::StringLiterals;
using FormatFixtures::RawLine;

namespace {

// The sample's paragraphs as lines of a raw PDF, one line each (short enough to fit a line at 8 pt).
QList<RawLine> rawLines(const QStringList &logicalLines, bool presentationForms, bool visual)
{
    QList<RawLine> lines;
    qreal y = 60;
    for (const QString &line : logicalLines) {
        RawLine raw;
        raw.size = 8;
        raw.y = y;
        if (visual) {
            raw.glyphs = FormatFixtures::visualLine(line, presentationForms);
            raw.x = 30;
        } else {
            raw.glyphs = line;
            raw.x = 565;
        }
        lines.append(raw);
        y += 20; // a blank line between paragraphs
    }
    return lines;
}

QStringList shortLines()
{
    // Lines of the sample, cut to fit one PDF line, with the brief's troublemakers.
    return {u"مؤتمر إقليمي في عمّان يبحث أزمة المياه"_s, u"قالت «قسد» في بيان (FAO) إن الوفد وصل أمس، بعد 25 مترا."_s,
            u"خصصت بغداد 2.5 مليار دولار لمشاريع التحلية منذ عام 2020."_s,
            u"انخفض المنسوب بنسبة ٤٠٪ عند الساعة 10:30 صباحاً."_s, u"لا للأغذية والزراعة: الله أكبر."_s};
}

} // namespace

TEST_CASE("A PDF printed by Qt from the sample article comes back with the same words in order", "[pdf]")
{
    const QStringList paragraphs = FormatFixtures::sampleParagraphs();
    // At 16 pt the sample runs over two pages. Qt's text layer is presentation forms in visual order, brackets
    // mirrored (pdftotext reads 36 % of its words in order, see docs/pdf-import.md).
    const QByteArray pdf = FormatFixtures::printedPdf(paragraphs, u"DejaVu Sans"_s, 16);
    REQUIRE(pdf.contains("/Count 2"));

    const ImportResult result = DocumentImporter::importBytes(pdf, u"sample.pdf"_s, DocumentImportOptions());
    REQUIRE(result.ok());
    const Article &article = *result.article;
    CHECK(FormatFixtures::wordsInOrder(FormatFixtures::sampleText(), article.text()) == 1.0);
    // Paragraphs come back as blocks: the headline, sub-heading and caption with the roles plain text gets.
    REQUIRE(article.blocks().size() == paragraphs.size());
    for (qsizetype i = 0; i < paragraphs.size(); ++i)
        CHECK(article.blockText(i) == paragraphs[i]);
    CHECK(article.blocks().at(0).role == BlockRole::Title);
    CHECK(article.blocks().at(2).role == BlockRole::Caption);
    CHECK(article.title() == paragraphs.first());
    // Every block knows the page it starts on.
    CHECK(article.blocks().first().page == 1);
    CHECK(article.blocks().last().page == 2);
    CHECK(std::is_sorted(article.blocks().begin(), article.blocks().end(),
                         [](const Block &a, const Block &b) { return a.page < b.page; }));
    CHECK(std::none_of(article.text().begin(), article.text().end(),
                       [](QChar c) { return (c >= QChar(0xFB50) && c <= QChar(0xFDFF)) || c >= QChar(0xFE70); }));
}

TEST_CASE("A haraka drawn beside punctuation stays on its letter", "[pdf]")
{
    // Qt draws the tanween of «تفصيلاً،» nearer the comma's edge than the alef's: it still belongs to the alef.
    const QStringList paragraphs = {u"وقال المتحدث إن الخطة نوقشت تفصيلاً، وإن تنفيذها يبدأ غداً."_s};
    const ImportResult result = DocumentImporter::importBytes(
        FormatFixtures::printedPdf(paragraphs, u"DejaVu Sans"_s, 16), u"marks.pdf"_s, DocumentImportOptions());
    REQUIRE(result.ok());
    CHECK(result.article->text() == paragraphs.first());
}

TEST_CASE("Lam-alef ligatures a PDF writer left without their letters are put back", "[pdf]")
{
    // Qt prints Noto Naskh Arabic's lam-alef ligatures as glyphs without characters: «الأمم» would read «ا مم»,
    // «خلال» lose its end and «لإدارة» its start (pdftotext reads them so).
    const QStringList paragraphs = FormatFixtures::sampleParagraphs();
    const QByteArray pdf = FormatFixtures::printedPdf(paragraphs, u"Noto Naskh Arabic"_s, 14);
    const ImportResult result = DocumentImporter::importBytes(pdf, u"naskh.pdf"_s, DocumentImportOptions());
    REQUIRE(result.ok());
    const QString text = result.article->text();
    INFO(text.toStdString());
    // After a joining letter, after the article ال, at a word's start, and between letters that join nothing.
    for (const QString &word : {u"خلال"_s, u"الأمم"_s, u"الإقليمي"_s, u"الأول"_s, u"لإدارة"_s, u"دولار"_s})
        CHECK(text.contains(word));
    CHECK(FormatFixtures::wordsInOrder(FormatFixtures::sampleText(), text) >= 0.99);
    CHECK(result.warnings.join(u' ').contains(u"lam-alef ligature(s) drawn without their letters"_s));
    // A writer who leaves the hamza off alef gets the ligatures as typed: plain لا, not the news list's الأيام.
    const QString bare = u"قال الوزير ان الايام المقبلة ستشهد اول اجتماع الى جانب الاطراف الاخرى او امام الاعلام."_s;
    const ImportResult unhamzated = DocumentImporter::importBytes(
        FormatFixtures::printedPdf({bare}, u"Noto Naskh Arabic"_s, 14), u"bare.pdf"_s, DocumentImportOptions());
    REQUIRE(unhamzated.ok());
    CHECK(unhamzated.article->text() == bare);
    // Nothing is put where a PDF has its ligatures' letters.
    const ImportResult dejavu = DocumentImporter::importBytes(
        FormatFixtures::printedPdf(paragraphs, u"DejaVu Sans"_s, 14), u"dejavu.pdf"_s, DocumentImportOptions());
    REQUIRE(dejavu.ok());
    CHECK_FALSE(dejavu.warnings.join(u' ').contains(u"lam-alef"_s));
    CHECK(FormatFixtures::wordsInOrder(FormatFixtures::sampleText(), dejavu.article->text()) == 1.0);
}

TEST_CASE("Two lost lam-alefs in a row, a lone لا and one at a word's end all come back", "[pdf]")
{
    // «سلالات» leaves one gap for two ligatures, «لا» a gap wider than a space, «إلا» a lone إ; and «والإصلاح»,
    // whose two ligatures are lost too, must be whole before the word list judges the gap after it.
    const QStringList paragraphs = {u"درس العلماء سلالات القمح في المختبر."_s,
                                    u"وقالت إن الاستقلال والإصلاح لا يتحققان إلا بالعمل."_s,
                                    u"وظهرت سلالات جديدة من الفيروس هذا العام."_s};
    const ImportResult result =
        DocumentImporter::importBytes(FormatFixtures::printedPdf(paragraphs, u"Noto Naskh Arabic"_s, 14),
                                      u"ligatures.pdf"_s, DocumentImportOptions());
    REQUIRE(result.ok());
    CHECK(result.article->text() == paragraphs.join(u"\n\n"_s));
}

TEST_CASE("A text layer missing most of the letters drawn is read by OCR instead", "[pdf][ocr]")
{
    // Qt prints Amiri's contextual letter forms as glyphs without characters: the text layer holds only a few
    // letters a line (pdftotext reads 3 % of the sample's words), though the page shows all of them.
    const QStringList paragraphs = FormatFixtures::sampleParagraphs().mid(3, 3);
    const QString text = paragraphs.join(u"\n"_s);
    const QByteArray pdf = FormatFixtures::printedPdf(paragraphs, u"Amiri"_s, 14);
    REQUIRE(pdf.contains("/Count 1"));

    const ImportResult result = DocumentImporter::importBytes(pdf, u"amiri.pdf"_s, DocumentImportOptions());
    REQUIRE(result.ok());
    INFO(result.article->text().toStdString());
    CHECK(FormatFixtures::wordsInOrder(text, result.article->text()) >= 0.8);
    CHECK(result.warnings.join(u' ').contains(u"1 page(s) whose text layer lacks most of the letters drawn"_s));
    CHECK(result.article->blocks().first().page == 1);

    // Without OCR the layer is all there is: the user is told words are missing and what would read them.
    QTemporaryDir noLanguageData;
    DocumentImportOptions withoutOcr;
    withoutOcr.ocrDataPath = noLanguageData.path();
    const ImportResult partial = DocumentImporter::importBytes(pdf, u"amiri.pdf"_s, withoutOcr);
    REQUIRE(partial.ok());
    CHECK(FormatFixtures::wordsInOrder(text, partial.article->text()) < 0.5);
    CHECK(partial.warnings.join(u' ').contains(u"tesseract-ocr-ara"_s));

    // A text layer that has its letters is never replaced, whatever the font.
    for (const QString &family : {u"DejaVu Sans"_s, u"Noto Sans Arabic"_s, u"Noto Naskh Arabic"_s}) {
        INFO(family.toStdString());
        const ImportResult kept = DocumentImporter::importBytes(FormatFixtures::printedPdf(paragraphs, family, 14),
                                                                u"kept.pdf"_s, DocumentImportOptions());
        REQUIRE(kept.ok());
        CHECK_FALSE(kept.warnings.join(u' ').contains(u"lacks most"_s));
        CHECK(kept.article->uncertainRanges().isEmpty());
    }
}

TEST_CASE("A PDF printed in a font with tall glyph boxes keeps its words apart", "[pdf]")
{
    // Noto Naskh Arabic's glyph boxes are twice its font size: a space is measured against the letters too.
    // (Its lam-alef ligature has no character in Qt's text layer: those 8 % of the words are lost to any reader.)
    const QByteArray pdf = FormatFixtures::printedPdf(FormatFixtures::sampleParagraphs(), u"Noto Naskh Arabic"_s);
    const ImportResult result = DocumentImporter::importBytes(pdf, u"noto.pdf"_s, DocumentImportOptions());
    REQUIRE(result.ok());
    CHECK(FormatFixtures::wordsInOrder(FormatFixtures::sampleText(), result.article->text()) >= 0.9);
}

TEST_CASE("A text layer in presentation forms and visual order is read in logical order", "[pdf]")
{
    const QStringList lines = shortLines();
    const QByteArray pdf = FormatFixtures::rawPdf({rawLines(lines, true, true)});
    const ImportResult result = DocumentImporter::importBytes(pdf, u"forms.pdf"_s, DocumentImportOptions());
    REQUIRE(result.ok());
    REQUIRE(result.article->blocks().size() == lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i)
        CHECK(result.article->blockText(i) == lines[i]);
}

TEST_CASE("A text layer in visual order with base letters is read in logical order", "[pdf]")
{
    const QStringList lines = shortLines();
    const QByteArray pdf = FormatFixtures::rawPdf({rawLines(lines, false, true)});
    const ImportResult result = DocumentImporter::importBytes(pdf, u"visual.pdf"_s, DocumentImportOptions());
    REQUIRE(result.ok());
    REQUIRE(result.article->blocks().size() == lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i)
        CHECK(result.article->blockText(i) == lines[i]);
}

TEST_CASE("A text layer stored in logical order and drawn right to left is not reversed twice", "[pdf]")
{
    // Arabic only (numbers inside would be drawn backwards by this simple writer).
    const QStringList lines{u"مؤتمر إقليمي في عمّان يبحث أزمة المياه"_s, u"وزراء من سبع دول يتعهدون بخفض الهدر"_s};
    FormatFixtures::RawPdfOptions options;
    options.logicalRightToLeft = true;
    const QByteArray pdf = FormatFixtures::rawPdf({rawLines(lines, false, false)}, options);
    const ImportResult result = DocumentImporter::importBytes(pdf, u"logical.pdf"_s, DocumentImportOptions());
    REQUIRE(result.ok());
    REQUIRE(result.article->blocks().size() == 2);
    CHECK(result.article->blockText(0) == lines[0]);
    CHECK(result.article->blockText(1) == lines[1]);
}

TEST_CASE("A writer that gives each glyph the letters typed (LibreOffice) keeps its lam-alefs and quotation marks",
          "[pdf]")
{
    // As LibreOffice exports Arabic: glyphs drawn left to right, each mapped to the letters it shows (a lam-alef
    // ligature to لا, so that Poppler spreads the two letters over the glyph left to right and a right-to-left
    // reading swaps them), brackets and quotation marks mapped to the ones typed, not to the mirrored shapes drawn.
    // A quotation runs from the second line to the third; الثالث and المدينة are alef before lam and stay so.
    const QStringList lines{u"«قسد» تخترق سور المدينة القديمة بعد غارات للتحالف"_s,
                            u"وقال المصدر إن «الاشتباكات مستمرة في الأحياء الغربية"_s,
                            u"لليوم الثالث» وإن الهدف هو الأمن والاستقرار (وفق البيان)."_s};
    FormatFixtures::RawPdfOptions options;
    QList<RawLine> raw = rawLines(lines, true, true);
    for (RawLine &line : raw) {
        for (QChar &c : line.glyphs) {
            if (c.hasMirrored() && !c.isLetterOrNumber())
                c = c.mirroredChar(); // the character typed, not the shape drawn
            if (PdfTextRepair::isPresentationForm(c.unicode()))
                options.toUnicode.insert(c, QString(c).normalized(QString::NormalizationForm_KC));
        }
    }
    REQUIRE(options.toUnicode.value(QChar(0xFEFB)) == u"لا"_s); // the test has its ligatures
    const QByteArray pdf = FormatFixtures::rawPdf({raw}, options);
    const ImportResult result = DocumentImporter::importBytes(pdf, u"libreoffice.pdf"_s, DocumentImportOptions());
    REQUIRE(result.ok());
    REQUIRE(result.article->blocks().size() == lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i)
        CHECK(result.article->blockText(i) == lines[i]);
}

TEST_CASE("Letters a cursive font places apart inside a word stay one word", "[pdf]")
{
    // As LibreOffice places Amiri: words apart by 0.8 of a glyph, and inside two of them a gap of 0.4 (after a
    // shadda, before a final letter), wider than the narrowest space a line of narrow letters could have.
    const QString logical = u"بين السلالات الأساسيّة في أفريقيا قبل أن تختفي من الغابات والسهول"_s;
    QString visual = FormatFixtures::visualLine(logical, false);
    visual.replace(u' ', QChar(8));
    visual.replace(u"ةّي"_s, u"ة\u0004ّي"_s);   // الأساسيّة, drawn left to right: ة, then يّ
    visual.replace(u"قير"_s, u"قي\u0004ر"_s); // أفريقيا: the gap after ر
    REQUIRE(visual.count(QChar(4)) == 2);
    RawLine line;
    line.x = 30;
    line.y = 60;
    line.size = 10;
    line.glyphs = visual;
    const QByteArray pdf = FormatFixtures::rawPdf({{line}});
    const ImportResult result = DocumentImporter::importBytes(pdf, u"amiri.pdf"_s, DocumentImportOptions());
    REQUIRE(result.ok());
    CHECK(result.article->text() == logical);
}

TEST_CASE("Digits drawn apart from the next word without a space character are two words", "[pdf]")
{
    // Gaps with no space glyph between the words (two spaces tell the writer to leave one), as many PDF
    // writers do: pdftotext reads such a line as "25مترا".
    RawLine line;
    line.y = 100;
    line.x = 30;
    line.glyphs = FormatFixtures::visualLine(u"بطول 25 مترا"_s, true).replace(u" "_s, u"  "_s);
    const QByteArray pdf = FormatFixtures::rawPdf({{line}});
    const ImportResult result = DocumentImporter::importBytes(pdf, u"gap.pdf"_s, DocumentImportOptions());
    INFO(result.errorMessage.toStdString());
    REQUIRE(result.ok());
    CHECK(result.article->text() == u"بطول 25 مترا"_s);
}

TEST_CASE("Two columns with a running header, page numbers and a footnote read as the article", "[pdf]")
{
    QStringList paragraphs = FormatFixtures::sampleParagraphs().mid(3);
    paragraphs += FormatFixtures::sampleParagraphs().mid(3); // long enough for two pages
    QStringList html = paragraphs;
    html[1].replace(u"الفقر المائي"_s, u"الفقر المائي<sup>1</sup>"_s);
    QList<int> pages;
    const QString header = u"تقرير المياه الإقليمي"_s;
    const QByteArray pdf = FormatFixtures::twoColumnPdf(html, header, &pages);
    REQUIRE(pages.last() >= 2);

    const ImportResult result = DocumentImporter::importBytes(pdf, u"columns.pdf"_s, DocumentImportOptions());
    REQUIRE(result.ok());
    const Article &article = *result.article;
    // The paragraphs in order: the right column before the left one, across the page break.
    REQUIRE(article.blocks().size() == paragraphs.size());
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        INFO("paragraph " << i);
        CHECK(article.blockText(i) == paragraphs[i]);
        CHECK(article.blocks().at(i).page == pages[i]);
    }
    // No header, page number or footnote marker in the text, and the user is told what went.
    CHECK_FALSE(article.text().contains(header));
    CHECK_FALSE(article.text().contains(u"المائي1"_s));
    REQUIRE(result.warnings.size() == 1);
    CHECK(result.warnings.first().contains(
        u"%1 running header and footer line(s), %1 page number(s), 1 footnote"_s.arg(pages.last())));
}

TEST_CASE("An encrypted PDF is refused with a message saying what to do", "[pdf][bad-input]")
{
    FormatFixtures::RawPdfOptions options;
    options.encrypted = true;
    const QByteArray pdf = FormatFixtures::rawPdf({rawLines(shortLines(), false, true)}, options);
    const ImportResult result = DocumentImporter::importBytes(pdf, u"locked.pdf"_s, DocumentImportOptions());
    REQUIRE_FALSE(result.ok());
    CHECK(result.error == ImportErrorKind::Encrypted);
    CHECK(result.errorMessage.contains(u"password"_s));
    CHECK(result.errorMessage.contains(u"locked.pdf"_s));
}

TEST_CASE("A PDF really encrypted with a password is refused; one locked only against changes opens",
          "[pdf][bad-input]")
{
    // qpdf (Debian package qpdf, from .ci/install-deps) encrypts a PDF Qt printed from the sample: AES-256
    // with a password to open it, and AES-256 with only an owner password (anyone can read it, as with many
    // published reports that forbid copying or printing).
    const QString qpdf = QStandardPaths::findExecutable(u"qpdf"_s);
    INFO("qpdf is needed to encrypt the fixture: run .ci/install-deps");
    REQUIRE_FALSE(qpdf.isEmpty());
    QTemporaryDir dir;
    const QStringList paragraphs = FormatFixtures::sampleParagraphs().mid(0, 3);
    const QString plain = TestFiles::write(dir, u"plain.pdf"_s, FormatFixtures::printedPdf(paragraphs));
    const auto encrypt = [&](const QString &userPassword, const QString &out) {
        QProcess process;
        process.start(qpdf, {u"--encrypt"_s, userPassword, u"owner-secret"_s, u"256"_s, u"--extract=n"_s, u"--"_s,
                             plain, dir.filePath(out)});
        REQUIRE(process.waitForFinished(30000));
        INFO(process.readAllStandardError().toStdString());
        REQUIRE(process.exitCode() == 0);
        QFile file(dir.filePath(out));
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        REQUIRE(bytes.contains("/Encrypt"));
        return bytes;
    };

    const QByteArray locked = encrypt(u"open-secret"_s, u"locked.pdf"_s);
    const ImportResult refused = DocumentImporter::importBytes(locked, u"locked.pdf"_s, DocumentImportOptions());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error == ImportErrorKind::Encrypted);
    CHECK(refused.errorMessage.contains(u"password"_s));
    CHECK(refused.errorMessage.contains(u"locked.pdf"_s));

    const QByteArray ownerOnly = encrypt(QString(), u"owner-only.pdf"_s);
    const ImportResult opened = DocumentImporter::importBytes(ownerOnly, u"owner-only.pdf"_s, DocumentImportOptions());
    REQUIRE(opened.ok());
    CHECK(FormatFixtures::wordsInOrder(paragraphs.join(u"\n"_s), opened.article->text()) >= 0.95);
}

TEST_CASE("A damaged PDF is refused", "[pdf][bad-input]")
{
    const QByteArray pdf = FormatFixtures::rawPdf({rawLines(shortLines(), false, true)});
    const ImportResult result = DocumentImporter::importBytes(pdf.left(200), u"cut.pdf"_s, DocumentImportOptions());
    REQUIRE_FALSE(result.ok());
    CHECK((result.error == ImportErrorKind::Corrupt || result.error == ImportErrorKind::NoText));
}

TEST_CASE("A 500-page PDF reports progress page by page and can be cancelled", "[pdf][bad-input]")
{
    // Five lines a page, a different five on each page (identical pages would be all running headers).
    QStringList pool;
    for (const QString &paragraph : FormatFixtures::sampleParagraphs()) {
        for (qsizetype at = 0; at + 60 <= paragraph.size(); at += 60)
            pool.append(paragraph.mid(at, 60).trimmed() + u'.');
    }
    QList<QList<RawLine>> pages;
    QStringList lines;
    for (int i = 0; i < 500; ++i) {
        lines.clear();
        for (int k = 0; k < 5; ++k)
            lines.append(pool[(i * 5 + k) % pool.size()]);
        pages.append(rawLines(lines, true, true));
    }
    const QByteArray pdf = FormatFixtures::rawPdf(pages);

    DocumentImportOptions options;
    QList<int> progress;
    options.progress = [&](int percent) {
        progress.append(percent);
    };
    const ImportResult whole = DocumentImporter::importBytes(pdf, u"long.pdf"_s, options);
    REQUIRE(whole.ok());
    CHECK(whole.article->blocks().size() == 500 * lines.size());
    CHECK(whole.article->blocks().last().page == 500);
    CHECK(progress.size() >= 500);
    CHECK(std::is_sorted(progress.begin(), progress.end()));
    CHECK(progress.last() == 100);

    // Cancelled half way: no article, a message, and no page read after the request.
    progress.clear();
    options.cancelled = [&] {
        return !progress.isEmpty() && progress.last() >= 50;
    };
    const ImportResult cancelled = DocumentImporter::importBytes(pdf, u"long.pdf"_s, options);
    CHECK_FALSE(cancelled.ok());
    CHECK(cancelled.error == ImportErrorKind::Cancelled);
    CHECK(cancelled.errorMessage.contains(u"nothing was imported"_s));
    CHECK(progress.last() < 52);
}
