// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CommandLine.h"

#include "cli/Commands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Hamish::Cli {

qint64 MessageFile::writeData(const char *data, qint64 size)
{
    // U+2066..U+2069 are E2 81 A6..A9 in UTF-8, whole within one write (QTextStream encodes whole strings).
    QByteArray bytes(data, size);
    for (qsizetype i = bytes.indexOf("\xe2\x81"); i >= 0; i = bytes.indexOf("\xe2\x81", i)) {
        const auto third = static_cast<unsigned char>(bytes.size() > i + 2 ? bytes.at(i + 2) : 0);
        if (third >= 0xa6 && third <= 0xa9)
            bytes.remove(i, 3);
        else
            i += 2;
    }
    return QFile::writeData(bytes.constData(), bytes.size()) == bytes.size() ? size : -1;
}

StandardIo::StandardIo()
    : m_outStream(&m_out)
    , m_errStream(&m_err)
    , m_io{m_outStream, m_errStream, &m_in}
{
    (void)m_out.open(stdout, QIODevice::WriteOnly);
    (void)m_err.open(stderr, QIODevice::WriteOnly);
    (void)m_in.open(stdin, QIODevice::ReadOnly);
}

const QList<Command> &commands()
{
    static const QList<Command> all = {
        {u"text"_s, u"Print an article's plain text (or its blocks as JSON)"_s, runText},
        {u"train"_s, u"Train the entity tagger on a CoNLL corpus and evaluate it"_s, runTrain},
        {u"page"_s, u"Save a page of a PDF or scanned image as PNG (what the window shows beside the text)"_s, runPage},
        {u"extract"_s, u"Find entities, numbers, quantities and dates in an article (JSON)"_s, runExtract},
        {u"tag"_s, u"Append predicted entity tags (BIO: PERS, LOC, ORG, MISC) to a CoNLL file"_s, runTag},
        {u"eval"_s, u"Score entities against gold CoNLL (or numbers and dates against Duckling's corpus)"_s, runEval},
        {u"build-gazetteers"_s, u"Rebuild the ANERcorp-derived gazetteer from its training file"_s, runBuildGazetteers},
        {u"word-classes"_s, u"Learn the entity tagger's word classes from unlabelled text"_s, runWordClasses},
        {u"new"_s, u"Create a project from articles, with the engine's suggestions"_s, runNew},
        {u"add"_s, u"Add articles to a project"_s, runAdd},
        {u"import"_s, u"Import annotated documents (.json, doccano .jsonl) into a project"_s, runImport},
        {u"export"_s, u"Export annotations: json, jsonl, conll, brat, webanno"_s, runExport},
        {u"info"_s, u"List a project's articles, their ids and annotation counts"_s, runInfo},
        {u"copy"_s, u"Copy a project between a file and a server, keeping ids"_s, runCopy},
        {u"assign"_s, u"Assign articles to an annotator, mark them done, list who has what"_s, runAssign},
        {u"agreement"_s, u"Inter-annotator agreement: F1 and Cohen's kappa per pair, Fleiss' kappa"_s, runAgreement},
        {u"merge"_s, u"Merge annotators' project files into one project with a layer each"_s, runMerge},
    };
    return all;
}

bool isCommand(const QString &name)
{
    for (const Command &command : commands()) {
        if (command.name == name)
            return true;
    }
    return false;
}

QString commandSummary()
{
    QString summary;
    for (const Command &command : commands())
        summary += u"  "_s + command.name.leftJustified(18) + command.summary + u'\n';
    return summary;
}

int run(const QStringList &arguments, Io &io)
{
    for (const Command &command : commands()) {
        if (!arguments.isEmpty() && command.name == arguments.first()) {
            const int status = command.run(arguments, io);
            io.out.flush();
            io.err.flush();
            return status;
        }
    }
    io.err << "hamish: unknown command\n";
    return 2;
}

int run(const QStringList &arguments)
{
    StandardIo standard;
    return run(arguments, standard.io());
}

QString helpText(const QCommandLineParser &parser, const QString &program)
{
    QString text = parser.helpText();
    // Qt names the executable as the application object has it (its full path), or a placeholder without one.
    const QString executable = QCoreApplication::instance() && !QCoreApplication::arguments().isEmpty()
                                   ? QCoreApplication::arguments().constFirst()
                                   : u"<executable_name>"_s;
    const qsizetype at = text.indexOf(executable);
    if (at >= 0 && at < text.indexOf(u'\n'))
        text.replace(at, executable.size(), program);
    return text;
}

bool parseArguments(QCommandLineParser &parser, const QStringList &arguments, const QString &command, Io &io,
                    int *status)
{
    // Not addHelpOption(): it offers --help-all, Qt's options for a window that a command never opens.
    const QCommandLineOption help({u"h"_s, u"help"_s}, u"Show this help."_s);
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        io.err << command << ": " << parser.errorText() << "\n(" << command << " --help explains the options.)\n";
        *status = 2;
        return false;
    }
    if (parser.isSet(help)) {
        io.out << helpText(parser, command);
        *status = 0;
        return false;
    }
    return true;
}

bool parseArguments(QCommandLineParser &parser, const QStringList &arguments, const QString &command, Io &io,
                    int *status, const Positional &positional)
{
    if (!parseArguments(parser, arguments, command, io, status))
        return false;
    const qsizetype count = parser.positionalArguments().size();
    if (count >= positional.least && (positional.most < 0 || count <= positional.most))
        return true;
    const QString help = helpText(parser, command);
    io.err << command << ": expected " << positional.expected << '\n'
           << help.left(help.indexOf(u'\n') + 1) << '(' << command << " --help explains the options.)\n";
    *status = 2;
    return false;
}

namespace {

// Qt's own options for the window (QGuiApplication and QApplication read them from argv): accepted here so
// that they reach it, and not listed in the help.
QList<QCommandLineOption> qtWindowOptions()
{
    QList<QCommandLineOption> options;
    for (const char *name :
         {"platform", "platformpluginpath", "platformtheme", "plugin", "qwindowgeometry", "geometry", "qwindowicon",
          "icon", "qwindowtitle", "title", "session", "display", "name", "style", "stylesheet", "qmljsdebugger"}) {
        options.append(QCommandLineOption(QString::fromLatin1(name), QString(), u"value"_s));
    }
    for (const char *name : {"reverse", "nograb", "dograb", "sync", "widgetcount"})
        options.append(QCommandLineOption(QString::fromLatin1(name), QString()));
    for (QCommandLineOption &option : options)
        option.setFlags(QCommandLineOption::HiddenFromHelp);
    return options;
}

} // namespace

std::optional<int> parseWindowArguments(const QStringList &arguments, Io &io, WindowArguments *window)
{
    QCommandLineParser parser;
    // Qt's options are single-dash words (-platform, -reverse).
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setApplicationDescription(u"       hamish COMMAND [options] [ARGUMENTS...]\n\n"
                                     u"Hamish reads and annotates Arabic news articles: it opens the window with "
                                     u"the given articles or project, or runs a command without a window.\n\n"
                                     u"Commands (run `hamish COMMAND --help`):\n"_s
                                     + commandSummary().chopped(1));
    const QCommandLineOption help({u"h"_s, u"help"_s}, u"Show this help."_s);
    const QCommandLineOption version({u"v"_s, u"version"_s}, u"Show the version."_s);
    const QCommandLineOption screenshot(
        u"screenshot"_s,
        u"Save a PNG of the window once the articles are shown, then quit. Message boxes are not shown but "
        u"printed, and make the exit status 1."_s,
        u"file"_s);
    const QCommandLineOption language(u"language"_s, u"Interface language for this run: en or ar."_s, u"code"_s);
    const QCommandLineOption theme(u"theme"_s, u"Reading theme (saved): light, dark or sepia."_s, u"name"_s);
    parser.addOptions({help, version, screenshot, language, theme});
    for (const QCommandLineOption &option : qtWindowOptions())
        parser.addOption(option);
    parser.addPositionalArgument(u"FILE"_s,
                                 u"Articles (.txt, .html) or a project (.hamish) to open. None opens the bundled "
                                 u"sample."_s,
                                 u"[FILE...]"_s);

    // parse() skips the first entry, the program's name.
    if (!parser.parse(QStringList{u"hamish"_s} + arguments)) {
        io.err << "hamish: " << parser.errorText() << "\n(hamish --help lists the options and commands.)\n";
        return 2;
    }
    if (parser.isSet(help)) {
        io.out << helpText(parser, u"hamish"_s);
        return 0;
    }
    if (parser.isSet(version)) {
        io.out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    for (const auto &[option, allowed] : {std::pair{language, QStringList{u"en"_s, u"ar"_s}},
                                          std::pair{theme, QStringList{u"light"_s, u"dark"_s, u"sepia"_s}}}) {
        const QString value = parser.value(option);
        if (!value.isEmpty() && !allowed.contains(value)) {
            io.err << "hamish: unknown value \"" << value << "\" for --" << option.names().constFirst()
                   << "; use one of: " << allowed.join(u", "_s) << '\n';
            return 2;
        }
    }
    const QStringList files = parser.positionalArguments();
    // A word that is neither a command nor a file is a mistyped command, not an article to look for.
    if (!files.isEmpty() && arguments.constFirst() == files.constFirst() && !QFileInfo::exists(files.constFirst())
        && !files.constFirst().contains(u'.') && !files.constFirst().contains(u'/')) {
        io.err << "hamish: \"" << files.constFirst()
               << "\" is neither a command nor a file here.\n(hamish --help lists the commands.)\n";
        return 2;
    }
    window->files = files;
    window->screenshotPath = parser.value(screenshot);
    window->language = parser.value(language);
    window->theme = parser.value(theme);
    window->platform = parser.value(u"platform"_s);
    window->display = parser.value(u"display"_s);
    return std::nullopt;
}

} // namespace Hamish::Cli
