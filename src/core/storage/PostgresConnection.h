// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/ServerLocation.h"

#include <QObject>
#include <QSqlDatabase>

#include <memory>

class QSocketNotifier;
class QTimer;

namespace Hamish {

// Follows a channel of NOTIFY messages on a connection (LISTEN), read from libpq directly: when the socket
// has data, every 200 ms, and after each statement the store runs on the connection (libpq may have read a
// message while waiting for a result). Messages are delivered from the event loop, never in the middle of a
// statement.
class PostgresListener : public QObject
{
    Q_OBJECT

public:
    // LISTENs on `channel`; check isListening() (error() says why not).
    PostgresListener(const QSqlDatabase &db, const QString &channel, QObject *parent = nullptr);
    ~PostgresListener() override;

    bool isListening() const { return m_notifier != nullptr; }
    QString error() const { return m_error; }
    // Collects what libpq has already read (after a statement, or a failed one), to deliver from the event
    // loop; stops watching a connection that is gone.
    void collect();

signals:
    // A message on the channel; fromHere when this connection sent it.
    void notified(const QString &payload, bool fromHere);

private:
    void readSocket();
    void deliver();
    void stopWatching();

    QSqlDatabase m_db;
    QSocketNotifier *m_notifier = nullptr;
    QTimer *m_timer = nullptr;
    QStringList m_waiting; // payloads, with a leading '1' (from here) or '0'
    bool m_deliveryQueued = false;
    QString m_error;
};

} // namespace Hamish

namespace Hamish::PostgresConnection {

// Connects to the server through Qt's QPSQL driver (libpq underneath: a password not in the location comes
// from PGPASSWORD or ~/.pgpass, as libpq finds it) under a fresh connection name, and sets the search path
// to the location's schema. On failure *error says why and the returned connection is not open; the caller
// removes it with SqlStoreDetail::closeConnection() either way.
QSqlDatabase open(const ServerLocation &location, QString *error);
// Whether libpq says the connection is gone (the server stopped, the network dropped).
bool isBroken(const QSqlDatabase &db);
// A quoted identifier ("name"), for the schema in statements that cannot take a parameter.
QString quoted(const QString &identifier);

} // namespace Hamish::PostgresConnection
