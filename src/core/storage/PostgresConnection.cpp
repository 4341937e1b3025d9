// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/PostgresConnection.h"

#include "core/storage/Sql.h"
#include "core/storage/SqlStoreCore.h"

#include <QSqlDriver>
#include <QSqlError>

#include <libpq-fe.h>

using namespace Qt::StringLiterals;

namespace Hamish::PostgresConnection {

QString quoted(const QString &identifier)
{
    QString inner = identifier;
    return u'"' + inner.replace(u'"', u"\"\""_s) + u'"';
}

QSqlDatabase open(const ServerLocation &location, QString *error)
{
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s)) {
        *error = SqlProjectStore::tr("Qt's PostgreSQL driver is not installed (Debian: libqt6sql6-psql).");
        return {};
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, SqlStoreDetail::newConnectionName());
    db.setHostName(location.host);
    if (location.port > 0)
        db.setPort(location.port);
    db.setDatabaseName(location.database);
    db.setUserName(location.user);
    db.setPassword(location.password);
    QString options = location.connectOptions();
    // A server that does not answer is reported after 10 s rather than after libpq's default of forever.
    if (!options.contains(u"connect_timeout"_s))
        options += (options.isEmpty() ? u""_s : u";"_s) + u"connect_timeout=10"_s;
    // The server's notices ("... does not exist, skipping") are not for the user's terminal.
    if (!options.contains(u"options="_s))
        options += u";options='-c client_min_messages=warning'"_s;
    db.setConnectOptions(options);
    if (!db.open()) {
        *error = db.lastError().driverText() + u": "_s + db.lastError().databaseText().trimmed();
        return db;
    }
    if (!location.schema.isEmpty() && !Sql::exec(db, u"SET search_path TO "_s + quoted(location.schema), {}, error)) {
        db.close();
        return db;
    }
    return db;
}

bool isBroken(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "PGconn*") != 0)
        return !db.isOpen();
    auto *connection = *static_cast<PGconn *const *>(handle.data());
    return !connection || PQstatus(connection) == CONNECTION_BAD;
}

} // namespace Hamish::PostgresConnection
