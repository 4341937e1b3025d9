// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/SqliteProjectStorePrivate.h"

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

namespace {

QString newConnectionName()
{
    static std::atomic<quint64> counter{0};
    return u"hamish-project-"_s + QString::number(++counter);
}

} // namespace

namespace SqliteDetail {

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
    return SqliteProjectStore::tr("Cannot read or write %1: %2").arg(name, Sql::describe(error));
}

} // namespace SqliteDetail

using namespace SqliteDetail;

SqliteProjectStore::Private::~Private()
{
    statements.clear();
    closeConnection(db);
    if (lock)
        lock->unlock();
    if (!heldLock.isEmpty())
        setHoldsLock(heldLock, false);
}

Error SqliteProjectStore::Private::fail(Error error)
{
    if (transactionDepth > 0 && !transactionError)
        transactionError = error;
    return error;
}

Error SqliteProjectStore::Private::failed(const QString &message, Error::Kind kind)
{
    return fail(Error(message, kind));
}

Result<void> SqliteProjectStore::Private::ensureWritable()
{
    if (readOnly) {
        return failed(readOnlyReason.isEmpty() ? SqliteProjectStore::tr("%1 is open read-only.").arg(nativeName(path))
                                               : readOnlyReason,
                      Error::Kind::ReadOnly);
    }
    if (const Result<void> there = checkLocation(); !there)
        return fail(there.error());
    return {};
}

Result<void> SqliteProjectStore::Private::checkLocation() const
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
    return Error(SqliteProjectStore::tr("%1 was moved, renamed or deleted while it was open, so changes can no "
                                        "longer be saved to it: this one was not. Save the project under a new "
                                        "name (File › Save Project As) to keep your work.")
                     .arg(nativeName(path)),
                 Error::Kind::Moved);
}

QSqlQuery &SqliteProjectStore::Private::prepared(const QString &sql) const
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

QString SqliteProjectStore::Private::storageError(const QSqlError &error) const
{
    return describeStorageError(nativeName(path), error);
}

Result<QSqlQuery *> SqliteProjectStore::Private::run(const QString &sql, const QVariantList &values) const
{
    auto *self = const_cast<Private *>(this);
    if (transactionError)
        return *transactionError;
    QSqlQuery &query = prepared(sql);
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), Sql::bindable(values.at(i)));
    if (!query.exec()) {
        const Error error = self->failed(storageError(query.lastError()));
        query.finish();
        return error;
    }
    return &query;
}

Result<void> SqliteProjectStore::Private::finish(QSqlQuery &query) const
{
    const QSqlError error = query.lastError();
    query.finish();
    if (error.isValid())
        return const_cast<Private *>(this)->failed(storageError(error));
    return {};
}

Result<void> SqliteProjectStore::Private::execute(const QString &sql, const QVariantList &values)
{
    const Result<QSqlQuery *> query = run(sql, values);
    if (!query)
        return query.error();
    (*query)->finish();
    return {};
}

Result<void> SqliteProjectStore::Private::changeOne(const QString &sql, const QVariantList &values,
                                                    const Error &missing)
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

Result<qint64> SqliteProjectStore::Private::insert(const QString &sql, const QVariantList &values)
{
    const Result<QSqlQuery *> query = run(sql, values);
    if (!query)
        return query.error();
    const qint64 id = (*query)->lastInsertId().toLongLong();
    (*query)->finish();
    return id;
}

Result<QVariant> SqliteProjectStore::Private::scalar(const QString &sql, const QVariantList &values) const
{
    const Result<QSqlQuery *> query = run(sql, values);
    if (!query)
        return query.error();
    const QVariant value = (*query)->next() ? (*query)->value(0) : QVariant();
    if (const Result<void> finished = finish(**query); !finished)
        return finished.error();
    return value;
}

Result<QList<Label>> SqliteProjectStore::Private::labels() const
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

Result<qint64> SqliteProjectStore::Private::labelId(const QString &name) const
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

Result<qsizetype> SqliteProjectStore::Private::textLength(qint64 articleId) const
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

Result<void> SqliteProjectStore::Private::checkSpan(qint64 articleId, const Annotation &annotation)
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

Result<qint64> SqliteProjectStore::Private::annotationLabel(const QString &name)
{
    const Result<qint64> id = labelId(name);
    if (id && *id == 0)
        return failed(SqliteProjectStore::tr("The project has no label named %1.").arg(name), Error::Kind::NotFound);
    return id;
}

} // namespace Hamish
