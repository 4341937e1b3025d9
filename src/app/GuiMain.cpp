// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/GuiMain.h"

#include "app/ArticleListModel.h"
#include "app/Dialogs.h"
#include "app/Language.h"
#include "app/MainWindow.h"
#include "app/Settings.h"
#include "app/SingleInstance.h"
#include "app/Theme.h"
#include "core/workspace/Workspace.h"

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
    // Started again (a file opened from the file manager) while a window runs: the files go to that window.
    // A screenshot run always has its own window, which it pictures.
    const bool screenshot = !options.screenshotPath.isEmpty();
    if (!screenshot && SingleInstance::forward(options.files))
        return 0;
    Settings &settings = Settings::instance();
    Language::install(Language::resolve(options.language.isEmpty() ? settings.language() : options.language));
    if (!options.theme.isEmpty())
        settings.setTheme(Theme::fromKey(options.theme));
    // A screenshot run must not wait for a click: its message boxes answer themselves and are reported.
    if (screenshot) {
        Dialogs::setNonInteractive(true);
        Dialogs::clearLastMessage();
    }
    MainWindow window;
    window.show();
    SingleInstance instance;
    if (!screenshot && instance.listen()) {
        QObject::connect(&instance, &SingleInstance::filesReceived, &window, [&window](const QStringList &files) {
            window.openPaths(files);
            window.setWindowState(window.windowState() & ~Qt::WindowMinimized);
            window.raise();
            window.activateWindow();
        });
    }
    // Articles opened outside a named project are kept in the scratch project, as a note-taking app keeps
    // notes: nothing to save, nothing lost on a crash; Save Project As names them.
    if (!screenshot)
        window.setScratchLocation(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                  + u"/scratch.hamish"_s);
    // A project file (or a team project's postgresql:// URL) on the command line opens as the project
    // (openPaths); else the scratch project's articles come back where the user left them, or with nothing
    // to show, the sample.
    const bool project = std::any_of(options.files.cbegin(), options.files.cend(), &Workspace::isProjectLocation);
    if (!project && !(window.openScratch() && window.articleModel()->rowCount() > 0) && options.files.isEmpty())
        window.openSample();
    window.openPaths(options.files);
    if (screenshot)
        window.takeScreenshotWhenReady(options.screenshotPath);
    return QApplication::exec();
}

} // namespace Hamish
