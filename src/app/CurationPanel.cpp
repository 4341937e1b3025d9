// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/CurationPanel.h"

#include "app/InterfaceText.h"
#include "core/model/AnnotationDocument.h"
#include "core/model/Label.h"
#include "core/workspace/Annotating.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {

// "PERSON", or "PERSON + PERSON" for two spans, each named by its text when the spans differ from the row's.
QString describe(const QList<Annotation> &spans, const Curation::Row &row, const AnnotationDocument &document)
{
    QStringList parts;
    for (const Annotation &span : spans) {
        QString part = labelDisplayName(span.label);
        if (span.start != row.start || span.end != row.end)
            part += u" «"_s + document.textOf(span) + u"»"_s;
        parts.append(part);
    }
    return parts.join(u" + "_s);
}

} // namespace

CurationPanel::CurationPanel(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_sideButtons(new QWidget(this))
    , m_merge(new QPushButton(this))
{
    m_summary->setObjectName(u"curationSummaryLabel"_s);
    m_summary->setWordWrap(true);
    m_tree->setObjectName(u"curationTreeWidget"_s);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_merge->setObjectName(u"mergeAgreedPushButton"_s);
    auto *buttons = new QHBoxLayout(m_sideButtons);
    buttons->setContentsMargins(0, 0, 0, 0);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_sideButtons);
    layout->addWidget(m_merge);
    connect(m_merge, &QPushButton::clicked, this, &CurationPanel::mergeAgreedRequested);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        const int row = item ? m_tree->indexOfTopLevelItem(item) : -1;
        if (row >= 0 && row < m_rows.size())
            emit rowActivated(m_rows.at(row).start, m_rows.at(row).end);
    });
    retranslate();
    fill();
}

void CurationPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        fill();
}

void CurationPanel::retranslate()
{
    m_merge->setText(tr("Merge All Agreed"));
    m_merge->setToolTip(tr("Adds every span all annotators marked alike to the curated layer"));
}

void CurationPanel::setRows(const QList<Curation::Row> &rows, const QStringList &annotators,
                            const AnnotationDocument *curated)
{
    const int current = currentRow();
    const qsizetype at = current >= 0 ? m_rows.at(current).start : -1;
    m_rows = curated ? rows : QList<Curation::Row>();
    m_annotators = curated ? annotators : QStringList();
    m_document = curated;
    const QSignalBlocker blocker(m_tree);
    fill();
    // The row that was current stays current (an edit rebuilt the rows around it).
    for (int row = 0; at >= 0 && row < m_rows.size(); ++row) {
        if (m_rows.at(row).end > at) {
            m_tree->setCurrentItem(m_tree->topLevelItem(row));
            break;
        }
    }
}

bool CurationPanel::isOpen(const Curation::Row &row) const
{
    return !row.agreed && row.curated.isEmpty();
}

void CurationPanel::fill()
{
    m_tree->clear();
    QStringList headers{QString(), tr("Text")};
    for (const QString &annotator : std::as_const(m_annotators))
        headers.append(Annotating::annotatorDisplayName(annotator));
    headers.append(tr("Curated"));
    m_tree->setColumnCount(int(headers.size()));
    m_tree->setHeaderLabels(headers);

    int agreed = 0, open = 0, curated = 0;
    for (const Curation::Row &row : std::as_const(m_rows)) {
        auto *item = new QTreeWidgetItem(m_tree);
        const QString text = m_document->article().text().mid(row.start, row.end - row.start);
        const bool isOpenRow = isOpen(row);
        // Column 0: where the row stands; then the text, as Arabic reads, from the right.
        item->setText(0, row.agreed ? u"="_s : isOpenRow ? u"≠"_s : u"✓"_s);
        item->setTextAlignment(0, Qt::AlignCenter);
        item->setToolTip(0, row.agreed  ? tr("All annotators agree")
                            : isOpenRow ? tr("The annotators differ")
                                        : tr("The annotators differ; the curated layer settles it"));
        item->setText(1, text);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignAbsolute | Qt::AlignVCenter);
        int column = 2;
        const auto paint = [&](const QList<Annotation> &spans) {
            item->setText(column, spans.isEmpty() ? u"—"_s : describe(spans, row, *m_document));
            if (!spans.isEmpty()) {
                if (const Label *label = m_document->label(spans.first().label)) {
                    QColor colour(label->colour);
                    colour.setAlpha(80);
                    item->setBackground(column, colour);
                }
            }
            ++column;
        };
        for (const QString &annotator : std::as_const(m_annotators))
            paint(row.spans.value(annotator));
        paint(row.curated);
        // Where the curator is still needed stands out; what everyone agrees on is quiet.
        QFont font = item->font(1);
        font.setBold(isOpenRow);
        item->setFont(0, font);
        item->setFont(1, font);
        agreed += row.agreed ? 1 : 0;
        open += isOpenRow ? 1 : 0;
        curated += row.curated.isEmpty() ? 0 : 1;
    }
    for (int column = 0; column < m_tree->columnCount(); ++column)
        m_tree->resizeColumnToContents(column);

    if (!m_document)
        m_summary->setText(tr("Open an article of a team project to curate it."));
    else if (m_annotators.size() < 2)
        m_summary->setText(tr("Fewer than two annotators annotated this article: there is nothing to compare. "
                              "You can still edit the curated layer in the reader."));
    else
        m_summary->setText(tr("%1 rows: %2 agreed, %3 still differ, %4 curated. = agreed, ≠ differs, ✓ settled.")
                               .arg(InterfaceText::number(m_rows.size()), InterfaceText::number(agreed),
                                    InterfaceText::number(open), InterfaceText::number(curated)));
    m_merge->setEnabled(m_document && agreed > 0 && !m_document->isReadOnly());

    // One button per annotator, in column order, with its key.
    QLayout *buttons = m_sideButtons->layout();
    while (QLayoutItem *child = buttons->takeAt(0)) {
        delete child->widget();
        delete child;
    }
    if (!m_annotators.isEmpty()) {
        auto *caption = new QLabel(tr("Take the side of:"), m_sideButtons);
        buttons->addWidget(caption);
    }
    for (int i = 0; i < m_annotators.size(); ++i) {
        const QString annotator = m_annotators.at(i);
        auto *button = new QPushButton(m_sideButtons);
        button->setObjectName(u"takeSidePushButton_"_s + annotator);
        const QString shown = Annotating::annotatorDisplayName(annotator);
        if (i < 9) {
            const QString keys = InterfaceText::keySequence(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
            button->setText(tr("%1 (%2)").arg(shown, keys));
            button->setToolTip(tr("Take %1's side on the current row (%2)").arg(shown, keys));
        } else {
            button->setText(shown);
            button->setToolTip(tr("Take %1's side on the current row").arg(shown));
        }
        button->setEnabled(m_document && !m_document->isReadOnly());
        connect(button, &QPushButton::clicked, this, [this, annotator] {
            if (currentRow() >= 0)
                emit takeSideRequested(currentRow(), annotator);
        });
        buttons->addWidget(button);
    }
}

int CurationPanel::currentRow() const
{
    QTreeWidgetItem *item = m_tree->currentItem();
    return item ? m_tree->indexOfTopLevelItem(item) : -1;
}

void CurationPanel::setCurrentRow(int row)
{
    if (row >= 0 && row < m_tree->topLevelItemCount())
        m_tree->setCurrentItem(m_tree->topLevelItem(row));
}

bool CurationPanel::goToDifference(bool forward)
{
    const int count = int(m_rows.size());
    const int from = currentRow();
    for (int step = 1; step <= count; ++step) {
        const int row = forward ? (from + step) % count : ((from < 0 ? 0 : from) - step + 2 * count) % count;
        if (isOpen(m_rows.at(row))) {
            setCurrentRow(row);
            return true;
        }
    }
    return false;
}

} // namespace Hamish
