// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/SqlStoreCore.h"

#include "core/storage/PostgresConnection.h"

#include "core/base/Bidi.h"
#include "core/model/IsoTime.h"
#include "core/storage/Sql.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QSet>
#include <QSqlError>

#include <atomic>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace SqlStoreDetail {

QString newConnectionName()
{
    static std::atomic<quint64> counter{0};
    return u"hamish-project-"_s + QString::number(++counter);
}

QSqlDatabase openConnection(const QString &path, bool readOnly, QSqlError *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, newConnectionName());
    db.setDatabaseName(path);
    const QString busy = u"QSQLITE_BUSY_TIMEOUT=5000"_s;
    if (readOnly && QFileInfo(path).isWritable()) {
        // query_only refuses every change as a read-only open would; being a writer underneath, the last
        // connection to close checkpoints and removes the -wal and -shm files.
        db.setConnectOptions(busy);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(u"PRAGMA query_only = ON"_s))
                return db;
            if (error)
                *error = query.lastError();
            db.close();
            return db;
        }
    }
    db.setConnectOptions(readOnly ? u"QSQLITE_OPEN_READONLY;"_s + busy : busy);
    if (!db.open() && error)
        *error = db.lastError();
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
    return Bidi::path(path);
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
    return Error(SqlProjectStore::tr("There is no article %1 in the project.").arg(id), Error::Kind::NotFound);
}

namespace {

QMutex lockRegistryMutex;
QSet<QString> lockRegistry;

} // namespace

bool holdsLock(const QString &projectPath)
{
    const QMutexLocker locker(&lockRegistryMutex);
    return lockRegistry.contains(QFileInfo(projectPath).absoluteFilePath());
}

void setHoldsLock(const QString &projectPath, bool held)
{
    const QMutexLocker locker(&lockRegistryMutex);
    if (held)
        lockRegistry.insert(QFileInfo(projectPath).absoluteFilePath());
    else
        lockRegistry.remove(QFileInfo(projectPath).absoluteFilePath());
}

QString describeStorageError(const QString &name, const QSqlError &error)
{
    return SqlProjectStore::tr("Cannot read or write %1: %2").arg(name, Sql::describe(error));
}

} // namespace SqlStoreDetail

using namespace SqlStoreDetail;

SqlProjectStore::Core::~Core()
{
    statements.clear();
    closeConnection(db);
    if (lock)
        lock->unlock();
    if (!heldLock.isEmpty())
        setHoldsLock(heldLock, false);
}

Error SqlProjectStore::Core::fail(Error error)
{
    if (transactionDepth > 0 && !transactionError)
        transactionError = error;
    return error;
}

Error SqlProjectStore::Core::failed(const QString &message, Error::Kind kind)
{
    return fail(Error(message, kind));
}

Result<void> SqlProjectStore::Core::ensureWritable()
{
    if (readOnly) {
        return failed(readOnlyReason.isEmpty() ? SqlProjectStore::tr("%1 is open read-only.").arg(name)
                                               : readOnlyReason,
                      Error::Kind::ReadOnly);
    }
    if (const Result<void> there = checkLocation(); !there)
        return fail(there.error());
    return {};
}

Result<void> SqlProjectStore::Core::checkLocation() const
{
    // One stat() per change, next to an fsync: the price of never writing into a file the user has deleted.
    if (!moved && identity && FileIdentity::of(path) != identity) {
        moved = true;
        // Changes committed so far may sit in the -wal under the old name: move them into the file itself
        // (through the open connection, wherever the file now is), so the moved file holds all of them.
        if (!readOnly && transactionDepth == 0) {
            QSqlQuery checkpoint(db);
            (void)checkpoint.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        }
    }
    if (!moved)
        return {};
    return Error(SqlProjectStore::tr("%1 was moved, renamed or deleted while it was open, so changes can no "
                                     "longer be saved to it: this one was not. Save the project under a new "
                                     "name (File › Save Project As) to keep your work.")
                     .arg(nativeName(path)),
                 Error::Kind::Moved);
}

QSqlQuery &SqlProjectStore::Core::prepared(const QString &sql) const
{
    auto it = statements.find(sql);
    if (it == statements.end()) {
        QSqlQuery query(db);
        // QPSQL reads a forward-only result row by row and leaves the connection busy until the last row is
        // read, and libpq hands out no NOTIFY behind an unread result: on a server a result is read whole.
        query.setForwardOnly(dialect != SqlDialect::Postgres);
        query.prepare(sql); // a failure shows when it runs
        it = statements.insert(sql, query);
    }
    return *it;
}

QString SqlProjectStore::Core::storageError(const QSqlError &error) const
{
    return describeStorageError(name, error);
}

QString SqlProjectStore::Core::storageError(const QString &details) const
{
    return SqlProjectStore::tr("Cannot read or write %1: %2").arg(name, details);
}

Error SqlProjectStore::Core::statementError(const QSqlQuery &query) const
{
    if (dialect == SqlDialect::Postgres && PostgresConnection::isBroken(db)) {
        auto *self = const_cast<Core *>(this);
        self->disconnected = Error(SqlProjectStore::tr("The connection to the server of %1 was lost (%2). "
                                                       "Nothing was written: reconnect, then try again.")
                                       .arg(name, query.lastError().text().trimmed()),
                                   Error::Kind::Disconnected);
        return *disconnected;
    }
    return Error(storageError(query.lastError()));
}

Result<QSqlQuery *> SqlProjectStore::Core::run(const QString &sql, const QVariantList &values) const
{
    auto *self = const_cast<Core *>(this);
    if (disconnected)
        return *disconnected;
    if (transactionError)
        return *transactionError;
    QSqlQuery &query = prepared(sql);
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), Sql::bindable(values.at(i)));
    if (!query.exec()) {
        const Error error = self->fail(statementError(query));
        query.finish();
        if (error.kind() == Error::Kind::Disconnected) {
            statements.clear(); // prepared on a connection that is gone
            if (afterStatement)
                afterStatement();
        }
        return error;
    }
    if (afterStatement)
        afterStatement();
    return &query;
}

Result<void> SqlProjectStore::Core::finish(QSqlQuery &query) const
{
    const QSqlError error = query.lastError();
    query.finish();
    if (error.isValid())
        return const_cast<Core *>(this)->failed(storageError(error));
    return {};
}

Result<void> SqlProjectStore::Core::execute(const QString &sql, const QVariantList &values)
{
    const Result<QSqlQuery *> query = run(sql, values);
    if (!query)
        return query.error();
    (*query)->finish();
    return {};
}

Result<void> SqlProjectStore::Core::changeOne(const QString &sql, const QVariantList &values, const Error &missing)
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

Result<qint64> SqlProjectStore::Core::insert(const QString &table, const QStringList &columns,
                                             const QVariantList &values, qint64 id)
{
    QStringList names = columns;
    QVariantList bound = values;
    if (id > 0) {
        names.prepend(u"id"_s);
        bound.prepend(id);
    }
    const QString sql = u"INSERT INTO %1 (%2) VALUES (%3) RETURNING id"_s.arg(
        table, names.join(u", "_s), QStringList(names.size(), u"?"_s).join(u", "_s));
    const Result<QSqlQuery *> query = run(sql, bound);
    if (!query)
        return query.error();
    const qint64 given = (*query)->next() ? (*query)->value(0).toLongLong() : 0;
    // SQLite hands out the RETURNING row before the statement has finished writing: step it to the end, where
    // a full disk or a failed commit shows.
    while ((*query)->next()) {
    }
    if (const Result<void> finished = finish(**query); !finished)
        return finished.error();
    if (given == 0)
        return fail(Error(storageError(u"no id for the new row"_s)));
    if (id > 0 && dialect == SqlDialect::Postgres) {
        // A kept id must not be given again: move the table's identity past it.
        const Result<void> moved = execute(u"SELECT setval(pg_get_serial_sequence(?, 'id'), ?) WHERE ? > COALESCE("
                                           u"pg_sequence_last_value(pg_get_serial_sequence(?, 'id')::regclass), 0)"_s,
                                           {table, id, id, table});
        if (!moved)
            return moved.error();
    }
    return given;
}

Result<QVariant> SqlProjectStore::Core::scalar(const QString &sql, const QVariantList &values) const
{
    const Result<QSqlQuery *> query = run(sql, values);
    if (!query)
        return query.error();
    const QVariant value = (*query)->next() ? (*query)->value(0) : QVariant();
    if (const Result<void> finished = finish(**query); !finished)
        return finished.error();
    return value;
}

Result<QList<Label>> SqlProjectStore::Core::labels() const
{
    const Result<QSqlQuery *> query = run(u"SELECT id, name, colour, shortcut FROM labels ORDER BY id"_s, {});
    if (!query)
        return query.error();
    QList<Label> list;
    while ((*query)->next()) {
        list.append({(*query)->value(0).toLongLong(), (*query)->value(1).toString(), (*query)->value(2).toString(),
                     (*query)->value(3).toString()});
    }
    if (const Result<void> finished = finish(**query); !finished)
        return finished.error();
    return list;
}

Result<qint64> SqlProjectStore::Core::labelId(const QString &name) const
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

Result<qsizetype> SqlProjectStore::Core::textLength(qint64 articleId) const
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

Result<void> SqlProjectStore::Core::checkSpan(qint64 articleId, const Annotation &annotation)
{
    const Result<qsizetype> length = textLength(articleId);
    if (!length)
        return length.error();
    if (*length < 0)
        return fail(noArticle(articleId));
    if (annotation.start < 0 || annotation.start >= annotation.end || annotation.end > *length) {
        return failed(
            SqlProjectStore::tr("The span %1-%2 is not inside the article's text (length %3).")
                .arg(QString::number(annotation.start), QString::number(annotation.end), QString::number(*length)),
            Error::Kind::Invalid);
    }
    return {};
}

Result<qint64> SqlProjectStore::Core::annotationLabel(const QString &name)
{
    const Result<qint64> id = labelId(name);
    if (id && *id == 0)
        return failed(SqlProjectStore::tr("The project has no label named %1.").arg(name), Error::Kind::NotFound);
    return id;
}

} // namespace Hamish
