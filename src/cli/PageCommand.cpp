// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Commands.h"

#include "core/formats/SourcePages.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Hamish::Cli {

int runPage(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Saves one page of a PDF or a scanned image as PNG: the page the window shows beside the text read "
        u"from it (View > Show Source Page)."_s);
    const QCommandLineOption pageOption(u"page"_s, u"The page, from 1 (default 1)."_s, u"n"_s, u"1"_s);
    const QCommandLineOption dpiOption(u"dpi"_s, u"Resolution a PDF page is drawn at (default 150)."_s, u"dpi"_s,
                                       u"150"_s);
    const QCommandLineOption outputOption({u"o"_s, u"output"_s}, u"The PNG file to write."_s, u"file"_s);
    parser.addOption(pageOption);
    parser.addOption(dpiOption);
    parser.addOption(outputOption);
    parser.addPositionalArgument(u"FILE"_s, u"A PDF or an image (PNG, JPEG, TIFF)."_s);
    int status = 0;
    if (!parseArguments(parser, arguments, u"hamish page"_s, io, &status, {1, 1, u"one FILE"_s}))
        return status;
    bool pageOk = false;
    bool dpiOk = false;
    const int page = parser.value(pageOption).toInt(&pageOk);
    const int dpi = parser.value(dpiOption).toInt(&dpiOk);
    if (!pageOk || page < 1 || !dpiOk || dpi < 18 || dpi > 600) {
        io.err << "hamish page: --page takes a page number from 1 and --dpi a resolution from 18 to 600\n";
        return 2;
    }
    if (!parser.isSet(outputOption)) {
        io.err << "hamish page: say where to write the page with -o FILE.png\n";
        return 2;
    }

    const Result<SourcePages::PageImage> rendered =
        SourcePages::render(parser.positionalArguments().first(), page, dpi);
    if (!rendered) {
        io.err << "hamish page: " << rendered.error().message() << '\n';
        return 1;
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QSaveFile file(parser.value(outputOption));
    if (!rendered->image.save(&buffer, "PNG") || !file.open(QIODevice::WriteOnly) || file.write(png) != png.size()
        || !file.commit()) {
        io.err << "hamish page: cannot write " << file.fileName() << ": " << file.errorString() << '\n';
        return 1;
    }
    io.out << "page " << rendered->page << " of " << rendered->pageCount << ", " << rendered->image.width() << 'x'
           << rendered->image.height() << " pixels, written to " << file.fileName() << '\n';
    return 0;
}

} // namespace Hamish::Cli
