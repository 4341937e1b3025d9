// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/PostgresConnection.h"
#include "core/storage/ServerLocation.h"
#include "core/storage/SqlProjectStore.h"

#include <memory>

namespace Hamish {

// A project in a PostgreSQL database (or one schema of it), shared by a team: the same tables and
// migrations as a project file (ProjectSchema), reached through Qt's QPSQL driver. Every edit is committed
// when it is made; the server announces each committed change (LISTEN/NOTIFY, see ProjectSchema), and the
// store tells the ones other people made as remote changes. A lost connection is reported (isConnected(),
// Error::Kind::Disconnected) until reconnect().
class PostgresProjectStore : public SqlProjectStore
{
    Q_OBJECT

public:
    // Creates the project's tables, with the given labels, in an empty database (or in the location's
    // schema, made when missing), and opens it. A database that already holds tables is refused.
    static Result<std::unique_ptr<PostgresProjectStore>> create(const ServerLocation &location,
                                                                const QList<Label> &labels = defaultLabels());
    // Opens the project at the location, upgrading an older one in one transaction; a project from a newer
    // Hamish is refused and left untouched.
    static Result<std::unique_ptr<PostgresProjectStore>> open(const ServerLocation &location,
                                                              OpenMode mode = OpenMode::ReadWrite);

    ~PostgresProjectStore() override;

    QString location() const override;
    QString displayName() const override;
    bool isShared() const override { return true; }
    bool isConnected() const override;
    QString connectionError() const override;
    Result<void> reconnect() override;
    // The server and the user connected, for the status bar ("salma @ db.example.org").
    QString serverAndUser() const;

    Result<void> saveCopy(const QString &path) override;
    Result<void> checkIntegrity() const override;

private:
    explicit PostgresProjectStore(const ServerLocation &location);
    Result<void> connect();
    void onNotification(const QString &payload, bool fromHere);

    Result<void> listen();

    ServerLocation m_location; // with the password, kept in memory only, to reconnect
    std::unique_ptr<PostgresListener> m_listener;
    QString m_schema; // where the tables are, to tell this project's notifications from others'
};

} // namespace Hamish
