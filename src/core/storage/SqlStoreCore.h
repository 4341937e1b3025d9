// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The inside of the SQL stores, shared by their .cpp files and by nothing else: the connection, the
// prepared statements and the checks every write makes.
#include "core/storage/FileIdentity.h"
#include "core/storage/ProjectSchema.h"
#include "core/storage/SqlProjectStore.h"

#include <QHash>
#include <QJsonValue>
#include <QLockFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

namespace Hamish {

namespace SqlStoreDetail {

// Opens a QSQLITE connection under a fresh name; the caller removes it with closeConnection(). A read-only
// connection to a file that may be written is opened for writing with query_only set, so that closing it
// removes the -wal and -shm files SQLite makes beside it (a connection opened read-only cannot).
QSqlDatabase openConnection(const QString &path, bool readOnly, QSqlError *error);
void closeConnection(QSqlDatabase &db);
// A fresh connection name for QSqlDatabase::addDatabase.
QString newConnectionName();
// Times as projects store them (IsoTime, UTC); an invalid time is now.
QString nowText();
QString timeText(const QDateTime &time);
// An annotation's value as JSON text (scalars included), and back.
QVariant valueText(const QJsonValue &value);
QJsonValue valueFromText(const QVariant &text);
// A path for a message: native separators, isolated left to right (Bidi::path).
QString nativeName(const QString &path);
void addCount(AnnotationCounts &counts, const QString &statusName, int count);
Error noArticle(qint64 id);
// The project lock files this process holds (by the project's absolute path).
bool holdsLock(const QString &projectPath);
void setHoldsLock(const QString &projectPath, bool held);
// What went wrong in words a user can act on, from SQLite's result code; `name` is the project's.
QString describeStorageError(const QString &name, const QSqlError &error);

} // namespace SqlStoreDetail

struct SqlProjectStore::Core
{
    SqlDialect dialect = SqlDialect::Sqlite;
    QString location; // the file path, or the server URL without password
    QString name;     // the project as messages name it
    QString path;     // a file's path (empty on a server)
    // The file the project was opened from, to notice it being moved, replaced or deleted.
    std::optional<FileIdentity> identity;
    mutable bool moved = false;
    QSqlDatabase db;
    std::unique_ptr<QLockFile> lock; // a file's lock, released after the connection is closed
    QString heldLock;                // the project path setHoldsLock() was told about
    bool readOnly = false;
    QString readOnlyReason;
    // Set when the connection to a server was lost: every statement is refused until it is back.
    std::optional<Error> disconnected;
    int transactionDepth = 0;
    // The first error inside the open transaction: once set, nothing more runs until it ends.
    std::optional<Error> transactionError;
    QList<ProjectChange> pending;                 // told when the transaction commits
    mutable QHash<QString, QSqlQuery> statements; // prepared once, reused: an edit costs one step
    mutable QHash<QString, qint64> labelIds;      // label name -> id
    mutable QHash<qint64, qsizetype> textLengths; // article id -> UTF-16 length, to check spans
    std::function<void()> afterStatement;         // a server's: collect the NOTIFYs libpq has read, notice a lost link

    ~Core();

    // Records a failure; inside a transaction it dooms the transaction.
    Error fail(Error error);
    Error failed(const QString &message, Error::Kind kind = Error::Kind::Failed);

    Result<void> ensureWritable();
    // An Error::Kind::Moved error once the project file is no longer where it was opened.
    Result<void> checkLocation() const;

    QSqlQuery &prepared(const QString &sql) const;

    QString storageError(const QSqlError &error) const;
    QString storageError(const QString &details) const;
    // The error for a statement that failed: Disconnected when the server is gone (the store then refuses
    // everything until reconnect()), otherwise a storage error.
    Error statementError(const QSqlQuery &query) const;

    // Binds `values` to the cached statement and runs it. Refused once the open transaction has failed:
    // SQLite may have rolled it back already, and the statement would then commit on its own.
    Result<QSqlQuery *> run(const QString &sql, const QVariantList &values) const;
    // Ends a query whose rows were read: a row that could not be read (a disk error midway) is an error,
    // not the end of the rows.
    Result<void> finish(QSqlQuery &query) const;

    Result<void> execute(const QString &sql, const QVariantList &values);

    // Runs a change statement; NotFound (with `missing`) when it touched no row.
    Result<void> changeOne(const QString &sql, const QVariantList &values, const Error &missing);

    // Inserts a row into `table` and returns its id: `id` when it is non-zero and free (the caller checked),
    // otherwise one the database gives.
    Result<qint64> insert(const QString &table, const QStringList &columns, const QVariantList &values, qint64 id);

    // The first column of the first row, or an invalid QVariant when there is no row.
    Result<QVariant> scalar(const QString &sql, const QVariantList &values) const;

    Result<QList<Label>> labels() const;

    // The id of the label with that name, 0 when there is none.
    Result<qint64> labelId(const QString &name) const;

    // The UTF-16 length of an article's text, -1 when there is no such article.
    Result<qsizetype> textLength(qint64 articleId) const;

    Result<void> checkSpan(qint64 articleId, const Annotation &annotation);

    // The label's id for an annotation, or an error naming the missing label.
    Result<qint64> annotationLabel(const QString &name);
};

} // namespace Hamish
