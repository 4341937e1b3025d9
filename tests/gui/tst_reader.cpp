// SPDX-License-Identifier: GPL-3.0-or-later
#include "../CatchQt.h"

#include "../TestText.h"
#include "app/ReaderView.h"

#include <QApplication>
#include <QClipboard>
#include <QSignalSpy>
#include <QTest>

using namespace Hamish;
using namespace Qt::StringLiterals;

namespace {

std::shared_ptr<const Article> makeArticle(const QStringList &paragraphs)
{
    QString text;
    QList<Block> blocks;
    for (const QString &paragraph : paragraphs) {
        if (!text.isEmpty())
            text += u"\n\n"_s;
        blocks.append({blocks.isEmpty() ? BlockRole::Title : BlockRole::Paragraph, text.size(), paragraph.size()});
        text += paragraph;
    }
    return std::make_shared<const Article>(text, blocks);
}

struct ShownView
{
    ShownView()
    {
        view.resize(900, 600);
        view.show();
        REQUIRE(QTest::qWaitForWindowExposed(&view));
    }
    ReaderView view;
};

} // namespace

TEST_CASE("Each block reads in the direction of its letters, right-aligned for Arabic", "[reader]")
{
    ShownView shown;
    ReaderView &view = shown.view;
    view.setArticle(makeArticle({TestText::headline(), u"2025 عام صعب على المزارعين في المنطقة"_s,
                                 u"The Food and Agriculture Organization"_s, u"2017/07/09"_s}));
    CHECK(view.blockDirection(1) == TextDirection::RightToLeft);
    CHECK(view.blockAlignment(1) == (Qt::AlignRight | Qt::AlignAbsolute));
    CHECK(view.blockDirection(2) == TextDirection::LeftToRight);
    CHECK(view.blockAlignment(2) == (Qt::AlignLeft | Qt::AlignAbsolute));
    // A dateline without letters (or a table cell's number) reads the way the Arabic article does.
    CHECK(view.blockDirection(3) == TextDirection::RightToLeft);
    CHECK(view.blockAlignment(3) == (Qt::AlignRight | Qt::AlignAbsolute));

    // The first letter of an Arabic paragraph sits at the right edge, the first of an English one at the left.
    const Article &article = *view.article();
    const QList<QRectF> arabicStart = view.rectsForRange(article.blocks()[1].start, article.blocks()[1].start + 4);
    const QList<QRectF> englishStart = view.rectsForRange(article.blocks()[2].start, article.blocks()[2].start + 3);
    REQUIRE_FALSE(arabicStart.isEmpty());
    REQUIRE_FALSE(englishStart.isEmpty());
    CHECK(arabicStart.first().center().x() > view.viewport()->width() / 2);
    CHECK(englishStart.first().center().x() < view.viewport()->width() / 2);
    // The headline is set larger than the body.
    CHECK(view.blockFont(0).pointSizeF() > view.blockFont(1).pointSizeF());
}

TEST_CASE("Selecting with the mouse on a mixed Arabic/Latin/digit line copies logical text", "[reader]")
{
    ShownView shown;
    ReaderView &view = shown.view;
    view.setArticle(makeArticle({TestText::mixedLine()}));
    const QString text = view.article()->text();

    // The Latin word inside the Arabic line: one rectangle; dragging across it selects exactly it.
    const qsizetype fao = text.indexOf(u"FAO"_s);
    const QList<QRectF> faoRects = view.rectsForRange(fao, fao + 3);
    REQUIRE(faoRects.size() == 1);
    const QRectF r = faoRects.first();
    QTest::mousePress(view.viewport(), Qt::LeftButton, {}, QPoint(int(r.left()) + 1, int(r.center().y())));
    QTest::mouseMove(view.viewport(), QPoint(int(r.right()) - 1, int(r.center().y())));
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, QPoint(int(r.right()) - 1, int(r.center().y())));
    CHECK(view.selectedText() == u"FAO");

    // A range crossing from Arabic into the Latin word and the digits needs several rectangles but stays
    // one logical range.
    // "AO إن": the tail of the Latin run and the Arabic word after it sit on either side of "F".
    CHECK(view.rectsForRange(fao + 1, text.indexOf(u"إن"_s) + 2).size() == 2);
    const qsizetype from = text.indexOf(u"منظمة"_s);
    const qsizetype to = text.indexOf(u"طن"_s) + 2;
    view.setSelection(from, to);
    view.copy();
    CHECK(QApplication::clipboard()->text() == text.mid(from, to - from));

    view.selectAll();
    QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier);
    CHECK(QApplication::clipboard()->text() == text);
}

TEST_CASE("Dragging from the start of an Arabic line leftwards selects in logical order", "[reader]")
{
    ShownView shown;
    ReaderView &view = shown.view;
    view.setArticle(makeArticle({TestText::arabicParagraph()}));
    const QList<QRectF> firstWord = view.rectsForRange(0, 5); // أعلنت
    REQUIRE(firstWord.size() == 1);
    const QPoint start(int(firstWord.first().right()) + 2, int(firstWord.first().center().y()));
    const QPoint end(int(firstWord.first().left()) + 1, start.y());
    QTest::mousePress(view.viewport(), Qt::LeftButton, {}, start);
    QTest::mouseMove(view.viewport(), end);
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, end);
    CHECK(view.selectionStart() == 0);
    CHECK(view.selectedText() == u"أعلنت");
}

TEST_CASE("Zoom changes the reading size and can be reset", "[reader]")
{
    ShownView shown;
    ReaderView &view = shown.view;
    view.setArticle(makeArticle({TestText::headline(), TestText::arabicParagraph()}));
    const qreal before = view.blockFont(1).pointSizeF();
    QTest::keyClick(&view, Qt::Key_Plus, Qt::ControlModifier);
    CHECK(view.zoomPercent() == 110);
    CHECK(view.blockFont(1).pointSizeF() > before);
    QTest::keyClick(&view, Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(&view, Qt::Key_Minus, Qt::ControlModifier);
    CHECK(view.zoomPercent() == 90);
    view.resetZoom();
    CHECK(view.blockFont(1).pointSizeF() == Approx(before));
}

TEST_CASE("A long article shows its first screen before the rest is laid out", "[reader]")
{
    ShownView shown;
    ReaderView &view = shown.view;
    QStringList paragraphs;
    for (int i = 0; i < 3000; ++i)
        paragraphs.append(TestText::arabicParagraph());
    QSignalSpy painted(&view, &ReaderView::firstScreenPainted);
    QSignalSpy finished(&view, &ReaderView::layoutFinished);
    view.setArticle(makeArticle(paragraphs));
    view.viewport()->repaint();
    CHECK(painted.count() == 1);
    CHECK_FALSE(view.isFullyLaidOut());
    REQUIRE(finished.wait(60000));
    CHECK(view.isFullyLaidOut());
    // Every paragraph is laid out: the document is taller than 3000 lines.
    CHECK(view.documentHeight() > 3000 * view.fontMetrics().height());

    // Scrolling to a late offset shows it.
    const qsizetype offset = view.article()->blocks()[2500].start;
    view.scrollToOffset(offset);
    const QList<QRectF> rects = view.rectsForRange(offset, offset + 3);
    REQUIRE_FALSE(rects.isEmpty());
    CHECK(view.viewport()->rect().intersects(rects.first().toRect()));
}
