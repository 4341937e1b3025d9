// SPDX-License-Identifier: GPL-3.0-or-later
#include "../CatchQt.h"

#include "../ProjectFixtures.h"
#include "core/storage/ProjectStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>

using namespace Hamish;
using namespace Qt::StringLiterals;

namespace {

// Runs the writer with `arguments`, hands each line it prints (split at spaces) to `onLine`, and kills it
// with SIGKILL (no destructors, no checkpoint, the lock file stays behind) once it has printed `lines`.
void runWriterAndKill(const QStringList &arguments, int lines,
                      const std::function<void(const QList<QByteArray> &)> &onLine)
{
    QProcess writer;
    writer.start(QStringLiteral(HAMISH_PROJECT_WRITER), arguments);
    REQUIRE(writer.waitForStarted());
    QByteArray pending;
    int seen = 0;
    const auto consume = [&] {
        pending += writer.readAllStandardOutput();
        qsizetype newline;
        while ((newline = pending.indexOf('\n')) >= 0) {
            const QList<QByteArray> fields = pending.left(newline).split(' ');
            pending.remove(0, newline + 1);
            REQUIRE(fields.size() == 3);
            onLine(fields);
            ++seen;
        }
    };
    QElapsedTimer timer;
    timer.start();
    while (seen < lines && timer.elapsed() < 60000) {
        INFO(writer.readAllStandardError().toStdString());
        REQUIRE(writer.state() == QProcess::Running);
        writer.waitForReadyRead(1000);
        consume();
    }
    writer.kill();
    REQUIRE(writer.waitForFinished(10000));
    CHECK(writer.exitStatus() == QProcess::CrashExit);
    consume(); // lines that were printed before the kill were acknowledged too
    REQUIRE(seen >= lines);
}

} // namespace

// A writer process is killed with SIGKILL while it commits edits one after another; the project must
// reopen (the dead process's lock is stale), pass integrity_check and hold every edit it acknowledged. The
// edits go through the store (as the command line makes them) or through undo commands on a document (as
// the window makes them, undoing and redoing now and then).
TEST_CASE("A killed writer loses at most the edit in flight", "[project][crash]")
{
    const QString mode = GENERATE(u"store"_s, u"document"_s);
    INFO("edits made through the " << mode.toStdString());
    QTemporaryDir dir;
    const QString path = dir.filePath(u"crash.hamish"_s);
    qint64 articleId = 0;
    {
        articleId =
            ProjectFixtures::must(ProjectFixtures::createProject(path)->addArticle(ProjectFixtures::emojiArticle()));
        REQUIRE(articleId != 0);
    }

    QHash<qint64, QString> expectedNotes; // annotation id -> the note its last acknowledged edit wrote
    QHash<qint64, QString> undone;        // annotations whose add was undone (and not yet redone)
    qint64 lastAdded = 0;                 // the annotation the last acknowledged add (or redo) made
    qint64 number = 1;
    // Kill after different amounts of work, so the kill lands at different points of a commit.
    for (const int acknowledgedBeforeKill : {1, 37, 150, 411}) {
        runWriterAndKill({mode, path, QString::number(articleId), QString::number(number)}, acknowledgedBeforeKill,
                         [&](const QList<QByteArray> &fields) {
                             const qint64 id = fields[1].toLongLong();
                             const qint64 n = fields[2].toLongLong();
                             if (fields[0] == "add" || fields[0] == "redo")
                                 lastAdded = id;
                             if (fields[0] == "undo")
                                 undone[id] = expectedNotes.take(id);
                             else if (fields[0] == "redo")
                                 expectedNotes[id] = undone.take(id);
                             else
                                 expectedNotes[id] =
                                     (fields[0] == "add" ? u"edit "_s : u"updated "_s) + QString::number(n);
                             number = std::max(number, n + 1);
                         });

        const auto reopened = ProjectFixtures::openProject(path);
        CHECK_FALSE(reopened->isReadOnly()); // the dead writer's lock is stale
        CHECK(reopened->checkIntegrity());
        QHash<qint64, QString> stored;
        for (const Annotation &annotation : ProjectFixtures::must(reopened->annotations(articleId)))
            stored.insert(annotation.id, annotation.note);
        // Every acknowledged edit is there; the one edit in flight when the kill came (an annotation
        // added, or an earlier one updated, but not yet acknowledged) may or may not be.
        int inFlight = 0;
        for (auto it = expectedNotes.cbegin(); it != expectedNotes.cend(); ++it) {
            INFO("annotation " << it.key());
            if (!stored.contains(it.key())) {
                // Only the annotation just added can be gone: its undo was in flight.
                REQUIRE(it.key() == lastAdded);
                ++inFlight;
                continue;
            }
            if (stored.value(it.key()) != it.value()) {
                CHECK(stored.value(it.key()).startsWith(u"updated "_s));
                ++inFlight;
            }
        }
        for (auto it = stored.cbegin(); it != stored.cend(); ++it)
            inFlight += expectedNotes.contains(it.key()) ? 0 : 1; // added, or redone, but not acknowledged
        CHECK(inFlight <= 1);
        undone.clear();
        // Carry on from what is really stored (an unacknowledged last edit may have been committed).
        expectedNotes = stored;
        number += 1;
    }
}

// A writer process imports one exchange file after another and is killed midway: every import it
// acknowledged is there whole (the document with all its annotations), the one in flight whole or not at all.
TEST_CASE("A killed import keeps every acknowledged import whole and nothing of a half-done one", "[project][crash]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"crash.hamish"_s);
    ProjectFixtures::createProject(path);
    qint64 number = 1;
    QSet<qint64> acknowledged;
    for (const int importsBeforeKill : {1, 9, 40}) {
        runWriterAndKill({u"import"_s, path, u"0"_s, QString::number(number)}, importsBeforeKill,
                         [&](const QList<QByteArray> &fields) {
                             REQUIRE(fields[0] == "import");
                             acknowledged.insert(fields[2].toLongLong());
                             number = std::max(number, fields[2].toLongLong() + 1);
                         });

        const auto reopened = ProjectFixtures::openProject(path);
        CHECK_FALSE(reopened->isReadOnly());
        CHECK(reopened->checkIntegrity());
        QSet<qint64> stored;
        for (const ArticleSummary &summary : ProjectFixtures::must(reopened->articles())) {
            const QString text = ProjectFixtures::must(reopened->article(summary.id)).text();
            const qint64 n = text.section(u' ', -1).toLongLong();
            stored.insert(n);
            // Whole: the document with all three of its annotations, never a part.
            CHECK(ProjectFixtures::must(reopened->annotations(summary.id)).size() == 3);
        }
        for (const qint64 n : std::as_const(acknowledged)) {
            INFO("import " << n);
            CHECK(stored.contains(n));
        }
        CHECK(stored.size() - acknowledged.size() <= 1); // the one in flight
        acknowledged = stored;
        number += 1;
    }
}
