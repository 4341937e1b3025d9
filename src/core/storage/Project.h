// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Annotation.h"
#include "core/model/Label.h"
#include "core/storage/ArticleSummary.h"
#include "core/storage/ProjectOpenResult.h"
#include "core/text/Article.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>

class QLockFile;

namespace Hamish {

// A project file: one SQLite database holding articles, labels, annotations and settings. Every edit is
// committed when it is made (write-ahead log, synchronous=FULL), so a crash loses at most the edit in
// flight. A lock file beside the project keeps a second Hamish from writing to it at the same time.
class Project
{
public:
    enum class OpenMode { ReadWrite, ReadOnly };

    // Creates a new project file (refusing to overwrite one) with the given label set, and opens it.
    static ProjectOpenResult create(const QString &path, const QList<Label> &labels = defaultLabels());
    // Opens a project. A file open in another Hamish opens read-only, with the reason in the message.
    // A file that is not a project, is damaged or is from a newer Hamish is refused and left untouched.
    static ProjectOpenResult open(const QString &path, OpenMode mode = OpenMode::ReadWrite);

    ~Project();
    Project(const Project &) = delete;
    Project &operator=(const Project &) = delete;

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    QString readOnlyReason() const { return m_readOnlyReason; }
    // What the last failed call ran into, for the user.
    QString lastError() const { return m_lastError; }

    // Articles, in the order they were added.
    QList<ArticleSummary> articles() const;
    std::optional<Article> article(qint64 id) const;
    qint64 articleIdBySha256(const QString &sha256) const; // 0 when absent
    // Stores an article with its annotations (suggestions, usually); returns its id, 0 on failure.
    // A non-zero preferredId is kept when it is free (imports keep document ids).
    qint64 addArticle(const Article &article, const QList<Annotation> &annotations = {}, qint64 preferredId = 0);
    bool removeArticle(qint64 id);

    QList<Label> labels() const;
    qint64 addLabel(const Label &label);
    bool updateLabel(const Label &label); // by id: rename, recolour, rebind
    bool removeLabel(qint64 id);          // refused while annotations use it
    // How many annotations, over all articles, use the label with that name.
    int labelUsage(const QString &name) const;
    // Makes `labels` the project's label set in one transaction: `renames` maps old names to new ones
    // (annotations follow, swaps work); a label neither in `labels` nor renamed is removed together with
    // its annotations in every article; colours and shortcuts come from `labels`; new names are added.
    bool replaceLabels(const QList<Label> &labels, const QHash<QString, QString> &renames);

    // An article's annotations ordered by start, longest first.
    QList<Annotation> annotations(qint64 articleId) const;
    // Stores an annotation; returns its id, 0 on failure. annotation.id is kept when non-zero and free,
    // so undoing a removal restores the same id. Missing created/modified times are set to now.
    qint64 addAnnotation(qint64 articleId, const Annotation &annotation);
    bool updateAnnotation(const Annotation &annotation); // by id; sets modified to now when not given later
    bool removeAnnotation(qint64 id);
    bool hasAnnotation(qint64 id) const;
    AnnotationCounts counts(qint64 articleId) const;

    QVariant setting(const QString &key, const QVariant &fallback = {}) const;
    bool setSetting(const QString &key, const QVariant &value);

    // Runs `work` as one transaction: all its edits are committed together, or none when it returns
    // false or an edit fails.
    bool transaction(const std::function<bool()> &work);

    // Writes a consistent copy of the project to `path` (replacing it atomically), for Save As and
    // Save a Copy. The open project stays this one.
    bool saveCopy(const QString &path);
    // PRAGMA integrity_check: true when "ok"; otherwise `details` says what is wrong.
    bool checkIntegrity(QString *details = nullptr) const;

private:
    Project() = default;
    static ProjectOpenResult openChecked(const QString &path, OpenMode mode);
    bool ensureWritable();
    bool fail(const QString &message) const;
    QSqlQuery &prepared(const QString &sql) const;
    // Binds `values` to the cached statement and runs it; nullptr (and lastError) on failure.
    QSqlQuery *run(const QString &sql, const QVariantList &values) const;
    bool execute(const QString &sql, const QVariantList &values);
    qint64 insert(const QString &sql, const QVariantList &values);
    qint64 labelId(const QString &name) const;
    qsizetype textLength(qint64 articleId) const;
    bool validSpan(qint64 articleId, const Annotation &annotation);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    std::unique_ptr<QLockFile> m_lock;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    int m_transactionDepth = 0;
    mutable bool m_transactionFailed = false;
    mutable QString m_lastError;
    mutable QHash<QString, QSqlQuery> m_statements; // prepared once, reused: an edit costs one step
    mutable QHash<QString, qint64> m_labelIds;      // label name -> id
    mutable QHash<qint64, qsizetype> m_textLengths; // article id -> UTF-16 length, to check spans
};

} // namespace Hamish
