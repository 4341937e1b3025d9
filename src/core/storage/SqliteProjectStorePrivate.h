// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The inside of SqliteProjectStore, shared by its .cpp files and by nothing else: the connection, the
// prepared statements and the checks every write makes.
#include "core/storage/FileIdentity.h"
#include "core/storage/SqliteProjectStore.h"

#include <QHash>
#include <QJsonValue>
#include <QLockFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

namespace Hamish {

namespace SqliteDetail {

// Opens a QSQLITE connection under a fresh name; the caller removes it with closeConnection(). A read-only
// connection to a file that may be written is opened for writing with query_only set, so that closing it
// removes the -wal and -shm files SQLite makes beside it (a connection opened read-only cannot).
QSqlDatabase openConnection(const QString &path, bool readOnly, QSqlError *error);
void closeConnection(QSqlDatabase &db);
// Times as projects store them (IsoTime, UTC); an invalid time is now.
QString nowText();
QString timeText(const QDateTime &time);
// An annotation's value as JSON text (scalars included), and back.
QVariant valueText(const QJsonValue &value);
QJsonValue valueFromText(const QVariant &text);
QString nativeName(const QString &path);
void addCount(AnnotationCounts &counts, const QString &statusName, int count);
Error noArticle(qint64 id);
// The project lock files this process holds (by the project's absolute path).
bool holdsLock(const QString &projectPath);
void setHoldsLock(const QString &projectPath, bool held);
// What went wrong in words a user can act on, from SQLite's result code; `name` is the project's.
QString describeStorageError(const QString &name, const QSqlError &error);

} // namespace SqliteDetail

struct SqliteProjectStore::Private
{
    QString path;
    // The file the project was opened from, to notice it being moved, replaced or deleted.
    std::optional<FileIdentity> identity;
    mutable bool moved = false;
    QSqlDatabase db;
    std::unique_ptr<QLockFile> lock;
    QString heldLock; // the project path setHoldsLock() was told about
    bool readOnly = false;
    QString readOnlyReason;
    int transactionDepth = 0;
    // The first error inside the open transaction: once set, nothing more runs until it ends.
    std::optional<Error> transactionError;
    QList<ProjectChange> pending;                 // told when the transaction commits
    mutable QHash<QString, QSqlQuery> statements; // prepared once, reused: an edit costs one step
    mutable QHash<QString, qint64> labelIds;      // label name -> id
    mutable QHash<qint64, qsizetype> textLengths; // article id -> UTF-16 length, to check spans

    ~Private();

    // Records a failure; inside a transaction it dooms the transaction.
    Error fail(Error error);
    Error failed(const QString &message, Error::Kind kind = Error::Kind::Failed);

    Result<void> ensureWritable();
    // An Error::Kind::Moved error once the project file is no longer where it was opened.
    Result<void> checkLocation() const;

    QSqlQuery &prepared(const QString &sql) const;

    QString storageError(const QSqlError &error) const;

    // Binds `values` to the cached statement and runs it. Refused once the open transaction has failed:
    // SQLite may have rolled it back already, and the statement would then commit on its own.
    Result<QSqlQuery *> run(const QString &sql, const QVariantList &values) const;
    // Ends a query whose rows were read: a row that could not be read (a disk error midway) is an error,
    // not the end of the rows.
    Result<void> finish(QSqlQuery &query) const;

    Result<void> execute(const QString &sql, const QVariantList &values);

    // Runs a change statement; NotFound (with `missing`) when it touched no row.
    Result<void> changeOne(const QString &sql, const QVariantList &values, const Error &missing);

    Result<qint64> insert(const QString &sql, const QVariantList &values);

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
