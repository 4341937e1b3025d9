// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/LegendWidget.h"

#include "app/InterfaceText.h"
#include "app/LabelSwatch.h"
#include "core/model/AnnotationDocument.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QSlider>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {

constexpr int kLabelRole = Qt::UserRole;

} // namespace

LegendWidget::LegendWidget(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_countTimer(new QTimer(this))
{
    setObjectName(u"legendWidget"_s);
    m_list->setObjectName(u"legendListWidget"_s);
    m_list->setAccessibleName(tr("Label legend"));
    m_list->setAccessibleDescription(tr("Check a label to show its highlights, uncheck it to hide them"));
    m_list->setToolTip(tr("Labels: uncheck one to hide its highlights"));
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setObjectName(u"confidenceSlider"_s);
    m_slider->setRange(0, 20); // steps of 5 %
    m_slider->setPageStep(2);
    m_slider->setAccessibleName(tr("Hide suggestions below confidence"));
    m_slider->setToolTip(tr("Suggestions the engine is less sure of than this are hidden; accepted annotations "
                            "always show"));
    m_thresholdLabel = new QLabel(this);
    m_thresholdLabel->setObjectName(u"confidenceThresholdLabel"_s);
    auto *caption = new QLabel(tr("Hide suggestions below:"), this);
    caption->setBuddy(m_slider);
    auto *thresholdRow = new QHBoxLayout;
    thresholdRow->addWidget(m_slider, 1);
    thresholdRow->addWidget(m_thresholdLabel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addWidget(caption);
    layout->addLayout(thresholdRow);
    updateThresholdText();
    connect(m_slider, &QSlider::valueChanged, this, [this] {
        updateThresholdText();
        updateCounts(); // what the slider hides is not counted
        if (!m_updating)
            emit confidenceThresholdChanged(confidenceThreshold());
    });
    // One recount after a burst of edits ("accept all" changes hundreds of annotations one by one).
    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(0);
    connect(m_countTimer, &QTimer::timeout, this, &LegendWidget::updateCounts);
    connect(m_list, &QListWidget::itemChanged, this, &LegendWidget::itemChanged);
}

void LegendWidget::setDocument(AnnotationDocument *document)
{
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    if (document) {
        connect(document, &AnnotationDocument::labelsChanged, this, &LegendWidget::rebuild);
        connect(document, &AnnotationDocument::annotationsChanged, m_countTimer, qOverload<>(&QTimer::start));
    }
    rebuild();
}

void LegendWidget::rebuild()
{
    m_updating = true;
    m_list->clear();
    if (m_document) {
        for (const Label &label : m_document->labels()) {
            auto *item = new QListWidgetItem(labelSwatch(label.colour), labelDisplayName(label.name), m_list);
            item->setData(kLabelRole, label.name);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(m_hidden.contains(label.name) ? Qt::Unchecked : Qt::Checked);
        }
    }
    m_updating = false;
    updateCounts();
}

void LegendWidget::updateCounts()
{
    m_countTimer->stop();
    m_counts.clear();
    if (m_document) {
        for (const Annotation &annotation : m_document->annotations()) {
            if (annotation.status != AnnotationStatus::Rejected && !annotation.isBelowThreshold(confidenceThreshold()))
                ++m_counts[annotation.label];
        }
    }
    m_updating = true;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const QString label = item->data(kLabelRole).toString();
        const int count = m_counts.value(label);
        item->setText(tr("%1 (%2)").arg(labelDisplayName(label), InterfaceText::number(count)));
        item->setToolTip(tr("%n annotation(s) labelled %1", nullptr, count).arg(labelDisplayName(label)));
    }
    m_updating = false;
}

void LegendWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LocaleChange) {
        updateThresholdText();
        updateCounts();
    }
    QWidget::changeEvent(event);
}

double LegendWidget::confidenceThreshold() const
{
    return m_slider->value() / 20.0;
}

void LegendWidget::setConfidenceThreshold(double threshold)
{
    m_updating = true;
    m_slider->setValue(qRound(std::clamp(threshold, 0.0, 1.0) * 20));
    m_updating = false;
    updateThresholdText();
    updateCounts();
}

void LegendWidget::updateThresholdText()
{
    m_thresholdLabel->setText(m_slider->value() == 0 ? tr("none")
                                                     : tr("%1 %").arg(InterfaceText::number(m_slider->value() * 5)));
}

void LegendWidget::setLabelVisible(const QString &label, bool visible)
{
    if (visible == !m_hidden.contains(label))
        return;
    if (visible)
        m_hidden.remove(label);
    else
        m_hidden.insert(label);
    m_updating = true;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        if (item->data(kLabelRole).toString() == label)
            item->setCheckState(visible ? Qt::Checked : Qt::Unchecked);
    }
    m_updating = false;
    emit labelVisibilityChanged(label, visible);
}

void LegendWidget::itemChanged(QListWidgetItem *item)
{
    if (m_updating)
        return;
    setLabelVisible(item->data(kLabelRole).toString(), item->checkState() == Qt::Checked);
}

} // namespace Hamish
