// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/SqliteProjectStore.h"

#include "core/model/IsoTime.h"
#include "core/storage/ProjectFileHeader.h"
#include "core/storage/ProjectSchema.h"
#include "core/storage/Sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>
#include <cstdio>
#include <optional>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {

QString newConnectionName()
{
    static std::atomic<quint64> counter{0};
    return u"hamish-project-"_s + QString::number(++counter);
}

// Opens a QSQLITE connection under a fresh name; the caller removes it with closeConnection().
QSqlDatabase openConnection(const QString &path, bool readOnly, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, newConnectionName());
    db.setDatabaseName(path);
    db.setConnectOptions(readOnly ? u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s
                                  : u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open() && error)
        *error = db.lastError().text();
    return db;
}

void closeConnection(QSqlDatabase &db)
{
    const QString name = db.connectionName();
    db.close();
    db = QSqlDatabase();
    if (!name.isEmpty())
        QSqlDatabase::removeDatabase(name);
}

QString nowText()
{
    return IsoTime::format(QDateTime::currentDateTimeUtc());
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? IsoTime::format(time) : nowText();
}

// JSON of any value, scalars included (QJsonDocument only writes objects and arrays).
QVariant valueText(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QVariant();
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QJsonValue valueFromText(const QVariant &text)
{
    if (text.isNull())
        return QJsonValue(QJsonValue::Null);
    const QJsonDocument document = QJsonDocument::fromJson('[' + text.toString().toUtf8() + ']');
    return document.isArray() && document.array().size() == 1 ? document.array().at(0) : QJsonValue();
}

QString nativeName(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

void addCount(AnnotationCounts &counts, const QString &statusName, int count)
{
    const AnnotationStatus status = annotationStatusFromName(statusName);
    (status == AnnotationStatus::Accepted   ? counts.accepted
     : status == AnnotationStatus::Rejected ? counts.rejected
                                            : counts.suggested) += count;
}

Error noArticle(qint64 id)
{
    return Error(SqliteProjectStore::tr("There is no article %1 in the project.").arg(id), Error::Kind::NotFound);
}

} // namespace

struct SqliteProjectStore::Private
{
    QString path;
    QSqlDatabase db;
    std::unique_ptr<QLockFile> lock;
    bool readOnly = false;
    QString readOnlyReason;
    int transactionDepth = 0;
    // The first error inside the open transaction: once set, nothing more runs until it ends.
    std::optional<Error> transactionError;
    QList<ProjectChange> pending;                 // told when the transaction commits
    mutable QHash<QString, QSqlQuery> statements; // prepared once, reused: an edit costs one step
    mutable QHash<QString, qint64> labelIds;      // label name -> id
    mutable QHash<qint64, qsizetype> textLengths; // article id -> UTF-16 length, to check spans

    ~Private()
    {
        statements.clear();
        closeConnection(db);
        if (lock)
            lock->unlock();
    }

    // Records a failure; inside a transaction it dooms the transaction.
    Error fail(Error error)
    {
        if (transactionDepth > 0 && !transactionError)
            transactionError = error;
        return error;
    }
    Error failed(const QString &message, Error::Kind kind = Error::Kind::Failed) { return fail(Error(message, kind)); }

    Result<void> ensureWritable()
    {
        if (!readOnly)
            return {};
        return failed(readOnlyReason.isEmpty() ? SqliteProjectStore::tr("%1 is open read-only.").arg(nativeName(path))
                                               : readOnlyReason,
                      Error::Kind::ReadOnly);
    }

    QSqlQuery &prepared(const QString &sql) const
    {
        auto it = statements.find(sql);
        if (it == statements.end()) {
            QSqlQuery query(db);
            query.setForwardOnly(true);
            query.prepare(sql); // a failure shows when it runs
            it = statements.insert(sql, query);
        }
        return *it;
    }

    QString storageError(const QString &details) const
    {
        return SqliteProjectStore::tr("Cannot read or write %1: %2").arg(nativeName(path), details);
    }

    // Binds `values` to the cached statement and runs it. Refused once the open transaction has failed:
    // SQLite may have rolled it back already, and the statement would then commit on its own.
    Result<QSqlQuery *> run(const QString &sql, const QVariantList &values) const
    {
        auto *self = const_cast<Private *>(this);
        if (transactionError)
            return *transactionError;
        QSqlQuery &query = prepared(sql);
        for (qsizetype i = 0; i < values.size(); ++i)
            query.bindValue(int(i), Sql::bindable(values.at(i)));
        if (!query.exec()) {
            const Error error = self->failed(storageError(query.lastError().text()));
            query.finish();
            return error;
        }
        return &query;
    }

    Result<void> execute(const QString &sql, const QVariantList &values)
    {
        const Result<QSqlQuery *> query = run(sql, values);
        if (!query)
            return query.error();
        (*query)->finish();
        return {};
    }

    // Runs a change statement; NotFound (with `missing`) when it touched no row.
    Result<void> changeOne(const QString &sql, const QVariantList &values, const Error &missing)
    {
        const Result<QSqlQuery *> query = run(sql, values);
        if (!query)
            return query.error();
        const bool changed = (*query)->numRowsAffected() == 1;
        (*query)->finish();
        if (!changed)
            return fail(missing);
        return {};
    }

    Result<qint64> insert(const QString &sql, const QVariantList &values)
    {
        const Result<QSqlQuery *> query = run(sql, values);
        if (!query)
            return query.error();
        const qint64 id = (*query)->lastInsertId().toLongLong();
        (*query)->finish();
        return id;
    }

    // The first column of the first row, or an invalid QVariant when there is no row.
    Result<QVariant> scalar(const QString &sql, const QVariantList &values) const
    {
        const Result<QSqlQuery *> query = run(sql, values);
        if (!query)
            return query.error();
        const QVariant value = (*query)->next() ? (*query)->value(0) : QVariant();
        (*query)->finish();
        return value;
    }

    Result<QList<Label>> labels() const
    {
        const Result<QSqlQuery *> query = run(u"SELECT id, name, colour, shortcut FROM labels ORDER BY id"_s, {});
        if (!query)
            return query.error();
        QList<Label> list;
        while ((*query)->next()) {
            list.append({(*query)->value(0).toLongLong(), (*query)->value(1).toString(), (*query)->value(2).toString(),
                         (*query)->value(3).toString()});
        }
        (*query)->finish();
        return list;
    }

    // The id of the label with that name, 0 when there is none.
    Result<qint64> labelId(const QString &name) const
    {
        if (labelIds.isEmpty()) {
            const Result<QList<Label>> all = labels();
            if (!all)
                return all.error();
            for (const Label &label : *all)
                labelIds.insert(label.name, label.id);
        }
        return labelIds.value(name, 0);
    }

    // The UTF-16 length of an article's text, -1 when there is no such article.
    Result<qsizetype> textLength(qint64 articleId) const
    {
        const auto it = textLengths.constFind(articleId);
        if (it != textLengths.constEnd())
            return *it;
        const Result<QVariant> length = scalar(u"SELECT utf16_length FROM articles WHERE id = ?"_s, {articleId});
        if (!length)
            return length.error();
        if (!length->isValid())
            return qsizetype(-1);
        textLengths.insert(articleId, length->toLongLong());
        return qsizetype(length->toLongLong());
    }

    Result<void> checkSpan(qint64 articleId, const Annotation &annotation)
    {
        const Result<qsizetype> length = textLength(articleId);
        if (!length)
            return length.error();
        if (*length < 0)
            return fail(noArticle(articleId));
        if (annotation.start < 0 || annotation.start >= annotation.end || annotation.end > *length) {
            return failed(
                SqliteProjectStore::tr("The span %1-%2 is not inside the article's text (length %3).")
                    .arg(QString::number(annotation.start), QString::number(annotation.end), QString::number(*length)),
                Error::Kind::Invalid);
        }
        return {};
    }

    // The label's id for an annotation, or an error naming the missing label.
    Result<qint64> annotationLabel(const QString &name)
    {
        const Result<qint64> id = labelId(name);
        if (id && *id == 0)
            return failed(SqliteProjectStore::tr("The project has no label named %1.").arg(name),
                          Error::Kind::NotFound);
        return id;
    }
};

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

void SqliteProjectStore::notify(ProjectChange change)
{
    if (d->transactionDepth > 0) {
        if (!d->pending.contains(change))
            d->pending.append(std::move(change));
        return;
    }
    emit changed(change);
}

Result<void> SqliteProjectStore::transaction(const std::function<Result<void>()> &work)
{
    if (const Result<void> writable = d->ensureWritable(); !writable)
        return writable;
    if (d->transactionDepth > 0) {
        if (d->transactionError)
            return *d->transactionError;
        const Result<void> done = work();
        if (!done)
            d->fail(done.error());
        return done;
    }
    if (!d->db.transaction())
        return Error(d->storageError(d->db.lastError().text()));
    ++d->transactionDepth;
    d->transactionError.reset();
    d->pending.clear();
    Result<void> done = work();
    --d->transactionDepth;
    if (done && d->transactionError)
        done = *d->transactionError;
    d->transactionError.reset();
    if (done) {
        if (d->db.commit()) {
            const QList<ProjectChange> changes = std::exchange(d->pending, {});
            for (const ProjectChange &change : changes)
                emit changed(change);
            return {};
        }
        done = Error(d->storageError(d->db.lastError().text()));
    }
    d->db.rollback();
    d->pending.clear();
    d->labelIds.clear();
    d->textLengths.clear();
    return done;
}

Result<QList<ArticleSummary>> SqliteProjectStore::articles() const
{
    QList<ArticleSummary> list;
    QHash<qint64, qsizetype> index;
    const Result<QSqlQuery *> rows = d->run(u"SELECT id, title, source_path, sha256 FROM articles ORDER BY id"_s, {});
    if (!rows)
        return rows.error();
    QSqlQuery &query = **rows;
    while (query.next()) {
        index.insert(query.value(0).toLongLong(), list.size());
        list.append({query.value(0).toLongLong(),
                     query.value(1).toString(),
                     query.value(2).toString(),
                     query.value(3).toString(),
                     {}});
    }
    query.finish();
    const Result<QSqlQuery *> counts =
        d->run(u"SELECT article_id, status, COUNT(*) FROM annotations GROUP BY article_id, status"_s, {});
    if (!counts)
        return counts.error();
    QSqlQuery &countQuery = **counts;
    while (countQuery.next()) {
        const auto it = index.constFind(countQuery.value(0).toLongLong());
        if (it != index.constEnd())
            addCount(list[*it].counts, countQuery.value(1).toString(), countQuery.value(2).toInt());
    }
    countQuery.finish();
    return list;
}

Result<Article> SqliteProjectStore::article(qint64 id) const
{
    const Result<QSqlQuery *> rows =
        d->run(u"SELECT text, title, source_path, encoding FROM articles WHERE id = ?"_s, {id});
    if (!rows)
        return rows.error();
    QSqlQuery &query = **rows;
    if (!query.next()) {
        query.finish();
        return noArticle(id);
    }
    const QString text = query.value(0).toString();
    const QString title = query.value(1).toString();
    const QString source = query.value(2).toString();
    const QString encoding = query.value(3).toString();
    query.finish();

    QList<Block> blocks;
    const Result<QSqlQuery *> blockRows =
        d->run(u"SELECT role, utf16_start, utf16_length FROM blocks WHERE article_id = ? ORDER BY position"_s, {id});
    if (!blockRows)
        return blockRows.error();
    QSqlQuery &blockQuery = **blockRows;
    while (blockQuery.next()) {
        const Block block{blockRoleFromName(blockQuery.value(0).toString()), blockQuery.value(1).toLongLong(),
                          blockQuery.value(2).toLongLong()};
        // A damaged or hand-edited file must not make blocks point outside the text.
        if (block.start >= 0 && block.length >= 0 && block.end() <= text.size())
            blocks.append(block);
    }
    blockQuery.finish();
    if (blocks.isEmpty() && !text.isEmpty())
        blocks.append({BlockRole::Paragraph, 0, text.size()});
    Article article(text, blocks);
    article.setTitle(title);
    article.setSourcePath(source);
    article.setEncoding(encoding);
    return article;
}

Result<qint64> SqliteProjectStore::articleIdBySha256(const QString &sha256) const
{
    const Result<QVariant> id = d->scalar(u"SELECT id FROM articles WHERE sha256 = ? ORDER BY id LIMIT 1"_s, {sha256});
    if (!id)
        return id.error();
    return id->isValid() ? id->toLongLong() : qint64(0);
}

Result<qint64> SqliteProjectStore::addArticle(const Article &article, const QList<Annotation> &annotations,
                                              qint64 preferredId)
{
    qint64 id = 0;
    const Result<void> stored = transaction([&]() -> Result<void> {
        QVariant wantedId(QMetaType::fromType<qint64>());
        if (preferredId > 0) {
            const Result<QVariant> taken = d->scalar(u"SELECT 1 FROM articles WHERE id = ?"_s, {preferredId});
            if (!taken)
                return taken.error();
            if (!taken->isValid())
                wantedId = preferredId;
        }
        const Result<qint64> inserted =
            d->insert(u"INSERT INTO articles (id, title, text, utf16_length, source_path, encoding, sha256, added) "
                      u"VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                      {wantedId, article.title(), article.text(), article.text().size(), article.sourcePath(),
                       article.encoding(), article.sha256(), nowText()});
        if (!inserted)
            return inserted.error();
        id = *inserted;
        d->textLengths.insert(id, article.text().size());
        for (qsizetype i = 0; i < article.blocks().size(); ++i) {
            const Block &block = article.blocks().at(i);
            const Result<void> added =
                d->execute(u"INSERT INTO blocks (article_id, position, role, utf16_start, utf16_length) "
                           u"VALUES (?, ?, ?, ?, ?)"_s,
                           {id, i, blockRoleName(block.role), block.start, block.length});
            if (!added)
                return added;
        }
        for (const Annotation &annotation : annotations) {
            if (const Result<qint64> added = addAnnotation(id, annotation); !added)
                return added.error();
        }
        notify({ProjectChange::Kind::ArticleAdded, id, {}});
        return {};
    });
    if (!stored)
        return stored.error();
    return id;
}

Result<void> SqliteProjectStore::removeArticle(qint64 id)
{
    if (const Result<void> writable = d->ensureWritable(); !writable)
        return writable;
    const Result<void> removed = d->changeOne(u"DELETE FROM articles WHERE id = ?"_s, {id}, noArticle(id));
    d->textLengths.remove(id);
    if (removed)
        notify({ProjectChange::Kind::ArticleRemoved, id, {}});
    return removed;
}

Result<QList<Label>> SqliteProjectStore::labels() const
{
    return d->labels();
}

Result<qint64> SqliteProjectStore::addLabel(const Label &label)
{
    if (const Result<void> writable = d->ensureWritable(); !writable)
        return writable.error();
    if (label.name.trimmed().isEmpty())
        return d->failed(tr("A label needs a name."), Error::Kind::Invalid);
    const Result<qint64> existing = d->labelId(label.name);
    if (!existing)
        return existing;
    if (*existing != 0)
        return d->failed(tr("There is already a label named %1.").arg(label.name), Error::Kind::AlreadyExists);
    d->labelIds.clear();
    const Result<qint64> id = d->insert(u"INSERT INTO labels (name, colour, shortcut) VALUES (?, ?, ?)"_s,
                                        {label.name, label.colour, label.shortcut});
    if (id)
        notify({ProjectChange::Kind::LabelsChanged, 0, {}});
    return id;
}

Result<void> SqliteProjectStore::updateLabel(const Label &label)
{
    if (const Result<void> writable = d->ensureWritable(); !writable)
        return writable;
    const Result<qint64> existing = d->labelId(label.name);
    if (!existing)
        return existing.error();
    if (label.name.trimmed().isEmpty() || (*existing != 0 && *existing != label.id))
        return d->failed(tr("There is already a label named %1.").arg(label.name), Error::Kind::AlreadyExists);
    d->labelIds.clear();
    const Result<void> updated =
        d->changeOne(u"UPDATE labels SET name = ?, colour = ?, shortcut = ? WHERE id = ?"_s,
                     {label.name, label.colour, label.shortcut, label.id},
                     Error(tr("There is no label %1 in the project.").arg(label.id), Error::Kind::NotFound));
    if (updated)
        notify({ProjectChange::Kind::LabelsChanged, 0, {}});
    return updated;
}

Result<void> SqliteProjectStore::removeLabel(qint64 id)
{
    if (const Result<void> writable = d->ensureWritable(); !writable)
        return writable;
    const Result<QVariant> used = d->scalar(u"SELECT COUNT(*) FROM annotations WHERE label_id = ?"_s, {id});
    if (!used)
        return used.error();
    if (used->toInt() > 0) {
        return d->failed(
            tr("%1 annotations use this label: change or remove them before removing the label.").arg(used->toInt()),
            Error::Kind::Invalid);
    }
    d->labelIds.clear();
    const Result<void> removed =
        d->changeOne(u"DELETE FROM labels WHERE id = ?"_s, {id},
                     Error(tr("There is no label %1 in the project.").arg(id), Error::Kind::NotFound));
    if (removed)
        notify({ProjectChange::Kind::LabelsChanged, 0, {}});
    return removed;
}

Result<int> SqliteProjectStore::labelUsage(const QString &name) const
{
    const Result<qint64> id = d->labelId(name);
    if (!id)
        return id.error();
    if (*id == 0)
        return 0;
    const Result<QVariant> used = d->scalar(u"SELECT COUNT(*) FROM annotations WHERE label_id = ?"_s, {*id});
    if (!used)
        return used.error();
    return used->toInt();
}

Result<void> SqliteProjectStore::replaceLabels(const QList<Label> &labels, const QHash<QString, QString> &renames)
{
    QHash<QString, Label> wanted;
    for (const Label &label : labels) {
        if (label.name.trimmed().isEmpty())
            return Error(tr("A label needs a name."), Error::Kind::Invalid);
        if (wanted.contains(label.name))
            return Error(tr("There are two labels named %1.").arg(label.name), Error::Kind::Invalid);
        wanted.insert(label.name, label);
    }
    // What a label becomes: its new name (renamed), its own name (kept), or nothing (deleted).
    const auto becomes = [&](const QString &name) {
        const QString to = renames.value(name);
        if (!to.isEmpty() && wanted.contains(to))
            return to;
        return wanted.contains(name) ? name : QString();
    };
    return transaction([&]() -> Result<void> {
        const Result<QList<Label>> before = this->labels();
        if (!before)
            return before.error();
        // Deleted labels go first, with their annotations in every article; renamed ones take a placeholder
        // name, so that no final name collides with one still in use (swaps included).
        bool annotationsRemoved = false;
        for (const Label &label : *before) {
            const QString to = becomes(label.name);
            if (to.isEmpty()) {
                const Result<void> gone = d->execute(u"DELETE FROM annotations WHERE label_id = ?"_s, {label.id});
                if (!gone)
                    return gone;
                annotationsRemoved = true;
                if (const Result<void> removed = removeLabel(label.id); !removed)
                    return removed;
            } else if (to != label.name) {
                Label placeholder = label;
                placeholder.name = u"\u0001renaming "_s + QString::number(label.id);
                if (const Result<void> renamed = updateLabel(placeholder); !renamed)
                    return renamed;
            }
        }
        QSet<QString> kept;
        for (const Label &label : *before) {
            const QString to = becomes(label.name);
            if (to.isEmpty())
                continue;
            Label updated = wanted.value(to);
            updated.id = label.id;
            kept.insert(to);
            if (updated != label) {
                if (const Result<void> changed = updateLabel(updated); !changed)
                    return changed;
            }
        }
        for (const Label &label : labels) {
            if (kept.contains(label.name))
                continue;
            if (const Result<qint64> added = addLabel(label); !added)
                return added.error();
        }
        if (annotationsRemoved || !renames.isEmpty())
            notify({ProjectChange::Kind::AnnotationsChanged, 0, {}});
        return {};
    });
}

Result<QList<Annotation>> SqliteProjectStore::annotations(qint64 articleId) const
{
    const Result<qsizetype> length = d->textLength(articleId);
    if (!length)
        return length.error();
    const Result<QSqlQuery *> rows =
        d->run(u"SELECT a.id, l.name, a.utf16_start, a.utf16_end, a.status, a.origin, a.value, a.confidence, "
               u"a.note, a.author, a.created, a.modified FROM annotations a JOIN labels l ON l.id = a.label_id "
               u"WHERE a.article_id = ? ORDER BY a.utf16_start, a.utf16_end DESC, a.id"_s,
               {articleId});
    if (!rows)
        return rows.error();
    QSqlQuery &query = **rows;
    QList<Annotation> list;
    while (query.next()) {
        Annotation annotation;
        annotation.id = query.value(0).toLongLong();
        annotation.label = query.value(1).toString();
        annotation.start = query.value(2).toLongLong();
        annotation.end = query.value(3).toLongLong();
        // A damaged or hand-edited file must not make spans point outside the text.
        if (annotation.start < 0 || annotation.start >= annotation.end || annotation.end > *length)
            continue;
        annotation.status = annotationStatusFromName(query.value(4).toString());
        annotation.origin = query.value(5).toString();
        annotation.value = valueFromText(query.value(6));
        annotation.confidence = query.value(7).toDouble();
        annotation.note = query.value(8).toString();
        annotation.author = query.value(9).toString();
        annotation.created = IsoTime::parse(query.value(10).toString());
        annotation.modified = IsoTime::parse(query.value(11).toString());
        list.append(annotation);
    }
    query.finish();
    return list;
}

Result<qint64> SqliteProjectStore::addAnnotation(qint64 articleId, const Annotation &annotation)
{
    if (const Result<void> writable = d->ensureWritable(); !writable)
        return writable.error();
    if (const Result<void> span = d->checkSpan(articleId, annotation); !span)
        return span.error();
    const Result<qint64> label = d->annotationLabel(annotation.label);
    if (!label)
        return label;
    QVariant wantedId(QMetaType::fromType<qint64>());
    if (annotation.id > 0) {
        const Result<QVariant> taken = d->scalar(u"SELECT 1 FROM annotations WHERE id = ?"_s, {annotation.id});
        if (!taken)
            return taken.error();
        if (!taken->isValid())
            wantedId = annotation.id;
    }
    const Result<qint64> id = d->insert(
        u"INSERT INTO annotations (id, article_id, label_id, utf16_start, utf16_end, status, origin, "
        u"value, confidence, note, author, created, modified) "
        u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {wantedId, articleId, *label, annotation.start, annotation.end, annotationStatusName(annotation.status),
         annotation.origin, valueText(annotation.value), annotation.confidence, annotation.note, annotation.author,
         timeText(annotation.created), timeText(annotation.modified)});
    if (id)
        notify({ProjectChange::Kind::AnnotationsChanged, articleId, {}});
    return id;
}

Result<void> SqliteProjectStore::updateAnnotation(const Annotation &annotation)
{
    if (const Result<void> writable = d->ensureWritable(); !writable)
        return writable;
    const Result<QVariant> articleId = d->scalar(u"SELECT article_id FROM annotations WHERE id = ?"_s, {annotation.id});
    if (!articleId)
        return articleId.error();
    if (!articleId->isValid()) // not a failed edit: the caller may insert it instead (see the interface)
        return Error(tr("There is no annotation %1 in the project.").arg(annotation.id), Error::Kind::NotFound);
    if (const Result<void> span = d->checkSpan(articleId->toLongLong(), annotation); !span)
        return span;
    const Result<qint64> label = d->annotationLabel(annotation.label);
    if (!label)
        return label.error();
    const Result<void> updated =
        d->execute(u"UPDATE annotations SET label_id = ?, utf16_start = ?, utf16_end = ?, status = ?, origin = ?, "
                   u"value = ?, confidence = ?, note = ?, author = ?, modified = ? WHERE id = ?"_s,
                   {*label, annotation.start, annotation.end, annotationStatusName(annotation.status),
                    annotation.origin, valueText(annotation.value), annotation.confidence, annotation.note,
                    annotation.author, nowText(), annotation.id});
    if (updated)
        notify({ProjectChange::Kind::AnnotationsChanged, articleId->toLongLong(), {}});
    return updated;
}

Result<void> SqliteProjectStore::removeAnnotation(qint64 id)
{
    if (const Result<void> writable = d->ensureWritable(); !writable)
        return writable;
    const Result<QVariant> articleId = d->scalar(u"SELECT article_id FROM annotations WHERE id = ?"_s, {id});
    if (!articleId)
        return articleId.error();
    const Result<void> removed =
        d->changeOne(u"DELETE FROM annotations WHERE id = ?"_s, {id},
                     Error(tr("There is no annotation %1 in the project.").arg(id), Error::Kind::NotFound));
    if (removed)
        notify({ProjectChange::Kind::AnnotationsChanged, articleId->toLongLong(), {}});
    return removed;
}

Result<AnnotationCounts> SqliteProjectStore::counts(qint64 articleId) const
{
    const Result<QSqlQuery *> rows =
        d->run(u"SELECT status, COUNT(*) FROM annotations WHERE article_id = ? GROUP BY status"_s, {articleId});
    if (!rows)
        return rows.error();
    AnnotationCounts counts;
    while ((*rows)->next())
        addCount(counts, (*rows)->value(0).toString(), (*rows)->value(1).toInt());
    (*rows)->finish();
    return counts;
}

Result<QVariant> SqliteProjectStore::setting(const QString &key) const
{
    return d->scalar(u"SELECT value FROM settings WHERE key = ?"_s, {key});
}

Result<void> SqliteProjectStore::setSetting(const QString &key, const QVariant &value)
{
    if (const Result<void> writable = d->ensureWritable(); !writable)
        return writable;
    const Result<void> set = !value.isValid() || value.isNull()
                                 ? d->execute(u"DELETE FROM settings WHERE key = ?"_s, {key})
                                 : d->execute(u"INSERT INTO settings (key, value) VALUES (?, ?) "
                                              u"ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s,
                                              {key, value});
    if (set)
        notify({ProjectChange::Kind::SettingChanged, 0, key});
    return set;
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
