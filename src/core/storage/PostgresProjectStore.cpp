// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/PostgresProjectStore.h"

#include "core/storage/PostgresConnection.h"
#include "core/storage/ProjectCopy.h"
#include "core/storage/Sql.h"
#include "core/storage/SqlStoreCore.h"
#include "core/storage/SqliteProjectStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Hamish {

using namespace SqlStoreDetail;

namespace {

const QString kChannel = u"hamish"_s;

// The schema the connection works in (the location's, or the database's first on the search path).
QString currentSchema(const QSqlDatabase &db, QString *error)
{
    return Sql::scalar(db, u"SELECT current_schema()"_s, {}, error).toString();
}

} // namespace

PostgresProjectStore::PostgresProjectStore(const ServerLocation &location)
    : SqlProjectStore(std::make_unique<Core>())
    , m_location(location)
{
    d->dialect = SqlDialect::Postgres;
    d->location = location.url();
    d->name = location.displayName();
}

PostgresProjectStore::~PostgresProjectStore()
{
    // The listener watches the connection's socket: it goes before the connection does.
    d->afterStatement = nullptr;
    m_listener.reset();
}

Result<void> PostgresProjectStore::connect()
{
    QString error;
    d->afterStatement = nullptr;
    m_listener.reset();
    closeConnection(d->db);
    d->statements.clear();
    d->db = PostgresConnection::open(m_location, &error);
    if (!d->db.isOpen()) {
        return Error(tr("Cannot connect to %1: %2").arg(m_location.displayName(), error), Error::Kind::Disconnected);
    }
    if (m_location.user.isEmpty())
        m_location.user = Sql::scalar(d->db, u"SELECT current_user"_s).toString();
    m_schema = currentSchema(d->db, &error);
    return {};
}

Result<std::unique_ptr<PostgresProjectStore>> PostgresProjectStore::create(const ServerLocation &location,
                                                                           const QList<Label> &labels)
{
    const QString name = location.displayName();
    std::unique_ptr<PostgresProjectStore> store(new PostgresProjectStore(location));
    if (const Result<void> connected = store->connect(); !connected)
        return connected.error();
    QSqlDatabase &db = store->d->db;
    QString error;
    if (!location.schema.isEmpty()
        && !Sql::exec(db, u"CREATE SCHEMA IF NOT EXISTS "_s + PostgresConnection::quoted(location.schema), {}, &error))
        return Error(tr("Cannot create the schema %1 in %2: %3").arg(location.schema, name, error));
    const QString schema = location.schema.isEmpty() ? currentSchema(db, &error) : location.schema;
    if (schema.isEmpty())
        return Error(
            tr("Cannot create a project in %1: the database has no schema to put it in (%2).").arg(name, error));
    const QVariant tables =
        Sql::scalar(db, u"SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = ?"_s, {schema}, &error);
    const QVariant project = Sql::scalar(
        db, u"SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = ? AND table_name = 'hamish_schema'"_s,
        {schema}, &error);
    if (!tables.isValid())
        return Error(tr("Cannot create a project in %1: %2").arg(name, error));
    if (project.toInt() > 0) {
        return Error(tr("%1 already holds a Hamish project: open it instead, or give another database or "
                        "?schema=NAME.")
                         .arg(name),
                     Error::Kind::AlreadyExists);
    }
    if (tables.toInt() > 0) {
        return Error(tr("%1 is not empty (%2 tables in schema %3): a project needs an empty database, or a "
                        "schema of its own (add ?schema=NAME to the URL).")
                         .arg(name, tables.toString(), schema),
                     Error::Kind::AlreadyExists);
    }
    bool ok = db.transaction() && ProjectSchema::create(db, SqlDialect::Postgres, &error);
    for (const Label &label : labels) {
        ok = ok
             && Sql::exec(db, u"INSERT INTO labels (name, colour, shortcut) VALUES (?, ?, ?)"_s,
                          {label.name, label.colour, label.shortcut}, &error);
    }
    ok = ok && ProjectSchema::stamp(db, SqlDialect::Postgres, &error);
    if (ok && !db.commit()) {
        ok = false;
        error = db.lastError().text();
    }
    if (!ok) {
        if (error.isEmpty())
            error = db.lastError().text();
        db.rollback();
        return Error(tr("Cannot create a project in %1: %2").arg(name, error));
    }
    store.reset();
    return open(location, OpenMode::ReadWrite);
}

Result<std::unique_ptr<PostgresProjectStore>> PostgresProjectStore::open(const ServerLocation &location, OpenMode mode)
{
    const QString name = location.displayName();
    const QString untouched = u' ' + tr("The database was not changed.");
    std::unique_ptr<PostgresProjectStore> store(new PostgresProjectStore(location));
    if (const Result<void> connected = store->connect(); !connected)
        return connected.error();
    Core &p = *store->d;
    p.readOnly = mode == OpenMode::ReadOnly;
    QString error;
    const auto readVersion = [&](int *version) -> std::optional<Error> {
        const QVariant present = Sql::scalar(p.db, u"SELECT to_regclass('hamish_schema') IS NOT NULL"_s, {}, &error);
        if (!present.isValid())
            return Error(tr("Cannot open %1: %2").arg(name, error));
        if (!present.toBool()) {
            return Error(tr("There is no Hamish project in %1: create one with “hamish new %2”, or check the "
                            "database and schema.")
                             .arg(name, location.url()),
                         Error::Kind::NotFound);
        }
        QSqlQuery query(p.db);
        if (!Sql::exec(query, u"SELECT application, version FROM hamish_schema"_s, {}, &error) || !query.next())
            return Error(tr("%1 is not a Hamish project (its version is missing).").arg(name) + untouched,
                         Error::Kind::Unsupported);
        if (query.value(0).toLongLong() != ProjectSchema::kApplicationId)
            return Error(tr("%1 is not a Hamish project.").arg(name) + untouched, Error::Kind::Unsupported);
        *version = query.value(1).toInt();
        if (*version > ProjectSchema::kVersion) {
            return Error(tr("%1 was made by a newer version of Hamish (project format %2, this Hamish reads up to %3). "
                            "Update Hamish to open it.")
                                 .arg(name, QString::number(*version), QString::number(ProjectSchema::kVersion))
                             + untouched,
                         Error::Kind::NewerVersion);
        }
        return std::nullopt;
    };
    int version = 0;
    if (const std::optional<Error> refused = readVersion(&version))
        return *refused;
    if (version < ProjectSchema::kVersion) {
        if (p.readOnly) {
            return Error(tr("%1 was made by an older Hamish and must be upgraded, which needs write access.").arg(name)
                             + untouched,
                         Error::Kind::Locked);
        }
        // One transaction, holding the version row: two Hamish opening the project at once upgrade it once.
        bool ok =
            p.db.transaction() && Sql::exec(p.db, u"LOCK TABLE hamish_schema IN ACCESS EXCLUSIVE MODE"_s, {}, &error);
        if (ok) {
            if (const std::optional<Error> refused = readVersion(&version)) {
                p.db.rollback();
                return *refused;
            }
            ok = version == ProjectSchema::kVersion
                 || ProjectSchema::migrate(p.db, SqlDialect::Postgres, version, &error);
        }
        ok = ok ? p.db.commit() : (p.db.rollback(), false);
        if (!ok) {
            return Error(tr("Cannot upgrade %1 from project format %2: %3").arg(name, QString::number(version), error)
                         + untouched);
        }
    }
    if (const Result<void> listening = store->listen(); !listening)
        return listening.error();
    p.name = store->m_location.displayName();
    return store;
}

Result<void> PostgresProjectStore::listen()
{
    d->afterStatement = nullptr;
    m_listener = std::make_unique<PostgresListener>(d->db, kChannel);
    if (!m_listener->isListening()) {
        return Error(tr("Cannot follow the changes others make to %1: %2").arg(d->name, m_listener->error()),
                     Error::Kind::Disconnected);
    }
    QObject::connect(m_listener.get(), &PostgresListener::notified, this, &PostgresProjectStore::onNotification);
    PostgresListener *listener = m_listener.get();
    d->afterStatement = [listener] {
        listener->collect();
    };
    return {};
}

void PostgresProjectStore::onNotification(const QString &payload, bool fromHere)
{
    // "<schema> <table> <operation> <article id or key>"; a key may hold spaces.
    const QStringList parts = payload.split(u' ');
    if (parts.size() < 4 || fromHere)
        return;
    if (parts[0] != m_schema)
        return;
    const QString &table = parts[1];
    const QString &operation = parts[2];
    const QString detail = parts.mid(3).join(u' ');
    ProjectChange change;
    change.remote = true;
    change.articleId = detail.toLongLong();
    if (table == u"annotations") {
        change.kind = ProjectChange::Kind::AnnotationsChanged;
    } else if (table == u"articles") {
        change.kind = operation == u"DELETE" ? ProjectChange::Kind::ArticleRemoved : ProjectChange::Kind::ArticleAdded;
        d->textLengths.remove(change.articleId);
    } else if (table == u"labels") {
        change.kind = ProjectChange::Kind::LabelsChanged;
        change.articleId = 0;
        d->labelIds.clear();
    } else if (table == u"settings") {
        change.kind = ProjectChange::Kind::SettingChanged;
        change.articleId = 0;
        change.key = detail;
    } else if (table == u"assignments") {
        change.kind = ProjectChange::Kind::AssignmentsChanged;
    } else {
        return;
    }
    emit changed(change);
}

QString PostgresProjectStore::location() const
{
    return d->location;
}

QString PostgresProjectStore::displayName() const
{
    return d->name;
}

QString PostgresProjectStore::serverAndUser() const
{
    return m_location.serverAndUser();
}

bool PostgresProjectStore::isConnected() const
{
    return !d->disconnected && !PostgresConnection::isBroken(d->db);
}

QString PostgresProjectStore::connectionError() const
{
    if (d->disconnected)
        return d->disconnected->message();
    return PostgresConnection::isBroken(d->db) ? tr("The connection to the server of %1 was lost.").arg(d->name)
                                               : QString();
}

Result<void> PostgresProjectStore::reconnect()
{
    if (d->transactionDepth > 0)
        return Error(tr("Cannot reconnect in the middle of an edit."));
    if (const Result<void> connected = connect(); !connected)
        return connected;
    if (const Result<void> listening = listen(); !listening)
        return listening;
    d->disconnected.reset();
    forgetCaches();
    // What others changed while we were away was not announced to us: anything may have changed.
    emit changed({ProjectChange::Kind::AnnotationsChanged, 0, {}, true});
    emit changed({ProjectChange::Kind::LabelsChanged, 0, {}, true});
    return {};
}

Result<void> PostgresProjectStore::saveCopy(const QString &path)
{
    if (isServerLocation(path))
        return Error(tr("A copy is saved to a file: to copy a project to a server, use “hamish copy”."),
                     Error::Kind::Invalid);
    if (d->transactionDepth > 0)
        return Error(tr("Cannot save a copy in the middle of an edit."));
    // Build the file under a temporary name and rename it into place.
    const QString temporary = path + u".part-"_s + QString::number(QCoreApplication::applicationPid());
    QFile::remove(temporary);
    Result<void> copied;
    {
        Result<std::unique_ptr<SqliteProjectStore>> file = SqliteProjectStore::create(temporary, {});
        if (!file)
            return file.error();
        if (const Result<ProjectCopy::Counts> counts = ProjectCopy::copy(*this, **file); !counts)
            copied = counts.error();
    }
    QFile::remove(temporary + u".lock"_s);
    if (copied) {
        QFile::remove(path);
        if (!QFile::rename(temporary, path))
            copied = Error(tr("Cannot write %1: the folder may not be writable.").arg(nativeName(path)));
    }
    if (!copied)
        QFile::remove(temporary);
    return copied;
}

Result<void> PostgresProjectStore::checkIntegrity() const
{
    // The server keeps its own storage sound; what can still be wrong is what a hand edit could break.
    const Result<QVariant> spans =
        d->scalar(u"SELECT COUNT(*) FROM annotations a JOIN articles r ON r.id = a.article_id "
                  u"WHERE a.utf16_start < 0 OR a.utf16_start >= a.utf16_end OR a.utf16_end > r.utf16_length"_s,
                  {});
    if (!spans)
        return spans.error();
    const Result<QVariant> blocks =
        d->scalar(u"SELECT COUNT(*) FROM blocks b JOIN articles r ON r.id = b.article_id "
                  u"WHERE b.utf16_start < 0 OR b.utf16_length < 0 OR b.utf16_start + b.utf16_length > r.utf16_length"_s,
                  {});
    if (!blocks)
        return blocks.error();
    if (spans->toInt() == 0 && blocks->toInt() == 0)
        return {};
    return Error(tr("%1 is damaged: %2 annotations and %3 blocks lie outside their article's text.")
                     .arg(d->name, spans->toString(), blocks->toString()),
                 Error::Kind::Corrupt);
}

} // namespace Hamish
