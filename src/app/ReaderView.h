// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/DisplayOptions.h"
#include "core/model/Annotation.h"
#include "core/text/Article.h"
#include "core/text/TextDirection.h"

#include <QAbstractScrollArea>
#include <QBasicTimer>
#include <QElapsedTimer>
#include <QFont>
#include <QPointer>
#include <QSet>

#include <memory>
#include <vector>

class QTextLayout;

namespace Hamish {

class AnnotationDocument;

// The right-to-left reading view. It lays out only what is on screen (plus the rest in small idle steps),
// so a book-length article shows its first screen at once, and it paints selections through
// QTextLayout's selection ranges, which never split a word's shaping run.
class ReaderView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit ReaderView(QWidget *parent = nullptr);
    ~ReaderView() override;

    void setArticle(std::shared_ptr<const Article> article);
    std::shared_ptr<const Article> article() const { return m_article; }
    // Shows a document's article with its annotations highlighted behind the text (nullptr: none).
    void setDocument(AnnotationDocument *document);
    AnnotationDocument *document() const;

    // Annotation display: labels hidden from the legend, opacity of the fills, the annotation the user is
    // working on (outlined; boundary keys act on it), find matches, a temporary flash to show where a
    // mention is.
    void setHiddenLabels(const QSet<QString> &labels);
    QSet<QString> hiddenLabels() const { return m_hiddenLabels; }
    // Suggestions less confident than this are not shown (0 shows all).
    void setConfidenceThreshold(double threshold);
    double confidenceThreshold() const { return m_confidenceThreshold; }
    // Whether an annotation of the document is drawn (HighlightLayer::isShown with this view's settings).
    bool isShown(const Annotation &annotation) const;
    void setHighlightOpacity(qreal opacity);
    qint64 currentAnnotation() const { return m_currentAnnotation; }
    void setCurrentAnnotation(qint64 id);
    void setSearchMatches(const QList<std::pair<qsizetype, qsizetype>> &matches);
    void setCurrentMatch(qsizetype start, qsizetype end);
    void flash(qsizetype start, qsizetype end);
    // Shown annotations covering an offset, innermost first.
    QList<Annotation> annotationsAt(qsizetype offset) const;
    // Snapping of mouse selections to word and clitic boundaries (hold Alt to select freely).
    void setSnapping(bool snapping) { m_snapping = snapping; }

    // Selection, as UTF-16 offsets into the article text (logical order).
    void setSelection(qsizetype anchor, qsizetype position);
    qsizetype selectionStart() const { return std::min(m_anchor, m_position); }
    qsizetype selectionEnd() const { return std::max(m_anchor, m_position); }
    QString selectedText() const;

    // The text offset under a point of the viewport, or -1 outside the text.
    qsizetype offsetAt(QPoint viewportPos);
    // The hover tooltip (rich text) for the annotations at a text offset: label, value (dates in both
    // calendars), status, origin, confidence and note, and for a word OCR was unsure of its confidence;
    // empty where there is none.
    QString toolTipAt(qsizetype offset) const;
    // The page of the source (PDF, scan) the block at the top of the view starts on; 0 for text without pages.
    int pageInView() const;
    // Rectangles in viewport coordinates that a logical range covers (several on mixed-direction lines).
    QList<QRectF> rectsForRange(qsizetype start, qsizetype end);
    // The direction and alignment a block of the article is shown with.
    TextDirection blockDirection(qsizetype blockIndex) const;
    // The direction of the whole article: that of its paragraphs without letters.
    TextDirection articleDirection() const;
    Qt::Alignment blockAlignment(qsizetype blockIndex) const;
    QFont blockFont(qsizetype blockIndex) const;

    void scrollToOffset(qsizetype offset);

    void setDisplayOptions(const DisplayOptions &options);
    const DisplayOptions &displayOptions() const { return m_options; }
    // The text as drawn for [start, start + length): same length as the original, display options applied.
    QString displayText(qsizetype start, qsizetype length) const;

    int zoomPercent() const { return m_zoomPercent; }
    void setZoomPercent(int percent);

    bool isFullyLaidOut() const { return m_pendingLayout == 0; }
    qreal documentHeight() const;

public slots:
    void copy();
    void selectAll();
    void zoomIn();
    void zoomOut();
    void resetZoom();

signals:
    void selectionChanged();
    void currentAnnotationChanged(qint64 id);
    // The user asked for the context menu at `offset` of the text.
    void contextMenuRequested(const QPoint &globalPos, qsizetype offset);
    // The user dragged an edge of the current annotation to a new place.
    void boundaryDragged(qint64 id, qsizetype start, qsizetype end);
    void zoomChanged(int percent);
    void pageInViewChanged(int page);
    void firstScreenPainted();
    void layoutFinished();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void timerEvent(QTimerEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    struct Chunk;

    void rebuildChunks();
    void invalidateLayouts();
    QTextLayout *layoutFor(Chunk &chunk);
    void updatePositions();
    void updateScrollBar();
    qsizetype chunkAtY(qreal y) const;
    qsizetype chunkForOffset(qsizetype offset) const;
    void layoutStep();
    void releaseOffscreenLayouts();
    void prefetchStep();
    qreal textLeft() const;
    qreal textWidth() const;
    qreal lineHeight(const QFont &font) const;
    QFont fontForRole(BlockRole role) const;
    void extendSelectionTo(QPoint viewportPos);
    void invalidateHighlights(qsizetype from, qsizetype to);
    void ensureHighlights(Chunk &chunk);
    void updatePageInView();

    std::shared_ptr<const Article> m_article;
    std::vector<Chunk> m_chunks;
    // Per block, decided when first laid out: 0 unknown, 1 left-to-right, 2 right-to-left.
    mutable std::vector<quint8> m_blockDirections;
    mutable quint8 m_articleDirection = 0; // 0 not yet known, 1 left to right, 2 right to left
    qsizetype m_anchor = 0;
    qsizetype m_position = 0;
    int m_zoomPercent = 100;
    QFont m_baseFont;
    DisplayOptions m_options;
    qsizetype m_pendingLayout = 0; // chunks whose height is still an estimate
    qsizetype m_nextToLayout = 0;
    qsizetype m_positionsDirtyFrom = 0;
    QBasicTimer m_layoutTimer;
    QBasicTimer m_autoScrollTimer;
    QPoint m_lastMousePos;
    bool m_selecting = false;
    bool m_firstPaintPending = false;
    QPointer<AnnotationDocument> m_document; // null from the moment the document starts to go away
    QSet<QString> m_hiddenLabels;
    double m_confidenceThreshold = 0;
    qint64 m_currentAnnotation = 0;
    qreal m_highlightOpacity = 1.0;
    bool m_snapping = true;
    bool m_pressMoved = false;
    int m_draggedEdge = 0; // -1 the start, +1 the end of the current annotation, while dragging it
    QList<std::pair<qsizetype, qsizetype>> m_matches; // sorted
    std::pair<qsizetype, qsizetype> m_currentMatch{-1, -1};
    std::pair<qsizetype, qsizetype> m_flash{-1, -1};
    QBasicTimer m_flashTimer;
    QBasicTimer m_prefetchTimer; // lays out the pages around the view while idle
    int m_flashTicks = 0;
    int m_pageInView = 0;
};

} // namespace Hamish
