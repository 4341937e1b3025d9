// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/NoteDialog.h"

#include "ui_NoteDialog.h"

#include <QPushButton>

namespace Hamish {

NoteDialog::NoteDialog(const QString &mention, const QString &note, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NoteDialog>())
{
    m_ui->setupUi(this);
    m_ui->noteLabel->setText(m_ui->noteLabel->text().arg(mention));
    m_ui->noteTextEdit->setPlainText(note);
    m_ui->noteTextEdit->moveCursor(QTextCursor::End);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_ui->noteTextEdit->setFocus();
}

NoteDialog::~NoteDialog() = default;

QString NoteDialog::note() const
{
    return m_ui->noteTextEdit->toPlainText();
}

} // namespace Hamish
