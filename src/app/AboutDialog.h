// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Hamish {

namespace Ui {
class AboutDialog;
}

// Help › About Hamish: the version, the licence, the credits and licence of the data the entity model is
// trained on, and the Qt and ICU versions in use. Layout: ui/AboutDialog.ui.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

private:
    std::unique_ptr<Ui::AboutDialog> m_ui;
};

} // namespace Hamish
