// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace Hamish {

// One Hamish window per user, as desktop editors behave: a Hamish started while another runs (a file opened
// from the file manager) hands its files to the running window over a local socket and exits. The socket
// is the user's own: in $XDG_RUNTIME_DIR, else in the temporary folder under the user's id, readable and
// writable by the user only.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    explicit SingleInstance(QObject *parent = nullptr);

    // The socket's name for this user.
    static QString serverName();
    // Hands `files` (made absolute) to the Hamish running for this user, which opens them and comes to the
    // front; true once it said it took them, false when none runs (or it did not answer in time).
    static bool forward(const QStringList &files);

    // Starts answering other Hamish processes; false when the socket cannot be made (the window works
    // without it). A socket left behind by a Hamish that crashed is replaced.
    bool listen();

signals:
    // Another Hamish asked for these (absolute) files to be opened; empty: just come to the front.
    void filesReceived(const QStringList &files);

private:
    void serve();

    QLocalServer *m_server = nullptr;
};

} // namespace Hamish
