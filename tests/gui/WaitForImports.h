// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/MainWindow.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>

// Waits until the window has shown (or refused) every file it is still importing.
inline void waitForImports(Hamish::MainWindow &window)
{
    if (window.pendingImports() == 0)
        return;
    QSignalSpy spy(&window, &Hamish::MainWindow::importsFinished);
    REQUIRE(spy.wait(20000));
}
