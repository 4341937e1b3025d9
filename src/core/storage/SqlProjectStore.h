// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/ProjectStore.h"

#include <memory>

namespace Hamish {

// What the two SQL stores share: every read and write of articles, labels, annotations, settings and
// assignments, the transaction rules and the checks each write makes, in SQL both SQLite and PostgreSQL
// speak. SqliteProjectStore and PostgresProjectStore add how a project is found, opened, created and
// copied. The SQL stays in the .cpp files and SqlStoreCore.h (storage's alone).
class SqlProjectStore : public ProjectStore
{
    Q_OBJECT

public:
    ~SqlProjectStore() override;

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
    Result<Annotation> annotation(qint64 id, qint64 *articleId = nullptr) const override;
    Result<qint64> addAnnotation(qint64 articleId, const Annotation &annotation) override;
    Result<void> updateAnnotation(const Annotation &annotation) override;
    Result<void> removeAnnotation(qint64 id) override;
    Result<AnnotationCounts> counts(qint64 articleId) const override;

    Result<QVariant> setting(const QString &key) const override;
    Result<void> setSetting(const QString &key, const QVariant &value) override;
    Result<QHash<QString, QVariant>> settings() const override;

    Result<QList<Assignment>> assignments() const override;
    Result<QStringList> annotatorNames() const override;
    Result<void> assign(qint64 articleId, const QString &annotator) override;
    Result<void> unassign(qint64 articleId, const QString &annotator) override;
    Result<void> setDone(qint64 articleId, const QString &annotator, bool done) override;

    Result<void> transaction(const std::function<Result<void>()> &work) override;

protected:
    struct Core;

    explicit SqlProjectStore(std::unique_ptr<Core> core);
    // Tells a committed change: at once, or when the open transaction commits.
    void notify(ProjectChange change);
    // Forgets what the store remembers of the project (label ids, text lengths), after a rollback or when
    // someone else may have changed it.
    void forgetCaches();

    std::unique_ptr<Core> d;
};

} // namespace Hamish
