// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Sql.h"

#include <QCoreApplication>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Hamish::Sql {

namespace {

// SQLite's primary result codes (sqlite3.h), as Qt's driver reports them in nativeErrorCode().
enum SqliteCode {
    Busy = 5,
    Locked = 6,
    ReadOnly = 8,
    IoError = 10,
    Corrupt = 11,
    Full = 13,
    CantOpen = 14,
    NotADatabase = 26
};

int primaryCode(const QSqlError &error)
{
    return error.nativeErrorCode().toInt() & 0xff;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Hamish::Sql", text);
}

} // namespace

bool isDamage(const QSqlError &error)
{
    const int code = primaryCode(error);
    return code == Corrupt || code == NotADatabase;
}

QString describe(const QSqlError &error)
{
    switch (primaryCode(error)) {
    case Full:
        return tr("the disk is full (or a file size limit was reached). Free some space, then try again.");
    case IoError:
        return tr("the disk reported an error (it may be full, removed or failing). Check the disk, then try "
                  "again.");
    case CantOpen:
        return tr("a file kept beside it (its -wal or -shm file) cannot be created or opened. Is the folder "
                  "writable, and is there free space?");
    case ReadOnly:
        return tr("the file or its folder is read-only.");
    case Corrupt:
    case NotADatabase:
        return tr("it is damaged (%1). Restore it from a copy.").arg(error.databaseText());
    case Busy:
    case Locked:
        return tr("it is busy in another program. Try again in a moment.");
    default:
        break;
    }
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

QVariant bindable(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QString(u""_s);
    return value;
}

bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        if (error)
            *error = describe(query.lastError());
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(bindable(value));
    if (!query.exec()) {
        if (error)
            *error = describe(query.lastError());
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
            *error = describe(query.lastError());
        return {};
    }
    return query.value(0);
}

} // namespace Hamish::Sql
