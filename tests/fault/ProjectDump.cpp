// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectDump.h"

#include <QFileInfo>
#include <QStringList>

#include <sqlite3.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace ProjectDump {

namespace {

struct Closer
{
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};
struct Finaliser
{
    void operator()(sqlite3_stmt *statement) const { sqlite3_finalize(statement); }
};
using Statement = std::unique_ptr<sqlite3_stmt, Finaliser>;

// Columns that hold when a row was written: a rerun of the same edit differs in them and nothing else.
bool isTime(const QString &column)
{
    return column == u"created" || column == u"modified" || column == u"added";
}

QString cell(sqlite3_stmt *statement, int column, bool quoted)
{
    switch (sqlite3_column_type(statement, column)) {
    case SQLITE_NULL:
        return u"NULL"_s;
    case SQLITE_INTEGER:
        return QString::number(sqlite3_column_int64(statement, column));
    case SQLITE_FLOAT:
        return QString::number(sqlite3_column_double(statement, column), 'g', 17);
    case SQLITE_BLOB:
        return u"x'"_s
               + QString::fromLatin1(QByteArray(static_cast<const char *>(sqlite3_column_blob(statement, column)),
                                                sqlite3_column_bytes(statement, column))
                                         .toHex())
               + u"'"_s;
    default:
        // The bytes as stored: a text whose stored form differs (a swallowed character) shows up.
        {
            const QString text =
                QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, column)),
                                  sqlite3_column_bytes(statement, column));
            return quoted ? u"'"_s + text + u"'"_s : text;
        }
    }
}

// Runs `sql` and returns its rows, one line each; an error line on failure.
QStringList rows(sqlite3 *db, const QString &sql, const QList<bool> &skip = {}, bool quoted = true)
{
    sqlite3_stmt *raw = nullptr;
    if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &raw, nullptr) != SQLITE_OK)
        return {u"error: "_s + QString::fromUtf8(sqlite3_errmsg(db))};
    Statement statement(raw);
    QStringList lines;
    int rc;
    while ((rc = sqlite3_step(raw)) == SQLITE_ROW) {
        QStringList cells;
        for (int c = 0; c < sqlite3_column_count(raw); ++c) {
            if (c < skip.size() && skip.at(c))
                continue;
            cells.append(cell(raw, c, quoted));
        }
        lines.append(cells.join(u'|'));
    }
    if (rc != SQLITE_DONE)
        lines.append(u"error: "_s + QString::fromUtf8(sqlite3_errmsg(db)));
    return lines;
}

} // namespace

Result read(const QString &path)
{
    if (!QFileInfo::exists(path))
        return {u"absent"_s, u"ok"_s};
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READWRITE, "unix");
    std::unique_ptr<sqlite3, Closer> db(raw);
    if (rc != SQLITE_OK)
        return {u"unreadable: "_s + QString::fromUtf8(sqlite3_errmsg(raw)), {}};
    Result result;
    result.integrity = rows(raw, u"PRAGMA integrity_check"_s, {}, false).join(u'\n');

    QStringList out;
    out << u"application_id "_s + rows(raw, u"PRAGMA application_id"_s).join(u',')
        << u"user_version "_s + rows(raw, u"PRAGMA user_version"_s).join(u',');
    const QStringList schema = rows(raw, u"SELECT type, name, sql FROM sqlite_schema ORDER BY type, name"_s);
    out << schema;
    const QStringList tables =
        rows(raw, u"SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"_s, {}, false);
    for (const QString &name : tables) {
        const QStringList columns = rows(raw, u"SELECT name FROM pragma_table_info('"_s + name + u"')"_s, {}, false);
        QList<bool> skip;
        QStringList order;
        for (qsizetype c = 0; c < columns.size(); ++c) {
            skip.append(isTime(columns.at(c)));
            order.append(QString::number(c + 1));
        }
        out << u"table "_s + name;
        out << rows(raw, u"SELECT * FROM \""_s + name + u"\" ORDER BY "_s + order.join(u", "_s), skip);
    }
    result.dump = out.join(u'\n');
    return result;
}

} // namespace ProjectDump
