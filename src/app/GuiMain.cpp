// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/GuiMain.h"

#include "app/ArticleListModel.h"
#include "app/Dialogs.h"
#include "app/Language.h"
#include "app/MainWindow.h"
#include "app/Settings.h"
#include "app/Theme.h"

#include <QApplication>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Hamish {

QString whyNoDisplay(const QString &platform, const QString &display)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // Qt's default platforms here are xcb (X11) and wayland; a chosen platform (offscreen, vnc, eglfs) is
    // trusted to know what it needs.
    if (!platform.isEmpty() || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !display.isEmpty()
        || !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return {};
    return u"no display to show the window on (DISPLAY and WAYLAND_DISPLAY are not set). The commands need "
           u"none: hamish --help lists them."_s;
#else
    Q_UNUSED(platform);
    Q_UNUSED(display);
    return {};
#endif
}

int runGui(const GuiOptions &options)
{
    Settings &settings = Settings::instance();
    Language::install(Language::resolve(options.language.isEmpty() ? settings.language() : options.language));
    if (!options.theme.isEmpty())
        settings.setTheme(Theme::fromKey(options.theme));
    // A screenshot run must not wait for a click: its message boxes answer themselves and are reported.
    if (!options.screenshotPath.isEmpty()) {
        Dialogs::setNonInteractive(true);
        Dialogs::clearLastMessage();
    }
    MainWindow window;
    window.show();
    // Articles opened outside a named project are kept in the scratch project, as a note-taking app keeps
    // notes: nothing to save, nothing lost on a crash; Save Project As names them.
    if (options.screenshotPath.isEmpty())
        window.setScratchLocation(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                  + u"/scratch.hamish"_s);
    // A project file on the command line opens as the project; the other files are articles (joining it).
    QStringList articles = options.files;
    const auto project = std::find_if(articles.cbegin(), articles.cend(), [](const QString &file) {
        return file.endsWith(u".hamish", Qt::CaseInsensitive);
    });
    if (project != articles.cend()) {
        const QString path = *project;
        articles.removeAll(path);
        window.openProject(path);
    } else if (window.openScratch() && window.articleModel()->rowCount() > 0) {
        // The scratch project's articles are back, where the user left them.
    } else if (articles.isEmpty()) {
        window.openSample();
    }
    window.openFiles(articles);
    if (!options.screenshotPath.isEmpty())
        window.takeScreenshotWhenReady(options.screenshotPath);
    return QApplication::exec();
}

} // namespace Hamish
