#!/usr/bin/env bash
# Builds seed corpora for the fuzz targets with the normal build's `hamish` and sqlite3:
#   tests/fuzz/make-seeds.sh BUILD_DIR OUT_DIR
# OUT_DIR/json: an export and doccano lines; OUT_DIR/project: a current project and a version-1 one.
set -euo pipefail
hamish="$1/hamish"
out="$2"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out/json" "$out/project"
printf '🙂 التقى محمد العلي في دمشق.\n\nوقال إن 2500 طن من القمح وصلت.' > "$work/a.txt"
"$hamish" new "$work/p.hamish" "$work/a.txt" > /dev/null
printf '{"text":"🙂 التقى محمد العلي في دمشق.\\n\\nوقال إن 2500 طن من القمح وصلت.","label":[[8,18,"PERSON"],[22,26,"LOCATION"],[37,44,"QUANTITY"]]}\n' > "$work/d.jsonl"
"$hamish" import "$work/p.hamish" "$work/d.jsonl" > /dev/null
"$hamish" export "$work/p.hamish" --format json -o "$out/json/export.json"
"$hamish" export "$work/p.hamish" --format jsonl -o "$out/json/doccano.jsonl"
cp "$work/p.hamish" "$out/project/current.hamish"
sqlite3 "$out/project/v1.hamish" <<'SQL'
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
INSERT INTO labels VALUES (1, 'PERSON', '#e69f00');
INSERT INTO articles VALUES (1, 'عنوان', 'التقى محمد العلي', 16, '', 'UTF-8', 'x',
    '[{"role":"title","start":0,"length":5},{"role":"paragraph","start":6,"length":10}]', '');
INSERT INTO annotations VALUES (1, 1, 1, 6, 10, 'accepted', 'user', '"محمد"', '', '2024-01-02T03:04:05.006Z', '2024-01-02T03:04:05.006Z');
PRAGMA user_version = 1;
SQL
ls -l "$out"/*
