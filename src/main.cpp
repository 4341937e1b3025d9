// SPDX-License-Identifier: GPL-3.0-or-later
// Argument parsing and start-up only: subcommands run headless on the core, anything else opens the window.
#include "app/GuiMain.h"
#include "cli/CommandLine.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    if (argc > 1 && Hamish::Cli::isCommand(QString::fromLocal8Bit(argv[1]))) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(u"Hamish"_s);
        QCoreApplication::setApplicationVersion(QStringLiteral(HAMISH_VERSION));
        return Hamish::Cli::run(QCoreApplication::arguments().mid(1));
    }

    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Hamish"_s);
    QCoreApplication::setApplicationName(u"Hamish"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(HAMISH_VERSION));
    QGuiApplication::setDesktopFileName(u"hamish"_s);
    QGuiApplication::setWindowIcon(QIcon::fromTheme(u"hamish"_s)); // installed in hicolor (packaging/)

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Hamish: read and annotate Arabic news articles.\n\nCommands (run `hamish COMMAND --help`):\n"_s
        + Hamish::Cli::commandSummary());
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(
        u"screenshot"_s,
        u"Save a PNG of the window once the articles are shown, then quit. Message boxes are not shown but "
        u"printed, and make the exit status 1."_s,
        u"file"_s);
    parser.addOption(screenshot);
    const QCommandLineOption language(u"language"_s, u"Interface language for this run: en or ar."_s, u"code"_s);
    parser.addOption(language);
    const QCommandLineOption theme(u"theme"_s, u"Reading theme (saved): light, dark or sepia."_s, u"name"_s);
    parser.addOption(theme);
    parser.addPositionalArgument(u"files"_s, u"Articles to open (.txt, .html). None opens the bundled sample."_s,
                                 u"[FILE...]"_s);
    parser.process(app);

    Hamish::GuiOptions options;
    options.files = parser.positionalArguments();
    options.screenshotPath = parser.value(screenshot);
    options.language = parser.value(language);
    options.theme = parser.value(theme);
    for (const auto &[value, allowed] : {std::pair{options.language, QStringList{u"en"_s, u"ar"_s}},
                                         std::pair{options.theme, QStringList{u"light"_s, u"dark"_s, u"sepia"_s}}}) {
        if (!value.isEmpty() && !allowed.contains(value)) {
            qCritical("hamish: unknown value \"%s\"; use one of: %s", qPrintable(value),
                      qPrintable(allowed.join(u", "_s)));
            return 2;
        }
    }
    return Hamish::runGui(options);
}
