// SPDX-License-Identifier: GPL-3.0-or-later
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "app/Dialogs.h"
#include "app/Settings.h"
#include "app/Theme.h"

#include <QApplication>
#include <QTemporaryDir>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    // Never touch the user's settings.
    QTemporaryDir settingsDir;
    Hamish::Settings::useFile(settingsDir.filePath(QStringLiteral("hamish-test.ini")));
    Hamish::Dialogs::setNonInteractive(true);
    // The style and palette the window puts on at start-up (Fusion, key sequences left to right in menus, no
    // mnemonic underlines inside Arabic words), also for a dialog a test opens without a window.
    Hamish::Theme::apply(Hamish::Theme::Id::Light);
    return Catch::Session().run(argc, argv);
}
