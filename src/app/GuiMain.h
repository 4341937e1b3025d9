// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Hamish {

struct GuiOptions
{
    QStringList files;      // articles to open; none opens the bundled sample
    QString screenshotPath; // save a picture of the window there once the articles are shown, then quit
    QString language;       // "en" or "ar" for this run; empty: the saved setting, else the system's
    QString theme;          // "light", "dark" or "sepia" for this run; empty: the saved setting
};

// Why the window cannot be shown here (no display to show it on, and none chosen), or empty when it can.
// Needs no application object: asked before building one, since Qt aborts when it finds no display.
// `platform` and `display` are Qt's -platform and -display options when given.
QString whyNoDisplay(const QString &platform, const QString &display);

// Shows the main window and runs the event loop; returns the exit status.
int runGui(const GuiOptions &options);

} // namespace Hamish
