// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/DisplayOptions.h"
#include "app/Theme.h"
#include "core/exchange/ExportOptions.h"

#include <QByteArray>
#include <QHash>
#include <QKeySequence>
#include <QList>
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
    QString fileName() const { return m_settings->fileName(); }

    QStringList recentFiles() const;
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);
    static constexpr int kMaxRecentFiles = 10;

    QStringList recentProjects() const;
    void addRecentProject(const QString &path);
    void removeRecentProject(const QString &path);

    int zoomPercent() const;
    void setZoomPercent(int percent);
    // J/K visit the suggestions the engine is least sure of first, instead of going in text order.
    bool reviewLeastCertainFirst() const;
    void setReviewLeastCertainFirst(bool on);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    // The interface direction the window state was saved in (its docks' sides follow it); Auto when a
    // Hamish that did not record it saved the state.
    Qt::LayoutDirection windowStateDirection() const;
    void setWindowStateDirection(Qt::LayoutDirection direction);
    // The width of each side panel (by object name) as the user left it, before any squeeze by a small window.
    QHash<QString, int> panelWidths() const;
    void setPanelWidths(const QHash<QString, int> &widths);

    QString lastDirectory() const;
    void setLastDirectory(const QString &directory);

    DisplayOptions displayOptions() const;
    void setDisplayOptions(const DisplayOptions &options);
    Theme::Id theme() const;
    void setTheme(Theme::Id theme);
    // "en", "ar", or empty to follow the system locale.
    QString language() const;
    void setLanguage(const QString &language);
    // Who the user's annotations belong to in a team project; empty for the login name.
    QString annotator() const;
    void setAnnotator(const QString &name);
    // Shortcuts the user chose instead of the defaults, by action id. An empty list means "no shortcut"
    // (the user removed it); an action that is absent keeps its default.
    QHash<QString, QList<QKeySequence>> customShortcuts() const;
    void setCustomShortcuts(const QHash<QString, QList<QKeySequence>> &shortcuts);

    // The export dialog's last choices.
    struct ExportChoices
    {
        QString format = QStringLiteral("json"); // an Exporter id
        ExportOptions::Statuses statuses = ExportOptions::Statuses::AcceptedAndSuggested;
        bool currentArticleOnly = false;
        QString directory; // where the last export went; empty for none yet
    };
    ExportChoices exportChoices() const;
    void setExportChoices(const ExportChoices &choices);

private:
    Settings();
    void addToList(const QString &key, const QString &path); // most recent first, at most kMaxRecentFiles
    void removeFromList(const QString &key, const QString &path);
    std::unique_ptr<QSettings> m_settings;
};

} // namespace Hamish
