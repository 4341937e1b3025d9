// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/ProjectStore.h"

#include <memory>

namespace Hamish {

// A project in one SQLite file (see ProjectSchema for its tables). Every edit is committed when it is
// made (write-ahead log, synchronous=FULL), so a crash loses at most the edit in flight. A lock file
// beside the project keeps a second Hamish from writing to it at the same time. The SQL stays in its .cpp
// files (with SqliteProjectStorePrivate.h, theirs alone): nothing that includes this header sees it.
class SqliteProjectStore : public ProjectStore
{
    Q_OBJECT

public:
    // Creates a new project file (refusing to overwrite one) with the given label set, and opens it.
    static Result<std::unique_ptr<SqliteProjectStore>> create(const QString &path,
                                                              const QList<Label> &labels = defaultLabels());
    // Opens a project file. A file open in another Hamish opens read-only, with the reason in
    // readOnlyReason(). A file that is not a project, is damaged or is from a newer Hamish is refused and
    // left untouched.
    static Result<std::unique_ptr<SqliteProjectStore>> open(const QString &path, OpenMode mode = OpenMode::ReadWrite);

    ~SqliteProjectStore() override;

    QString location() const override;
    QString displayName() const override;
    bool isReadOnly() const override;
    QString readOnlyReason() const override;

    Result<QList<ArticleSummary>> articles() const override;
    Result<Article> article(qint64 id) const override;
    Result<qint64> articleIdBySha256(const QString &sha256) const override;
    Result<qint64> addArticle(const Article &article, const QList<Annotation> &annotations = {},
                              qint64 preferredId = 0) override;
    Result<void> removeArticle(qint64 id) override;

    Result<QList<Label>> labels() const override;
    Result<qint64> addLabel(const Label &label) override;
    Result<void> updateLabel(const Label &label) override;
    Result<void> removeLabel(qint64 id) override;
    Result<int> labelUsage(const QString &name) const override;
    Result<void> replaceLabels(const QList<Label> &labels, const QHash<QString, QString> &renames) override;

    Result<QList<Annotation>> annotations(qint64 articleId) const override;
    Result<qint64> addAnnotation(qint64 articleId, const Annotation &annotation) override;
    Result<void> updateAnnotation(const Annotation &annotation) override;
    Result<void> removeAnnotation(qint64 id) override;
    Result<AnnotationCounts> counts(qint64 articleId) const override;

    Result<QVariant> setting(const QString &key) const override;
    Result<void> setSetting(const QString &key, const QVariant &value) override;

    Result<void> transaction(const std::function<Result<void>()> &work) override;
    Result<void> saveCopy(const QString &path) override;
    bool isOwnFile(const QString &path) const override;
    Result<void> checkLocation() const override;
    Result<void> checkIntegrity() const override;

private:
    struct Private;

    SqliteProjectStore();
    void notify(ProjectChange change);

    std::unique_ptr<Private> d;
};

} // namespace Hamish
