#include "Settings.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {
QString g_settingsPath;
}

Settings::Settings()
    : m_settings(g_settingsPath.isEmpty() ? std::make_unique<QSettings>()
                                          : std::make_unique<QSettings>(g_settingsPath, QSettings::IniFormat))
{}

Settings &Settings::instance()
{
    static Settings settings;
    return settings;
}

void Settings::useFile(const QString &path)
{
    g_settingsPath = path;
    instance().m_settings = std::make_unique<QSettings>(path, QSettings::IniFormat);
}

void Settings::addToList(const QString &key, const QString &path)
{
    QStringList paths = m_settings->value(key).toStringList();
    paths.removeAll(path);
    paths.prepend(path);
    while (paths.size() > kMaxRecentFiles)
        paths.removeLast();
    m_settings->setValue(key, paths);
}

void Settings::removeFromList(const QString &key, const QString &path)
{
    QStringList paths = m_settings->value(key).toStringList();
    paths.removeAll(path);
    m_settings->setValue(key, paths);
}

QStringList Settings::recentFiles() const
{
    return m_settings->value(u"files/recent"_s).toStringList();
}

void Settings::addRecentFile(const QString &path)
{
    addToList(u"files/recent"_s, path);
}

void Settings::removeRecentFile(const QString &path)
{
    removeFromList(u"files/recent"_s, path);
}

QStringList Settings::recentProjects() const
{
    return m_settings->value(u"projects/recent"_s).toStringList();
}

void Settings::addRecentProject(const QString &path)
{
    addToList(u"projects/recent"_s, path);
}

void Settings::removeRecentProject(const QString &path)
{
    removeFromList(u"projects/recent"_s, path);
}

int Settings::zoomPercent() const
{
    return m_settings->value(u"reader/zoom"_s, 100).toInt();
}

void Settings::setZoomPercent(int percent)
{
    m_settings->setValue(u"reader/zoom"_s, percent);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings->value(u"window/geometry"_s).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(u"window/geometry"_s, geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings->value(u"window/state"_s).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(u"window/state"_s, state);
}

QString Settings::lastDirectory() const
{
    return m_settings->value(u"files/lastDirectory"_s, QDir::homePath()).toString();
}

void Settings::setLastDirectory(const QString &directory)
{
    m_settings->setValue(u"files/lastDirectory"_s, directory);
}

QHash<QString, QList<QKeySequence>> Settings::customShortcuts() const
{
    QHash<QString, QList<QKeySequence>> shortcuts;
    m_settings->beginGroup(u"shortcuts"_s);
    const QStringList ids = m_settings->childKeys();
    for (const QString &id : ids)
        shortcuts.insert(id,
                         QKeySequence::listFromString(m_settings->value(id).toString(), QKeySequence::PortableText));
    m_settings->endGroup();
    return shortcuts;
}

void Settings::setCustomShortcuts(const QHash<QString, QList<QKeySequence>> &shortcuts)
{
    m_settings->remove(u"shortcuts"_s);
    m_settings->beginGroup(u"shortcuts"_s);
    for (auto it = shortcuts.begin(); it != shortcuts.end(); ++it)
        m_settings->setValue(it.key(), QKeySequence::listToString(it.value(), QKeySequence::PortableText));
    m_settings->endGroup();
    m_settings->sync();
}

} // namespace Hamish
