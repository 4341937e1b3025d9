// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/SqlStoreCore.h"

#include "core/model/IsoTime.h"

#include <QSet>
#include <QSqlError>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Hamish {

using namespace SqlStoreDetail;

SqlProjectStore::SqlProjectStore(std::unique_ptr<Core> core)
    : d(std::move(core))
{}

SqlProjectStore::~SqlProjectStore() = default;

bool SqlProjectStore::isReadOnly() const
{
    return d->readOnly;
}

QString SqlProjectStore::readOnlyReason() const
{
    return d->readOnlyReason;
}

void SqlProjectStore::forgetCaches()
{
    d->labelIds.clear();
    d->textLengths.clear();
}

void SqlProjectStore::notify(ProjectChange change)
{
    if (d->transactionDepth > 0) {
        if (!d->pending.contains(change))
            d->pending.append(std::move(change));
        return;
    }
    emit changed(change);
}

Result<void> SqlProjectStore::transaction(const std::function<Result<void>()> &work)
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
    if (d->disconnected)
        return *d->disconnected;
    if (!d->db.transaction()) {
        QSqlQuery probe(d->db);
        probe.exec(u"SELECT 1"_s);
        return d->statementError(probe);
    }
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
    if (!d->disconnected)
        d->db.rollback();
    d->pending.clear();
    forgetCaches();
    return done;
}

Result<QList<ArticleSummary>> SqlProjectStore::articles() const
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

Result<Article> SqlProjectStore::article(qint64 id) const
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

Result<qint64> SqlProjectStore::articleIdBySha256(const QString &sha256) const
{
    const Result<QVariant> id = d->scalar(u"SELECT id FROM articles WHERE sha256 = ? ORDER BY id LIMIT 1"_s, {sha256});
    if (!id)
        return id.error();
    return id->isValid() ? id->toLongLong() : qint64(0);
}

Result<qint64> SqlProjectStore::addArticle(const Article &article, const QList<Annotation> &annotations,
                                           qint64 preferredId)
{
    qint64 id = 0;
    const Result<void> stored = transaction([&]() -> Result<void> {
        qint64 wantedId = 0;
        if (preferredId > 0) {
            const Result<QVariant> taken = d->scalar(u"SELECT 1 FROM articles WHERE id = ?"_s, {preferredId});
            if (!taken)
                return taken.error();
            if (!taken->isValid())
                wantedId = preferredId;
        }
        const Result<qint64> inserted = d->insert(
            u"articles"_s,
            {u"title"_s, u"text"_s, u"utf16_length"_s, u"source_path"_s, u"encoding"_s, u"sha256"_s, u"added"_s},
            {article.title(), article.text(), article.text().size(), article.sourcePath(), article.encoding(),
             article.sha256(), nowText()},
            wantedId);
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

Result<void> SqlProjectStore::removeArticle(qint64 id)
{
    if (const Result<void> writable = d->ensureWritable(); !writable)
        return writable;
    const Result<void> removed = d->changeOne(u"DELETE FROM articles WHERE id = ?"_s, {id}, noArticle(id));
    d->textLengths.remove(id);
    if (removed)
        notify({ProjectChange::Kind::ArticleRemoved, id, {}});
    return removed;
}

Result<QList<Label>> SqlProjectStore::labels() const
{
    return d->labels();
}

Result<qint64> SqlProjectStore::addLabel(const Label &label)
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
    // A label's id is kept when it is free (a copy of a project keeps its labels' ids).
    qint64 wantedId = 0;
    if (label.id > 0) {
        const Result<QVariant> taken = d->scalar(u"SELECT 1 FROM labels WHERE id = ?"_s, {label.id});
        if (!taken)
            return taken.error();
        if (!taken->isValid())
            wantedId = label.id;
    }
    const Result<qint64> id = d->insert(u"labels"_s, {u"name"_s, u"colour"_s, u"shortcut"_s},
                                        {label.name, label.colour, label.shortcut}, wantedId);
    if (id)
        notify({ProjectChange::Kind::LabelsChanged, 0, {}});
    return id;
}

Result<void> SqlProjectStore::updateLabel(const Label &label)
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

Result<void> SqlProjectStore::removeLabel(qint64 id)
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

Result<int> SqlProjectStore::labelUsage(const QString &name) const
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

Result<void> SqlProjectStore::replaceLabels(const QList<Label> &labels, const QHash<QString, QString> &renames)
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

namespace {

const QString kAnnotationColumns =
    u"a.id, l.name, a.utf16_start, a.utf16_end, a.status, a.origin, a.value, a.confidence, a.note, a.author, "
    u"a.created, a.modified, a.annotator, a.based_on, a.version, a.article_id "
    u"FROM annotations a JOIN labels l ON l.id = a.label_id"_s;

Annotation annotationFromRow(const QSqlQuery &query)
{
    Annotation annotation;
    annotation.id = query.value(0).toLongLong();
    annotation.label = query.value(1).toString();
    annotation.start = query.value(2).toLongLong();
    annotation.end = query.value(3).toLongLong();
    annotation.status = annotationStatusFromName(query.value(4).toString());
    annotation.origin = query.value(5).toString();
    annotation.value = valueFromText(query.value(6));
    annotation.confidence = query.value(7).toDouble();
    annotation.note = query.value(8).toString();
    annotation.author = query.value(9).toString();
    annotation.created = IsoTime::parse(query.value(10).toString());
    annotation.modified = IsoTime::parse(query.value(11).toString());
    annotation.annotator = query.value(12).toString();
    annotation.basedOn = query.value(13).toLongLong();
    annotation.version = query.value(14).toInt();
    return annotation;
}

} // namespace

Result<QList<Annotation>> SqlProjectStore::annotations(qint64 articleId) const
{
    const Result<qsizetype> length = d->textLength(articleId);
    if (!length)
        return length.error();
    const Result<QSqlQuery *> rows = d->run(
        u"SELECT "_s + kAnnotationColumns + u" WHERE a.article_id = ? ORDER BY a.utf16_start, a.utf16_end DESC, a.id"_s,
        {articleId});
    if (!rows)
        return rows.error();
    QSqlQuery &query = **rows;
    QList<Annotation> list;
    while (query.next()) {
        Annotation annotation = annotationFromRow(query);
        // A damaged or hand-edited file must not make spans point outside the text.
        if (annotation.start < 0 || annotation.start >= annotation.end || annotation.end > *length)
            continue;
        list.append(annotation);
    }
    if (const Result<void> finished = d->finish(query); !finished)
        return finished.error();
    return list;
}

Result<Annotation> SqlProjectStore::annotation(qint64 id, qint64 *articleId) const
{
    const Result<QSqlQuery *> rows = d->run(u"SELECT "_s + kAnnotationColumns + u" WHERE a.id = ?"_s, {id});
    if (!rows)
        return rows.error();
    QSqlQuery &query = **rows;
    if (!query.next()) {
        query.finish();
        return Error(tr("There is no annotation %1 in the project.").arg(id), Error::Kind::NotFound);
    }
    const Annotation annotation = annotationFromRow(query);
    if (articleId)
        *articleId = query.value(15).toLongLong();
    query.finish();
    return annotation;
}

Result<qint64> SqlProjectStore::addAnnotation(qint64 articleId, const Annotation &annotation)
{
    if (const Result<void> writable = d->ensureWritable(); !writable)
        return writable.error();
    if (const Result<void> span = d->checkSpan(articleId, annotation); !span)
        return span.error();
    const Result<qint64> label = d->annotationLabel(annotation.label);
    if (!label)
        return label;
    qint64 wantedId = 0;
    if (annotation.id > 0) {
        const Result<QVariant> taken = d->scalar(u"SELECT 1 FROM annotations WHERE id = ?"_s, {annotation.id});
        if (!taken)
            return taken.error();
        if (!taken->isValid())
            wantedId = annotation.id;
    }
    const Result<qint64> id = d->insert(
        u"annotations"_s,
        {u"article_id"_s, u"label_id"_s, u"utf16_start"_s, u"utf16_end"_s, u"status"_s, u"origin"_s, u"value"_s,
         u"confidence"_s, u"note"_s, u"author"_s, u"annotator"_s, u"based_on"_s, u"created"_s, u"modified"_s},
        {articleId, *label, annotation.start, annotation.end, annotationStatusName(annotation.status),
         annotation.origin, valueText(annotation.value), annotation.confidence, annotation.note, annotation.author,
         annotation.annotator, annotation.basedOn, timeText(annotation.created), timeText(annotation.modified)},
        wantedId);
    if (id)
        notify({ProjectChange::Kind::AnnotationsChanged, articleId, {}});
    return id;
}

Result<void> SqlProjectStore::updateAnnotation(const Annotation &annotation)
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
    // The version test and the change are one statement: two writers cannot both pass it.
    const Result<QSqlQuery *> updated = d->run(
        u"UPDATE annotations SET label_id = ?, utf16_start = ?, utf16_end = ?, status = ?, origin = ?, "
        u"value = ?, confidence = ?, note = ?, author = ?, annotator = ?, based_on = ?, modified = ?, "
        u"version = version + 1 WHERE id = ? AND (? = 0 OR version = ?)"_s,
        {*label, annotation.start, annotation.end, annotationStatusName(annotation.status), annotation.origin,
         valueText(annotation.value), annotation.confidence, annotation.note, annotation.author, annotation.annotator,
         annotation.basedOn, nowText(), annotation.id, annotation.version, annotation.version});
    if (!updated)
        return updated.error();
    const bool changed = (*updated)->numRowsAffected() == 1;
    (*updated)->finish();
    if (!changed) {
        return d->failed(tr("Someone else changed this annotation (%1) while you were editing it: their change is "
                            "shown now; make yours again if it is still needed.")
                             .arg(annotation.id),
                         Error::Kind::Conflict);
    }
    notify({ProjectChange::Kind::AnnotationsChanged, articleId->toLongLong(), {}});
    return {};
}

Result<void> SqlProjectStore::removeAnnotation(qint64 id)
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

Result<AnnotationCounts> SqlProjectStore::counts(qint64 articleId) const
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

Result<QVariant> SqlProjectStore::setting(const QString &key) const
{
    return d->scalar(u"SELECT value FROM settings WHERE key = ?"_s, {key});
}

Result<void> SqlProjectStore::setSetting(const QString &key, const QVariant &value)
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

Result<QHash<QString, QVariant>> SqlProjectStore::settings() const
{
    const Result<QSqlQuery *> rows = d->run(u"SELECT key, value FROM settings ORDER BY key"_s, {});
    if (!rows)
        return rows.error();
    QHash<QString, QVariant> all;
    while ((*rows)->next())
        all.insert((*rows)->value(0).toString(), (*rows)->value(1));
    (*rows)->finish();
    return all;
}

Result<QList<Assignment>> SqlProjectStore::assignments() const
{
    const Result<QSqlQuery *> rows =
        d->run(u"SELECT article_id, annotator, assigned, done FROM assignments ORDER BY article_id, annotator"_s, {});
    if (!rows)
        return rows.error();
    QList<Assignment> list;
    while ((*rows)->next()) {
        const QString done = (*rows)->value(3).toString();
        list.append({(*rows)->value(0).toLongLong(), (*rows)->value(1).toString(),
                     IsoTime::parse((*rows)->value(2).toString()),
                     done.isEmpty() ? QDateTime() : IsoTime::parse(done)});
    }
    (*rows)->finish();
    return list;
}

Result<QStringList> SqlProjectStore::annotatorNames() const
{
    const Result<QSqlQuery *> rows = d->run(u"SELECT DISTINCT annotator FROM annotations ORDER BY annotator"_s, {});
    if (!rows)
        return rows.error();
    QStringList names;
    while ((*rows)->next())
        names.append((*rows)->value(0).toString());
    (*rows)->finish();
    return names;
}

Result<void> SqlProjectStore::assign(qint64 articleId, const QString &annotator)
{
    if (const Result<void> writable = d->ensureWritable(); !writable)
        return writable;
    if (annotator.trimmed().isEmpty())
        return d->failed(tr("Name the annotator to assign the article to."), Error::Kind::Invalid);
    const Result<qsizetype> length = d->textLength(articleId);
    if (!length)
        return length.error();
    if (*length < 0)
        return d->fail(noArticle(articleId));
    const Result<void> added = d->execute(u"INSERT INTO assignments (article_id, annotator, assigned) VALUES (?, ?, ?) "
                                          u"ON CONFLICT (article_id, annotator) DO NOTHING"_s,
                                          {articleId, annotator, nowText()});
    if (added)
        notify({ProjectChange::Kind::AssignmentsChanged, articleId, {}});
    return added;
}

Result<void> SqlProjectStore::unassign(qint64 articleId, const QString &annotator)
{
    if (const Result<void> writable = d->ensureWritable(); !writable)
        return writable;
    const Result<void> removed =
        d->changeOne(u"DELETE FROM assignments WHERE article_id = ? AND annotator = ?"_s, {articleId, annotator},
                     Error(tr("Article %1 is not assigned to %2.").arg(QString::number(articleId), annotator),
                           Error::Kind::NotFound));
    if (removed)
        notify({ProjectChange::Kind::AssignmentsChanged, articleId, {}});
    return removed;
}

Result<void> SqlProjectStore::setDone(qint64 articleId, const QString &annotator, bool done)
{
    return transaction([&]() -> Result<void> {
        if (const Result<void> assigned = assign(articleId, annotator); !assigned)
            return assigned;
        const Result<void> marked =
            d->execute(u"UPDATE assignments SET done = ? WHERE article_id = ? AND annotator = ?"_s,
                       {done ? nowText() : QString(), articleId, annotator});
        if (marked)
            notify({ProjectChange::Kind::AssignmentsChanged, articleId, {}});
        return marked;
    });
}

} // namespace Hamish
