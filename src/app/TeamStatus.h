// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace Hamish {

class Workspace;

// The status bar's mark for a team project on a server: where and who ("salma @ db.example.org, annotating as
// salma"), or, when the connection is lost, that it is and how many edits wait, with Reconnect and Save
// Waiting Edits. Hidden for a project in a file.
class TeamStatus : public QWidget
{
    Q_OBJECT

public:
    explicit TeamStatus(Workspace *workspace, QWidget *parent = nullptr);

    // Shows the workspace's state now (after a project is opened or closed, or an edit waits).
    void refresh();
    // Connects again and commits the waiting edits; says how it went.
    void reconnect();
    // Asks for a file and writes the articles with waiting edits there.
    void saveWaitingEdits();

signals:
    // A line for the status bar.
    void message(const QString &text);

private:
    Workspace *m_workspace;
    QLabel *m_mark;
    QToolButton *m_reconnect;
    QToolButton *m_save;
    QString m_lostMessage;
};

} // namespace Hamish
