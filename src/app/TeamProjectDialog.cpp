// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/TeamProjectDialog.h"

#include "core/base/Bidi.h"
#include "core/workspace/Workspace.h"

#include "ui_TeamProjectDialog.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Hamish {

TeamProjectDialog::TeamProjectDialog(const QString &url, const QString &error, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TeamProjectDialog>())
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Open"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &TeamProjectDialog::accept);
    // The user a URL names fills the field, until the user types another.
    connect(m_ui->urlLineEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        const QString named = Workspace::serverUser(text.trimmed());
        if (!named.isEmpty() && (m_ui->userLineEdit->text().isEmpty() || m_ui->userLineEdit->text() == m_namedUser))
            m_ui->userLineEdit->setText(named);
        m_namedUser = named;
    });
    // An address is written left to right in either language.
    m_ui->urlLineEdit->setLayoutDirection(Qt::LeftToRight);
    m_ui->urlLineEdit->setPlaceholderText(Bidi::leftToRight(m_ui->urlLineEdit->placeholderText()));
    m_ui->urlLineEdit->setText(url);
    m_ui->errorLabel->setText(error);
    m_ui->errorLabel->setVisible(!error.isEmpty());
    m_ui->errorLabel->setStyleSheet(u"color: #b00020;"_s);
    (url.isEmpty() ? m_ui->urlLineEdit : m_ui->passwordLineEdit)->setFocus();
}

TeamProjectDialog::~TeamProjectDialog() = default;

void TeamProjectDialog::accept()
{
    const Result<QString> location = Workspace::serverLocation(
        m_ui->urlLineEdit->text().trimmed(), m_ui->userLineEdit->text().trimmed(), m_ui->passwordLineEdit->text());
    if (!location) {
        m_ui->errorLabel->setText(location.errorMessage());
        m_ui->errorLabel->show();
        m_ui->urlLineEdit->setFocus();
        return;
    }
    m_location = *location;
    QDialog::accept();
}

} // namespace Hamish
