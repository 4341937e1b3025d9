// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/PostgresConnection.h"

#include "core/storage/Sql.h"
#include "core/storage/SqlStoreCore.h"

#include <QSocketNotifier>
#include <QSqlDriver>
#include <QSqlError>
#include <QTimer>

#include <libpq-fe.h>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {

PGconn *connectionOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    // QPSQL hands out its PGconn* (typedef struct pg_conn PGconn), named either way by Qt versions.
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.data());
}

} // namespace

PostgresListener::PostgresListener(const QSqlDatabase &db, const QString &channel, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    PGconn *connection = connectionOf(db);
    if (!connection || PQstatus(connection) != CONNECTION_OK) {
        m_error = tr("not connected");
        return;
    }
    QString error;
    if (!Sql::exec(db, u"LISTEN "_s + PostgresConnection::quoted(channel), {}, &error)) {
        m_error = error;
        return;
    }
    m_notifier = new QSocketNotifier(PQsocket(connection), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &PostgresListener::readSocket);
    // The socket's signal alone was seen to stay silent under a nested event loop; a look every 200 ms
    // (one non-blocking read of an idle socket) keeps a change from waiting longer than that.
    m_timer = new QTimer(this);
    connect(m_timer, &QTimer::timeout, this, &PostgresListener::readSocket);
    m_timer->start(200);
    collect(); // anything that came with the LISTEN
}

PostgresListener::~PostgresListener() = default;

void PostgresListener::readSocket()
{
    PGconn *connection = connectionOf(m_db);
    if (!connection)
        return;
    if (!PQconsumeInput(connection)) {
        stopWatching(); // the connection is gone: the store finds out at its next statement
        return;
    }
    collect();
}

void PostgresListener::stopWatching()
{
    if (m_notifier)
        m_notifier->setEnabled(false);
    if (m_timer)
        m_timer->stop();
}

void PostgresListener::collect()
{
    PGconn *connection = connectionOf(m_db);
    if (!connection || PQstatus(connection) != CONNECTION_OK) {
        stopWatching(); // libpq closed the socket: no notifier may poll it any more
        return;
    }
    const int self = PQbackendPID(connection);
    while (PGnotify *notify = PQnotifies(connection)) {
        m_waiting.append((notify->be_pid == self ? u"1"_s : u"0"_s) + QString::fromUtf8(notify->extra));
        PQfreemem(notify);
    }
    if (!m_waiting.isEmpty() && !m_deliveryQueued) {
        m_deliveryQueued = true;
        QMetaObject::invokeMethod(this, &PostgresListener::deliver, Qt::QueuedConnection);
    }
}

void PostgresListener::deliver()
{
    m_deliveryQueued = false;
    // A message says what changed where, not how: the same one twice in a batch (another client's 50 edits
    // on one article) tells nothing more, and each costs the receiver a read of the article.
    QStringList waiting = std::exchange(m_waiting, {});
    waiting.removeDuplicates();
    for (const QString &message : std::as_const(waiting))
        emit notified(message.mid(1), message.startsWith(u'1'));
}

} // namespace Hamish

namespace Hamish::PostgresConnection {

QString quoted(const QString &identifier)
{
    QString inner = identifier;
    return u'"' + inner.replace(u'"', u"\"\""_s) + u'"';
}

QSqlDatabase open(const ServerLocation &location, QString *error)
{
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s)) {
        *error = SqlProjectStore::tr("Qt's PostgreSQL driver is not installed (Debian: libqt6sql6-psql).");
        return {};
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, SqlStoreDetail::newConnectionName());
    db.setHostName(location.host);
    if (location.port > 0)
        db.setPort(location.port);
    db.setDatabaseName(location.database);
    db.setUserName(location.user);
    db.setPassword(location.password);
    QString options = location.connectOptions();
    // A server that does not answer is reported after 10 s rather than after libpq's default of forever.
    if (!options.contains(u"connect_timeout"_s))
        options += (options.isEmpty() ? u""_s : u";"_s) + u"connect_timeout=10"_s;
    // The server's notices ("... does not exist, skipping") are not for the user's terminal.
    if (!options.contains(u"options="_s))
        options += u";options='-c client_min_messages=warning'"_s;
    db.setConnectOptions(options);
    if (!db.open()) {
        *error = db.lastError().driverText() + u": "_s + db.lastError().databaseText().trimmed();
        return db;
    }
    if (!location.schema.isEmpty() && !Sql::exec(db, u"SET search_path TO "_s + quoted(location.schema), {}, error)) {
        db.close();
        return db;
    }
    return db;
}

bool isBroken(const QSqlDatabase &db)
{
    PGconn *connection = connectionOf(db);
    return !connection || PQstatus(connection) == CONNECTION_BAD;
}

} // namespace Hamish::PostgresConnection
