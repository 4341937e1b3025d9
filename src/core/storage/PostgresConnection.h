// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/ServerLocation.h"

#include <QSqlDatabase>

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
