// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/SqliteProjectStorePrivate.h"

#include "core/model/IsoTime.h"

#include <QSet>
#include <QSqlError>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Hamish {

using namespace SqliteDetail;

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
        return Error(d->storageError(d->db.lastError()));
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
        done = Error(d->storageError(d->db.lastError()));
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
    if (const Result<void> finished = d->finish(query); !finished)
        return finished.error();
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
    if (const Result<void> finished = d->finish(countQuery); !finished)
        return finished.error();
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
        if (const Result<void> finished = d->finish(query); !finished)
            return finished.error();
        return noArticle(id);
    }
    const QString text = query.value(0).toString();
    const QString title = query.value(1).toString();
    const QString source = query.value(2).toString();
    const QString encoding = query.value(3).toString();
    if (const Result<void> finished = d->finish(query); !finished)
        return finished.error();

    QList<Block> blocks;
    const Result<QSqlQuery *> blockRows =
        d->run(u"SELECT role, utf16_start, utf16_length, page, confidence, direction FROM blocks "
               u"WHERE article_id = ? ORDER BY position"_s,
               {id});
    if (!blockRows)
        return blockRows.error();
    QSqlQuery &blockQuery = **blockRows;
    while (blockQuery.next()) {
        Block block{blockRoleFromName(blockQuery.value(0).toString()), blockQuery.value(1).toLongLong(),
                    blockQuery.value(2).toLongLong()};
        block.page = std::max(0, blockQuery.value(3).toInt());
        block.confidence = std::clamp(blockQuery.value(4).toInt(), -1, 100);
        block.direction = blockDirectionFromName(blockQuery.value(5).toString());
        // A damaged or hand-edited file must not make blocks point outside the text.
        if (block.start >= 0 && block.length >= 0 && block.end() <= text.size())
            blocks.append(block);
    }
    if (const Result<void> finished = d->finish(blockQuery); !finished)
        return finished.error();
    if (blocks.isEmpty() && !text.isEmpty())
        blocks.append({BlockRole::Paragraph, 0, text.size()});

    QList<UncertainRange> uncertain;
    const Result<QSqlQuery *> uncertainRows =
        d->run(u"SELECT utf16_start, utf16_length, confidence FROM uncertain_ranges WHERE article_id = ? "
               u"ORDER BY utf16_start"_s,
               {id});
    if (!uncertainRows)
        return uncertainRows.error();
    QSqlQuery &uncertainQuery = **uncertainRows;
    while (uncertainQuery.next()) {
        const UncertainRange range{uncertainQuery.value(0).toLongLong(), uncertainQuery.value(1).toLongLong(),
                                   std::clamp(uncertainQuery.value(2).toInt(), 0, 100)};
        if (range.start >= 0 && range.length > 0 && range.end() <= text.size())
            uncertain.append(range);
    }
    uncertainQuery.finish();

    Article article(text, blocks);
    article.setUncertainRanges(uncertain);
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
                d->execute(u"INSERT INTO blocks (article_id, position, role, utf16_start, utf16_length, page, "
                           u"confidence, direction) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                           {id, i, blockRoleName(block.role), block.start, block.length, block.page, block.confidence,
                            blockDirectionName(block.direction)});
            if (!added)
                return added;
        }
        for (const UncertainRange &range : article.uncertainRanges()) {
            const Result<void> added = d->execute(u"INSERT OR IGNORE INTO uncertain_ranges (article_id, utf16_start, "
                                                  u"utf16_length, confidence) VALUES (?, ?, ?, ?)"_s,
                                                  {id, range.start, range.length, range.confidence});
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
    if (const Result<void> finished = d->finish(query); !finished)
        return finished.error();
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
    if (const Result<void> finished = d->finish(**rows); !finished)
        return finished.error();
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

} // namespace Hamish
