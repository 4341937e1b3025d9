#!/usr/bin/env bash
# Builds seed corpora for the fuzz targets with the normal build's `hamish` and sqlite3:
#   tests/fuzz/make-seeds.sh BUILD_DIR OUT_DIR
# OUT_DIR/json: an export and doccano lines; OUT_DIR/project: a current project and a version-1 one;
# OUT_DIR/html, OUT_DIR/text, OUT_DIR/encoding: small articles in each encoding the importer reads, pages
# with entities, charset declarations and stray '<', and broken UTF-8/UTF-16 (iconv makes the encodings).
set -euo pipefail
hamish="$1/hamish"
out="$2"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out/json" "$out/project" "$out/html" "$out/text" "$out/encoding"
printf '🙂 التقى محمد العلي في دمشق.\n\nوقال إن 2500 طن من القمح وصلت.' > "$work/a.txt"
"$hamish" new "$work/p.hamish" "$work/a.txt" > /dev/null
printf '{"text":"🙂 التقى محمد العلي في دمشق.\\n\\nوقال إن 2500 طن من القمح وصلت.","label":[[8,18,"PERSON"],[22,26,"LOCATION"],[37,44,"QUANTITY"]]}\n' > "$work/d.jsonl"
"$hamish" import "$work/p.hamish" "$work/d.jsonl" > /dev/null
"$hamish" export "$work/p.hamish" --format json -o "$out/json/export.json"
"$hamish" export "$work/p.hamish" --format jsonl -o "$out/json/doccano.jsonl"
cp "$work/p.hamish" "$out/project/current.hamish"
sqlite3 "$out/project/v1.hamish" < "$(dirname "$0")/../data/project-v1.sql"
sqlite3 "$out/project/v1.hamish" <<'SQL'
INSERT INTO labels VALUES (1, 'PERSON', '#e69f00');
INSERT INTO articles VALUES (1, 'عنوان', 'التقى محمد العلي', 16, '', 'UTF-8', 'x',
    '[{"role":"title","start":0,"length":5},{"role":"paragraph","start":6,"length":10}]', '');
INSERT INTO annotations VALUES (1, 1, 1, 6, 10, 'accepted', 'user', '"محمد"', '', '2024-01-02T03:04:05.006Z', '2024-01-02T03:04:05.006Z');
PRAGMA user_version = 1;
SQL

# Plain-text articles: a headline, a caption, paragraphs; in every encoding a user can choose.
article='انطلاق الجولة الخامسة من المحادثات
جانب من الجلسة. أ.ف.ب

أعلنت وزارة الخارجية في بيان رسمي أن الوفد سيصل إلى العاصمة صباح الغد، وأن المحادثات ستتناول الأوضاع.
قالت منظمة FAO إن 2500 طن من القمح وصلت إلى ميناء اللاذقية أمس.'
printf '%s\n' "$article" > "$out/text/utf8.txt"
printf '\xEF\xBB\xBF%s\r\n' "$article" > "$out/text/utf8-bom-crlf.txt"
printf '%s\n' "$article" | iconv -f UTF-8 -t CP1256 > "$out/text/windows-1256.txt"
printf '%s\n' "$article" | iconv -f UTF-8 -t UTF-16 > "$out/text/utf16-bom.txt"
printf '%s\n' "$article" | iconv -f UTF-8 -t UTF-16BE > "$out/text/utf16be.txt"
printf 'محمد في دمشق\n' | iconv -f UTF-8 -t ISO-8859-6 > "$out/text/iso-8859-6.txt"
{ printf '\xFF\xFE'; printf 'سورية' | iconv -f UTF-8 -t UTF-16LE; printf '\x3D\xD8A\x00'; } > "$out/text/utf16-lone-surrogate.txt"
printf 'سورية \xFF\xC3 \xED\xA0\xBD \xF0\x9F\x99\x82\n' > "$out/text/utf8-broken.txt"

# Web pages: furniture around an <article>, entities, charset declarations, stray '<'.
page='<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="%s"><title>عنوان الصفحة</title>
<style>p{}</style></head><body><nav><a href="/">الرئيسية</a></nav><script>var a="<p>x</p>";</script>
<article><h1>انطلاق الجولة</h1><h2>وزراء</h2><figure><img src="a.jpg"><figcaption>الجلسة. أ.ف.ب</figcaption></figure>
<p>قال &laquo;المصدر&raquo; إن &#1575;&#x644;وفد وصل &amp; غادر &a 3<5 و <و> &#x1F642;.</p><!-- c --><![CDATA[x]]>
<aside><p>اقرأ أيضاً</p></aside></article><footer>تويتر</footer></body></html>'
printf "$page" utf-8 > "$out/html/utf8.html"
printf "$page" windows-1256 | iconv -f UTF-8 -t CP1256 > "$out/html/windows-1256.html"
printf '<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-6"></head><body><p>%s</p></body></html>' \
    "$(printf 'محمد في دمشق' | iconv -f UTF-8 -t ISO-8859-6)" > "$out/html/iso-8859-6.html"
printf "$page" utf-16 | iconv -f UTF-8 -t UTF-16 > "$out/html/utf16.html"
printf '<main><p>3<5 و a</b c</ 5> &amp x; &#xD83D; <textarea>&lt;</textarea></p></main>' > "$out/html/edge.html"

# The encoding detector: the same articles and pages.
cp "$out/text/"* "$out/html/"* "$out/encoding/"
ls -l "$out"/*
