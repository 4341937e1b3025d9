// SPDX-License-Identifier: GPL-3.0-or-later
// Every operation that writes a user's work, failed at every I/O operation it makes (see ScenarioRunner.h).
// The scenarios once tagged [.known-loss] (exports, the window's Accept All, an import beyond the page cache)
// lost work before issue 15's fixes; they run with the others now.
#include "../CatchQt.h"

#include "ProjectAdapter.h"
#include "ScenarioRunner.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <cstdio>

using namespace Qt::StringLiterals;
using ProjectAdapter::Span;

namespace {

// A news paragraph with its PERSON, LOCATION and ORGANIZATION mentions.
QString paragraph(int n)
{
    return u"التقى محمد العلي في دمشق وفد منظمة الصحة العالمية يوم "_s + QString::number(n)
           + u" ووصل 🙂 إلى اللاذقية."_s;
}

QList<Span> suggestions()
{
    // UTF-16 offsets in paragraph(): محمد العلي, دمشق, منظمة الصحة العالمية, اللاذقية (after the emoji).
    const QString text = paragraph(1);
    auto span = [&](const QString &words, const QString &label) {
        const qsizetype start = text.indexOf(words);
        return Span{start, start + words.size(), label, false};
    };
    return {span(u"محمد العلي"_s, u"PERSON"_s), span(u"دمشق"_s, u"LOCATION"_s),
            span(u"منظمة الصحة العالمية"_s, u"ORGANIZATION"_s), span(u"اللاذقية"_s, u"LOCATION"_s)};
}

void require(const ProjectAdapter::Outcome &outcome)
{
    if (!outcome.ok)
        FAIL("preparing the scenario failed: " << outcome.message.toStdString());
}

// A project with `articles` articles, each with four suggestions and one accepted PERSON.
void makeProject(const QString &path, int articles)
{
    require(ProjectAdapter::create(path));
    for (int i = 1; i <= articles; ++i) {
        QList<Span> spans = suggestions();
        spans[0].accepted = i % 2 == 0;
        require(ProjectAdapter::addArticle(path, paragraph(i).repeated(1 + i % 3), spans));
    }
}

// A Hamish JSON export of `documents` articles, made by exporting a project built for it.
QByteArray exportOf(int documents)
{
    QTemporaryDir dir;
    makeProject(dir.filePath(u"source.hamish"_s), documents);
    require(ProjectAdapter::exportTo(dir.filePath(u"source.hamish"_s), u"json"_s, dir.filePath(u"out.json"_s)));
    QFile file(dir.filePath(u"out.json"_s));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

// A version-1 project, as the first release wrote it (tests/data/project-v1.sql) with 20 articles.
void writeVersion1Project(const QString &path)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, "unix")
            == SQLITE_OK);
    QFile schema(QStringLiteral(HAMISH_TEST_DATA "/project-v1.sql"));
    REQUIRE(schema.open(QIODevice::ReadOnly));
    QString sql = QString::fromUtf8(schema.readAll()) + uR"(
INSERT INTO labels VALUES (1, 'PERSON', '#e69f00');
INSERT INTO labels VALUES (2, 'LOCATION', '#56b4e9');
)"_s;
    for (int i = 1; i <= 20; ++i) {
        const QString id = QString::number(i);
        sql +=
            u"INSERT INTO articles VALUES ("_s + id + u", 'عنوان "_s + id + u"', 'التقى محمد العلي "_s + id
            + u"', 18, '', 'UTF-8', 'x"_s + id
            + u"', '[{\"role\":\"title\",\"start\":0,\"length\":5},{\"role\":\"paragraph\",\"start\":6,\"length\":12}]', '');\n"_s
            + u"INSERT INTO annotations VALUES ("_s + id + u", "_s + id
            + u", 1, 6, 10, 'accepted', 'user', NULL, '', '2024-01-02T03:04:05.006Z', '2024-01-02T03:04:05.006Z');\n"_s;
    }
    sql += u"PRAGMA user_version = 1;"_s;
    char *error = nullptr;
    const int rc = sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &error);
    const QString message = QString::fromUtf8(error ? error : "");
    sqlite3_free(error);
    sqlite3_close(db);
    INFO(message.toStdString());
    REQUIRE(rc == SQLITE_OK);
}

// Runs the scenario, prints its figures (the report lists them) and checks nothing was lost or damaged.
void verify(const Scenario &scenario, int minimumFaultPoints)
{
    const ScenarioReport report = runScenario(scenario);
    std::printf("fault scenario \"%s\": %s\n", qPrintable(scenario.name), qPrintable(report.summary()));
    std::fflush(stdout);
    INFO(scenario.name.toStdString() << ": " << report.summary().toStdString());
    // A scenario that passes no fault point injected nothing: the file layer is not in the path.
    CHECK(report.faultPoints >= minimumFaultPoints);
    if (scenario.fileFaults)
        CHECK(report.fileLimits >= 5);
    CHECK(report.violations.isEmpty());
}

// Issue 15, item 3: a failed read of the project exported what was read so far and reported success;
// QSaveFile::commit() missed a failed final flush; brat wrote into the earlier folder in place. A brat
// export into a folder holding files is asked for (--force), and its files replace their namesakes only
// once all of them are written.
Scenario exportScenario(const QString &format, const QString &output)
{
    return {u"export "_s + format,
            [output](const QString &folder) {
                // Large enough that every format writes several of Qt's 16 KiB chunks past SQLite's
                // 32 KiB shared-memory file.
                makeProject(folder + u"/p.hamish"_s, 150);
                // An earlier export that a failed one must leave alone.
                if (output.endsWith(u'/')) {
                    // brat writes a file per article: one long enough to cross Qt's buffer several times.
                    require(
                        ProjectAdapter::addArticle(folder + u"/p.hamish"_s, paragraph(0).repeated(600), suggestions()));
                    QDir().mkpath(folder + u'/' + output);
                    writeFile(folder + u'/' + output + u"old.txt"_s, "an earlier export\n");
                } else {
                    writeFile(folder + u'/' + output, "an earlier export\n");
                }
            },
            [format, output](const QString &folder) {
                return ProjectAdapter::exportTo(folder + u"/p.hamish"_s, format, folder + u'/' + output);
            },
            {u"p.hamish"_s},
            {output},
            true};
}

} // namespace

TEST_CASE("Creating a project keeps no half-made file", "[fault]")
{
    verify({u"create"_s,
            [](const QString &) {},
            [](const QString &folder) { return ProjectAdapter::create(folder + u"/p.hamish"_s); },
            {u"p.hamish"_s},
            {},
            false},
           5);
}

TEST_CASE("Adding an article adds it with its suggestions or not at all", "[fault]")
{
    verify({u"add article"_s,
            [](const QString &folder) { makeProject(folder + u"/p.hamish"_s, 2); },
            [](const QString &folder) {
                return ProjectAdapter::addArticle(folder + u"/p.hamish"_s, paragraph(99), suggestions());
            },
            {u"p.hamish"_s},
            {},
            false},
           5);
}

TEST_CASE("Importing a file imports all of it or nothing", "[fault]")
{
    const QByteArray json = exportOf(12);
    verify({u"import"_s,
            [](const QString &folder) { makeProject(folder + u"/p.hamish"_s, 2); },
            [json](const QString &folder) { return ProjectAdapter::importJson(folder + u"/p.hamish"_s, json, true); },
            {u"p.hamish"_s},
            {},
            false},
           10);
}

// An import larger than SQLite's page cache (2 MiB by default) writes to the log before it commits, so a full
// disk fails a statement in the middle of the transaction: SQLite then rolls the whole transaction back, and
// whatever runs after that must not go on committing on its own.
TEST_CASE("Importing a file larger than the page cache imports all of it or nothing", "[fault]")
{
    QByteArray json;
    {
        QTemporaryDir dir;
        const QString source = dir.filePath(u"source.hamish"_s);
        require(ProjectAdapter::create(source));
        for (int i = 1; i <= 120; ++i)
            require(ProjectAdapter::addArticle(source, paragraph(i).repeated(200), suggestions()));
        require(ProjectAdapter::exportTo(source, u"json"_s, dir.filePath(u"out.json"_s)));
        QFile file(dir.filePath(u"out.json"_s));
        REQUIRE(file.open(QIODevice::ReadOnly));
        json = file.readAll();
    }
    REQUIRE(json.size() > 3 * 1024 * 1024);
    Scenario scenario{
        u"import beyond the page cache"_s,
        [](const QString &folder) { makeProject(folder + u"/p.hamish"_s, 2); },
        [json](const QString &folder) { return ProjectAdapter::importJson(folder + u"/p.hamish"_s, json, true); },
        {u"p.hamish"_s},
        {},
        false};
    scenario.samplePoints = 60;
    verify(scenario, 200);
}

TEST_CASE("Accepting a suggestion is kept or not made", "[fault]")
{
    verify({u"edit: accept one suggestion"_s,
            [](const QString &folder) { makeProject(folder + u"/p.hamish"_s, 2); },
            [](const QString &folder) { return ProjectAdapter::acceptFirstSuggestion(folder + u"/p.hamish"_s); },
            {u"p.hamish"_s},
            {},
            false},
           3);
}

// Issue 15, item 6: each annotation was committed on its own, so a failure midway left the first ones
// accepted and the rest not, and the window was not told. Now one transaction, one undo step.
TEST_CASE("Accept All in the window accepts all of them or none", "[fault]")
{
    verify({u"edit: accept all LOCATION suggestions (window)"_s,
            [](const QString &folder) {
                const QString path = folder + u"/p.hamish"_s;
                require(ProjectAdapter::create(path));
                QList<Span> spans = suggestions();
                const QString text = paragraph(1).repeated(4);
                for (int copy = 1; copy < 4; ++copy) {
                    for (const Span &span : suggestions())
                        spans.append({span.start + copy * paragraph(1).size(), span.end + copy * paragraph(1).size(),
                                      span.label, false});
                }
                require(ProjectAdapter::addArticle(path, text, spans));
            },
            [](const QString &folder) {
                return ProjectAdapter::acceptAllSuggestions(folder + u"/p.hamish"_s, u"LOCATION"_s);
            },
            {u"p.hamish"_s},
            {},
            false},
           3);
}

// The curation panel's Take Side removes the curated spans of a row and adds the annotator's: one transaction,
// so a failure between the two leaves the curated layer as it was, never without both.
TEST_CASE("Taking an annotator's side in curation replaces the curated spans or changes nothing", "[fault]")
{
    verify({u"edit: take omar's side on a curated row"_s,
            [](const QString &folder) {
                const QString path = folder + u"/p.hamish"_s;
                require(ProjectAdapter::create(path));
                QList<Span> spans;
                for (const Span &span : suggestions()) {
                    spans.append({span.start, span.end, span.label, true, u"salma"_s});
                    spans.append({span.start, span.end, span.label, true, u"curation"_s});
                    spans.append({span.start, span.end, span.label == u"LOCATION" ? u"ORGANIZATION"_s : span.label,
                                  true, u"omar"_s});
                }
                require(ProjectAdapter::addArticle(path, paragraph(1), spans));
            },
            [](const QString &folder) { return ProjectAdapter::takeCurationSide(folder + u"/p.hamish"_s, u"omar"_s); },
            {u"p.hamish"_s},
            {},
            false},
           3);
}

TEST_CASE("Editing the label set changes every annotation or none", "[fault]")
{
    QHash<QString, QString> renames{{u"PERSON"_s, u"PER"_s}};
    verify({u"edit: rename PERSON, remove LOCATION"_s,
            [](const QString &folder) { makeProject(folder + u"/p.hamish"_s, 3); },
            [renames](const QString &folder) {
                return ProjectAdapter::replaceLabels(folder + u"/p.hamish"_s, {u"PER"_s, u"ORGANIZATION"_s}, renames);
            },
            {u"p.hamish"_s},
            {},
            false},
           3);
}

TEST_CASE("A setting is stored or left as it was", "[fault]")
{
    verify({u"edit: setting"_s,
            [](const QString &folder) { makeProject(folder + u"/p.hamish"_s, 1); },
            [](const QString &folder) {
                return ProjectAdapter::setSetting(folder + u"/p.hamish"_s, u"ui/lastArticle"_s, u"1"_s);
            },
            {u"p.hamish"_s},
            {},
            false},
           3);
}

TEST_CASE("Removing an article removes it with its annotations or not at all", "[fault]")
{
    verify({u"edit: remove article"_s,
            [](const QString &folder) { makeProject(folder + u"/p.hamish"_s, 3); },
            [](const QString &folder) { return ProjectAdapter::removeFirstArticle(folder + u"/p.hamish"_s); },
            {u"p.hamish"_s},
            {},
            false},
           3);
}

TEST_CASE("Upgrading an old project upgrades all of it or leaves it as it was", "[fault]")
{
    verify({u"upgrade from version 1"_s,
            [](const QString &folder) { writeVersion1Project(folder + u"/p.hamish"_s); },
            [](const QString &folder) { return ProjectAdapter::open(folder + u"/p.hamish"_s); },
            {u"p.hamish"_s},
            {},
            false},
           5);
}

TEST_CASE("Save a Copy writes a complete copy or leaves the earlier one", "[fault]")
{
    verify({u"save a copy"_s,
            [](const QString &folder) {
                makeProject(folder + u"/p.hamish"_s, 5);
                makeProject(folder + u"/copy.hamish"_s, 1); // an earlier copy
            },
            [](const QString &folder) {
                return ProjectAdapter::saveCopy(folder + u"/p.hamish"_s, folder + u"/copy.hamish"_s);
            },
            {u"p.hamish"_s, u"copy.hamish"_s},
            {},
            false},
           3);
}

TEST_CASE("A JSON export is complete or the earlier file is untouched", "[fault]")
{
    verify(exportScenario(u"json"_s, u"out.json"_s), 0);
}

TEST_CASE("A doccano export is complete or the earlier file is untouched", "[fault]")
{
    verify(exportScenario(u"jsonl"_s, u"out.jsonl"_s), 0);
}

TEST_CASE("A CoNLL export is complete or the earlier file is untouched", "[fault]")
{
    verify(exportScenario(u"conll"_s, u"out.conll"_s), 0);
}

TEST_CASE("A Web Annotation export is complete or the earlier file is untouched", "[fault]")
{
    verify(exportScenario(u"webanno"_s, u"out.jsonld"_s), 0);
}

TEST_CASE("A brat export is complete or the earlier folder is untouched", "[fault]")
{
    verify(exportScenario(u"brat"_s, u"brat/"_s), 0);
}
