// SPDX-License-Identifier: GPL-3.0-or-later
// Where an article came from, shown in the window: the page of a PDF or scan in view, the words OCR was unsure
// of, and articles made from the clipboard or from text dropped on the window.
#include "../CatchQt.h"

#include "../ProjectFixtures.h"
#include "WaitForImports.h"
#include "app/ActionManager.h"
#include "app/ArticleListModel.h"
#include "app/Dialogs.h"
#include "app/MainWindow.h"
#include "app/ReaderView.h"
#include "app/Settings.h"
#include "app/SourcePageDialog.h"
#include "core/text/ClipboardImporter.h"
#include "core/workspace/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace Hamish;
using namespace Qt::StringLiterals;

namespace {

// A scanned report of `pages` pages, one paragraph on each.
Article pagedArticle(int pages)
{
    QString text;
    QList<Block> blocks;
    for (int page = 1; page <= pages; ++page) {
        if (!text.isEmpty())
            text += u"\n\n"_s;
        const QString paragraph = u"وقالت الوزارة في تقريرها عن الصفحة %1 إن منسوب المياه انخفض هذا العام في السدود "
                                  u"الكبرى، وإن الخطة الجديدة تبدأ في الربيع المقبل."_s.arg(page);
        Block block{BlockRole::Paragraph, text.size(), paragraph.size()};
        block.page = page;
        block.confidence = 90;
        blocks.append(block);
        text += paragraph;
    }
    Article article(text, blocks);
    article.setTitle(u"تقرير ممسوح"_s);
    article.setSourcePath(u"/tmp/report.pdf"_s);
    return article;
}

// Pixels of `image` in `colour` (within a small tolerance).
int pixelsOf(const QImage &image, const QColor &colour)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) < 12 && std::abs(c.green() - colour.green()) < 12
                && std::abs(c.blue() - colour.blue()) < 12)
                ++count;
        }
    }
    return count;
}

// A PDF of `pages` A4 pages printed by Qt, a sentence at the top of each and a black bar whose height is 20
// points times the page number, so a page's image tells which page it is.
void writePagedPdf(const QString &path, int pages)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72);
    QPainter painter(&writer);
    QFont font(u"DejaVu Sans"_s);
    font.setPixelSize(16);
    painter.setFont(font);
    // Different text on each page: a line repeated on every page would be a running header, left out.
    const QStringList sentences = {
        u"قالت الوزارة في تقريرها إن منسوب المياه انخفض هذا العام في السدود الكبرى بعد شتاء جاف."_s,
        u"وأضافت أن الخطة الجديدة تبدأ في الربيع المقبل بعد موافقة المجلس على ميزانيتها."_s,
        u"ودعا المزارعون إلى دعم عاجل يعوض خسائرهم في المواسم الثلاثة الماضية."_s,
        u"وينتظر أن يناقش البرلمان المشروع في جلسته المقبلة قبل نهاية الشهر."_s};
    for (int page = 1; page <= pages; ++page) {
        if (page > 1)
            writer.newPage();
        painter.drawText(QRect(20, 20, 500, 300), Qt::AlignRight | Qt::TextWordWrap,
                         sentences.at((page - 1) % sentences.size()));
        painter.fillRect(QRect(40, 400, 60, 20 * page), Qt::black);
    }
}

// The height, in points at 72 dpi, of the black bar on a page of writePagedPdf: its page number times 20.
int barHeight(const QImage &image)
{
    const qreal scale = image.width() / 595.0;
    const int x = int(70 * scale);
    int rows = 0;
    for (int y = int(350 * scale); y < image.height(); ++y) { // below the text
        if (qGray(image.pixel(x, y)) < 64)
            ++rows;
    }
    return qRound(rows / scale);
}

} // namespace

TEST_CASE("The page of a PDF the text came from is shown from the status bar, the menu and the context menu",
          "[sources][gui]")
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"report.pdf"_s);
    writePagedPdf(pdf, 3);
    MainWindow window;
    window.resize(900, 500);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.openFile(pdf);
    waitForImports(window);

    ReaderView *reader = window.readerView();
    REQUIRE(reader->article());
    REQUIRE(reader->article()->blocks().size() == 3);
    QAction *action = ActionManager::action(u"view.sourcePage"_s);
    CHECK(action->isEnabled());

    // A click on "page 1" in the status bar shows page 1, rendered in the background.
    auto *pageLabel = window.findChild<QLabel *>(u"pageLabel"_s);
    REQUIRE(pageLabel);
    REQUIRE(pageLabel->isVisible());
    QTest::mouseClick(pageLabel, Qt::LeftButton);
    auto *dialog = window.findChild<SourcePageDialog *>();
    REQUIRE(dialog);
    if (dialog->isRendering()) {
        QSignalSpy ready(dialog, &SourcePageDialog::pageReady);
        REQUIRE(ready.wait(10000));
    }
    CHECK(dialog->isVisible());
    CHECK(dialog->page() == 1);
    CHECK(dialog->pageCount() == 3);
    CHECK(dialog->message().isEmpty());
    REQUIRE_FALSE(dialog->image().isNull());
    CHECK(barHeight(dialog->image()) == 20);
    auto *shown = dialog->findChild<QLabel *>(u"pageImageLabel"_s);
    REQUIRE(shown);
    CHECK_FALSE(shown->pixmap().isNull());
    // Fitted to the width, the page needs no horizontal scrolling.
    auto *area = dialog->findChild<QScrollArea *>(u"pageScrollArea"_s);
    REQUIRE(area);
    QCoreApplication::processEvents();
    CHECK(shown->width() <= area->viewport()->width());
    CHECK_FALSE(area->horizontalScrollBar()->isVisible());

    // Next Page steps on; at the last page it is disabled.
    auto *next = dialog->findChild<QToolButton *>(u"nextPageToolButton"_s);
    REQUIRE(next);
    for (int page = 2; page <= 3; ++page) {
        QSignalSpy ready(dialog, &SourcePageDialog::pageReady);
        next->click();
        REQUIRE(ready.wait(10000));
        CHECK(dialog->page() == page);
        CHECK(barHeight(dialog->image()) == 20 * page);
    }
    CHECK_FALSE(next->isEnabled());

    // The context menu offers the page of the text clicked: page 2's paragraph shows page 2.
    const qsizetype second = reader->article()->blocks().at(1).start + 5;
    reader->scrollToOffset(second);
    QCoreApplication::processEvents();
    bool offered = false;
    QTimer::singleShot(0, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        offered = menu->actions().contains(action);
        if (offered)
            action->trigger();
        menu->close();
    });
    {
        QSignalSpy ready(dialog, &SourcePageDialog::pageReady);
        emit reader->contextMenuRequested(reader->mapToGlobal(QPoint(10, 10)), second);
        CHECK(offered);
        if (dialog->isRendering())
            REQUIRE(ready.wait(10000));
    }
    CHECK(dialog->page() == 2);
    CHECK(barHeight(dialog->image()) == 40);
    // The page stays with that one use: the menu bar's action shows the page in view again.
    CHECK_FALSE(action->data().isValid());

    // The file moved away since the import: a message, no image, and the article's text untouched.
    const QString text = reader->article()->text();
    REQUIRE(QFile::rename(pdf, dir.filePath(u"elsewhere.pdf"_s)));
    {
        QSignalSpy ready(dialog, &SourcePageDialog::pageReady);
        action->trigger();
        REQUIRE(ready.wait(10000));
    }
    CHECK(dialog->image().isNull());
    CHECK(dialog->message().contains(u"report.pdf"_s));
    CHECK(dialog->message().contains(u"moved"_s));
    CHECK(reader->article()->text() == text);

    // Another file under its name, with fewer pages: no page from it, and the user is told why.
    writePagedPdf(pdf, 1);
    {
        QSignalSpy ready(dialog, &SourcePageDialog::pageReady);
        action->setData(3);
        action->trigger();
        REQUIRE(ready.wait(10000));
    }
    CHECK(dialog->image().isNull());
    CHECK(dialog->message().contains(u"1 page(s)"_s));
    CHECK(dialog->message().contains(u"replaced"_s));
    CHECK(reader->article()->text() == text);

    // Text without pages offers none.
    QMimeData plain;
    plain.setText(u"خبر قصير بلا صفحات."_s);
    window.openMimeData(plain, ClipboardImporter::Origin::Drop);
    REQUIRE(reader->article()->text() == u"خبر قصير بلا صفحات.");
    CHECK_FALSE(action->isEnabled());
}

TEST_CASE("The status bar shows the page of a PDF or scan that is in view", "[sources][gui]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"scans.hamish"_s);
    {
        Workspace workspace;
        REQUIRE(workspace.create(path));
        REQUIRE(workspace.addArticle(pagedArticle(30)));
    }
    MainWindow window;
    window.resize(900, 500);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.openProject(path));
    ReaderView *reader = window.readerView();
    REQUIRE(reader->article());
    // Opening a project scrolls back to where the user was once the article is laid out: let it.
    if (!reader->isFullyLaidOut()) {
        QSignalSpy laidOut(reader, &ReaderView::layoutFinished);
        REQUIRE(laidOut.wait(10000));
    }
    QCoreApplication::processEvents();
    auto *page = window.findChild<QLabel *>(u"pageLabel"_s);
    REQUIRE(page);
    CHECK(page->isVisible());
    CHECK(page->text() == u"page 1");

    // Scrolled down to page 18 (placed a third of the way down the view), it is the page of the paragraph at
    // the top of the view: 18 or one of the few before it.
    reader->scrollToOffset(reader->article()->blocks().at(17).start);
    QCoreApplication::processEvents();
    const int shown = reader->pageInView();
    INFO("scrolled to " << reader->verticalScrollBar()->value() << " of " << reader->verticalScrollBar()->maximum());
    CHECK(shown >= 14);
    CHECK(shown <= 18);
    CHECK(page->text() == u"page %1"_s.arg(shown));
    reader->verticalScrollBar()->setValue(0);
    CHECK(page->text() == u"page 1");

    // Text without pages shows none.
    QMimeData text;
    text.setText(u"خبر قصير بلا صفحات."_s);
    window.openMimeData(text, ClipboardImporter::Origin::Drop);
    REQUIRE(reader->article()->text() == u"خبر قصير بلا صفحات.");
    CHECK_FALSE(page->isVisible());
}

TEST_CASE("Words OCR was unsure of are dotted underneath, letters untouched, with their confidence on hover",
          "[sources][gui]")
{
    const QString text = u"وصل الوفد لسورية أمس بعد رحلة طويلة."_s;
    Article plain(text, {{BlockRole::Paragraph, 0, text.size()}});
    Article scanned = plain;
    const qsizetype word = text.indexOf(u"لسورية"_s);
    scanned.setUncertainRanges({{word, 6, 41}});

    ReaderView view;
    view.resize(700, 300);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    view.setArticle(std::make_shared<const Article>(plain));
    QCoreApplication::processEvents();
    const QList<QRectF> rects = view.rectsForRange(word, word + 6);
    REQUIRE(rects.size() == 1);
    const QRect area = rects.first().toAlignedRect();
    const QImage before = view.viewport()->grab(area).toImage();
    view.setArticle(std::make_shared<const Article>(scanned));
    QCoreApplication::processEvents();
    const QImage after = view.viewport()->grab(area).toImage();

    // A row of dots at the foot of the word, in the mark's colour...
    const QImage foot = after.copy(0, after.height() - 4, after.width(), 4);
    CHECK(pixelsOf(foot, QColor(0xb0, 0x30, 0x60)) > area.width() / 6);
    CHECK(pixelsOf(before, QColor(0xb0, 0x30, 0x60)) == 0);
    // ...and above it the word is drawn exactly as before: the mark is painted, not a format that would
    // split the word's shaping (docs: arabic-text.md).
    const int body = after.height() - 5;
    CHECK(after.copy(0, 0, after.width(), body) == before.copy(0, 0, before.width(), body));

    const QString tip = view.toolTipAt(word + 2);
    CHECK(tip.contains(u"Uncertain OCR reading"_s));
    CHECK(tip.contains(u"لسورية"_s));
    CHECK(tip.contains(u"OCR confidence 41%"_s));
    CHECK(view.toolTipAt(text.indexOf(u"رحلة"_s)).isEmpty());
}

TEST_CASE("File > New Article from Clipboard reads the clipboard's HTML, else its text", "[sources][clipboard][gui]")
{
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QAction *action = ActionManager::action(u"file.newFromClipboard"_s);
    REQUIRE(action);
    CHECK(action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));

    // A browser selection: HTML with a heading, and its plain-text flavour.
    auto *copied = new QMimeData;
    copied->setHtml(u"<h2>أزمة المياه</h2><p>قال الوزير إن السدود امتلأت.</p>"_s);
    copied->setText(u"أزمة المياه قال الوزير إن السدود امتلأت."_s);
    QGuiApplication::clipboard()->setMimeData(copied);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    action->trigger();
    waitForImports(window);
    REQUIRE(window.articleModel()->rowCount() == 1);
    const Article &article = *window.readerView()->article();
    CHECK(article.blocks().size() == 2);
    CHECK(article.blocks().first().role == BlockRole::Heading);
    CHECK(article.text() == u"أزمة المياه\n\nقال الوزير إن السدود امتلأت."_s);
    // The source is the clipboard, with the time.
    REQUIRE(ClipboardImporter::isClipboardSource(article.sourcePath()));
    const QDateTime when = QDateTime::fromString(article.sourcePath().mid(10), Qt::ISODateWithMs);
    CHECK(when >= before);
    CHECK(when <= QDateTime::currentDateTimeUtc());
    CHECK_FALSE(Settings::instance().recentFiles().contains(article.sourcePath()));
    // There is no file to read again with another encoding.
    CHECK_FALSE(window.findChild<QMenu *>(u"reopenWithEncodingMenu"_s)->isEnabled());

    // Plain text only: one article more.
    auto *plain = new QMimeData;
    plain->setText(u"خبر منسوخ نصا."_s);
    QGuiApplication::clipboard()->setMimeData(plain);
    action->trigger();
    waitForImports(window);
    REQUIRE(window.articleModel()->rowCount() == 2);
    CHECK(window.readerView()->article()->text() == u"خبر منسوخ نصا.");

    // An empty clipboard says so and adds nothing.
    QGuiApplication::clipboard()->clear();
    Dialogs::setNextAnswer(QMessageBox::Ok);
    action->trigger();
    waitForImports(window);
    CHECK(window.articleModel()->rowCount() == 2);
    CHECK(Dialogs::lastMessage().contains(u"The clipboard holds no text"_s));
}

TEST_CASE("Dropping a browser selection or text on the window makes an article of it", "[sources][clipboard][gui]")
{
    QTemporaryDir dir;
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    // In a project, the new article is stored with its clipboard source.
    Dialogs::setNextFileNames({dir.filePath(u"drops"_s)});
    ActionManager::action(u"project.new"_s)->trigger();
    REQUIRE(window.workspace()->isOpen());

    const auto drop = [&](const QMimeData &mime) {
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, {});
        QApplication::sendEvent(&window, &enter);
        REQUIRE(enter.isAccepted());
        QDropEvent event(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, {});
        QApplication::sendEvent(&window, &event);
        waitForImports(window);
    };
    QMimeData selection;
    selection.setHtml(u"<p>وصل الوفد إلى <b>دمشق</b> صباح اليوم.</p><script>x()</script>"_s);
    selection.setText(u"وصل الوفد إلى دمشق صباح اليوم."_s);
    drop(selection);
    REQUIRE(window.articleModel()->rowCount() == 1);
    CHECK(window.readerView()->article()->text() == u"وصل الوفد إلى دمشق صباح اليوم.");

    QMimeData text;
    text.setText(u"نص مسحوب من محرر."_s);
    drop(text);
    REQUIRE(window.articleModel()->rowCount() == 2);

    const QList<ArticleSummary> stored = ProjectFixtures::must(window.workspace()->articles());
    REQUIRE(stored.size() == 2);
    for (const ArticleSummary &summary : stored)
        CHECK(ClipboardImporter::isClipboardSource(summary.sourcePath));

    // Data with nothing to read is not taken.
    QMimeData nothing;
    nothing.setData(u"application/x-unknown"_s, "1234");
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &nothing, Qt::LeftButton, {});
    QApplication::sendEvent(&window, &enter);
    CHECK_FALSE(enter.isAccepted());
}
