// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/AgreementDialog.h"

#include "ui_AgreementDialog.h"

#include <QLocale>
#include <QPushButton>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {

QString figure(const std::optional<double> &value)
{
    return value ? QLocale().toString(*value, 'f', 3) : u"—"_s;
}

void fill(QTreeWidgetItem *item, int firstColumn, const Agreement::Figures &figures)
{
    item->setText(firstColumn,
                  QLocale().toString(figures.annotationsA) + u" / "_s + QLocale().toString(figures.annotationsB));
    item->setText(firstColumn + 1, figure(figures.precision));
    item->setText(firstColumn + 2, figure(figures.recall));
    item->setText(firstColumn + 3, figure(figures.f1));
    item->setText(firstColumn + 4, figure(figures.kappa));
}

} // namespace

AgreementDialog::AgreementDialog(const Agreement::Report &report, const QHash<qint64, QString> &titles, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AgreementDialog>())
    , m_report(report)
    , m_titles(titles)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setText(tr("Close"));
    m_ui->pairsTreeWidget->setObjectName(u"pairsTreeWidget"_s);
    if (report.pairs.isEmpty()) {
        m_ui->summaryLabel->setText(tr("No two annotators annotated the same article: nothing to compare."));
    } else {
        QString summary = tr("%n annotator(s): %1.", nullptr, int(report.annotators.size()))
                              .arg(QLocale().createSeparatedList(report.annotators));
        if (report.annotators.size() >= 3) {
            summary +=
                u' '
                + tr("Fleiss' kappa over the %n article(s) all of them annotated: %1.", nullptr, report.fleissArticles)
                      .arg(figure(report.fleissKappa));
        }
        summary += u' ' + tr("The first of a pair is the reference for precision and recall.");
        m_ui->summaryLabel->setText(summary);
    }
    for (const Agreement::Pair &pair : report.pairs) {
        auto *item = new QTreeWidgetItem(m_ui->pairsTreeWidget);
        item->setText(0, tr("%1 and %2").arg(pair.a, pair.b));
        item->setText(1, QLocale().toString(pair.articles));
        fill(item, 2, pair.overall);
        for (auto it = pair.labels.cbegin(); it != pair.labels.cend(); ++it) {
            auto *label = new QTreeWidgetItem(item);
            label->setText(0, it.key());
            fill(label, 2, it.value());
        }
    }
    for (int column = 0; column < m_ui->pairsTreeWidget->columnCount(); ++column)
        m_ui->pairsTreeWidget->resizeColumnToContents(column);
    connect(m_ui->pairsTreeWidget, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        while (current && current->parent())
            current = current->parent();
        showArticles(current ? m_ui->pairsTreeWidget->indexOfTopLevelItem(current) : -1);
    });
    connect(m_ui->articlesTreeWidget, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { emit openArticle(item->data(0, Qt::UserRole).toLongLong()); });
    if (m_ui->pairsTreeWidget->topLevelItemCount() > 0)
        m_ui->pairsTreeWidget->setCurrentItem(m_ui->pairsTreeWidget->topLevelItem(0));
}

AgreementDialog::~AgreementDialog() = default;

void AgreementDialog::showArticles(int pair)
{
    m_ui->articlesTreeWidget->clear();
    if (pair < 0 || pair >= m_report.pairs.size())
        return;
    QList<QPair<qint64, Agreement::Figures>> articles = m_report.pairs.at(pair).perArticle;
    // Where they disagree most comes first: that is where a curator looks.
    std::stable_sort(articles.begin(), articles.end(),
                     [](const auto &x, const auto &y) { return x.second.f1.value_or(-1) < y.second.f1.value_or(-1); });
    for (const auto &[id, figures] : std::as_const(articles)) {
        auto *item = new QTreeWidgetItem(m_ui->articlesTreeWidget);
        item->setText(0, m_titles.value(id, QString::number(id)));
        item->setData(0, Qt::UserRole, id);
        item->setText(1,
                      QLocale().toString(figures.annotationsA) + u" / "_s + QLocale().toString(figures.annotationsB));
        item->setText(2, figure(figures.f1));
        item->setText(3, figure(figures.kappa));
    }
    m_ui->articlesTreeWidget->resizeColumnToContents(0);
}

} // namespace Hamish
