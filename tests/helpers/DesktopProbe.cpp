// SPDX-License-Identifier: GPL-3.0-or-later
// Shows how a Qt desktop sees an installed Hamish, for the packaging test: for each file argument its MIME
// type (as a file manager or file dialog types it) and whether the icon theme has that type's icon; for an
// argument icon:NAME whether the theme has the icon NAME. One line each: "TYPE ICON found|missing".
#include <QDir>
#include <QGuiApplication>
#include <QIcon>
#include <QMimeDatabase>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    // The offscreen platform has no icon theme: look where a desktop without its own theme looks, in the
    // hicolor theme under every $XDG_DATA_DIRS/icons (as Qt's generic Unix theme does).
    QStringList iconPaths;
    for (const QString &dataDir : qEnvironmentVariable("XDG_DATA_DIRS").split(u':', Qt::SkipEmptyParts))
        iconPaths += QDir(dataDir).filePath(u"icons"_s);
    QIcon::setThemeSearchPaths(iconPaths);
    QIcon::setThemeName(u"hicolor"_s);
    QTextStream out(stdout);
    const QMimeDatabase database;
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    for (const QString &argument : arguments) {
        QString type = u"icon"_s;
        QString icon = argument.mid(5);
        if (!argument.startsWith(u"icon:"_s)) {
            const QMimeType mimeType = database.mimeTypeForFile(argument);
            type = mimeType.name();
            icon = mimeType.iconName();
        }
        out << type << ' ' << icon << ' ' << (QIcon::hasThemeIcon(icon) ? "found" : "missing") << '\n';
    }
    return arguments.isEmpty() ? 2 : 0;
}
