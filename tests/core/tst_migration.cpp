// SPDX-License-Identifier: GPL-3.0-or-later
#include "../CatchQt.h"

#include "../ProjectFixtures.h"
#include "core/storage/ProjectSchema.h"
#include "core/storage/ProjectStore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Hamish;
using namespace Qt::StringLiterals;

namespace {

// The tables exactly as earlier versions of Hamish created them.
const QStringList kVersion1 = {
    u"PRAGMA application_id = 1212239187"_s, // 0x48414d53, "HAMS"
    uR"(CREATE TABLE articles (id INTEGER PRIMARY KEY, title TEXT NOT NULL DEFAULT '', text TEXT NOT NULL,
        utf16_length INTEGER NOT NULL, source_path TEXT NOT NULL DEFAULT '', encoding TEXT NOT NULL DEFAULT '',
        sha256 TEXT NOT NULL, blocks TEXT NOT NULL DEFAULT '[]', added TEXT NOT NULL DEFAULT ''))"_s,
    u"CREATE TABLE labels (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, colour TEXT NOT NULL)"_s,
    uR"(CREATE TABLE annotations (id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        label_id INTEGER NOT NULL REFERENCES labels(id), utf16_start INTEGER NOT NULL, utf16_end INTEGER NOT NULL,
        status TEXT NOT NULL, origin TEXT NOT NULL DEFAULT '', value TEXT, note TEXT NOT NULL DEFAULT '',
        created TEXT NOT NULL, modified TEXT NOT NULL))"_s,
    u"CREATE INDEX annotations_article ON annotations(article_id)"_s,
};

const QStringList kVersion2Changes = {
    u"ALTER TABLE labels ADD COLUMN shortcut TEXT NOT NULL DEFAULT ''"_s,
    u"ALTER TABLE annotations ADD COLUMN confidence REAL NOT NULL DEFAULT 1.0"_s,
    u"ALTER TABLE annotations ADD COLUMN author TEXT NOT NULL DEFAULT ''"_s,
    u"CREATE TABLE settings (key TEXT PRIMARY KEY, value) WITHOUT ROWID"_s,
};

const QStringList kVersion3Changes = {
    uR"(CREATE TABLE blocks (article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        position INTEGER NOT NULL, role TEXT NOT NULL, utf16_start INTEGER NOT NULL, utf16_length INTEGER NOT NULL,
        PRIMARY KEY (article_id, position)) WITHOUT ROWID)"_s,
    u"ALTER TABLE articles DROP COLUMN blocks"_s,
    u"DROP INDEX annotations_article"_s,
    u"CREATE INDEX annotations_by_article ON annotations(article_id, status)"_s,
};

const QStringList kVersion4Changes = {
    u"CREATE INDEX articles_by_sha256 ON articles(sha256)"_s,
};

void runSql(const QString &path, const QStringList &statements, const QList<QVariantList> &values = {})
{
    const QString name = u"old-"_s + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        for (qsizetype i = 0; i < statements.size(); ++i) {
            QSqlQuery query(db);
            REQUIRE(query.prepare(statements[i]));
            for (const QVariant &value : values.value(i))
                query.addBindValue(value);
            INFO(statements[i].toStdString());
            REQUIRE(query.exec());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QVariant pragma(const QString &path, const QString &statement)
{
    const QString name = u"check-"_s + path;
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(statement));
        REQUIRE(query.next());
        value = query.value(0);
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

} // namespace

TEST_CASE("Projects of every earlier schema version open and are upgraded", "[project][migration]")
{
    const int version = GENERATE(1, 2, 3, 4);
    static_assert(ProjectSchema::kVersion == 5, "add the new version's predecessor to this test");
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.hamish"_s);
    const Article article = ProjectFixtures::emojiArticle();
    const Annotation person = ProjectFixtures::emojiAnnotations().first();

    QStringList ddl = kVersion1;
    if (version >= 2)
        ddl += kVersion2Changes;
    if (version >= 3)
        ddl += kVersion3Changes;
    if (version >= 4)
        ddl += kVersion4Changes;
    ddl.append(u"PRAGMA user_version = "_s + QString::number(version));
    runSql(path, ddl);
    const QString blocks =
        uR"([{"role":"paragraph","start":0,"length":%1},{"role":"heading","start":%2,"length":%3}])"_s
            .arg(article.blocks()[0].length)
            .arg(article.blocks()[1].start)
            .arg(article.blocks()[1].length);
    runSql(path,
           {u"INSERT INTO labels (id, name, colour) VALUES (1, 'PERSON', '#e69f00'), (2, 'LOCATION', '#56b4e9')"_s,
            version >= 3 ? u"INSERT INTO articles (id, title, text, utf16_length, source_path, encoding, sha256) "
                           u"VALUES (7, ?, ?, ?, ?, 'UTF-8', ?)"_s
                         : u"INSERT INTO articles (id, title, text, utf16_length, source_path, encoding, sha256, "
                           u"blocks) VALUES (7, ?, ?, ?, ?, 'UTF-8', ?, ?)"_s,
            u"INSERT INTO annotations (id, article_id, label_id, utf16_start, utf16_end, status, origin, value, note, "
            u"created, modified) VALUES (42, 7, 1, ?, ?, 'accepted', 'user', '\"محمد\"', 'note', "
            u"'2024-01-02T03:04:05.006Z', '2024-01-02T03:04:05.006Z')"_s},
           {{},
            QVariantList{article.title(), article.text(), article.text().size(), article.sourcePath(), article.sha256()}
                + (version >= 3 ? QVariantList() : QVariantList{blocks}),
            {person.start, person.end}});
    if (version >= 3) {
        runSql(path, {u"INSERT INTO blocks VALUES (7, 0, 'paragraph', 0, ?), (7, 1, 'heading', ?, ?)"_s},
               {{article.blocks()[0].length, article.blocks()[1].start, article.blocks()[1].length}});
    }

    auto opened = ProjectFixtures::openProject(path);
    ProjectStore &project = *opened;
    CHECK_FALSE(project.isReadOnly());

    const Result<Article> stored = project.article(7);
    REQUIRE(stored);
    CHECK(stored->text() == article.text());
    REQUIRE(stored->blocks().size() == 2);
    CHECK(stored->blocks()[1].role == BlockRole::Heading);
    CHECK(stored->blocks()[1].start == article.blocks()[1].start);
    CHECK(stored->blocks()[1].length == article.blocks()[1].length);
    CHECK(stored->blocks()[1].page == 0); // a text article from before pages were kept has none
    CHECK(stored->blocks()[1].confidence == -1);
    CHECK(stored->uncertainRanges().isEmpty());

    const QList<Annotation> annotations = ProjectFixtures::must(project.annotations(7));
    REQUIRE(annotations.size() == 1);
    CHECK(annotations[0].id == 42);
    CHECK(annotations[0].label == u"PERSON");
    CHECK(annotations[0].start == person.start);
    CHECK(annotations[0].value.toString() == u"محمد");
    CHECK(annotations[0].confidence == 1.0);
    CHECK(annotations[0].created == QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5, 6), Qt::UTC));

    // The new features work on the upgraded file.
    CHECK(project.setSetting(u"lastArticle"_s, 7));
    CHECK(ProjectFixtures::must(project.labels()).first().shortcut == (version == 1 ? u"1"_s : QString()));
    CHECK(project.addAnnotation(7, ProjectFixtures::span(article.text(), u"دمشق"_s, u"LOCATION"_s)));
    const Article scanned = ProjectFixtures::scannedArticle();
    const qint64 scannedId = ProjectFixtures::must(project.addArticle(scanned));
    CHECK(ProjectFixtures::must(project.article(scannedId)).blocks() == scanned.blocks());
    CHECK(ProjectFixtures::must(project.article(scannedId)).uncertainRanges() == scanned.uncertainRanges());
    CHECK(project.checkIntegrity());
    opened.reset();
    CHECK(pragma(path, u"PRAGMA user_version"_s).toInt() == ProjectSchema::kVersion);
    // Version 4: articles are found by their text's hash through an index, not by reading every text.
    CHECK(pragma(path, u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'articles_by_sha256'"_s)
              .toInt()
          == 1);
}
