// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/Settings.h"

#include "core/text/EnumNames.h"

#include <QDir>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {
QString g_settingsPath;

constexpr EnumName<DisplayOptions::Digits> kDigitNames[] = {{DisplayOptions::Digits::AsWritten, u"as-written"},
                                                            {DisplayOptions::Digits::ArabicIndic, u"arabic-indic"},
                                                            {DisplayOptions::Digits::Western, u"western"}};
constexpr EnumName<ExportOptions::Statuses> kStatusesNames[] = {
    {ExportOptions::Statuses::AcceptedAndSuggested, u"accepted-suggested"},
    {ExportOptions::Statuses::AcceptedOnly, u"accepted"},
    {ExportOptions::Statuses::All, u"all"}};
} // namespace

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

bool Settings::reviewLeastCertainFirst() const
{
    return m_settings->value(u"reader/reviewLeastCertainFirst"_s, false).toBool();
}

void Settings::setReviewLeastCertainFirst(bool on)
{
    m_settings->setValue(u"reader/reviewLeastCertainFirst"_s, on);
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

Qt::LayoutDirection Settings::windowStateDirection() const
{
    const QString direction = m_settings->value(u"window/stateDirection"_s).toString();
    return direction == u"rtl" ? Qt::RightToLeft : direction == u"ltr" ? Qt::LeftToRight : Qt::LayoutDirectionAuto;
}

void Settings::setWindowStateDirection(Qt::LayoutDirection direction)
{
    m_settings->setValue(u"window/stateDirection"_s, direction == Qt::RightToLeft ? u"rtl"_s : u"ltr"_s);
}

QHash<QString, int> Settings::panelWidths() const
{
    QHash<QString, int> widths;
    const QVariantMap saved = m_settings->value(u"window/panelWidths"_s).toMap();
    for (auto it = saved.cbegin(); it != saved.cend(); ++it) {
        if (const int width = it.value().toInt(); width > 0)
            widths.insert(it.key(), width);
    }
    return widths;
}

void Settings::setPanelWidths(const QHash<QString, int> &widths)
{
    QVariantMap saved;
    for (auto it = widths.cbegin(); it != widths.cend(); ++it)
        saved.insert(it.key(), it.value());
    m_settings->setValue(u"window/panelWidths"_s, saved);
}

QString Settings::lastDirectory() const
{
    return m_settings->value(u"files/lastDirectory"_s, QDir::homePath()).toString();
}

void Settings::setLastDirectory(const QString &directory)
{
    m_settings->setValue(u"files/lastDirectory"_s, directory);
}

DisplayOptions Settings::displayOptions() const
{
    const DisplayOptions defaults;
    DisplayOptions options;
    options.fontFamily = m_settings->value(u"reader/fontFamily"_s, defaults.fontFamily).toString();
    options.fontPointSize =
        std::clamp(m_settings->value(u"reader/fontPointSize"_s, defaults.fontPointSize).toDouble(), 6.0, 72.0);
    options.lineSpacing =
        std::clamp(m_settings->value(u"reader/lineSpacing"_s, defaults.lineSpacing).toDouble(), 1.0, 3.0);
    options.highlightOpacity =
        std::clamp(m_settings->value(u"reader/highlightOpacity"_s, defaults.highlightOpacity).toDouble(), 0.1, 1.0);
    options.hideDiacritics = m_settings->value(u"reader/hideDiacritics"_s, defaults.hideDiacritics).toBool();
    options.digits =
        enumFromName(kDigitNames, m_settings->value(u"reader/digits"_s).toString(), DisplayOptions::Digits::AsWritten);
    return options;
}

void Settings::setDisplayOptions(const DisplayOptions &options)
{
    m_settings->setValue(u"reader/fontFamily"_s, options.fontFamily);
    m_settings->setValue(u"reader/fontPointSize"_s, options.fontPointSize);
    m_settings->setValue(u"reader/lineSpacing"_s, options.lineSpacing);
    m_settings->setValue(u"reader/highlightOpacity"_s, options.highlightOpacity);
    m_settings->setValue(u"reader/hideDiacritics"_s, options.hideDiacritics);
    m_settings->setValue(u"reader/digits"_s, enumName(kDigitNames, options.digits));
}

Theme::Id Settings::theme() const
{
    return Theme::fromKey(m_settings->value(u"appearance/theme"_s).toString());
}

void Settings::setTheme(Theme::Id theme)
{
    m_settings->setValue(u"appearance/theme"_s, Theme::key(theme));
}

QString Settings::language() const
{
    return m_settings->value(u"appearance/language"_s).toString();
}

void Settings::setLanguage(const QString &language)
{
    m_settings->setValue(u"appearance/language"_s, language);
}

QString Settings::annotator() const
{
    return m_settings->value(u"team/annotator"_s).toString();
}

void Settings::setAnnotator(const QString &name)
{
    m_settings->setValue(u"team/annotator"_s, name.trimmed());
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

Settings::ExportChoices Settings::exportChoices() const
{
    const ExportChoices defaults;
    ExportChoices choices;
    choices.format = m_settings->value(u"export/format"_s, defaults.format).toString();
    choices.statuses = enumFromName(kStatusesNames, m_settings->value(u"export/statuses"_s).toString(),
                                    ExportOptions::Statuses::AcceptedAndSuggested);
    choices.currentArticleOnly = m_settings->value(u"export/currentArticleOnly"_s, false).toBool();
    choices.directory = m_settings->value(u"export/directory"_s).toString();
    return choices;
}

void Settings::setExportChoices(const ExportChoices &choices)
{
    m_settings->setValue(u"export/format"_s, choices.format);
    m_settings->setValue(u"export/statuses"_s, enumName(kStatusesNames, choices.statuses));
    m_settings->setValue(u"export/currentArticleOnly"_s, choices.currentArticleOnly);
    m_settings->setValue(u"export/directory"_s, choices.directory);
}

} // namespace Hamish
