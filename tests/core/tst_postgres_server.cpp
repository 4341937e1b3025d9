// SPDX-License-Identifier: GPL-3.0-or-later
#include "../CatchQt.h"
#include "../support/PostgresServer.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

// Team projects live on a PostgreSQL server; their tests start one themselves. This checks that set-up, and
// that Arabic text (with a character outside the BMP) survives the driver and the server unchanged.
TEST_CASE("The tests' own PostgreSQL server stores and returns Arabic text unchanged", "[postgres]")
{
    REQUIRE(QSqlDatabase::isDriverAvailable(u"QPSQL"_s)); // Debian's libqt6sql6-psql
    PostgresServer &server = PostgresServer::shared();
    INFO(server.error().toStdString());
    REQUIRE(server.isRunning());
    REQUIRE(server.createDatabase(u"roundtrip"_s));
    REQUIRE(server.url(u"roundtrip"_s).startsWith(u"postgresql:///roundtrip?host=/"_s));

    const QString text = u"قالت «قسد» إن ١٢٬٥ ألف شخص 👍 نزحوا من الرقة"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"roundtrip"_s);
        db.setHostName(server.socketDirectory());
        db.setPort(server.port());
        db.setUserName(server.user());
        db.setDatabaseName(u"roundtrip"_s);
        REQUIRE(db.open());
        {
            QSqlQuery query(db);
            REQUIRE(query.exec(u"CREATE TABLE t (body text NOT NULL)"_s));
            REQUIRE(query.prepare(u"INSERT INTO t (body) VALUES (?)"_s));
            query.addBindValue(text);
            REQUIRE(query.exec());
            REQUIRE(query.exec(u"SELECT body, length(body) FROM t"_s));
            REQUIRE(query.next());
            CHECK(query.value(0).toString() == text);
            CHECK(query.value(1).toLongLong() == text.toUcs4().size()); // the server counts code points
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"roundtrip"_s);
}
