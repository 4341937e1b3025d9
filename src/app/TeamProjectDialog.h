// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Hamish {

namespace Ui {
class TeamProjectDialog;
}

// Asks where a team project is (a PostgreSQL URL), who to connect as and the password, and gives the
// location to open (Workspace::serverLocation): the password goes into that location only, in memory, never
// into settings or the recent list. Layout: ui/TeamProjectDialog.ui.
class TeamProjectDialog : public QDialog
{
    Q_OBJECT

public:
    // `url` prefills the address (a recent project's, without its password); `error` says why the last try
    // failed.
    explicit TeamProjectDialog(const QString &url = {}, const QString &error = {}, QWidget *parent = nullptr);
    ~TeamProjectDialog() override;

    // The location to open, with the user and password given; valid once accepted.
    QString location() const { return m_location; }

    void accept() override;

private:
    std::unique_ptr<Ui::TeamProjectDialog> m_ui;
    QString m_location;
    QString m_namedUser; // the user the URL named, filled in for the user
};

} // namespace Hamish
