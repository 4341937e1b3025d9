// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Sql.h"

#include <QSqlDriver>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Hamish::Sql {

QVariant bindable(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QString(u""_s);
    return value;
}

bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error)
{
    // QPSQL leaves a forward-only result's connection busy until its last row is read (see Core::prepared).
    query.setForwardOnly(query.driver() && query.driver()->dbmsType() != QSqlDriver::PostgreSQL);
    // A statement without parameters runs as it is: PostgreSQL prepares only queries and DML, not DDL.
    if (values.isEmpty()) {
        if (query.exec(sql))
            return true;
        if (error)
            *error = query.lastError().text();
        return false;
    }
    if (!query.prepare(sql)) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(bindable(value));
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    return true;
}

bool exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values, QString *error)
{
    QSqlQuery query(db);
    return exec(query, sql, values, error);
}

QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values, QString *error)
{
    QSqlQuery query(db);
    if (!exec(query, sql, values, error))
        return {};
    if (!query.next()) {
        if (error)
            *error = query.lastError().text();
        return {};
    }
    return query.value(0);
}

} // namespace Hamish::Sql
