// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace Hamish {

// A project on a PostgreSQL server, as a libpq URL names it:
//   postgresql://[user[:password]@]host[:port]/database[?schema=NAME&host=/socket/dir&port=N&...]
// (postgres:// too). An empty host means libpq's default (PGHOST, else the local socket); a host that starts
// with "/" is a socket folder. `schema` is Hamish's own: the project's tables live in that schema instead of
// the database's default one. Any other query parameter (sslmode, connect_timeout, ...) goes to libpq as
// it is. A password left out of the URL is found by libpq in PGPASSWORD or ~/.pgpass.
class ServerLocation
{
    Q_DECLARE_TR_FUNCTIONS(Hamish::ServerLocation)

public:
    static Result<ServerLocation> parse(const QString &url);

    QString host;
    int port = -1; // -1: libpq's default
    QString database;
    QString user;
    QString password;
    QString schema;
    QList<QPair<QString, QString>> options; // passed to libpq

    // The URL again, without the password: what lists, titles and settings keep.
    QString url() const;
    // How to name the project to a person: "news on db.example.org (as salma)".
    QString displayName() const;
    // The server and user alone, for the status bar: "salma @ db.example.org".
    QString serverAndUser() const;
    // The libpq connect options (key=value, separated by ";") for QSqlDatabase::setConnectOptions.
    QString connectOptions() const;
};

} // namespace Hamish
