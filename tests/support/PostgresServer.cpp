// SPDX-License-Identifier: GPL-3.0-or-later
#include "PostgresServer.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVersionNumber>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// Debian keeps each major version's server tools in /usr/lib/postgresql/<major>/bin: take the newest.
QString findBinDirectory()
{
    const QDir root(u"/usr/lib/postgresql"_s);
    QString best;
    QVersionNumber bestVersion;
    for (const QString &entry : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QVersionNumber version = QVersionNumber::fromString(entry);
        if (QFileInfo::exists(root.filePath(entry + u"/bin/pg_ctl"_s)) && version > bestVersion) {
            bestVersion = version;
            best = root.filePath(entry + u"/bin"_s);
        }
    }
    return best;
}

} // namespace

PostgresServer::PostgresServer() = default;

PostgresServer::~PostgresServer()
{
    stop();
}

PostgresServer &PostgresServer::shared()
{
    static PostgresServer server;
    static bool tried = false;
    if (!tried) {
        tried = true;
        server.start();
    }
    return server;
}

QString PostgresServer::url(const QString &database) const
{
    return u"postgresql:///%1?host=%2&port=%3&user=%4"_s.arg(database, socketDirectory(), QString::number(m_port),
                                                             user());
}

bool PostgresServer::run(const QString &tool, const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    const QString program = m_binDir + u'/' + tool;
    if (m_asPostgresUser)
        process.start(u"runuser"_s, QStringList{u"-u"_s, u"postgres"_s, u"--"_s, program} + arguments);
    else
        process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        m_error = tool + u" failed: "_s + QString::fromLocal8Bit(process.readAll()) + process.errorString();
        return false;
    }
    return true;
}

bool PostgresServer::start()
{
    if (m_running)
        return true;
    m_binDir = findBinDirectory();
    if (m_binDir.isEmpty()) {
        m_error = u"No PostgreSQL server tools in /usr/lib/postgresql/*/bin: install the postgresql package "
                  u"(.ci/install-deps does)."_s;
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/hamish-pg-XXXXXX"_s);
    if (!m_dir->isValid()) {
        m_error = u"Cannot create a temporary folder: "_s + m_dir->errorString();
        return false;
    }
    // The server refuses to run as root: hand the folder to the postgres user and run its tools as that user.
    m_asPostgresUser = geteuid() == 0;
    if (m_asPostgresUser) {
        const passwd *postgres = getpwnam("postgres");
        if (!postgres || chown(QFile::encodeName(m_dir->path()).constData(), postgres->pw_uid, postgres->pw_gid) != 0) {
            m_error = u"Running as root, but cannot hand the test server's folder to the postgres user."_s;
            return false;
        }
    }
    m_port = 20000 + int(QRandomGenerator::global()->bounded(20000));
    const QString data = m_dir->filePath(u"data"_s);
    if (!run(u"initdb"_s, {u"-D"_s, data, u"-A"_s, u"trust"_s, u"-U"_s, user(), u"-E"_s, u"UTF8"_s, u"--no-locale"_s,
                           u"--no-sync"_s}))
        return false;
    const QString options = u"-k %1 -p %2 -c listen_addresses='' -c fsync=off"_s.arg(m_dir->path()).arg(m_port);
    if (!run(u"pg_ctl"_s,
             {u"-D"_s, data, u"-o"_s, options, u"-l"_s, m_dir->filePath(u"server.log"_s), u"-w"_s, u"start"_s}))
        return false;
    m_running = true;
    return true;
}

void PostgresServer::stop()
{
    if (!m_running)
        return;
    run(u"pg_ctl"_s, {u"-D"_s, m_dir->filePath(u"data"_s), u"-m"_s, u"fast"_s, u"-w"_s, u"stop"_s});
    m_running = false;
}

bool PostgresServer::createDatabase(const QString &name)
{
    const QString connection = u"hamish-test-admin"_s;
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connection);
        db.setHostName(socketDirectory());
        db.setPort(m_port);
        db.setUserName(user());
        db.setDatabaseName(u"postgres"_s);
        if (!db.open()) {
            m_error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            ok = query.exec(u"CREATE DATABASE \"%1\""_s.arg(name));
            if (!ok)
                m_error = query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}
