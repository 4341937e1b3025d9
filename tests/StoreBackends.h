// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One storage test suite, two stores: a test case runs its body once per backend (GENERATE), each time on a
// new project: a file in a temporary folder, or a schema of its own in a database on the tests' PostgreSQL
// server (tests/support/PostgresServer: ctest's fixture, or one started for the process).
#include "ProjectFixtures.h"
#include "support/PostgresServer.h"

#include "core/storage/ServerLocation.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <atomic>

namespace StoreBackends {

enum class Backend { File, Server };

inline const char *name(Backend backend)
{
    return backend == Backend::File ? "SQLite file" : "PostgreSQL server";
}

// The tests' server, started (or found) once; the test fails with the reason when there is none.
inline PostgresServer &server()
{
    PostgresServer &server = PostgresServer::shared();
    INFO(server.error().toStdString());
    REQUIRE(server.isRunning());
    return server;
}

// A database that the test processes share (each uses schemas of its own in it), made once.
inline QString sharedDatabase()
{
    static bool made = false;
    const QString name = QStringLiteral("hamish_tests");
    if (!made) {
        PostgresServer &pg = server();
        // Another test process may have made it first: "already exists" is fine.
        if (!pg.createDatabase(name))
            REQUIRE(pg.error().contains(QStringLiteral("already exists")));
        made = true;
    }
    return name;
}

// A name no other test process uses.
inline QString uniqueName(const QString &prefix)
{
    static std::atomic<int> counter{0};
    return prefix + QStringLiteral("_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
}

// A new, empty database on the server, for tests that need a whole database.
inline QString newDatabaseUrl()
{
    const QString name = uniqueName(QStringLiteral("db"));
    PostgresServer &pg = server();
    INFO(pg.error().toStdString());
    REQUIRE(pg.createDatabase(name));
    return pg.url(name);
}

// Where a new project goes: a file in `dir`, or a schema of its own on the server.
inline QString newLocation(Backend backend, const QTemporaryDir &dir, const QString &file = QStringLiteral("p.hamish"))
{
    if (backend == Backend::File)
        return dir.filePath(file);
    return server().url(sharedDatabase()) + QStringLiteral("&schema=") + uniqueName(QStringLiteral("project"));
}

// A new project with the default labels.
inline std::unique_ptr<Hamish::ProjectStore> newProject(Backend backend, const QTemporaryDir &dir)
{
    return ProjectFixtures::must(Hamish::ProjectStore::create(newLocation(backend, dir)));
}

// Runs SQL on a project behind the store's back, as an older Hamish or another program would; returns the
// first column of the last statement's first row (or an invalid QVariant). A statement that fails stops the
// test unless `mayFail`.
inline QVariant rawSql(const QString &location, const QStringList &statements, bool mayFail = false)
{
    const QString name = uniqueName(QStringLiteral("raw"));
    QVariant last;
    {
        QSqlDatabase db;
        if (Hamish::ProjectStore::isServerLocation(location)) {
            const auto server = ProjectFixtures::must(Hamish::ServerLocation::parse(location));
            db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(server.host);
            db.setPort(server.port);
            db.setUserName(server.user);
            db.setDatabaseName(server.database);
            REQUIRE(db.open());
            if (!server.schema.isEmpty())
                REQUIRE(QSqlQuery(db).exec(QStringLiteral("SET search_path TO ") + server.schema));
        } else {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(location);
            REQUIRE(db.open());
        }
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            const bool ok = query.exec(statement);
            INFO(statement.toStdString());
            INFO(query.lastError().text().toStdString());
            if (!mayFail)
                REQUIRE(ok);
            last = ok && query.next() ? query.value(0) : QVariant();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return last;
}

} // namespace StoreBackends

// Runs the rest of the test case once per backend, naming it in failures.
#define FOR_EACH_BACKEND(backend)                                                                                      \
    const StoreBackends::Backend backend = GENERATE(StoreBackends::Backend::File, StoreBackends::Backend::Server);     \
    INFO("backend: " << StoreBackends::name(backend))
