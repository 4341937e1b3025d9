// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Project.h"

#include "core/model/IsoTime.h"
#include "core/storage/ProjectFileHeader.h"
#include "core/storage/ProjectSchema.h"
#include "core/storage/Sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {

QString newConnectionName()
{
    static std::atomic<quint64> counter{0};
    return u"hamish-project-"_s + QString::number(++counter);
}

// Opens a QSQLITE connection under a fresh name; the caller removes it with closeConnection().
QSqlDatabase openConnection(const QString &path, bool readOnly, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, newConnectionName());
    db.setDatabaseName(path);
    db.setConnectOptions(readOnly ? u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s
                                  : u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open() && error)
        *error = db.lastError().text();
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

QString displayName(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

ProjectOpenResult Project::create(const QString &path, const QList<Label> &labels)
{
    if (QFileInfo::exists(path)) {
        return {nullptr, ProjectError::AlreadyExists,
                displayName(path) + u" already exists: choose another name, or open it instead."_s};
    }
    // Build the file under a temporary name and rename it into place, so a half-made project never
    // appears under the user's name.
    const QString temporary = path + u".new-"_s + QString::number(QCoreApplication::applicationPid());
    QFile::remove(temporary);
    QString error;
    {
        QSqlDatabase db = openConnection(temporary, false, &error);
        bool ok = db.isOpen() && db.transaction();
        ok = ok && ProjectSchema::create(db, &error);
        for (const Label &label : labels) {
            ok = ok
                 && Sql::exec(db, u"INSERT INTO labels (name, colour, shortcut) VALUES (?, ?, ?)"_s,
                              {label.name, label.colour, label.shortcut}, &error);
        }
        ok = ok && db.commit();
        ok = ok && ProjectSchema::stamp(db, &error) && Sql::exec(db, u"PRAGMA journal_mode = WAL"_s, {}, &error);
        closeConnection(db);
        if (!ok || !QFile::rename(temporary, path)) {
            QFile::remove(temporary);
            if (error.isEmpty())
                error = u"the folder may not be writable"_s;
            return {nullptr, ProjectError::Failed, u"Cannot create "_s + displayName(path) + u": "_s + error};
        }
    }
    return openChecked(path, OpenMode::ReadWrite);
}

ProjectOpenResult Project::open(const QString &path, OpenMode mode)
{
    return openChecked(path, mode);
}

ProjectOpenResult Project::openChecked(const QString &path, OpenMode mode)
{
    const QString name = displayName(path);
    const QFileInfo info(path);
    if (!info.exists())
        return {nullptr, ProjectError::NotFound, name + u" does not exist."_s};
    if (info.isDir())
        return {nullptr, ProjectError::Unreadable, name + u" is a folder, not a project file."_s};

    // Classify the file from its header before SQLite touches it.
    QString error;
    const ProjectFileHeader header = ProjectFileHeader::read(path, &error);
    if (!error.isEmpty())
        return {nullptr, ProjectError::Unreadable, u"Cannot read "_s + name + u": "_s + error};
    const QString untouched = u" The file was not changed."_s;
    if (!header.isSqlite()) {
        return {nullptr, ProjectError::NotAProject,
                name + u" is not a Hamish project: it is not an SQLite database, or its beginning is damaged."_s
                    + untouched};
    }
    if (header.applicationId() != ProjectSchema::kApplicationId) {
        return {nullptr, ProjectError::NotAProject,
                name + u" is an SQLite database but not a Hamish project."_s + untouched};
    }
    if (header.userVersion() > quint32(ProjectSchema::kVersion)) {
        return {nullptr, ProjectError::NewerVersion,
                name + u" was saved by a newer version of Hamish (project format "_s
                    + QString::number(header.userVersion()) + u", this Hamish reads up to "_s
                    + QString::number(ProjectSchema::kVersion) + u"). Update Hamish to open it."_s + untouched};
    }

    std::unique_ptr<Project> project(new Project);
    project->m_path = path;
    project->m_readOnly = mode == OpenMode::ReadOnly;
    if (mode == OpenMode::ReadWrite) {
        if (!info.isWritable()) {
            project->m_readOnly = true;
            project->m_readOnlyReason = name + u" is a read-only file: opened read-only."_s;
        } else {
            project->m_lock = std::make_unique<QLockFile>(path + u".lock"_s);
            // A lock left by a process that died is stale whatever its age; a live one never is.
            project->m_lock->setStaleLockTime(0);
            if (!project->m_lock->tryLock(0)) {
                qint64 pid = 0;
                QString host, application;
                const bool known = project->m_lock->getLockInfo(&pid, &host, &application);
                project->m_readOnly = true;
                const QString owner =
                    known ? u" (process "_s + QString::number(pid) + u" on "_s + host + u')' : QString();
                project->m_readOnlyReason =
                    project->m_lock->error() == QLockFile::LockFailedError
                        ? QString(name + u" is open in another Hamish"_s + owner
                                  + u": opened read-only. Close it there to edit here."_s)
                        : QString(name
                                  + u": cannot create a lock file beside it (is the folder writable?): "
                                    u"opened read-only."_s);
                project->m_lock.reset();
            }
        }
    }

    // Check the database with a read-only connection, so a damaged file is refused before anything writes.
    int schemaVersion = 0;
    {
        QSqlDatabase check = openConnection(path, true, &error);
        QVariant applicationId, version, quickCheck;
        if (check.isOpen()) {
            applicationId = Sql::scalar(check, u"PRAGMA application_id"_s, {}, &error);
            version = Sql::scalar(check, u"PRAGMA user_version"_s, {}, &error);
            quickCheck = Sql::scalar(check, u"PRAGMA quick_check"_s, {}, &error);
        }
        closeConnection(check);
        if (!quickCheck.isValid() || quickCheck.toString() != u"ok"_s) {
            const QString details = quickCheck.isValid() ? quickCheck.toString() : error;
            return {nullptr, ProjectError::Corrupt,
                    name + u" is a Hamish project but its database is damaged ("_s + details
                        + u"). Restore it from a copy."_s + untouched};
        }
        if (applicationId.toLongLong() != ProjectSchema::kApplicationId) {
            return {nullptr, ProjectError::NotAProject,
                    name + u" is an SQLite database but not a Hamish project."_s + untouched};
        }
        if (version.toInt() > ProjectSchema::kVersion) {
            return {nullptr, ProjectError::NewerVersion,
                    name + u" was saved by a newer version of Hamish: update Hamish to open it."_s + untouched};
        }
        if (version.toInt() < ProjectSchema::kVersion && project->m_readOnly) {
            return {nullptr, ProjectError::Locked,
                    name + u" was saved by an older Hamish and must be upgraded, which needs write access. "_s
                        + project->m_readOnlyReason + untouched};
        }
        // The header read above may lag behind the write-ahead log; this query is authoritative.
        schemaVersion = version.toInt();
    }

    project->m_db = openConnection(path, project->m_readOnly, &error);
    project->m_connectionName = project->m_db.connectionName();
    bool ok = project->m_db.isOpen();
    if (ok && !project->m_readOnly) {
        // WAL with synchronous=FULL: each commit is one append and one fsync, durable when it returns;
        // a killed process leaves the file valid and loses at most the transaction it was writing.
        ok = Sql::exec(project->m_db, u"PRAGMA journal_mode = WAL"_s, {}, &error)
             && Sql::exec(project->m_db, u"PRAGMA synchronous = FULL"_s, {}, &error)
             && Sql::exec(project->m_db, u"PRAGMA foreign_keys = ON"_s, {}, &error);
        if (ok && schemaVersion < ProjectSchema::kVersion) {
            ok = project->m_db.transaction() && ProjectSchema::migrate(project->m_db, schemaVersion, &error);
            ok = ok ? project->m_db.commit() : (project->m_db.rollback(), false);
            if (!ok) {
                return {nullptr, ProjectError::Failed,
                        u"Cannot upgrade "_s + name + u" from project format "_s + QString::number(schemaVersion)
                            + u": "_s + error + u" The file was not changed."_s};
            }
        }
    }
    if (!ok) {
        return {nullptr, ProjectError::Failed, u"Cannot open "_s + name + u": "_s + error};
    }
    QString notice = project->m_readOnlyReason;
    return {std::move(project), ProjectError::None, notice};
}

Project::~Project()
{
    m_statements.clear();
    closeConnection(m_db);
    if (m_lock)
        m_lock->unlock();
}

bool Project::fail(const QString &message) const
{
    m_lastError = message;
    if (m_transactionDepth > 0)
        m_transactionFailed = true;
    return false;
}

bool Project::ensureWritable()
{
    if (!m_readOnly)
        return true;
    return fail(m_readOnlyReason.isEmpty() ? displayName(m_path) + u" is open read-only."_s : m_readOnlyReason);
}

QSqlQuery &Project::prepared(const QString &sql) const
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            m_lastError = query.lastError().text();
        it = m_statements.insert(sql, query);
    }
    return *it;
}

QSqlQuery *Project::run(const QString &sql, const QVariantList &values) const
{
    QSqlQuery &query = prepared(sql);
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), Sql::bindable(values.at(i)));
    if (!query.exec()) {
        fail(query.lastError().text());
        return nullptr;
    }
    return &query;
}

bool Project::execute(const QString &sql, const QVariantList &values)
{
    QSqlQuery *query = run(sql, values);
    if (query)
        query->finish();
    return query != nullptr;
}

qint64 Project::insert(const QString &sql, const QVariantList &values)
{
    QSqlQuery *query = run(sql, values);
    if (!query)
        return 0;
    const qint64 id = query->lastInsertId().toLongLong();
    query->finish();
    return id;
}

bool Project::transaction(const std::function<bool()> &work)
{
    if (!ensureWritable())
        return false;
    if (m_transactionDepth > 0)
        return work();
    if (!m_db.transaction())
        return fail(m_db.lastError().text());
    ++m_transactionDepth;
    m_transactionFailed = false;
    m_lastError.clear();
    const bool worked = work() && !m_transactionFailed;
    --m_transactionDepth;
    if (worked && m_db.commit())
        return true;
    const QString error = m_lastError.isEmpty() ? m_db.lastError().text() : m_lastError;
    m_db.rollback();
    m_labelIds.clear();
    m_textLengths.clear();
    return fail(error);
}

QList<ArticleSummary> Project::articles() const
{
    QList<ArticleSummary> list;
    QHash<qint64, qsizetype> index;
    if (QSqlQuery *query = run(u"SELECT id, title, source_path, sha256 FROM articles ORDER BY id"_s, {})) {
        while (query->next()) {
            index.insert(query->value(0).toLongLong(), list.size());
            list.append({query->value(0).toLongLong(),
                         query->value(1).toString(),
                         query->value(2).toString(),
                         query->value(3).toString(),
                         {}});
        }
        query->finish();
    }
    if (QSqlQuery *query =
            run(u"SELECT article_id, status, COUNT(*) FROM annotations GROUP BY article_id, status"_s, {})) {
        while (query->next()) {
            const auto it = index.constFind(query->value(0).toLongLong());
            if (it == index.constEnd())
                continue;
            AnnotationCounts &counts = list[*it].counts;
            const int count = query->value(2).toInt();
            const AnnotationStatus status = annotationStatusFromName(query->value(1).toString());
            (status == AnnotationStatus::Accepted   ? counts.accepted
             : status == AnnotationStatus::Rejected ? counts.rejected
                                                    : counts.suggested) += count;
        }
        query->finish();
    }
    return list;
}

std::optional<Article> Project::article(qint64 id) const
{
    QSqlQuery *query = run(u"SELECT text, title, source_path, encoding FROM articles WHERE id = ?"_s, {id});
    if (!query)
        return std::nullopt;
    if (!query->next()) {
        query->finish();
        fail(u"There is no article "_s + QString::number(id) + u" in the project."_s);
        return std::nullopt;
    }
    const QString text = query->value(0).toString();
    const QString title = query->value(1).toString();
    const QString source = query->value(2).toString();
    const QString encoding = query->value(3).toString();
    query->finish();

    QList<Block> blocks;
    if (QSqlQuery *rows = run(u"SELECT role, utf16_start, utf16_length FROM blocks WHERE article_id = ? "
                              u"ORDER BY position"_s,
                              {id})) {
        while (rows->next()) {
            const Block block{blockRoleFromName(rows->value(0).toString()), rows->value(1).toLongLong(),
                              rows->value(2).toLongLong()};
            // A damaged or hand-edited file must not make blocks point outside the text.
            if (block.start >= 0 && block.length >= 0 && block.end() <= text.size())
                blocks.append(block);
        }
        rows->finish();
    }
    if (blocks.isEmpty() && !text.isEmpty())
        blocks.append({BlockRole::Paragraph, 0, text.size()});
    Article article(text, blocks);
    article.setTitle(title);
    article.setSourcePath(source);
    article.setEncoding(encoding);
    return article;
}

qint64 Project::articleIdBySha256(const QString &sha256) const
{
    QSqlQuery *query = run(u"SELECT id FROM articles WHERE sha256 = ? ORDER BY id LIMIT 1"_s, {sha256});
    const qint64 id = query && query->next() ? query->value(0).toLongLong() : 0;
    if (query)
        query->finish();
    return id;
}

qint64 Project::addArticle(const Article &article, const QList<Annotation> &annotations, qint64 preferredId)
{
    qint64 id = 0;
    const bool ok = transaction([&] {
        QVariant wantedId(QMetaType::fromType<qint64>());
        if (preferredId > 0
            && Sql::scalar(m_db, u"SELECT COUNT(*) FROM articles WHERE id = ?"_s, {preferredId}).toInt() == 0)
            wantedId = preferredId;
        id = insert(u"INSERT INTO articles (id, title, text, utf16_length, source_path, encoding, sha256, added) "
                    u"VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                    {wantedId, article.title(), article.text(), article.text().size(), article.sourcePath(),
                     article.encoding(), article.sha256(), nowText()});
        if (id == 0)
            return false;
        m_textLengths.insert(id, article.text().size());
        for (qsizetype i = 0; i < article.blocks().size(); ++i) {
            const Block &block = article.blocks().at(i);
            if (!execute(u"INSERT INTO blocks (article_id, position, role, utf16_start, utf16_length) "
                         u"VALUES (?, ?, ?, ?, ?)"_s,
                         {id, i, blockRoleName(block.role), block.start, block.length}))
                return false;
        }
        for (const Annotation &annotation : annotations) {
            if (addAnnotation(id, annotation) == 0)
                return false;
        }
        return true;
    });
    return ok ? id : 0;
}

bool Project::removeArticle(qint64 id)
{
    if (!ensureWritable())
        return false;
    QSqlQuery *query = run(u"DELETE FROM articles WHERE id = ?"_s, {id});
    if (!query)
        return false;
    const bool removed = query->numRowsAffected() == 1;
    query->finish();
    m_textLengths.remove(id);
    return removed || fail(u"There is no article "_s + QString::number(id) + u" in the project."_s);
}

QList<Label> Project::labels() const
{
    QList<Label> list;
    if (QSqlQuery *query = run(u"SELECT id, name, colour, shortcut FROM labels ORDER BY id"_s, {})) {
        while (query->next()) {
            list.append({query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toString(),
                         query->value(3).toString()});
        }
        query->finish();
    }
    return list;
}

qint64 Project::labelId(const QString &name) const
{
    if (m_labelIds.isEmpty()) {
        for (const Label &label : labels())
            m_labelIds.insert(label.name, label.id);
    }
    return m_labelIds.value(name, 0);
}

qint64 Project::addLabel(const Label &label)
{
    if (!ensureWritable())
        return 0;
    if (label.name.trimmed().isEmpty()) {
        fail(u"A label needs a name."_s);
        return 0;
    }
    if (labelId(label.name) != 0) {
        fail(u"There is already a label named "_s + label.name + u'.');
        return 0;
    }
    m_labelIds.clear();
    return insert(u"INSERT INTO labels (name, colour, shortcut) VALUES (?, ?, ?)"_s,
                  {label.name, label.colour, label.shortcut});
}

bool Project::updateLabel(const Label &label)
{
    if (!ensureWritable())
        return false;
    const qint64 existing = labelId(label.name);
    if (label.name.trimmed().isEmpty() || (existing != 0 && existing != label.id))
        return fail(u"There is already a label named "_s + label.name + u'.');
    m_labelIds.clear();
    QSqlQuery *query = run(u"UPDATE labels SET name = ?, colour = ?, shortcut = ? WHERE id = ?"_s,
                           {label.name, label.colour, label.shortcut, label.id});
    if (!query)
        return false;
    const bool updated = query->numRowsAffected() == 1;
    query->finish();
    return updated || fail(u"There is no label "_s + QString::number(label.id) + u" in the project."_s);
}

bool Project::removeLabel(qint64 id)
{
    if (!ensureWritable())
        return false;
    const int used = Sql::scalar(m_db, u"SELECT COUNT(*) FROM annotations WHERE label_id = ?"_s, {id}).toInt();
    if (used > 0) {
        return fail(QString::number(used)
                    + u" annotations use this label: change or remove them before removing the label."_s);
    }
    m_labelIds.clear();
    QSqlQuery *query = run(u"DELETE FROM labels WHERE id = ?"_s, {id});
    if (!query)
        return false;
    const bool removed = query->numRowsAffected() == 1;
    query->finish();
    return removed || fail(u"There is no label "_s + QString::number(id) + u" in the project."_s);
}

int Project::labelUsage(const QString &name) const
{
    const qint64 id = labelId(name);
    return id == 0 ? 0 : Sql::scalar(m_db, u"SELECT COUNT(*) FROM annotations WHERE label_id = ?"_s, {id}).toInt();
}

bool Project::replaceLabels(const QList<Label> &labels, const QHash<QString, QString> &renames)
{
    QHash<QString, Label> wanted;
    for (const Label &label : labels) {
        if (label.name.trimmed().isEmpty())
            return fail(u"A label needs a name."_s);
        if (wanted.contains(label.name))
            return fail(u"There are two labels named "_s + label.name + u'.');
        wanted.insert(label.name, label);
    }
    // What a label becomes: its new name (renamed), its own name (kept), or nothing (deleted).
    const auto becomes = [&](const QString &name) {
        const QString to = renames.value(name);
        if (!to.isEmpty() && wanted.contains(to))
            return to;
        return wanted.contains(name) ? name : QString();
    };
    return transaction([&] {
        const QList<Label> before = this->labels();
        // Deleted labels go first, with their annotations in every article; renamed ones take a placeholder
        // name, so that no final name collides with one still in use (swaps included).
        for (const Label &label : before) {
            const QString to = becomes(label.name);
            if (to.isEmpty()) {
                QSqlQuery *annotations = run(u"DELETE FROM annotations WHERE label_id = ?"_s, {label.id});
                if (!annotations)
                    return false;
                annotations->finish();
                if (!removeLabel(label.id))
                    return false;
            } else if (to != label.name) {
                Label placeholder = label;
                placeholder.name = u"\u0001renaming "_s + QString::number(label.id);
                if (!updateLabel(placeholder))
                    return false;
            }
        }
        QSet<QString> kept;
        for (const Label &label : before) {
            const QString to = becomes(label.name);
            if (to.isEmpty())
                continue;
            Label updated = wanted.value(to);
            updated.id = label.id;
            kept.insert(to);
            if (updated != label && !updateLabel(updated))
                return false;
        }
        for (const Label &label : labels) {
            if (!kept.contains(label.name) && addLabel(label) == 0)
                return false;
        }
        return true;
    });
}

qsizetype Project::textLength(qint64 articleId) const
{
    const auto it = m_textLengths.constFind(articleId);
    if (it != m_textLengths.constEnd())
        return *it;
    QSqlQuery *query = run(u"SELECT utf16_length FROM articles WHERE id = ?"_s, {articleId});
    const qsizetype length = query && query->next() ? query->value(0).toLongLong() : -1;
    if (query)
        query->finish();
    if (length >= 0)
        m_textLengths.insert(articleId, length);
    return length;
}

bool Project::validSpan(qint64 articleId, const Annotation &annotation)
{
    const qsizetype length = textLength(articleId);
    if (length < 0)
        return fail(u"There is no article "_s + QString::number(articleId) + u" in the project."_s);
    if (annotation.start < 0 || annotation.start >= annotation.end || annotation.end > length) {
        return fail(u"The span "_s + QString::number(annotation.start) + u'-' + QString::number(annotation.end)
                    + u" is not inside the article's text (length "_s + QString::number(length) + u")."_s);
    }
    return true;
}

QList<Annotation> Project::annotations(qint64 articleId) const
{
    QList<Annotation> list;
    const qsizetype length = textLength(articleId);
    QSqlQuery *query =
        run(u"SELECT a.id, l.name, a.utf16_start, a.utf16_end, a.status, a.origin, a.value, a.confidence, "
            u"a.note, a.author, a.created, a.modified FROM annotations a JOIN labels l ON l.id = a.label_id "
            u"WHERE a.article_id = ? ORDER BY a.utf16_start, a.utf16_end DESC, a.id"_s,
            {articleId});
    if (!query)
        return list;
    while (query->next()) {
        Annotation annotation;
        annotation.id = query->value(0).toLongLong();
        annotation.label = query->value(1).toString();
        annotation.start = query->value(2).toLongLong();
        annotation.end = query->value(3).toLongLong();
        // A damaged or hand-edited file must not make spans point outside the text.
        if (annotation.start < 0 || annotation.start >= annotation.end || annotation.end > length)
            continue;
        annotation.status = annotationStatusFromName(query->value(4).toString());
        annotation.origin = query->value(5).toString();
        annotation.value = valueFromText(query->value(6));
        annotation.confidence = query->value(7).toDouble();
        annotation.note = query->value(8).toString();
        annotation.author = query->value(9).toString();
        annotation.created = IsoTime::parse(query->value(10).toString());
        annotation.modified = IsoTime::parse(query->value(11).toString());
        list.append(annotation);
    }
    query->finish();
    return list;
}

qint64 Project::addAnnotation(qint64 articleId, const Annotation &annotation)
{
    if (!ensureWritable() || !validSpan(articleId, annotation))
        return 0;
    const qint64 label = labelId(annotation.label);
    if (label == 0) {
        fail(u"The project has no label named "_s + annotation.label + u'.');
        return 0;
    }
    QVariant wantedId(QMetaType::fromType<qint64>());
    if (annotation.id > 0 && !hasAnnotation(annotation.id))
        wantedId = annotation.id;
    return insert(u"INSERT INTO annotations (id, article_id, label_id, utf16_start, utf16_end, status, origin, "
                  u"value, confidence, note, author, created, modified) "
                  u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                  {wantedId, articleId, label, annotation.start, annotation.end,
                   annotationStatusName(annotation.status), annotation.origin, valueText(annotation.value),
                   annotation.confidence, annotation.note, annotation.author, timeText(annotation.created),
                   timeText(annotation.modified)});
}

bool Project::updateAnnotation(const Annotation &annotation)
{
    if (!ensureWritable())
        return false;
    const QVariant articleId = Sql::scalar(m_db, u"SELECT article_id FROM annotations WHERE id = ?"_s, {annotation.id});
    if (!articleId.isValid())
        return fail(u"There is no annotation "_s + QString::number(annotation.id) + u" in the project."_s);
    if (!validSpan(articleId.toLongLong(), annotation))
        return false;
    const qint64 label = labelId(annotation.label);
    if (label == 0)
        return fail(u"The project has no label named "_s + annotation.label + u'.');
    return execute(u"UPDATE annotations SET label_id = ?, utf16_start = ?, utf16_end = ?, status = ?, origin = ?, "
                   u"value = ?, confidence = ?, note = ?, author = ?, modified = ? WHERE id = ?"_s,
                   {label, annotation.start, annotation.end, annotationStatusName(annotation.status), annotation.origin,
                    valueText(annotation.value), annotation.confidence, annotation.note, annotation.author, nowText(),
                    annotation.id});
}

bool Project::removeAnnotation(qint64 id)
{
    if (!ensureWritable())
        return false;
    QSqlQuery *query = run(u"DELETE FROM annotations WHERE id = ?"_s, {id});
    if (!query)
        return false;
    const bool removed = query->numRowsAffected() == 1;
    query->finish();
    return removed || fail(u"There is no annotation "_s + QString::number(id) + u" in the project."_s);
}

bool Project::hasAnnotation(qint64 id) const
{
    QSqlQuery *query = run(u"SELECT 1 FROM annotations WHERE id = ?"_s, {id});
    const bool found = query && query->next();
    if (query)
        query->finish();
    return found;
}

AnnotationCounts Project::counts(qint64 articleId) const
{
    AnnotationCounts counts;
    if (QSqlQuery *query =
            run(u"SELECT status, COUNT(*) FROM annotations WHERE article_id = ? GROUP BY status"_s, {articleId})) {
        while (query->next()) {
            const AnnotationStatus status = annotationStatusFromName(query->value(0).toString());
            (status == AnnotationStatus::Accepted   ? counts.accepted
             : status == AnnotationStatus::Rejected ? counts.rejected
                                                    : counts.suggested) += query->value(1).toInt();
        }
        query->finish();
    }
    return counts;
}

QVariant Project::setting(const QString &key, const QVariant &fallback) const
{
    QSqlQuery *query = run(u"SELECT value FROM settings WHERE key = ?"_s, {key});
    const QVariant value = query && query->next() ? query->value(0) : fallback;
    if (query)
        query->finish();
    return value;
}

bool Project::setSetting(const QString &key, const QVariant &value)
{
    if (!ensureWritable())
        return false;
    if (!value.isValid() || value.isNull())
        return execute(u"DELETE FROM settings WHERE key = ?"_s, {key});
    return execute(u"INSERT INTO settings (key, value) VALUES (?, ?) "
                   u"ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s,
                   {key, value});
}

bool Project::saveCopy(const QString &path)
{
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_path).absoluteFilePath())
        return fail(u"Choose another file name: a copy cannot replace the project itself."_s);
    if (m_transactionDepth > 0)
        return fail(u"Cannot save a copy in the middle of an edit."_s);
    // VACUUM INTO writes a consistent, compact snapshot; the rename makes it appear all at once.
    const QString temporary = path + u".part-"_s + QString::number(QCoreApplication::applicationPid());
    QFile::remove(temporary);
    QString error;
    if (!Sql::exec(m_db, u"VACUUM INTO ?"_s, {temporary}, &error)) {
        QFile::remove(temporary);
        return fail(u"Cannot write "_s + displayName(path) + u": "_s + error);
    }
    QFile written(temporary);
    const bool synced = written.open(QIODevice::ReadWrite) && ::fsync(written.handle()) == 0;
    written.close();
    if (!synced || std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(temporary);
        return fail(u"Cannot write "_s + displayName(path) + u": the folder may not be writable."_s);
    }
    return true;
}

bool Project::checkIntegrity(QString *details) const
{
    QStringList problems;
    if (QSqlQuery *query = run(u"PRAGMA integrity_check"_s, {})) {
        while (query->next())
            problems.append(query->value(0).toString());
        query->finish();
    } else {
        problems.append(m_lastError);
    }
    const bool ok = problems == QStringList{u"ok"_s};
    if (details)
        *details = problems.join(u'\n');
    return ok;
}

} // namespace Hamish
