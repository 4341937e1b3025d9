#pragma once

#include <QByteArray>
#include <QSettings>
#include <QStringList>

#include <memory>

namespace Hamish {

// The application's persisted preferences, typed. Tests point it at a temporary file.
class Settings
{
public:
    static Settings &instance();
    // Use a settings file at `path` (tests), instead of the user's.
    static void useFile(const QString &path);

    QStringList recentFiles() const;
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);
    static constexpr int kMaxRecentFiles = 10;

    QStringList recentProjects() const;
    void addRecentProject(const QString &path);
    void removeRecentProject(const QString &path);

    int zoomPercent() const;
    void setZoomPercent(int percent);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    QString lastDirectory() const;
    void setLastDirectory(const QString &directory);

private:
    Settings();
    void addToList(const QString &key, const QString &path); // most recent first, at most kMaxRecentFiles
    void removeFromList(const QString &key, const QString &path);
    std::unique_ptr<QSettings> m_settings;
};

} // namespace Hamish
