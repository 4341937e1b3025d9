// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/workspace/Agreement.h"

#include <QDialog>
#include <QHash>

#include <memory>

namespace Hamish {

namespace Ui {
class AgreementDialog;
}

// The agreement figures of a project (Agreement::Report, the same as `hamish agreement`): every pair of
// annotators with its articles, annotations, precision, recall, F1 and kappa, each label beneath it, Fleiss'
// kappa, and for the chosen pair its articles, least agreement first; double-clicking one asks to open it.
// Layout: ui/AgreementDialog.ui.
class AgreementDialog : public QDialog
{
    Q_OBJECT

public:
    // `titles`: article id -> title, to name the articles.
    AgreementDialog(const Agreement::Report &report, const QHash<qint64, QString> &titles, QWidget *parent = nullptr);
    ~AgreementDialog() override;

signals:
    void openArticle(qint64 articleId);

private:
    void showArticles(int pair);

    std::unique_ptr<Ui::AgreementDialog> m_ui;
    Agreement::Report m_report;
    QHash<qint64, QString> m_titles;
};

} // namespace Hamish
