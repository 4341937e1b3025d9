// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ProjectSchema.h"

#include "core/model/Label.h"
#include "core/storage/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {

bool execAll(const QSqlDatabase &db, const QStringList &statements, QString *error)
{
    for (const QString &statement : statements) {
        if (!Sql::exec(db, statement, {}, error))
            return false;
    }
    return true;
}

const QString kCreateBlocks = uR"(CREATE TABLE blocks (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    role TEXT NOT NULL,
    utf16_start INTEGER NOT NULL,
    utf16_length INTEGER NOT NULL,
    PRIMARY KEY (article_id, position)) WITHOUT ROWID)"_s;

// Version 5: what a PDF or a scan tells about each block, and the words OCR was unsure of.
const QStringList kBlockSourceColumns = {
    u"ALTER TABLE blocks ADD COLUMN page INTEGER NOT NULL DEFAULT 0"_s,
    u"ALTER TABLE blocks ADD COLUMN confidence INTEGER NOT NULL DEFAULT -1"_s,
    u"ALTER TABLE blocks ADD COLUMN direction TEXT NOT NULL DEFAULT ''"_s,
};

const QString kCreateUncertainRanges = uR"(CREATE TABLE uncertain_ranges (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    utf16_start INTEGER NOT NULL,
    utf16_length INTEGER NOT NULL,
    confidence INTEGER NOT NULL,
    PRIMARY KEY (article_id, utf16_start)) WITHOUT ROWID)"_s;

const QString kCreateSettings = u"CREATE TABLE settings (key TEXT PRIMARY KEY, value) WITHOUT ROWID"_s;

const QString kCreateAnnotationIndex = u"CREATE INDEX annotations_by_article ON annotations(article_id, status)"_s;

// Finding an article by its text's hash (adding, importing) without reading every text in the project.
const QString kCreateArticleHashIndex = u"CREATE INDEX articles_by_sha256 ON articles(sha256)"_s;

} // namespace

bool ProjectSchema::create(const QSqlDatabase &db, QString *error)
{
    // The blocks table is created as version 3 had it and given its later columns the way an upgrade
    // does, so a new project and an upgraded one cannot drift apart.
    return execAll(db,
                   {uR"(CREATE TABLE articles (
                        id INTEGER PRIMARY KEY,
                        title TEXT NOT NULL DEFAULT '',
                        text TEXT NOT NULL,
                        utf16_length INTEGER NOT NULL,
                        source_path TEXT NOT NULL DEFAULT '',
                        encoding TEXT NOT NULL DEFAULT '',
                        sha256 TEXT NOT NULL,
                        added TEXT NOT NULL DEFAULT ''))"_s,
                    kCreateBlocks, uR"(CREATE TABLE labels (
                        id INTEGER PRIMARY KEY,
                        name TEXT NOT NULL UNIQUE,
                        colour TEXT NOT NULL,
                        shortcut TEXT NOT NULL DEFAULT ''))"_s,
                    uR"(CREATE TABLE annotations (
                        id INTEGER PRIMARY KEY,
                        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                        label_id INTEGER NOT NULL REFERENCES labels(id),
                        utf16_start INTEGER NOT NULL,
                        utf16_end INTEGER NOT NULL,
                        status TEXT NOT NULL,
                        origin TEXT NOT NULL DEFAULT '',
                        value TEXT,
                        note TEXT NOT NULL DEFAULT '',
                        created TEXT NOT NULL,
                        modified TEXT NOT NULL,
                        confidence REAL NOT NULL DEFAULT 1.0,
                        author TEXT NOT NULL DEFAULT ''))"_s,
                    kCreateAnnotationIndex, kCreateArticleHashIndex, kCreateSettings},
                   error)
           && migrateFrom4(db, error);
}

bool ProjectSchema::stamp(const QSqlDatabase &db, QString *error)
{
    // PRAGMA takes no bound parameters; these are our own integer constants, never user data.
    return execAll(db,
                   {u"PRAGMA application_id = "_s + QString::number(kApplicationId),
                    u"PRAGMA user_version = "_s + QString::number(kVersion)},
                   error);
}

bool ProjectSchema::migrate(const QSqlDatabase &db, int fromVersion, QString *error)
{
    if (fromVersion <= 1 && !migrateFrom1(db, error))
        return false;
    if (fromVersion <= 2 && !migrateFrom2(db, error))
        return false;
    if (fromVersion <= 3 && !migrateFrom3(db, error))
        return false;
    if (fromVersion <= 4 && !migrateFrom4(db, error))
        return false;
    return stamp(db, error);
}

bool ProjectSchema::migrateFrom1(const QSqlDatabase &db, QString *error)
{
    if (!execAll(db,
                 {u"ALTER TABLE labels ADD COLUMN shortcut TEXT NOT NULL DEFAULT ''"_s,
                  u"ALTER TABLE annotations ADD COLUMN confidence REAL NOT NULL DEFAULT 1.0"_s,
                  u"ALTER TABLE annotations ADD COLUMN author TEXT NOT NULL DEFAULT ''"_s, kCreateSettings},
                 error))
        return false;
    // Version 1 had no shortcuts: give the default labels theirs, unless a shortcut is already taken.
    for (const Label &label : defaultLabels()) {
        if (label.shortcut.isEmpty())
            continue;
        if (!Sql::exec(db,
                       u"UPDATE labels SET shortcut = ? WHERE name = ? AND NOT EXISTS "
                       u"(SELECT 1 FROM labels WHERE shortcut = ?)"_s,
                       {label.shortcut, label.name, label.shortcut}, error))
            return false;
    }
    return true;
}

bool ProjectSchema::migrateFrom2(const QSqlDatabase &db, QString *error)
{
    if (!Sql::exec(db, kCreateBlocks, {}, error))
        return false;
    // Blocks were a JSON array [{"role", "start", "length"}] in articles.blocks.
    QSqlQuery articles(db);
    if (!Sql::exec(articles, u"SELECT id, blocks FROM articles"_s, {}, error))
        return false;
    QSqlQuery insert(db);
    if (!insert.prepare(u"INSERT INTO blocks (article_id, position, role, utf16_start, utf16_length) "
                        u"VALUES (?, ?, ?, ?, ?)"_s)) {
        *error = u"cannot prepare the block insert"_s;
        return false;
    }
    while (articles.next()) {
        const qint64 articleId = articles.value(0).toLongLong();
        const QJsonArray blocks = QJsonDocument::fromJson(articles.value(1).toString().toUtf8()).array();
        for (qsizetype i = 0; i < blocks.size(); ++i) {
            const QJsonObject block = blocks.at(i).toObject();
            insert.addBindValue(articleId);
            insert.addBindValue(i);
            insert.addBindValue(block.value(u"role"_s).toString(u"paragraph"_s));
            insert.addBindValue(block.value(u"start"_s).toInteger());
            insert.addBindValue(block.value(u"length"_s).toInteger());
            if (!insert.exec()) {
                *error = u"cannot move the blocks of article "_s + QString::number(articleId);
                return false;
            }
        }
    }
    if (articles.lastError().isValid()) { // a row that could not be read must not lose its blocks
        *error = Sql::describe(articles.lastError());
        return false;
    }
    articles.finish();
    return execAll(db,
                   {u"ALTER TABLE articles DROP COLUMN blocks"_s, u"DROP INDEX IF EXISTS annotations_article"_s,
                    kCreateAnnotationIndex},
                   error);
}

bool ProjectSchema::migrateFrom3(const QSqlDatabase &db, QString *error)
{
    return Sql::exec(db, kCreateArticleHashIndex, {}, error);
}

bool ProjectSchema::migrateFrom4(const QSqlDatabase &db, QString *error)
{
    return execAll(db, kBlockSourceColumns + QStringList{kCreateUncertainRanges}, error);
}

} // namespace Hamish
