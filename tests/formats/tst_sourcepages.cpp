// SPDX-License-Identifier: GPL-3.0-or-later
// The page images of an article's source (View › Show Source Page, `hamish page`): the right page of a PDF or a
// multi-page scan, bounded in size, and a clear message when the file has moved, changed or is damaged.
#include "../CatchQt.h"

#include "../FormatFixtures.h"
#include "../TestCli.h"
#include "../TestFiles.h"
#include "core/formats/SourcePages.h"

#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>

using namespace Hamish;
using namespace Qt::StringLiterals;

namespace {

// The first and last rows of `image` holding a dark pixel, as a share of its height (-1 when blank).
std::pair<double, double> inkRows(const QImage &image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    int first = -1;
    int last = -1;
    for (int y = 0; y < gray.height(); ++y) {
        const uchar *row = gray.constScanLine(y);
        for (int x = 0; x < gray.width(); ++x) {
            if (row[x] < 128) {
                if (first < 0)
                    first = y;
                last = y;
                break;
            }
        }
    }
    return {first < 0 ? -1.0 : double(first) / gray.height(), last < 0 ? -1.0 : double(last) / gray.height()};
}

// A two-page A4 PDF printed by Qt: page 1 has its ink at the top, page 2 at the foot, so a page's image shows
// which page it is.
QByteArray topAndFootPdf()
{
    return FormatFixtures::paintedPdf(72, [](QPdfWriter &writer, QPainter &painter) {
        painter.fillRect(QRect(60, 40, 400, 60), Qt::black);
        writer.newPage();
        painter.fillRect(QRect(60, 740, 400, 60), Qt::black);
    });
}

// A scan of `lines` lines of a block at the top of a `width` × 400 page.
QImage scan(int width, int lines)
{
    QImage image(width, 400, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int i = 0; i < lines; ++i)
        painter.fillRect(20, 20 + 30 * i, width - 40, 12, Qt::black);
    return image;
}

} // namespace

TEST_CASE("The page asked for of a PDF is rendered at the resolution asked for", "[sourcepages]")
{
    QTemporaryDir dir;
    const QString path = TestFiles::write(dir, u"report.pdf"_s, topAndFootPdf());
    CHECK(SourcePages::hasPages(path));
    // By name alone, without reading: what the window enables View › Show Source Page by.
    CHECK(SourcePages::hasPagedName(path));
    CHECK(SourcePages::hasPagedName(u"/scans/Page 2.TIFF"_s));
    CHECK_FALSE(SourcePages::hasPagedName(u"/news/article.txt"_s));

    const Result<SourcePages::PageImage> first = SourcePages::render(path, 1, 72);
    REQUIRE(first.ok());
    CHECK(first->page == 1);
    CHECK(first->pageCount == 2);
    // An A4 page is 595 × 842 points: as many pixels at 72 dpi.
    CHECK(std::abs(first->image.width() - 595) <= 1);
    CHECK(std::abs(first->image.height() - 842) <= 1);
    const auto [top1, bottom1] = inkRows(first->image);
    CHECK(top1 >= 0);
    CHECK(bottom1 < 0.2);

    const Result<SourcePages::PageImage> second = SourcePages::render(path, 2, 144);
    REQUIRE(second.ok());
    CHECK(second->page == 2);
    CHECK(std::abs(second->image.width() - 1190) <= 2);
    const auto [top2, bottom2] = inkRows(second->image);
    CHECK(top2 > 0.8);

    // Page 0 is the first page (a single scanned image numbers none).
    const Result<SourcePages::PageImage> unnumbered = SourcePages::render(path, 0, 72);
    REQUIRE(unnumbered.ok());
    CHECK(unnumbered->page == 1);

    // However fine the resolution asked for, the image stays bounded.
    const Result<SourcePages::PageImage> fine = SourcePages::render(path, 1, 600);
    REQUIRE(fine.ok());
    CHECK(std::max(fine->image.width(), fine->image.height()) <= SourcePages::kMaxPixels);
    CHECK(std::max(fine->image.width(), fine->image.height()) >= SourcePages::kMaxPixels - 2);
}

TEST_CASE("Each page of a multi-page TIFF scan is shown as scanned; a single image is one page", "[sourcepages]")
{
    QTemporaryDir dir;
    const QList<QImage> pages = {scan(300, 2), scan(360, 5), scan(420, 3)};
    const QString tiff = TestFiles::write(dir, u"feeder.tif"_s, FormatFixtures::multiPageTiff(pages));
    for (int page = 1; page <= 3; ++page) {
        INFO("page " << page);
        const Result<SourcePages::PageImage> shown = SourcePages::render(tiff, page);
        REQUIRE(shown.ok());
        CHECK(shown->pageCount == 3);
        CHECK(shown->image.size() == pages[page - 1].size());
        CHECK(shown->image.convertToFormat(QImage::Format_Grayscale8) == pages[page - 1]);
    }
    const Result<SourcePages::PageImage> past = SourcePages::render(tiff, 4);
    REQUIRE_FALSE(past.ok());
    CHECK(past.error().kind() == Error::Kind::Invalid);
    CHECK(past.error().message().contains(u"3 page(s)"_s));

    const QString png = TestFiles::write(dir, u"page.png"_s, FormatFixtures::pngBytes(pages[1]));
    const Result<SourcePages::PageImage> single = SourcePages::render(png, 0);
    REQUIRE(single.ok());
    CHECK(single->pageCount == 1);
    CHECK(single->image.convertToFormat(QImage::Format_Grayscale8) == pages[1]);

    // A scan wider than the bound is shown scaled down, its proportions kept.
    const QString wide = TestFiles::write(dir, u"wide.png"_s, FormatFixtures::pngBytes(scan(5000, 3)));
    const Result<SourcePages::PageImage> bounded = SourcePages::render(wide, 1);
    REQUIRE(bounded.ok());
    CHECK(bounded->image.width() == SourcePages::kMaxPixels);
    CHECK(std::abs(bounded->image.height() - 400 * SourcePages::kMaxPixels / 5000) <= 1);
}

TEST_CASE("A source moved, changed, damaged, locked or without pages gets a message saying what happened",
          "[sourcepages][bad-input]")
{
    QTemporaryDir dir;
    const QString path = TestFiles::write(dir, u"report.pdf"_s, topAndFootPdf());

    // Fewer pages than the text came from: the file was replaced after the import.
    const Result<SourcePages::PageImage> past = SourcePages::render(path, 7);
    REQUIRE_FALSE(past.ok());
    CHECK(past.error().kind() == Error::Kind::Invalid);
    CHECK(past.error().message().contains(u"2 page(s)"_s));
    CHECK(past.error().message().contains(u"page 7"_s));

    const QString moved = dir.filePath(u"gone.pdf"_s);
    const Result<SourcePages::PageImage> missing = SourcePages::render(moved, 1);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind() == Error::Kind::NotFound);
    CHECK(missing.error().message().contains(u"gone.pdf"_s));
    CHECK(missing.error().message().contains(u"no file"_s));
    CHECK_FALSE(SourcePages::hasPages(moved));

    const QString cut = TestFiles::write(dir, u"cut.pdf"_s, topAndFootPdf().left(200));
    const Result<SourcePages::PageImage> damaged = SourcePages::render(cut, 1);
    REQUIRE_FALSE(damaged.ok());
    CHECK(damaged.error().kind() == Error::Kind::Corrupt);
    CHECK(damaged.error().message().contains(u"cut.pdf"_s));

    const QString cutImage = TestFiles::write(dir, u"cut.png"_s, FormatFixtures::pngBytes(scan(300, 2)).left(40));
    const Result<SourcePages::PageImage> damagedImage = SourcePages::render(cutImage, 1);
    REQUIRE_FALSE(damagedImage.ok());
    CHECK(damagedImage.error().kind() == Error::Kind::Corrupt);

    FormatFixtures::RawPdfOptions options;
    options.encrypted = true;
    const QString locked = TestFiles::write(dir, u"locked.pdf"_s, FormatFixtures::rawPdf({{}}, options));
    const Result<SourcePages::PageImage> refused = SourcePages::render(locked, 1);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind() == Error::Kind::Locked);
    CHECK(refused.error().message().contains(u"password"_s));

    const QString text = TestFiles::write(dir, u"article.txt"_s, u"خبر قصير."_s.toUtf8());
    CHECK_FALSE(SourcePages::hasPages(text));
    const Result<SourcePages::PageImage> none = SourcePages::render(text, 1);
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().kind() == Error::Kind::Unsupported);
}

TEST_CASE("hamish page writes a page of a PDF as PNG, or says why it cannot", "[sourcepages][cli]")
{
    QTemporaryDir dir;
    const QString path = TestFiles::write(dir, u"report.pdf"_s, topAndFootPdf());
    const QString out = dir.filePath(u"page2.png"_s);
    const TestCli::Output run = TestCli::run({u"page"_s, path, u"--page"_s, u"2"_s, u"--dpi"_s, u"72"_s, u"-o"_s, out});
    INFO(run.err.toStdString());
    REQUIRE(run.status == 0);
    CHECK(run.out.contains(u"page 2 of 2"_s));
    const QImage image(out);
    REQUIRE_FALSE(image.isNull());
    CHECK(std::abs(image.width() - 595) <= 1);
    CHECK(inkRows(image).first > 0.8);

    const TestCli::Output past = TestCli::run({u"page"_s, path, u"--page"_s, u"3"_s, u"-o"_s, out});
    CHECK(past.status == 1);
    CHECK(past.err.contains(u"2 page(s)"_s));
    // The page written before is untouched by the failed run.
    CHECK(QImage(out).size() == image.size());
}
