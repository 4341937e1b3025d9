// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Hamish {

// The tables of a project file, how a new one is laid out and how each earlier version is brought up to
// the current one. The version lives in PRAGMA user_version, the file type in PRAGMA application_id.
//
// History: 1 = articles (blocks as JSON), labels, annotations; 2 = label shortcuts, annotation confidence
// and author, settings; 3 = blocks in their own table, annotations indexed by article and status; 4 = articles
// indexed by the SHA-256 of their text (adding or importing looked every text up by scanning the table); 5 = a
// block's page, OCR confidence and declared direction, and the words OCR was unsure of (uncertain_ranges).
class ProjectSchema
{
public:
    static constexpr int kVersion = 5;
    static constexpr quint32 kApplicationId = 0x48414d53; // "HAMS"

    // Creates the current tables in an empty database (inside the caller's transaction).
    static bool create(const QSqlDatabase &db, QString *error);
    // Upgrades from `fromVersion` to kVersion one step at a time (inside the caller's transaction).
    static bool migrate(const QSqlDatabase &db, int fromVersion, QString *error);
    // Stamps the file type and the current version.
    static bool stamp(const QSqlDatabase &db, QString *error);

private:
    static bool migrateFrom1(const QSqlDatabase &db, QString *error);
    static bool migrateFrom2(const QSqlDatabase &db, QString *error);
    static bool migrateFrom3(const QSqlDatabase &db, QString *error);
    static bool migrateFrom4(const QSqlDatabase &db, QString *error);
};

} // namespace Hamish
