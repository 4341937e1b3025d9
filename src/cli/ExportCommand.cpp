// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CommandSupport.h"
#include "cli/Commands.h"
#include "core/exchange/Exporter.h"

#include <QBuffer>
#include <QFileDevice>

using namespace Qt::StringLiterals;

namespace Hamish::Cli {

int runExport(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Exports a project's annotations. Offsets are Unicode code points (json also gives UTF-16). "
        u"By default accepted and suggested annotations are exported, rejected ones are not."_s);
    const QCommandLineOption format(u"format"_s, u"json, jsonl, conll, brat or webanno."_s, u"format"_s);
    const QCommandLineOption output(u"o"_s, u"Write to this file (brat: folder) instead of standard output."_s,
                                    u"out"_s);
    const QCommandLineOption acceptedOnly(u"accepted-only"_s, u"Only accepted annotations."_s);
    const QCommandLineOption includeRejected(u"include-rejected"_s, u"Rejected annotations too (json keeps "
                                                                    u"their status)."_s);
    const QCommandLineOption article(u"article"_s, u"Only the article with this id (see hamish info)."_s, u"id"_s);
    const QCommandLineOption force(u"force"_s, u"brat: write into an output folder that already holds files, "
                                               u"replacing those of the same names."_s);
    parser.addOptions({format, output, acceptedOnly, includeRejected, article, force});
    parser.addPositionalArgument(u"PROJECT"_s, u"A project file (.hamish)."_s);
    int status = 0;
    if (!parseArguments(parser, arguments, u"hamish export"_s, io, &status))
        return status;
    const QString usage = u"Usage: hamish export PROJECT --format json|jsonl|conll|brat|webanno [-o OUT] "
                          u"[--accepted-only|--include-rejected] [--article ID] [--force]\n"_s;
    const std::unique_ptr<Exporter> exporter = Exporter::create(parser.value(format));
    if (parser.positionalArguments().size() != 1 || !exporter) {
        io.err << "hamish export: expected a PROJECT and a --format (" << Exporter::formats().join(u", "_s) << ")\n"
               << usage;
        return 2;
    }
    if (parser.isSet(acceptedOnly) && parser.isSet(includeRejected)) {
        io.err << "hamish export: --accepted-only and --include-rejected exclude each other\n" << usage;
        return 2;
    }
    ExportOptions options;
    if (parser.isSet(acceptedOnly))
        options.statuses = ExportOptions::Statuses::AcceptedOnly;
    if (parser.isSet(includeRejected))
        options.statuses = ExportOptions::Statuses::All;
    options.intoFolderWithFiles = parser.isSet(force);
    if (parser.isSet(article)) {
        bool ok = false;
        options.articleId = parser.value(article).toLongLong(&ok);
        if (!ok || options.articleId <= 0) {
            io.err << "hamish export: --article wants an article id (a positive number; see hamish info)\n";
            return 2;
        }
    }
    if (exporter->writesFolder() && !parser.isSet(output)) {
        io.err << "hamish export: the " << parser.value(format) << " format writes a folder: give it with -o\n";
        return 2;
    }
    // Reading needs no write access: export works while the project is open in the window.
    const std::unique_ptr<Workspace> workspace =
        openProject(parser.positionalArguments().first(), false, u"hamish export"_s, io);
    if (!workspace)
        return 1;
    const QString formatName = parser.value(format);
    Result<void> written;
    if (parser.isSet(output)) {
        written = Result<void>::fromError(workspace->exportTo(parser.value(output), formatName, options));
    } else if (QIODevice *device = io.out.device()) {
        io.out.flush();
        written = workspace->write(*device, formatName, options);
        // Standard output redirected to a file on a full disk: the last buffered chunk fails here.
        auto *file = qobject_cast<QFileDevice *>(device);
        if (written && file && (!file->flush() || file->error() != QFileDevice::NoError))
            written = Error(u"cannot write to standard output: "_s + file->errorString());
    } else { // a stream on a string (tests)
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        written = workspace->write(buffer, formatName, options);
        io.out << QString::fromUtf8(buffer.data());
    }
    if (!written) {
        io.err << "hamish export: " << written.errorMessage() << '\n';
        return 1;
    }
    return 0;
}

} // namespace Hamish::Cli
