// SPDX-License-Identifier: GPL-3.0-or-later
// Argument parsing and start-up only. A window needs a display and nothing else does, so the command line is
// read before either application object is built: subcommands, --help, --version and mistakes run on a
// QCoreApplication (or none) and work on a server; only the window builds a QApplication.
#include "app/GuiMain.h"
#include "cli/CommandLine.h"

#include <QApplication>
#include <QIcon>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(u"Hamish"_s);
    QCoreApplication::setApplicationName(u"Hamish"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(HAMISH_VERSION));
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    if (!arguments.isEmpty() && Hamish::Cli::isCommand(arguments.constFirst())) {
        QCoreApplication app(argc, argv);
        return Hamish::Cli::run(arguments);
    }

    Hamish::Cli::WindowArguments window;
    {
        Hamish::Cli::StandardIo standard;
        if (const std::optional<int> status = Hamish::Cli::parseWindowArguments(arguments, standard.io(), &window))
            return *status;
    }
    Hamish::GuiOptions options;
    options.files = window.files;
    options.screenshotPath = window.screenshotPath;
    options.language = window.language;
    options.theme = window.theme;
    const QString noDisplay = Hamish::whyNoDisplay(window.platform, window.display);
    if (!noDisplay.isEmpty()) {
        std::fprintf(stderr, "hamish: %s\n", qPrintable(noDisplay));
        return 1;
    }
    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(u"hamish"_s);
    QGuiApplication::setWindowIcon(QIcon::fromTheme(u"hamish"_s)); // installed in hicolor (packaging/)
    return Hamish::runGui(options);
}
