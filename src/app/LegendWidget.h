// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/AnnotationDocument.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QSlider;
class QTimer;

namespace Hamish {

// The colour legend of the reader: one entry per label with its swatch and how many annotations carry
// it (rejected suggestions not counted); unchecking an entry hides that label's highlights. Below it, a slider
// hides the suggestions the engine is less sure of than the chosen confidence.
class LegendWidget : public QWidget
{
    Q_OBJECT

public:
    explicit LegendWidget(QWidget *parent = nullptr);

    void setDocument(AnnotationDocument *document);
    AnnotationDocument *document() const { return m_document; }

    QSet<QString> hiddenLabels() const { return m_hidden; }
    bool isLabelVisible(const QString &label) const { return !m_hidden.contains(label); }
    void setLabelVisible(const QString &label, bool visible);
    // The count shown for `label` (0 for an unknown label).
    int count(const QString &label) const { return m_counts.value(label); }

    // The confidence below which suggestions are hidden (0 to 1, in steps of 0.05; 0 shows all).
    double confidenceThreshold() const;
    void setConfidenceThreshold(double threshold);
    QSlider *confidenceSlider() const { return m_slider; }

signals:
    void labelVisibilityChanged(const QString &label, bool visible);
    // The user moved the slider (not emitted by setConfidenceThreshold).
    void confidenceThresholdChanged(double threshold);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void updateCounts();
    void itemChanged(QListWidgetItem *item);

    void updateThresholdText();

    QListWidget *m_list = nullptr;
    QSlider *m_slider = nullptr;
    QLabel *m_thresholdLabel = nullptr;
    QPointer<AnnotationDocument> m_document;
    QSet<QString> m_hidden;
    QHash<QString, int> m_counts;
    QTimer *m_countTimer = nullptr;
    bool m_updating = false;
};

} // namespace Hamish
