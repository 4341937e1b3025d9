// SPDX-License-Identifier: GPL-3.0-or-later
#include "../CatchQt.h"

#include "../ProjectFixtures.h"
#include "core/storage/ProjectStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace Hamish;
using namespace Qt::StringLiterals;

// A writer process is killed with SIGKILL while it commits edits one after another; the project must
// reopen (the dead process's lock is stale), pass integrity_check and hold every edit it acknowledged.
TEST_CASE("A killed writer loses at most the edit in flight", "[project][crash]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"crash.hamish"_s);
    qint64 articleId = 0;
    {
        articleId =
            ProjectFixtures::must(ProjectFixtures::createProject(path)->addArticle(ProjectFixtures::emojiArticle()));
        REQUIRE(articleId != 0);
    }

    QHash<qint64, QString> expectedNotes; // annotation id -> the note its last acknowledged edit wrote
    qint64 number = 1;
    // Kill after different amounts of work, so the kill lands at different points of a commit.
    for (const int acknowledgedBeforeKill : {1, 37, 150, 411}) {
        QProcess writer;
        writer.start(QStringLiteral(HAMISH_PROJECT_WRITER),
                     {path, QString::number(articleId), QString::number(number)});
        REQUIRE(writer.waitForStarted());
        QByteArray pending;
        int acknowledged = 0;
        const auto consume = [&] {
            pending += writer.readAllStandardOutput();
            qsizetype newline;
            while ((newline = pending.indexOf('\n')) >= 0) {
                const QList<QByteArray> fields = pending.left(newline).split(' ');
                pending.remove(0, newline + 1);
                REQUIRE(fields.size() == 3);
                const qint64 id = fields[1].toLongLong();
                const qint64 n = fields[2].toLongLong();
                expectedNotes[id] = (fields[0] == "add" ? u"edit "_s : u"updated "_s) + QString::number(n);
                number = std::max(number, n + 1);
                ++acknowledged;
            }
        };
        QElapsedTimer timer;
        timer.start();
        while (acknowledged < acknowledgedBeforeKill && timer.elapsed() < 60000) {
            INFO(writer.readAllStandardError().toStdString());
            REQUIRE(writer.state() == QProcess::Running);
            writer.waitForReadyRead(1000);
            consume();
        }
        writer.kill(); // SIGKILL: no destructors, no checkpoint, the lock file stays behind
        REQUIRE(writer.waitForFinished(10000));
        CHECK(writer.exitStatus() == QProcess::CrashExit);
        consume(); // lines that were printed before the kill were acknowledged too
        REQUIRE(acknowledged >= acknowledgedBeforeKill);

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
            REQUIRE(stored.contains(it.key()));
            if (stored.value(it.key()) != it.value()) {
                CHECK(stored.value(it.key()).startsWith(u"updated "_s));
                ++inFlight;
            }
        }
        inFlight += int(stored.size() - expectedNotes.size());
        CHECK(inFlight <= 1);
        // Carry on from what is really stored (an unacknowledged last edit may have been committed).
        for (auto it = stored.cbegin(); it != stored.cend(); ++it)
            expectedNotes[it.key()] = it.value();
        number += 1;
    }
}
