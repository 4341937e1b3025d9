// SPDX-License-Identifier: GPL-3.0-or-later
// The fault layers themselves: a fault test whose faults never reach the code under test passes for nothing.
#include "../CatchQt.h"

#include "FaultVfs.h"
#include "FileSizeLimit.h"
#include "ProjectAdapter.h"
#include "ProjectDump.h"

#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>

#include <cerrno>

using namespace Qt::StringLiterals;

TEST_CASE("The fault VFS sits under the connections Qt's SQLite driver opens", "[fault][machinery]")
{
    QTemporaryDir dir;
    FaultVfs::startCounting();
    REQUIRE(ProjectAdapter::create(dir.filePath(u"a.hamish"_s)).ok);
    const int points = FaultVfs::count();
    CHECK(points >= 5); // the file is created, written and synced through the wrapper
    CHECK(FaultVfs::describe(1).startsWith(u"open"_s));

    // Failing the first write makes creating a project fail.
    FaultVfs::arm(1, FaultVfs::Mode::Persistent);
    const ProjectAdapter::Outcome failed = ProjectAdapter::create(dir.filePath(u"b.hamish"_s));
    FaultVfs::disarm();
    CHECK_FALSE(failed.ok);
    CHECK(FaultVfs::failures() >= 1);

    // And the same operation passes the same points again: the runner can aim at each one.
    FaultVfs::startCounting();
    REQUIRE(ProjectAdapter::create(dir.filePath(u"c.hamish"_s)).ok);
    CHECK(FaultVfs::count() == points);
}

TEST_CASE("A transient fault fails only the point it is aimed at", "[fault][machinery]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"a.hamish"_s);
    REQUIRE(ProjectAdapter::create(path).ok);
    FaultVfs::startCounting();
    REQUIRE(ProjectAdapter::setSetting(path, u"k"_s, u"1"_s).ok);
    const int points = FaultVfs::count();
    REQUIRE(points >= 2);
    FaultVfs::arm(points, FaultVfs::Mode::Once);
    (void)ProjectAdapter::setSetting(path, u"k"_s, u"2"_s);
    FaultVfs::disarm();
    CHECK(FaultVfs::failures() == 1);
}

TEST_CASE("A file size limit makes plain writes fail as a full disk does", "[fault][machinery]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"f.txt"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    {
        const FileSizeLimit limit(10);
        REQUIRE(limit.active());
        CHECK(file.write(QByteArray(4, 'a')) == 4);
        // The write that crosses the limit writes what fits; the next one fails.
        const qint64 written = file.write(QByteArray(100, 'b'));
        CHECK(written == 6);
        CHECK(file.write(QByteArray(1, 'c')) == -1);
    }
    file.close();
    CHECK(QFileInfo(path).size() == 10);
    // The limit is gone again.
    REQUIRE(file.open(QIODevice::Append));
    CHECK(file.write(QByteArray(100, 'd')) == 100);
}

// Qt 6.4's QSaveFile::commit() closes the device, which flushes its buffer; a failing flush is recorded as
// the device's error but commit() does not look at it and renames the short temporary file over the
// target. Exporters must flush and check by hand before commit(). When this test fails, Qt has fixed it.
TEST_CASE("QSaveFile::commit() reports success after its final flush failed (Qt 6.4)", "[fault][machinery]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"export.json"_s);
    {
        QFile earlier(path);
        REQUIRE(earlier.open(QIODevice::WriteOnly));
        earlier.write("an earlier export, complete\n");
    }
    QSaveFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    bool committed = false;
    {
        const FileSizeLimit limit(100);
        CHECK(file.write(QByteArray(1000, 'x')) == 1000); // buffered: nothing reached the disk yet
        committed = file.commit();
    }
    CHECK(committed);
    CHECK(QFileInfo(path).size() == 100); // the earlier file is replaced by a truncated one
}

TEST_CASE("The canonical dump tells states apart and ignores write times only", "[fault][machinery]")
{
    QTemporaryDir dir;
    const QString a = dir.filePath(u"a.hamish"_s), b = dir.filePath(u"b.hamish"_s);
    REQUIRE(ProjectAdapter::create(a).ok);
    REQUIRE(ProjectAdapter::create(b).ok);
    const QString text = u"التقى محمد العلي في دمشق."_s;
    REQUIRE(ProjectAdapter::addArticle(a, text, {{6, 10, u"PERSON"_s, false}}).ok);
    REQUIRE(ProjectAdapter::addArticle(b, text, {{6, 10, u"PERSON"_s, false}}).ok);
    CHECK(ProjectDump::read(a).dump == ProjectDump::read(b).dump); // added at different times
    CHECK(ProjectDump::read(a).integrity == u"ok");
    REQUIRE(ProjectAdapter::acceptFirstSuggestion(b).ok);
    CHECK(ProjectDump::read(a).dump != ProjectDump::read(b).dump);
    CHECK(ProjectDump::read(dir.filePath(u"none.hamish"_s)).dump == u"absent");
}
