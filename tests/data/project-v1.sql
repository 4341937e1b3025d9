-- The tables of a version-1 project, exactly as the first release of Hamish created them (for upgrade
-- tests and fuzz seeds; tests/core/tst_migration.cpp holds the same statements with those of later versions).
PRAGMA application_id = 1212239187;
CREATE TABLE articles (id INTEGER PRIMARY KEY, title TEXT NOT NULL DEFAULT '', text TEXT NOT NULL,
    utf16_length INTEGER NOT NULL, source_path TEXT NOT NULL DEFAULT '', encoding TEXT NOT NULL DEFAULT '',
    sha256 TEXT NOT NULL, blocks TEXT NOT NULL DEFAULT '[]', added TEXT NOT NULL DEFAULT '');
CREATE TABLE labels (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, colour TEXT NOT NULL);
CREATE TABLE annotations (id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    label_id INTEGER NOT NULL REFERENCES labels(id), utf16_start INTEGER NOT NULL, utf16_end INTEGER NOT NULL,
    status TEXT NOT NULL, origin TEXT NOT NULL DEFAULT '', value TEXT, note TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL, modified TEXT NOT NULL);
CREATE INDEX annotations_article ON annotations(article_id);
