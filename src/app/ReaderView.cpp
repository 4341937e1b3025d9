// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/ReaderView.h"

#include "app/HighlightLayer.h"
#include "app/InterfaceText.h"
#include "app/TextGeometry.h"
#include "core/base/Bidi.h"
#include "core/model/AnnotationDocument.h"
#include "core/model/ValueText.h"
#include "core/text/ArabicNormalizer.h"
#include "core/text/SelectionSnapper.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextBoundaryFinder>
#include <QTextLayout>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {

// Blocks longer than this are laid out in pieces so no single layout call stalls the window.
constexpr qsizetype kMaxChunkLength = 3000;
// How long one idle layout step may take.
constexpr qint64 kLayoutBudgetMs = 8;
// Layouts kept alive away from the viewport (memory stays flat on book-length texts).
constexpr qsizetype kKeptLayoutMargin = 40;
constexpr qreal kMaxReadingWidthEm = 38;
constexpr int kMinZoom = 50;
constexpr int kMaxZoom = 300;
constexpr int kZoomStep = 10;

QFont readingFont()
{
    const QStringList preferred = {u"Amiri"_s, u"Noto Naskh Arabic"_s, u"Noto Naskh Arabic UI"_s, u"Noto Sans Arabic"_s,
                                   u"DejaVu Sans"_s};
    const QStringList families = QFontDatabase::families();
    QFont font;
    for (const QString &family : preferred) {
        if (families.contains(family)) {
            font.setFamily(family);
            break;
        }
    }
    font.setPointSizeF(15);
    font.setStyleStrategy(QFont::PreferAntialias);
    return font;
}

} // namespace

struct ReaderView::Chunk
{
    qsizetype block = 0;
    qsizetype start = 0; // UTF-16 offset into the article text
    qsizetype length = 0;
    bool lastOfBlock = true;
    qreal y = 0;
    qreal height = 0;
    bool exact = false;
    std::unique_ptr<QTextLayout> layout;
    std::vector<HighlightItem> highlights; // valid while the layout lives and highlightsValid
    bool highlightsValid = false;

    qsizetype end() const { return start + length; }
};

ReaderView::ReaderView(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_baseFont(readingFont())
{
    setObjectName(u"readerView"_s);
    setAccessibleName(tr("Article text"));
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    viewport()->setCursor(Qt::IBeamCursor);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
    verticalScrollBar()->setSingleStep(40);
}

ReaderView::~ReaderView() = default;

void ReaderView::setArticle(std::shared_ptr<const Article> article)
{
    if (m_document && m_document->sharedArticle() != article) {
        disconnect(m_document, nullptr, this, nullptr);
        m_document = nullptr;
    }
    m_article = std::move(article);
    m_anchor = m_position = 0;
    m_currentAnnotation = 0;
    m_matches.clear();
    m_currentMatch = m_flash = {-1, -1};
    rebuildChunks();
    verticalScrollBar()->setValue(0);
    m_firstPaintPending = true;
    viewport()->update();
    updatePageInView();
    emit selectionChanged();
}

QFont ReaderView::fontForRole(BlockRole role) const
{
    QFont font = m_baseFont;
    const qreal size = m_baseFont.pointSizeF() * m_zoomPercent / 100.0;
    switch (role) {
    case BlockRole::Title:
        font.setPointSizeF(size * 1.6);
        font.setWeight(QFont::Bold);
        break;
    case BlockRole::Heading:
        font.setPointSizeF(size * 1.2);
        font.setWeight(QFont::Bold);
        break;
    case BlockRole::Caption:
    case BlockRole::Footnote:
        font.setPointSizeF(size * 0.85);
        break;
    case BlockRole::Paragraph:
        font.setPointSizeF(size);
        break;
    }
    return font;
}

QFont ReaderView::blockFont(qsizetype blockIndex) const
{
    return fontForRole(m_article->blocks().at(blockIndex).role);
}

qreal ReaderView::lineHeight(const QFont &font) const
{
    // Arabic marks sit above and below the letters: give lines room so nothing is clipped.
    const QFontMetricsF metrics(font, viewport());
    return std::ceil(std::max(metrics.lineSpacing(), metrics.height()) * m_options.lineSpacing);
}

TextDirection ReaderView::blockDirection(qsizetype blockIndex) const
{
    quint8 &direction = m_blockDirections.at(size_t(blockIndex));
    if (direction == 0) {
        const Block &block = m_article->blocks().at(blockIndex);
        if (block.direction != BlockDirection::FromText)
            direction = block.direction == BlockDirection::RightToLeft ? 2 : 1;
        else
            direction =
                detectDirection(QStringView(m_article->text()).mid(block.start, block.length), articleDirection())
                        == TextDirection::RightToLeft
                    ? 2
                    : 1;
    }
    return direction == 2 ? TextDirection::RightToLeft : TextDirection::LeftToRight;
}

TextDirection ReaderView::articleDirection() const
{
    if (m_articleDirection == 0)
        m_articleDirection = detectDirection(m_article->text()) == TextDirection::RightToLeft ? 2 : 1;
    return m_articleDirection == 2 ? TextDirection::RightToLeft : TextDirection::LeftToRight;
}

Qt::Alignment ReaderView::blockAlignment(qsizetype blockIndex) const
{
    // Right-aligned (never justified: Qt stretches Arabic joins), absolute so mirroring cannot flip it.
    return (blockDirection(blockIndex) == TextDirection::RightToLeft ? Qt::AlignRight : Qt::AlignLeft)
           | Qt::AlignAbsolute;
}

qreal ReaderView::textWidth() const
{
    const QFontMetricsF metrics(fontForRole(BlockRole::Paragraph), viewport());
    const qreal available = viewport()->width() - 2 * metrics.averageCharWidth() * 3;
    return std::max<qreal>(80, std::min(available, metrics.height() * kMaxReadingWidthEm));
}

qreal ReaderView::textLeft() const
{
    return std::max<qreal>(0, (viewport()->width() - textWidth()) / 2);
}

void ReaderView::rebuildChunks()
{
    m_layoutTimer.stop();
    m_chunks.clear();
    m_blockDirections.clear();
    m_articleDirection = 0;
    if (!m_article) {
        m_pendingLayout = 0;
        updateScrollBar();
        return;
    }
    const QString &text = m_article->text();
    const QList<Block> &blocks = m_article->blocks();
    m_blockDirections.assign(size_t(blocks.size()), 0);
    m_chunks.reserve(size_t(blocks.size()));
    for (qsizetype b = 0; b < blocks.size(); ++b) {
        const Block &block = blocks.at(b);
        qsizetype start = block.start;
        while (start < block.end()) {
            qsizetype end = block.end();
            if (end - start > kMaxChunkLength) {
                // Split at a space so that no word is cut in two.
                end = start + kMaxChunkLength;
                const qsizetype space = text.lastIndexOf(u' ', end);
                if (space > start + kMaxChunkLength / 2)
                    end = space + 1;
                else if (text.at(end - 1).isHighSurrogate())
                    --end;
            }
            Chunk chunk;
            chunk.block = b;
            chunk.start = start;
            chunk.length = end - start;
            chunk.lastOfBlock = end == block.end();
            m_chunks.push_back(std::move(chunk));
            start = end;
        }
    }
    invalidateLayouts();
}

void ReaderView::invalidateLayouts()
{
    // Estimated heights until each chunk is laid out: characters per line from the average advance.
    struct RoleMetrics
    {
        qreal charWidth = 0;
        qreal lineHeight = 0;
        qreal spacing = 0;
    };
    RoleMetrics metricsByRole[5];
    for (BlockRole role :
         {BlockRole::Title, BlockRole::Heading, BlockRole::Caption, BlockRole::Paragraph, BlockRole::Footnote}) {
        const QFont font = fontForRole(role);
        const QFontMetricsF metrics(font, viewport());
        metricsByRole[int(role)] = {metrics.averageCharWidth(), lineHeight(font), metrics.height() * 0.6};
    }
    const qreal width = textWidth();
    for (Chunk &chunk : m_chunks) {
        const RoleMetrics &metrics = metricsByRole[int(m_article->blocks().at(chunk.block).role)];
        const qreal lines = std::max<qreal>(1, std::ceil(chunk.length * metrics.charWidth / width));
        chunk.layout.reset();
        chunk.highlightsValid = false;
        chunk.exact = false;
        chunk.height = lines * metrics.lineHeight + (chunk.lastOfBlock ? metrics.spacing : 0);
    }
    m_pendingLayout = qsizetype(m_chunks.size());
    m_nextToLayout = 0;
    m_positionsDirtyFrom = 0;
    updatePositions();
    updateScrollBar();
    if (!m_chunks.empty())
        m_layoutTimer.start(0, this);
}

QTextLayout *ReaderView::layoutFor(Chunk &chunk)
{
    if (chunk.layout)
        return chunk.layout.get();
    const QFont font = fontForRole(m_article->blocks().at(chunk.block).role);
    const qsizetype block = chunk.block;
    auto layout = std::make_unique<QTextLayout>(displayText(chunk.start, chunk.length), font, viewport());
    QTextOption option;
    const bool rtl = blockDirection(block) == TextDirection::RightToLeft;
    option.setTextDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
    option.setAlignment(blockAlignment(block));
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout->setTextOption(option);
    layout->setCacheEnabled(true);

    const qreal width = textWidth();
    const qreal step = lineHeight(font);
    qreal y = 0;
    layout->beginLayout();
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y + (step - line.height()) / 2));
        y += step;
    }
    layout->endLayout();

    const QFontMetricsF metrics(font, viewport());
    const qreal height = y + (chunk.lastOfBlock ? metrics.height() * 0.6 : 0);
    if (!chunk.exact) {
        chunk.exact = true;
        --m_pendingLayout;
    }
    if (!qFuzzyCompare(height, chunk.height)) {
        chunk.height = height;
        const qsizetype index = &chunk - m_chunks.data();
        m_positionsDirtyFrom = std::min(m_positionsDirtyFrom, index + 1);
    }
    chunk.layout = std::move(layout);
    return chunk.layout.get();
}

void ReaderView::updatePositions()
{
    const size_t from = size_t(std::max<qsizetype>(0, m_positionsDirtyFrom));
    qreal y = from == 0 ? 0 : m_chunks[from - 1].y + m_chunks[from - 1].height;
    for (size_t i = from; i < m_chunks.size(); ++i) {
        m_chunks[i].y = y;
        y += m_chunks[i].height;
    }
    m_positionsDirtyFrom = qsizetype(m_chunks.size());
}

qreal ReaderView::documentHeight() const
{
    if (m_chunks.empty())
        return 0;
    return m_chunks.back().y + m_chunks.back().height;
}

void ReaderView::updateScrollBar()
{
    const qreal margin = QFontMetricsF(m_baseFont, viewport()).height();
    const int maximum = int(std::max<qreal>(0, documentHeight() + 2 * margin - viewport()->height()));
    verticalScrollBar()->setRange(0, maximum);
    verticalScrollBar()->setPageStep(viewport()->height());
}

qsizetype ReaderView::chunkAtY(qreal y) const
{
    auto it = std::upper_bound(m_chunks.begin(), m_chunks.end(), y,
                               [](qreal value, const Chunk &chunk) { return value < chunk.y; });
    if (it == m_chunks.begin())
        return 0;
    return qsizetype(it - m_chunks.begin()) - 1;
}

qsizetype ReaderView::chunkForOffset(qsizetype offset) const
{
    auto it = std::upper_bound(m_chunks.begin(), m_chunks.end(), offset,
                               [](qsizetype value, const Chunk &chunk) { return value < chunk.start; });
    if (it == m_chunks.begin())
        return 0;
    return qsizetype(it - m_chunks.begin()) - 1;
}

void ReaderView::layoutStep()
{
    if (m_chunks.empty() || m_pendingLayout == 0) {
        m_layoutTimer.stop();
        return;
    }
    // Keep what the reader is looking at still while heights above it become exact.
    const qreal margin = QFontMetricsF(m_baseFont, viewport()).height();
    const qreal scrollY = verticalScrollBar()->value() - margin;
    const qsizetype topChunk = chunkAtY(scrollY);
    const qreal offsetInTop = scrollY - m_chunks[size_t(topChunk)].y;

    QElapsedTimer timer;
    timer.start();
    while (m_nextToLayout < qsizetype(m_chunks.size()) && timer.elapsed() < kLayoutBudgetMs) {
        Chunk &chunk = m_chunks[size_t(m_nextToLayout)];
        if (!chunk.exact) {
            const bool hadLayout = chunk.layout != nullptr;
            layoutFor(chunk);
            if (!hadLayout) {
                chunk.layout.reset();
                chunk.highlightsValid = false;
            }
        }
        ++m_nextToLayout;
    }
    updatePositions();
    updateScrollBar();
    verticalScrollBar()->setValue(int(std::lround(m_chunks[size_t(topChunk)].y + offsetInTop + margin)));
    if (m_nextToLayout >= qsizetype(m_chunks.size()) || m_pendingLayout == 0) {
        m_layoutTimer.stop();
        viewport()->update();
        emit layoutFinished();
    }
}

void ReaderView::releaseOffscreenLayouts()
{
    const qreal scrollY = verticalScrollBar()->value();
    const qsizetype first = chunkAtY(scrollY) - kKeptLayoutMargin;
    const qsizetype last = chunkAtY(scrollY + viewport()->height()) + kKeptLayoutMargin;
    for (qsizetype i = 0; i < qsizetype(m_chunks.size()); ++i) {
        if ((i < first || i > last) && m_chunks[size_t(i)].layout) {
            m_chunks[size_t(i)].layout.reset();
            m_chunks[size_t(i)].highlights.clear();
            m_chunks[size_t(i)].highlightsValid = false;
        }
    }
}

void ReaderView::prefetchStep()
{
    // While idle, prepare the page above and the page below, so that scrolling a page finds its text laid
    // out and its highlights measured.
    if (m_chunks.empty()) {
        m_prefetchTimer.stop();
        return;
    }
    const qreal page = viewport()->height();
    const qreal scrollY = verticalScrollBar()->value();
    const qsizetype first = chunkAtY(scrollY - page);
    const qsizetype last = chunkAtY(scrollY + 2 * page);
    // Heights above the view may become exact: keep what the reader sees where it is.
    const qsizetype topChunk = chunkAtY(scrollY);
    const qreal offsetInTop = scrollY - m_chunks[size_t(topChunk)].y;
    QElapsedTimer timer;
    timer.start();
    bool done = true;
    for (qsizetype i = first; i <= last && i < qsizetype(m_chunks.size()); ++i) {
        Chunk &chunk = m_chunks[size_t(i)];
        if (chunk.layout && chunk.highlightsValid)
            continue;
        layoutFor(chunk);
        ensureHighlights(chunk);
        if (timer.elapsed() >= kLayoutBudgetMs) {
            done = false; // more next time
            break;
        }
    }
    updatePositions();
    updateScrollBar();
    verticalScrollBar()->setValue(int(std::lround(m_chunks[size_t(topChunk)].y + offsetInTop)));
    if (done)
        m_prefetchTimer.stop();
}

void ReaderView::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    if (!m_article || m_chunks.empty())
        return;
    const qreal margin = QFontMetricsF(m_baseFont, viewport()).height();
    const qreal scrollY = verticalScrollBar()->value() - margin;
    const QRect clip = event->rect();
    const qreal left = textLeft();
    const QPalette &pal = palette();

    // Lay out what is visible first; heights may change, so settle positions before painting.
    for (qsizetype i = chunkAtY(scrollY + clip.top()); i < qsizetype(m_chunks.size()); ++i) {
        Chunk &chunk = m_chunks[size_t(i)];
        if (chunk.y - scrollY > clip.bottom())
            break;
        layoutFor(chunk);
        updatePositions();
    }
    updateScrollBar();

    const qsizetype selStart = selectionStart();
    const qsizetype selEnd = selectionEnd();
    for (qsizetype i = chunkAtY(scrollY + clip.top()); i < qsizetype(m_chunks.size()); ++i) {
        Chunk &chunk = m_chunks[size_t(i)];
        if (chunk.y - scrollY > clip.bottom())
            break;
        QTextLayout *layout = layoutFor(chunk);
        QList<QTextLayout::FormatRange> selections;
        if (selEnd > selStart && selStart < chunk.end() && selEnd > chunk.start) {
            QTextLayout::FormatRange range;
            range.start = int(std::max(selStart, chunk.start) - chunk.start);
            range.length = int(std::min(selEnd, chunk.end()) - chunk.start) - range.start;
            range.format.setBackground(pal.brush(QPalette::Highlight));
            range.format.setForeground(pal.brush(QPalette::HighlightedText));
            selections.append(range);
        }
        ensureHighlights(chunk);
        HighlightLayer::paint(painter, QPointF(left, chunk.y - scrollY), chunk.highlights, m_highlightOpacity);
        const BlockRole role = m_article->blocks().at(chunk.block).role;
        const bool secondary = role == BlockRole::Caption || role == BlockRole::Footnote;
        painter.setPen(secondary ? pal.color(QPalette::PlaceholderText) : pal.color(QPalette::Text));
        layout->draw(&painter, QPointF(left, chunk.y - scrollY), selections);
    }
    releaseOffscreenLayouts();
    if (!m_prefetchTimer.isActive())
        m_prefetchTimer.start(0, this);

    if (m_firstPaintPending) {
        m_firstPaintPending = false;
        emit firstScreenPainted();
    }
}

void ReaderView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    if (!m_article)
        return;
    const qsizetype anchorChunk = chunkAtY(verticalScrollBar()->value());
    const qsizetype anchorOffset = m_chunks.empty() ? 0 : m_chunks[size_t(anchorChunk)].start;
    invalidateLayouts();
    scrollToOffset(anchorOffset);
}

void ReaderView::scrollContentsBy(int, int)
{
    viewport()->update();
    updatePageInView();
}

void ReaderView::scrollToOffset(qsizetype offset)
{
    if (m_chunks.empty())
        return;
    Chunk &chunk = m_chunks[size_t(chunkForOffset(offset))];
    QTextLayout *layout = layoutFor(chunk);
    updatePositions();
    updateScrollBar();
    const QTextLine line =
        layout->lineForTextPosition(int(std::clamp<qsizetype>(offset - chunk.start, 0, chunk.length)));
    const qreal lineY = line.isValid() ? line.y() : 0;
    const qreal margin = QFontMetricsF(m_baseFont, viewport()).height();
    verticalScrollBar()->setValue(int(chunk.y + lineY + margin - viewport()->height() / 3));
    viewport()->update();
}

qsizetype ReaderView::offsetAt(QPoint viewportPos)
{
    if (m_chunks.empty())
        return -1;
    const qreal margin = QFontMetricsF(m_baseFont, viewport()).height();
    const qreal docY = viewportPos.y() + verticalScrollBar()->value() - margin;
    if (docY < 0)
        return 0;
    if (docY >= documentHeight())
        return m_chunks.back().end();
    Chunk &chunk = m_chunks[size_t(chunkAtY(docY))];
    QTextLayout *layout = layoutFor(chunk);
    updatePositions();
    const qreal localY = docY - chunk.y;
    const int lineCount = layout->lineCount();
    if (lineCount == 0)
        return chunk.start;
    int lineIndex = lineCount - 1;
    for (int l = 0; l < lineCount; ++l) {
        const QTextLine line = layout->lineAt(l);
        if (localY < line.y() + line.height()) {
            lineIndex = l;
            break;
        }
    }
    const QTextLine line = layout->lineAt(lineIndex);
    const int cursor = TextGeometry::cursorAtX(*layout, line, viewportPos.x() - textLeft());
    return chunk.start + cursor;
}

QList<QRectF> ReaderView::rectsForRange(qsizetype start, qsizetype end)
{
    QList<QRectF> rects;
    if (m_chunks.empty() || end <= start)
        return rects;
    const qreal margin = QFontMetricsF(m_baseFont, viewport()).height();
    for (qsizetype i = chunkForOffset(start); i < qsizetype(m_chunks.size()); ++i) {
        Chunk &chunk = m_chunks[size_t(i)];
        if (chunk.start >= end)
            break;
        QTextLayout *layout = layoutFor(chunk);
        updatePositions();
        const int from = int(std::max(start, chunk.start) - chunk.start);
        const int to = int(std::min(end, chunk.end()) - chunk.start);
        const qreal top = chunk.y - verticalScrollBar()->value() + margin;
        for (const QRectF &rect : TextGeometry::rangeRects(*layout, from, to))
            rects.append(rect.translated(textLeft(), top));
    }
    return rects;
}

void ReaderView::setSelection(qsizetype anchor, qsizetype position)
{
    const qsizetype size = m_article ? m_article->text().size() : 0;
    anchor = std::clamp<qsizetype>(anchor, 0, size);
    position = std::clamp<qsizetype>(position, 0, size);
    if (anchor == m_anchor && position == m_position)
        return;
    m_anchor = anchor;
    m_position = position;
    viewport()->update();
    emit selectionChanged();
}

QString ReaderView::selectedText() const
{
    if (!m_article)
        return {};
    return m_article->text().mid(selectionStart(), selectionEnd() - selectionStart());
}

void ReaderView::copy()
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

void ReaderView::selectAll()
{
    if (m_article)
        setSelection(0, m_article->text().size());
}

void ReaderView::setDisplayOptions(const DisplayOptions &options)
{
    m_options = options;
    m_baseFont = readingFont();
    if (!options.fontFamily.isEmpty())
        m_baseFont.setFamily(options.fontFamily);
    m_baseFont.setPointSizeF(std::clamp(options.fontPointSize, 6.0, 72.0));
    m_options.lineSpacing = std::clamp(options.lineSpacing, 1.0, 3.0);
    m_highlightOpacity = std::clamp(options.highlightOpacity, 0.0, 1.0);
    if (m_article) {
        const qsizetype anchorOffset =
            m_chunks.empty() ? 0 : m_chunks[size_t(chunkAtY(verticalScrollBar()->value()))].start;
        invalidateLayouts();
        scrollToOffset(anchorOffset);
    }
    viewport()->update();
}

QString ReaderView::displayText(qsizetype start, qsizetype length) const
{
    QString text = m_article->text().mid(start, length);
    if (!m_options.hideDiacritics && m_options.digits == DisplayOptions::Digits::AsWritten)
        return text;
    for (QChar &c : text) {
        const char16_t u = c.unicode();
        // A combining grapheme joiner takes a hidden mark's place: invisible, and like the mark it is
        // transparent to Arabic joining, so letters keep their shapes and every offset stays put.
        if (m_options.hideDiacritics && ArabicNormalizer::isDiacritic(u))
            c = QChar(0x034F);
        const int digit = ArabicNormalizer::digitValue(u);
        if (digit >= 0 && m_options.digits == DisplayOptions::Digits::ArabicIndic)
            c = QChar(char16_t(0x0660 + digit));
        else if (digit >= 0 && m_options.digits == DisplayOptions::Digits::Western)
            c = QChar(char16_t(u'0' + digit));
    }
    return text;
}

void ReaderView::setZoomPercent(int percent)
{
    percent = std::clamp(percent, kMinZoom, kMaxZoom);
    if (percent == m_zoomPercent)
        return;
    const qsizetype anchorOffset =
        m_chunks.empty() ? 0 : m_chunks[size_t(chunkAtY(verticalScrollBar()->value()))].start;
    m_zoomPercent = percent;
    if (m_article) {
        invalidateLayouts();
        scrollToOffset(anchorOffset);
    }
    viewport()->update();
    emit zoomChanged(percent);
}

void ReaderView::zoomIn()
{
    setZoomPercent(m_zoomPercent + kZoomStep);
}

void ReaderView::zoomOut()
{
    setZoomPercent(m_zoomPercent - kZoomStep);
}

void ReaderView::resetZoom()
{
    setZoomPercent(100);
}

void ReaderView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_article)
        return QAbstractScrollArea::mousePressEvent(event);
    const qsizetype offset = offsetAt(event->position().toPoint());
    // Pressing on an edge of the current annotation grabs that edge to move it.
    m_draggedEdge = 0;
    if (const Annotation *current = m_document ? m_document->annotation(m_currentAnnotation) : nullptr) {
        const QPointF pos = event->position();
        for (qsizetype edge : {current->start, current->end}) {
            const QList<QRectF> at =
                rectsForRange(edge == current->start ? edge : edge - 1, edge == current->start ? edge + 1 : edge);
            for (const QRectF &r : at) {
                const bool rtl = detectDirection(m_article->text().mid(current->start, current->length()))
                                 == TextDirection::RightToLeft;
                // The start of a right-to-left span is its right edge, its end the left edge.
                const qreal x = (edge == current->start) == rtl ? r.right() : r.left();
                if (std::abs(pos.x() - x) <= 4 && pos.y() >= r.top() && pos.y() <= r.bottom())
                    m_draggedEdge = edge == current->start ? -1 : 1;
            }
        }
    }
    if (m_draggedEdge != 0) {
        m_selecting = true;
        m_pressMoved = false;
        m_lastMousePos = event->position().toPoint();
        return;
    }
    if (event->modifiers() & Qt::ShiftModifier)
        setSelection(m_anchor, offset);
    else
        setSelection(offset, offset);
    m_selecting = true;
    m_pressMoved = false;
    m_lastMousePos = event->position().toPoint();
}

void ReaderView::extendSelectionTo(QPoint viewportPos)
{
    setSelection(m_anchor, offsetAt(viewportPos));
}

void ReaderView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_selecting)
        return QAbstractScrollArea::mouseMoveEvent(event);
    if ((event->position().toPoint() - m_lastMousePos).manhattanLength() >= 3)
        m_pressMoved = true;
    if (!m_pressMoved || m_draggedEdge != 0)
        return;
    m_lastMousePos = event->position().toPoint();
    extendSelectionTo(m_lastMousePos);
    const bool outside = m_lastMousePos.y() < 0 || m_lastMousePos.y() > viewport()->height();
    if (outside && !m_autoScrollTimer.isActive())
        m_autoScrollTimer.start(40, this);
    else if (!outside)
        m_autoScrollTimer.stop();
}

void ReaderView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_selecting)
        return QAbstractScrollArea::mouseReleaseEvent(event);
    m_selecting = false;
    m_autoScrollTimer.stop();
    if (m_draggedEdge != 0) {
        const int edge = std::exchange(m_draggedEdge, 0);
        const Annotation *current = m_document ? m_document->annotation(m_currentAnnotation) : nullptr;
        const qsizetype offset = offsetAt(event->position().toPoint());
        if (current && m_pressMoved && offset >= 0) {
            const qsizetype start = edge < 0 ? std::min(offset, current->end - 1) : current->start;
            const qsizetype end = edge > 0 ? std::max(offset, current->start + 1) : current->end;
            if (start != current->start || end != current->end)
                emit boundaryDragged(current->id, start, end);
        }
        return;
    }
    if (!m_pressMoved) {
        // A click: the annotation under it (innermost) becomes the one the user works on.
        const QList<Annotation> under = annotationsAt(m_position);
        setCurrentAnnotation(under.isEmpty() ? 0 : under.first().id);
        return;
    }
    // Snap a dragged selection to word and clitic boundaries, unless Alt asks for exact characters.
    if (m_snapping && !(event->modifiers() & Qt::AltModifier) && selectionEnd() > selectionStart()) {
        const auto [start, end] = SelectionSnapper::snap(m_article->text(), selectionStart(), selectionEnd());
        if (end > start)
            setSelection(m_anchor <= m_position ? start : end, m_anchor <= m_position ? end : start);
    }
    if (selectionEnd() > selectionStart() && QGuiApplication::clipboard()->supportsSelection())
        QGuiApplication::clipboard()->setText(selectedText(), QClipboard::Selection);
}

void ReaderView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_article)
        return;
    const qsizetype offset = offsetAt(event->position().toPoint());
    const Chunk &chunk = m_chunks[size_t(chunkForOffset(offset))];
    const QString text = m_article->text().mid(chunk.start, chunk.length);
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text);
    const int local = int(offset - chunk.start);
    finder.setPosition(local);
    qsizetype start = finder.isAtBoundary() && (finder.boundaryReasons() & QTextBoundaryFinder::StartOfItem)
                          ? local
                          : finder.toPreviousBoundary();
    finder.setPosition(local);
    qsizetype end = finder.toNextBoundary();
    if (start < 0)
        start = 0;
    if (end < 0)
        end = text.size();
    setSelection(chunk.start + start, chunk.start + end);
}

void ReaderView::keyPressEvent(QKeyEvent *event)
{
    if (event == QKeySequence::Copy) {
        copy();
        return;
    }
    if (event == QKeySequence::SelectAll) {
        selectAll();
        return;
    }
    if (event == QKeySequence::ZoomIn || (event->key() == Qt::Key_Equal && event->modifiers() & Qt::ControlModifier)) {
        zoomIn();
        return;
    }
    if (event == QKeySequence::ZoomOut) {
        zoomOut();
        return;
    }
    QScrollBar *bar = verticalScrollBar();
    switch (event->key()) {
    case Qt::Key_Up:
        bar->triggerAction(QAbstractSlider::SliderSingleStepSub);
        return;
    case Qt::Key_Down:
        bar->triggerAction(QAbstractSlider::SliderSingleStepAdd);
        return;
    case Qt::Key_PageUp:
        bar->triggerAction(QAbstractSlider::SliderPageStepSub);
        return;
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
        return;
    case Qt::Key_Home:
        bar->triggerAction(QAbstractSlider::SliderToMinimum);
        return;
    case Qt::Key_End:
        bar->triggerAction(QAbstractSlider::SliderToMaximum);
        return;
    case Qt::Key_Escape:
        setSelection(m_position, m_position);
        return;
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void ReaderView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        if (event->angleDelta().y() > 0)
            zoomIn();
        else if (event->angleDelta().y() < 0)
            zoomOut();
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void ReaderView::timerEvent(QTimerEvent *event)
{
    if (event->timerId() == m_layoutTimer.timerId()) {
        layoutStep();
    } else if (event->timerId() == m_prefetchTimer.timerId()) {
        prefetchStep();
    } else if (event->timerId() == m_flashTimer.timerId()) {
        if (--m_flashTicks <= 0) {
            m_flashTimer.stop();
            const auto flashed = std::exchange(m_flash, std::pair<qsizetype, qsizetype>{-1, -1});
            invalidateHighlights(flashed.first, flashed.second);
        } else {
            invalidateHighlights(m_flash.first, m_flash.second);
        }
    } else if (event->timerId() == m_autoScrollTimer.timerId()) {
        QScrollBar *bar = verticalScrollBar();
        bar->setValue(bar->value() + (m_lastMousePos.y() < 0 ? -bar->singleStep() : bar->singleStep()));
        extendSelectionTo(m_lastMousePos);
    } else {
        QAbstractScrollArea::timerEvent(event);
    }
}

void ReaderView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        if (m_article)
            invalidateLayouts();
    }
}

} // namespace Hamish

namespace Hamish {

AnnotationDocument *ReaderView::document() const
{
    return m_document;
}

void ReaderView::setDocument(AnnotationDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    setArticle(document ? document->sharedArticle() : nullptr);
    m_document = document;
    if (document) {
        connect(document, &AnnotationDocument::annotationsChanged, this, &ReaderView::invalidateHighlights);
        connect(document, &AnnotationDocument::labelsChanged, this,
                [this] { invalidateHighlights(0, m_article ? m_article->text().size() : 0); });
        connect(document, &QObject::destroyed, this, [this] {
            m_document = nullptr;
            setArticle(nullptr);
        });
    }
    invalidateHighlights(0, m_article ? m_article->text().size() : 0);
}

void ReaderView::setHiddenLabels(const QSet<QString> &labels)
{
    m_hiddenLabels = labels;
    invalidateHighlights(0, m_article ? m_article->text().size() : 0);
}

void ReaderView::setConfidenceThreshold(double threshold)
{
    threshold = std::clamp(threshold, 0.0, 1.0);
    if (threshold == m_confidenceThreshold)
        return;
    m_confidenceThreshold = threshold;
    invalidateHighlights(0, m_article ? m_article->text().size() : 0);
}

bool ReaderView::isShown(const Annotation &annotation) const
{
    return HighlightLayer::isShown(annotation, m_hiddenLabels, m_confidenceThreshold);
}

void ReaderView::setHighlightOpacity(qreal opacity)
{
    m_highlightOpacity = std::clamp(opacity, 0.0, 1.0);
    viewport()->update();
}

void ReaderView::setCurrentAnnotation(qint64 id)
{
    if (id == m_currentAnnotation)
        return;
    const Annotation *before = m_document ? m_document->annotation(m_currentAnnotation) : nullptr;
    const Annotation *after = m_document ? m_document->annotation(id) : nullptr;
    if (before)
        invalidateHighlights(before->start, before->end);
    if (after)
        invalidateHighlights(after->start, after->end);
    m_currentAnnotation = after ? id : 0;
    emit currentAnnotationChanged(m_currentAnnotation);
}

void ReaderView::setSearchMatches(const QList<std::pair<qsizetype, qsizetype>> &matches)
{
    m_matches = matches;
    std::sort(m_matches.begin(), m_matches.end());
    m_currentMatch = {-1, -1};
    invalidateHighlights(0, m_article ? m_article->text().size() : 0);
}

void ReaderView::setCurrentMatch(qsizetype start, qsizetype end)
{
    const auto before = m_currentMatch;
    m_currentMatch = {start, end};
    invalidateHighlights(before.first, before.second);
    invalidateHighlights(start, end);
    if (start >= 0)
        scrollToOffset(start);
}

void ReaderView::flash(qsizetype start, qsizetype end)
{
    scrollToOffset(start);
    const auto before = m_flash;
    m_flash = {start, end};
    invalidateHighlights(before.first, before.second);
    invalidateHighlights(start, end);
    m_flashTicks = 6;
    m_flashTimer.start(180, this);
}

QList<Annotation> ReaderView::annotationsAt(qsizetype offset) const
{
    QList<Annotation> result;
    if (!m_document)
        return result;
    for (const Annotation &annotation : m_document->annotationsIn(offset, offset + 1)) {
        if (isShown(annotation))
            result.append(annotation);
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const Annotation &a, const Annotation &b) { return a.length() < b.length(); });
    return result;
}

void ReaderView::invalidateHighlights(qsizetype from, qsizetype to)
{
    if (m_chunks.empty() || from < 0)
        return;
    for (qsizetype i = chunkForOffset(from); i < qsizetype(m_chunks.size()); ++i) {
        Chunk &chunk = m_chunks[size_t(i)];
        if (chunk.start > to)
            break;
        chunk.highlightsValid = false;
    }
    viewport()->update();
}

void ReaderView::ensureHighlights(Chunk &chunk)
{
    if (chunk.highlightsValid)
        return;
    chunk.highlightsValid = true;
    chunk.highlights.clear();
    HighlightLayer::Input input;
    if (m_document) {
        input.annotations = m_document->annotationsIn(chunk.start, chunk.end());
        if (!input.annotations.isEmpty()) {
            for (const Label &label : m_document->labels())
                input.colours.insert(label.name, QColor(label.colour));
        }
        input.hiddenLabels = m_hiddenLabels;
        input.threshold = m_confidenceThreshold;
        input.currentAnnotation = m_currentAnnotation;
    }
    auto match = std::lower_bound(m_matches.begin(), m_matches.end(), std::pair<qsizetype, qsizetype>{chunk.start, 0});
    if (match != m_matches.begin())
        --match; // a match may start in the previous chunk
    for (; match != m_matches.end() && match->first < chunk.end(); ++match) {
        if (match->second > chunk.start)
            input.matches.append(*match);
    }
    input.currentMatch = m_currentMatch;
    if (m_flashTicks % 2 == 0)
        input.flash = m_flash;
    input.uncertain = m_article->uncertainRangesIn(chunk.start, chunk.end());
    if (input.annotations.isEmpty() && input.matches.isEmpty() && input.flash.first < 0 && input.uncertain.isEmpty())
        return;
    chunk.highlights = HighlightLayer::build(*chunk.layout, chunk.start, input);
}

QString ReaderView::toolTipAt(qsizetype offset) const
{
    if (!m_article)
        return {};
    const QList<Annotation> annotations = annotationsAt(offset);
    const QLocale locale;
    QStringList parts;
    for (const Annotation &annotation : annotations) {
        // Every value written for a reader in the interface's language and digits: never raw JSON.
        const QString value = describeValue(annotation.label, annotation.value, locale);
        QString part = u"<b>"_s + labelDisplayName(annotation.label).toHtmlEscaped() + u"</b> "_s
                       + Bidi::isolate(m_article->text().mid(annotation.start, annotation.length())).toHtmlEscaped();
        if (!value.isEmpty())
            part += u"<br>"_s + tr("Value: %1").arg(value.toHtmlEscaped());
        const QString status = annotation.status == AnnotationStatus::Suggested  ? tr("suggested")
                               : annotation.status == AnnotationStatus::Accepted ? tr("accepted")
                                                                                 : tr("rejected");
        part += u"<br>"_s
                + tr("%1 · %2 · confidence %3")
                      .arg(status, describeOrigin(annotation.origin).toHtmlEscaped(),
                           InterfaceText::percent(int(std::lround(annotation.confidence * 100))));
        if (!annotation.note.isEmpty())
            part += u"<br><i>"_s + Bidi::isolate(annotation.note).toHtmlEscaped() + u"</i>"_s;
        parts.append(part);
    }
    // A word OCR was unsure of: the reader should check it against the page.
    for (const UncertainRange &range : m_article->uncertainRangesIn(offset, offset + 1)) {
        parts.append(tr("<b>Uncertain OCR reading</b> <span dir=\"rtl\">%1</span><br>OCR confidence %2%")
                         .arg(m_article->text().mid(range.start, range.length).toHtmlEscaped())
                         .arg(range.confidence));
    }
    return parts.join(u"<hr>"_s);
}

int ReaderView::pageInView() const
{
    if (!m_article || m_chunks.empty())
        return 0;
    // The text at the top edge of the view (painting puts a line's height of margin above the text).
    const qreal margin = QFontMetricsF(m_baseFont, viewport()).height();
    const qsizetype chunk = chunkAtY(verticalScrollBar()->value() - margin);
    return m_article->blocks().at(m_chunks[size_t(chunk)].block).page;
}

void ReaderView::updatePageInView()
{
    if (const int page = pageInView(); page != m_pageInView) {
        m_pageInView = page;
        emit pageInViewChanged(page);
    }
}

void ReaderView::contextMenuEvent(QContextMenuEvent *event)
{
    if (!m_article)
        return;
    const QPoint pos = event->reason() == QContextMenuEvent::Mouse ? viewport()->mapFrom(this, event->pos())
                                                                   : viewport()->rect().center();
    qsizetype offset = event->reason() == QContextMenuEvent::Mouse ? offsetAt(pos) : selectionStart();
    if (event->reason() != QContextMenuEvent::Mouse && m_document && m_document->annotation(m_currentAnnotation))
        offset = m_document->annotation(m_currentAnnotation)->start;
    // A right-click outside the selection moves the choice of annotation there, as a left click would.
    if (event->reason() == QContextMenuEvent::Mouse && (offset < selectionStart() || offset >= selectionEnd())) {
        setSelection(offset, offset);
        const QList<Annotation> under = annotationsAt(offset);
        setCurrentAnnotation(under.isEmpty() ? 0 : under.first().id);
    }
    emit contextMenuRequested(event->globalPos(), offset);
}

bool ReaderView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_article) {
        auto *help = static_cast<QHelpEvent *>(event);
        const qsizetype offset = offsetAt(help->pos());
        const QString tip = offset >= 0 ? toolTipAt(offset) : QString();
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

} // namespace Hamish
