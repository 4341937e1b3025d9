// SPDX-License-Identifier: GPL-3.0-or-later
// Opening, creating and copying a project file: how a file is recognised and checked before anything
// writes to it, the lock beside it, and the consistent copy of Save As. The rest of the store is in
// SqliteProjectStore.cpp.
#include "core/storage/SqliteProjectStorePrivate.h"

#include "core/storage/ProjectFileHeader.h"
#include "core/storage/ProjectSchema.h"
#include "core/storage/Sql.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Hamish {

using namespace SqliteDetail;

SqliteProjectStore::SqliteProjectStore()
    : d(std::make_unique<Private>())
{}

SqliteProjectStore::~SqliteProjectStore() = default;

Result<std::unique_ptr<SqliteProjectStore>> SqliteProjectStore::create(const QString &path, const QList<Label> &labels)
{
    if (QFileInfo::exists(path)) {
        return Error(tr("%1 already exists: choose another name, or open it instead.").arg(nativeName(path)),
                     Error::Kind::AlreadyExists);
    }
    // Build the file under a temporary name and rename it into place, so a half-made project never
    // appears under the user's name.
    const QString temporary = path + u".new-"_s + QString::number(QCoreApplication::applicationPid());
    QFile::remove(temporary);
    QString error;
    {
        QSqlDatabase db = openConnection(temporary, false, &error);
        bool ok = db.isOpen() && db.transaction();
        ok = ok && ProjectSchema::create(db, &error);
        for (const Label &label : labels) {
            ok = ok
                 && Sql::exec(db, u"INSERT INTO labels (name, colour, shortcut) VALUES (?, ?, ?)"_s,
                              {label.name, label.colour, label.shortcut}, &error);
        }
        ok = ok && db.commit();
        ok = ok && ProjectSchema::stamp(db, &error) && Sql::exec(db, u"PRAGMA journal_mode = WAL"_s, {}, &error);
        closeConnection(db);
        if (!ok || !QFile::rename(temporary, path)) {
            QFile::remove(temporary);
            if (error.isEmpty())
                error = tr("the folder may not be writable");
            return Error(tr("Cannot create %1: %2").arg(nativeName(path), error));
        }
    }
    return open(path, OpenMode::ReadWrite);
}

Result<std::unique_ptr<SqliteProjectStore>> SqliteProjectStore::open(const QString &path, OpenMode mode)
{
    const QString name = nativeName(path);
    const QFileInfo info(path);
    if (!info.exists())
        return Error(tr("%1 does not exist.").arg(name), Error::Kind::NotFound);
    if (info.isDir())
        return Error(tr("%1 is a folder, not a project file.").arg(name), Error::Kind::Unreadable);

    // Classify the file from its header before SQLite touches it.
    QString error;
    const ProjectFileHeader header = ProjectFileHeader::read(path, &error);
    if (!error.isEmpty())
        return Error(tr("Cannot read %1: %2").arg(name, error), Error::Kind::Unreadable);
    const QString untouched = u' ' + tr("The file was not changed.");
    const Error notAProject(tr("%1 is an SQLite database but not a Hamish project.").arg(name) + untouched,
                            Error::Kind::Unsupported);
    if (!header.isSqlite()) {
        return Error(
            tr("%1 is not a Hamish project: it is not an SQLite database, or its beginning is damaged.").arg(name)
                + untouched,
            Error::Kind::Unsupported);
    }
    if (header.applicationId() != ProjectSchema::kApplicationId)
        return notAProject;
    if (header.userVersion() > quint32(ProjectSchema::kVersion)) {
        return Error(tr("%1 was saved by a newer version of Hamish (project format %2, this Hamish reads up to %3). "
                        "Update Hamish to open it.")
                             .arg(name, QString::number(header.userVersion()), QString::number(ProjectSchema::kVersion))
                         + untouched,
                     Error::Kind::NewerVersion);
    }

    std::unique_ptr<SqliteProjectStore> project(new SqliteProjectStore);
    Private &p = *project->d;
    p.path = path;
    p.readOnly = mode == OpenMode::ReadOnly;
    if (mode == OpenMode::ReadWrite) {
        if (!info.isWritable()) {
            p.readOnly = true;
            p.readOnlyReason = tr("%1 is a read-only file: opened read-only.").arg(name);
        } else {
            p.lock = std::make_unique<QLockFile>(path + u".lock"_s);
            // A lock left by a process that died is stale whatever its age; a live one never is.
            p.lock->setStaleLockTime(0);
            if (!p.lock->tryLock(0)) {
                qint64 pid = 0;
                QString host, application;
                const bool known = p.lock->getLockInfo(&pid, &host, &application);
                p.readOnly = true;
                if (p.lock->error() != QLockFile::LockFailedError) {
                    p.readOnlyReason =
                        tr("%1: cannot create a lock file beside it (is the folder writable?): opened read-only.")
                            .arg(name);
                } else if (known) {
                    p.readOnlyReason = tr("%1 is open in another Hamish (process %2 on %3): opened read-only. "
                                          "Close it there to edit here.")
                                           .arg(name, QString::number(pid), host);
                } else {
                    p.readOnlyReason =
                        tr("%1 is open in another Hamish: opened read-only. Close it there to edit here.").arg(name);
                }
                p.lock.reset();
            }
        }
    }

    // Check the database with a read-only connection, so a damaged file is refused before anything writes.
    int schemaVersion = 0;
    {
        QSqlDatabase check = openConnection(path, true, &error);
        QVariant applicationId, version, quickCheck;
        if (check.isOpen()) {
            applicationId = Sql::scalar(check, u"PRAGMA application_id"_s, {}, &error);
            version = Sql::scalar(check, u"PRAGMA user_version"_s, {}, &error);
            quickCheck = Sql::scalar(check, u"PRAGMA quick_check"_s, {}, &error);
        }
        closeConnection(check);
        if (!quickCheck.isValid() || quickCheck.toString() != u"ok"_s) {
            const QString details = quickCheck.isValid() ? quickCheck.toString() : error;
            return Error(tr("%1 is a Hamish project but its database is damaged (%2). Restore it from a copy.")
                                 .arg(name, details)
                             + untouched,
                         Error::Kind::Corrupt);
        }
        if (applicationId.toLongLong() != ProjectSchema::kApplicationId)
            return notAProject;
        if (version.toInt() > ProjectSchema::kVersion) {
            return Error(tr("%1 was saved by a newer version of Hamish: update Hamish to open it.").arg(name)
                             + untouched,
                         Error::Kind::NewerVersion);
        }
        if (version.toInt() < ProjectSchema::kVersion && p.readOnly) {
            return Error(tr("%1 was saved by an older Hamish and must be upgraded, which needs write access.").arg(name)
                             + u' ' + p.readOnlyReason + untouched,
                         Error::Kind::Locked);
        }
        // The header read above may lag behind the write-ahead log; this query is authoritative.
        schemaVersion = version.toInt();
    }

    p.db = openConnection(path, p.readOnly, &error);
    bool ok = p.db.isOpen();
    if (ok && !p.readOnly) {
        // WAL with synchronous=FULL: each commit is one append and one fsync, durable when it returns;
        // a killed process leaves the file valid and loses at most the transaction it was writing.
        ok = Sql::exec(p.db, u"PRAGMA journal_mode = WAL"_s, {}, &error)
             && Sql::exec(p.db, u"PRAGMA synchronous = FULL"_s, {}, &error)
             && Sql::exec(p.db, u"PRAGMA foreign_keys = ON"_s, {}, &error);
        if (ok && schemaVersion < ProjectSchema::kVersion) {
            ok = p.db.transaction() && ProjectSchema::migrate(p.db, schemaVersion, &error);
            ok = ok ? p.db.commit() : (p.db.rollback(), false);
            if (!ok) {
                return Error(
                    tr("Cannot upgrade %1 from project format %2: %3").arg(name, QString::number(schemaVersion), error)
                    + untouched);
            }
        }
    }
    if (!ok)
        return Error(tr("Cannot open %1: %2").arg(name, error));
    return project;
}

QString SqliteProjectStore::location() const
{
    return d->path;
}

QString SqliteProjectStore::displayName() const
{
    return nativeName(d->path);
}

bool SqliteProjectStore::isReadOnly() const
{
    return d->readOnly;
}

QString SqliteProjectStore::readOnlyReason() const
{
    return d->readOnlyReason;
}

Result<void> SqliteProjectStore::saveCopy(const QString &path)
{
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(d->path).absoluteFilePath())
        return Error(tr("Choose another file name: a copy cannot replace the project itself."), Error::Kind::Invalid);
    if (d->transactionDepth > 0)
        return Error(tr("Cannot save a copy in the middle of an edit."));
    // VACUUM INTO writes a consistent, compact snapshot; the rename makes it appear all at once.
    const QString temporary = path + u".part-"_s + QString::number(QCoreApplication::applicationPid());
    QFile::remove(temporary);
    QString error;
    if (!Sql::exec(d->db, u"VACUUM INTO ?"_s, {temporary}, &error)) {
        QFile::remove(temporary);
        return Error(tr("Cannot write %1: %2").arg(nativeName(path), error));
    }
    QFile written(temporary);
    const bool synced = written.open(QIODevice::ReadWrite) && ::fsync(written.handle()) == 0;
    written.close();
    if (!synced || std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(temporary);
        return Error(tr("Cannot write %1: the folder may not be writable.").arg(nativeName(path)));
    }
    return {};
}

Result<void> SqliteProjectStore::checkIntegrity() const
{
    const Result<QSqlQuery *> rows = d->run(u"PRAGMA integrity_check"_s, {});
    if (!rows)
        return rows.error();
    QStringList problems;
    while ((*rows)->next())
        problems.append((*rows)->value(0).toString());
    (*rows)->finish();
    if (problems == QStringList{u"ok"_s})
        return {};
    return Error(tr("%1 is damaged: %2").arg(displayName(), problems.join(u'\n')), Error::Kind::Corrupt);
}

} // namespace Hamish
