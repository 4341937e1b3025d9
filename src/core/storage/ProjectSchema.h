// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Hamish {

// The SQL a store speaks: the tables are the same, a few words differ (see ProjectSchema).
enum class SqlDialect { Sqlite, Postgres };

// The tables of a project, how a new one is laid out and how each earlier version is brought up to the
// current one, for both stores: the DDL is written once, in SQLite's words, and translated for PostgreSQL
// (identity ids, 64-bit integers, double precision). A file keeps its version in PRAGMA user_version and its
// type in PRAGMA application_id; a server project in its one-row table hamish_schema.
//
// History: 1 = articles (blocks as JSON), labels, annotations; 2 = label shortcuts, annotation confidence
// and author, settings; 3 = blocks in their own table, annotations indexed by article and status; 4 = articles
// indexed by the SHA-256 of their text (adding or importing looked every text up by scanning the table); 5 = a
// block's page, OCR confidence and declared direction, and the words OCR was unsure of (uncertain_ranges);
// 6 = annotators (each annotation's layer, the suggestion an annotator's copy is based on, a row version for
// concurrent edits) and assignments (who annotates which article, and whether they are done).
// Server projects began at version 6: every later step runs on both stores.
class ProjectSchema
{
public:
    static constexpr int kVersion = 6;
    static constexpr quint32 kApplicationId = 0x48414d53; // "HAMS"

    // Creates the current tables in an empty database (inside the caller's transaction).
    static bool create(const QSqlDatabase &db, SqlDialect dialect, QString *error);
    // Upgrades from `fromVersion` to kVersion one step at a time (inside the caller's transaction).
    static bool migrate(const QSqlDatabase &db, SqlDialect dialect, int fromVersion, QString *error);
    // Stamps the project type and the current version.
    static bool stamp(const QSqlDatabase &db, SqlDialect dialect, QString *error);
    // A statement in SQLite's words as `dialect` says it.
    static QString translate(const QString &sql, SqlDialect dialect);

private:
    static bool migrateFrom1(const QSqlDatabase &db, QString *error);
    static bool migrateFrom2(const QSqlDatabase &db, QString *error);
    static bool migrateFrom4(const QSqlDatabase &db, SqlDialect dialect, QString *error);
    static bool migrateFrom5(const QSqlDatabase &db, SqlDialect dialect, QString *error);
};

} // namespace Hamish
