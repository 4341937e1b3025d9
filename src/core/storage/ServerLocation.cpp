// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ServerLocation.h"

#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {

// An identifier PostgreSQL takes without quoting surprises: letters, digits, _ (a schema we create).
bool isPlainIdentifier(const QString &name)
{
    if (name.isEmpty() || name.size() > 63 || name.at(0).isDigit())
        return false;
    for (const QChar c : name) {
        if (!(c.isLetterOrNumber() || c == u'_'))
            return false;
    }
    return true;
}

} // namespace

Result<ServerLocation> ServerLocation::parse(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"postgresql" && scheme != u"postgres")) {
        return Error(tr("%1 is not a server location: write postgresql://[user[:password]@]host[:port]/database "
                        "or postgresql:///database?host=/run/postgresql.")
                         .arg(text),
                     Error::Kind::Invalid);
    }
    ServerLocation location;
    location.host = url.host(QUrl::FullyDecoded);
    location.port = url.port(-1);
    location.user = url.userName(QUrl::FullyDecoded);
    location.password = url.password(QUrl::FullyDecoded);
    location.database = url.path(QUrl::FullyDecoded).mid(1);
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"host")
            location.host = value;
        else if (key == u"port")
            location.port = value.toInt();
        else if (key == u"user")
            location.user = value;
        else if (key == u"password")
            location.password = value;
        else if (key == u"dbname")
            location.database = value;
        else if (key == u"schema")
            location.schema = value;
        else
            location.options.append({key, value});
    }
    if (location.database.isEmpty() || location.database.contains(u'/')) {
        return Error(tr("%1 names no database: write the database after the server, as in "
                        "postgresql://server/news.")
                         .arg(location.url()),
                     Error::Kind::Invalid);
    }
    if (!location.schema.isEmpty() && !isPlainIdentifier(location.schema)) {
        return Error(
            tr("%1 is not a schema name Hamish uses: letters, digits and _ only, at most 63.").arg(location.schema),
            Error::Kind::Invalid);
    }
    return location;
}

QString ServerLocation::url() const
{
    QUrl url;
    url.setScheme(u"postgresql"_s);
    QUrlQuery query;
    // A socket folder cannot be the URL's host: it goes in the query, as libpq writes it.
    if (host.startsWith(u'/'))
        query.addQueryItem(u"host"_s, host);
    else
        url.setHost(host.isEmpty() ? QString() : host);
    if (port > 0 && !host.startsWith(u'/'))
        url.setPort(port);
    else if (port > 0)
        query.addQueryItem(u"port"_s, QString::number(port));
    if (!user.isEmpty())
        url.setUserName(user);
    url.setPath(u'/' + database);
    if (!schema.isEmpty())
        query.addQueryItem(u"schema"_s, schema);
    for (const auto &[key, value] : options)
        query.addQueryItem(key, value);
    if (!query.isEmpty())
        url.setQuery(query);
    QString text = url.toString(QUrl::FullyEncoded);
    // QUrl writes an empty host as "postgresql:/db"; libpq wants the empty authority spelt out.
    if (url.host().isEmpty() && !text.startsWith(u"postgresql://"))
        text.replace(0, QStringLiteral("postgresql:").size(), u"postgresql://"_s);
    return text;
}

QString ServerLocation::displayName() const
{
    const QString where = host.isEmpty() || host.startsWith(u'/') ? tr("this computer") : host;
    const QString project = schema.isEmpty() ? database : database + u'.' + schema;
    return user.isEmpty() ? tr("%1 on %2").arg(project, where) : tr("%1 on %2 (as %3)").arg(project, where, user);
}

QString ServerLocation::serverAndUser() const
{
    const QString where = host.isEmpty() || host.startsWith(u'/') ? tr("this computer") : host;
    return user.isEmpty() ? where : user + u" @ "_s + where;
}

QString ServerLocation::connectOptions() const
{
    QStringList parts;
    for (const auto &[key, value] : options) {
        QString quoted = value;
        quoted.replace(u'\\', u"\\\\"_s).replace(u'\'', u"\\'"_s);
        parts.append(key + u"='"_s + quoted + u'\'');
    }
    return parts.join(u';');
}

} // namespace Hamish
