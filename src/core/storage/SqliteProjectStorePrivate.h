// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The inside of SqliteProjectStore, shared by its .cpp files and by nothing else: the connection, the
// prepared statements and the checks every write makes.
#include "core/storage/SqliteProjectStore.h"

#include <QHash>
#include <QJsonValue>
#include <QLockFile>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

namespace Hamish {

namespace SqliteDetail {

// Opens a QSQLITE connection under a fresh name; the caller removes it with closeConnection().
QSqlDatabase openConnection(const QString &path, bool readOnly, QString *error);
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

} // namespace SqliteDetail

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

    ~Private();

    // Records a failure; inside a transaction it dooms the transaction.
    Error fail(Error error);
    Error failed(const QString &message, Error::Kind kind = Error::Kind::Failed);

    Result<void> ensureWritable();

    QSqlQuery &prepared(const QString &sql) const;

    QString storageError(const QString &details) const;

    // Binds `values` to the cached statement and runs it. Refused once the open transaction has failed:
    // SQLite may have rolled it back already, and the statement would then commit on its own.
    Result<QSqlQuery *> run(const QString &sql, const QVariantList &values) const;

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
