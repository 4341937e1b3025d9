// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace Hamish::Sql {

// Small helpers around QSqlQuery so every statement is prepared, parameterised and checked the same way.

// A null QString binds as SQL NULL; the NOT NULL text columns want an empty string instead. Pass an
// invalid QVariant for NULL.
QVariant bindable(const QVariant &value);

// Prepares `sql`, binds `values` in order and executes it. On failure returns false and sets *error.
bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error);
bool exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values, QString *error);

// What went wrong, in words a user can act on (from SQLite's result code): "the disk is full ...". The
// error arguments below receive it.
QString describe(const QSqlError &error);
// Whether SQLite found the file damaged (rather than unreadable for the moment).
bool isDamage(const QSqlError &error);

// Runs a statement that yields one value (a PRAGMA, a count); an invalid QVariant on failure.
QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {}, QString *error = nullptr);

} // namespace Hamish::Sql
