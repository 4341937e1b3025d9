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
#include <QSet>
#include <QSqlError>
#include <QSysInfo>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Hamish {

using namespace SqliteDetail;

namespace {

// A lock naming this process's id that it does not hold was left by an earlier process that had the same
// id (after a restart in a container, where process ids start again from 1): it is stale.
bool leftByEarlierProcess(const QLockFile &lock, const QString &path)
{
    qint64 pid = 0;
    QString host, application;
    return lock.error() == QLockFile::LockFailedError && lock.getLockInfo(&pid, &host, &application)
           && pid == QCoreApplication::applicationPid() && host == QSysInfo::machineHostName()
           && !SqliteDetail::holdsLock(path);
}

} // namespace

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
        QSqlError openError;
        QSqlDatabase db = openConnection(temporary, false, &openError);
        if (openError.isValid())
            error = Sql::describe(openError);
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
            bool locked = p.lock->tryLock(0);
            if (!locked && leftByEarlierProcess(*p.lock, path)) {
                p.lock->removeStaleLockFile();
                locked = p.lock->tryLock(0);
            }
            if (locked) {
                p.heldLock = path;
                setHoldsLock(path, true);
            } else {
                qint64 pid = 0;
                QString host, application;
                const bool known = p.lock->getLockInfo(&pid, &host, &application);
                const QString recover = u' '
                                        + tr("If no Hamish has it open (one stopped on another computer, or the "
                                             "computer restarted), delete %1 and open the project again.")
                                              .arg(nativeName(path + u".lock"_s));
                p.readOnly = true;
                if (p.lock->error() != QLockFile::LockFailedError) {
                    p.readOnlyReason =
                        tr("%1: cannot create a lock file beside it (is the folder writable?): opened read-only.")
                            .arg(name);
                } else if (known) {
                    p.readOnlyReason = tr("%1 is open in another Hamish (process %2 on %3): opened read-only. "
                                          "Close it there to edit here.")
                                           .arg(name, QString::number(pid), host)
                                       + recover;
                } else {
                    p.readOnlyReason =
                        tr("%1 is open in another Hamish: opened read-only. Close it there to edit here.").arg(name)
                        + recover;
                }
                p.lock.reset();
            }
        }
    }

    // Check the database with a read-only connection, so a damaged file is refused before anything writes.
    int schemaVersion = 0;
    {
        QSqlError checkError;
        QSqlDatabase check = openConnection(path, true, &checkError);
        QVariant applicationId, version, quickCheck;
        const auto value = [&](const QString &sql) {
            QSqlQuery query(check);
            if (checkError.isValid())
                return QVariant();
            if (query.exec(sql) && query.next())
                return query.value(0);
            checkError = query.lastError();
            return QVariant();
        };
        if (check.isOpen()) {
            applicationId = value(u"PRAGMA application_id"_s);
            version = value(u"PRAGMA user_version"_s);
            quickCheck = value(u"PRAGMA quick_check"_s);
        }
        closeConnection(check);
        // A file that cannot be read now (no space for the -shm, an I/O error) is not called damaged.
        if (checkError.isValid() && !Sql::isDamage(checkError))
            return Error(describeStorageError(name, checkError) + untouched, Error::Kind::Unreadable);
        if (!quickCheck.isValid() || quickCheck.toString() != u"ok"_s) {
            const QString details = quickCheck.isValid() ? quickCheck.toString() : checkError.databaseText();
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

    QSqlError openError;
    p.db = openConnection(path, p.readOnly, &openError);
    if (openError.isValid())
        error = Sql::describe(openError);
    bool ok = p.db.isOpen();
    if (ok && !p.readOnly) {
        // WAL with synchronous=FULL: each commit is one append and one fsync, durable when it returns;
        // a killed process leaves the file valid and loses at most the transaction it was writing.
        ok = Sql::exec(p.db, u"PRAGMA journal_mode = WAL"_s, {}, &error)
             && Sql::exec(p.db, u"PRAGMA synchronous = FULL"_s, {}, &error)
             && Sql::exec(p.db, u"PRAGMA foreign_keys = ON"_s, {}, &error);
        if (ok && schemaVersion < ProjectSchema::kVersion) {
            ok = p.db.transaction() && ProjectSchema::migrate(p.db, schemaVersion, &error);
            if (ok && !p.db.commit()) {
                error = Sql::describe(p.db.lastError());
                ok = false;
            }
            if (!ok)
                p.db.rollback();
            if (!ok) {
                return Error(
                    tr("Cannot upgrade %1 from project format %2: %3").arg(name, QString::number(schemaVersion), error)
                    + untouched);
            }
        }
    }
    if (!ok)
        return Error(tr("Cannot open %1: %2").arg(name, error));
    p.identity = FileIdentity::of(path);
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
    if (isOwnFile(path))
        return Error(tr("Choose another file name: %1 is the project itself or one of the files it keeps beside "
                        "it, and a copy cannot replace it.")
                         .arg(nativeName(path)),
                     Error::Kind::Invalid);
    if (d->transactionDepth > 0)
        return Error(tr("Cannot save a copy in the middle of an edit."));
    // VACUUM INTO writes a consistent, compact snapshot; the rename makes it appear all at once.
    const QString temporary = path + u".part-"_s + QString::number(QCoreApplication::applicationPid());
    QFile::remove(temporary);
    QString error;
    QSqlQuery vacuum(d->db);
    if (!vacuum.prepare(u"VACUUM INTO ?"_s) || (vacuum.addBindValue(temporary), !vacuum.exec())) {
        const QSqlError failure = vacuum.lastError();
        QFile::remove(temporary);
        return Error(tr("Cannot write %1: %2").arg(nativeName(path), Sql::describe(failure)));
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
    if (const Result<void> finished = d->finish(**rows); !finished)
        return finished;
    if (problems == QStringList{u"ok"_s})
        return {};
    return Error(tr("%1 is damaged: %2").arg(displayName(), problems.join(u'\n')), Error::Kind::Corrupt);
}

bool SqliteProjectStore::isOwnFile(const QString &path) const
{
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s, u".lock"_s}) {
        if (FileIdentity::samePlace(path, d->path + suffix))
            return true;
    }
    return false;
}

Result<void> SqliteProjectStore::checkLocation() const
{
    return d->checkLocation();
}

} // namespace Hamish
