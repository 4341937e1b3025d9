// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Hamish {

namespace Ui {
class NoteDialog;
}

// Edits the free-text note on one annotation, named by its text. Layout: ui/NoteDialog.ui.
class NoteDialog : public QDialog
{
    Q_OBJECT

public:
    NoteDialog(const QString &mention, const QString &note, QWidget *parent = nullptr);
    ~NoteDialog() override;

    QString note() const;

private:
    std::unique_ptr<Ui::NoteDialog> m_ui;
};

} // namespace Hamish
