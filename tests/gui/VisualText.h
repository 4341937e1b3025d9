// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a reader sees, left to right: a paint device that records the runs of text Qt draws (each run with
// its position and direction), so a test can tell "Ctrl+]" from «[+Ctrl» as drawn, after bidi layout, in a
// menu, a table or a label, without comparing pixels.
#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QTextItem>
#include <QWidget>

#include <algorithm>

namespace VisualText {

struct Run
{
    QPointF position; // where the run starts, left edge on the baseline, in the device's coordinates
    QString text;     // logical order
    bool rightToLeft = false;
    qreal width = 0;
};

class RecordingEngine : public QPaintEngine
{
public:
    RecordingEngine()
        : QPaintEngine(QPaintEngine::AllFeatures)
    {}
    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    void updateState(const QPaintEngineState &state) override
    {
        if (state.state() & QPaintEngine::DirtyTransform)
            m_transform = state.transform();
    }
    void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override {}
    void drawPolygon(const QPointF *, int, PolygonDrawMode) override {}
    void drawPath(const QPainterPath &) override {}
    void drawRects(const QRectF *, int) override {}
    void drawLines(const QLineF *, int) override {}
    void drawEllipse(const QRectF &) override {}
    void drawImage(const QRectF &, const QImage &, const QRectF &, Qt::ImageConversionFlags) override {}
    void drawTextItem(const QPointF &p, const QTextItem &textItem) override
    {
        m_runs.append({m_transform.map(p), textItem.text(), textItem.renderFlags().testFlag(QTextItem::RightToLeft),
                       textItem.width() * m_transform.m11()});
    }
    Type type() const override { return QPaintEngine::User; }

    QList<Run> m_runs;
    QTransform m_transform;
};

class Recorder : public QPaintDevice
{
public:
    QPaintEngine *paintEngine() const override { return &m_engine; }
    const QList<Run> &runs() const { return m_engine.m_runs; }
    void clear() { m_engine.m_runs.clear(); }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
        case PdmHeight:
            return 4000;
        case PdmWidthMM:
        case PdmHeightMM:
            return 1000;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 96;
        case PdmDepth:
            return 32;
        case PdmNumColors:
            return 1 << 24;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(QPaintDevice::devicePixelRatioFScale());
        }
        return 0;
    }

private:
    mutable RecordingEngine m_engine;
};

// The runs on one line (within `band` vertically), read left to right as characters: a right-to-left run's
// characters are reversed (its glyphs run leftwards). Isolate marks are left out.
inline QString readLeftToRight(QList<Run> runs, const QRectF &band = QRectF(-1e6, -1e6, 2e6, 2e6))
{
    runs.erase(std::remove_if(
                   runs.begin(), runs.end(),
                   [&](const Run &run) { return run.position.y() < band.top() || run.position.y() > band.bottom(); }),
               runs.end());
    std::stable_sort(runs.begin(), runs.end(),
                     [](const Run &a, const Run &b) { return a.position.x() < b.position.x(); });
    QString seen;
    for (const Run &run : runs) {
        QString text = run.text;
        if (run.rightToLeft)
            std::reverse(text.begin(), text.end());
        seen += text;
    }
    seen.removeIf([](QChar c) { return c.unicode() >= 0x2066 && c.unicode() <= 0x2069; });
    return seen;
}

// `text` drawn as one line in a paragraph of `direction` (as a label or a table cell draws it), read left to
// right.
inline QString shown(const QString &text, Qt::LayoutDirection direction, const QFont &font = QFont())
{
    Recorder recorder;
    QPainter painter(&recorder);
    painter.setFont(font);
    painter.setLayoutDirection(direction);
    painter.drawText(QRectF(0, 0, 3000, 100), Qt::AlignLeading | Qt::AlignVCenter | Qt::TextSingleLine, text);
    painter.end();
    return readLeftToRight(recorder.runs());
}

// A widget as drawn, its runs in the widget's coordinates.
inline QList<Run> runsOf(QWidget *widget)
{
    Recorder recorder;
    widget->render(&recorder, QPoint(), QRegion(), QWidget::DrawChildren);
    return recorder.runs();
}

} // namespace VisualText
