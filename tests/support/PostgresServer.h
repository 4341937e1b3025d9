// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

// A throw-away PostgreSQL server for the tests of team projects: initdb in a temporary folder, a server
// listening only on a Unix socket in that folder (no TCP), a superuser "hamish" trusted without a password,
// stopped and deleted when the object goes. As root the server's tools run as the `postgres` user (the
// server refuses to run as root). Needs Debian's `postgresql` package (.ci/install-deps installs it).
class PostgresServer
{
public:
    PostgresServer();
    ~PostgresServer();
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    // Starts the server; false with error() set when it cannot (no PostgreSQL installed, initdb failed...).
    bool start();
    void stop();
    bool isRunning() const { return m_running; }
    QString error() const { return m_error; }

    QString socketDirectory() const { return m_dir ? m_dir->path() : QString(); }
    int port() const { return m_port; }
    QString user() const { return QStringLiteral("hamish"); }
    // A libpq URL for `database` on this server, as users give Hamish:
    // postgresql:///NAME?host=SOCKETDIR&port=PORT&user=hamish
    QString url(const QString &database) const;

    // Creates an empty database; false with error() set on failure.
    bool createDatabase(const QString &name);

    // One server for a whole test process, started on first use (a failed start is reported to every caller).
    static PostgresServer &shared();

private:
    bool run(const QString &tool, const QStringList &arguments, int timeoutMs = 60000);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_binDir;
    int m_port = 0;
    bool m_running = false;
    bool m_asPostgresUser = false;
    QString m_error;
};
