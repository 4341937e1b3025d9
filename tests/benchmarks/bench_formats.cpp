// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark of the document importers (issue 20), each figure beside a baseline run in the same process:
//   - import time per page of a 100-page text PDF (Hamish) beside pdftotext (poppler-utils) on the same file;
//   - text quality on PDFs printed by Qt from the sample article: the share of the sample's words recovered
//     in order, Hamish beside pdftotext (and, when built with Qt PDF, beside Qt PDF's own text);
//   - OCR time per page and word accuracy on the sample rendered at 300 dpi;
//   - a 500-page PDF: time and peak memory.
//   hamish_bench_formats [--pages N] [--skip-ocr]
#include "../FormatFixtures.h"
#include "core/formats/DocumentImporter.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#ifdef HAMISH_BENCH_QTPDF
#include <QPdfDocument>
#include <QPdfSelection>
#endif

#include <poppler-qt6.h>

#include <cstdio>
#include <ctime>
#include <sys/resource.h>

using namespace Hamish;
using namespace Qt::StringLiterals;

namespace {

double processCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
}

double childrenCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
           + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

long peakRssKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return 0;
}

int pageCount(const QByteArray &pdf)
{
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(pdf);
    return document ? document->numPages() : 0;
}

struct Timed
{
    QString text;
    double wallMs = 0;
    double cpuMs = 0;
};

Timed hamish(const QByteArray &bytes, const QString &name)
{
    QElapsedTimer wall;
    wall.start();
    const double cpu = processCpuMs();
    const ImportResult result = DocumentImporter::importBytes(bytes, name, DocumentImportOptions());
    Timed timed{result.ok() ? result.article->text() : QString(), double(wall.nsecsElapsed()) / 1e6,
                processCpuMs() - cpu};
    if (!result.ok())
        std::printf("  Hamish failed: %s\n", qPrintable(result.errorMessage));
    return timed;
}

Timed pdftotext(const QString &program, const QString &path)
{
    QElapsedTimer wall;
    wall.start();
    const double cpu = childrenCpuMs();
    QProcess process;
    process.start(program, {path, u"-"_s});
    process.waitForFinished(600000);
    return {QString::fromUtf8(process.readAllStandardOutput()), double(wall.nsecsElapsed()) / 1e6,
            childrenCpuMs() - cpu};
}

QString popplerRawText(const QByteArray &pdf)
{
    QString text;
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(pdf);
    for (int i = 0; document && i < document->numPages(); ++i)
        text += document->page(i)->text(QRectF()) + u'\n';
    return text;
}

#ifdef HAMISH_BENCH_QTPDF
QString qtPdfText(const QString &path)
{
    QPdfDocument document;
    document.load(path);
    QString text;
    for (int i = 0; i < document.pageCount(); ++i)
        text += document.getAllText(i).text() + u'\n';
    return text;
}
#endif

QString fold(const QString &text)
{
    // Baselines get the same presentation-form folding Hamish does, so the comparison is about order.
    QString out;
    for (const QChar c : text)
        out += (c >= QChar(0xFB50) && c <= QChar(0xFDFF)) || (c >= QChar(0xFE70) && c <= QChar(0xFEFE))
                   ? QString(c).normalized(QString::NormalizationForm_KC).trimmed()
                   : QString(c);
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption pagesOption(u"pages"_s, u"Pages of the text PDF (100)."_s, u"n"_s, u"100"_s);
    const QCommandLineOption skipOcrOption(u"skip-ocr"_s, u"Leave out the OCR figures."_s);
    parser.addOptions({pagesOption, skipOcrOption});
    parser.addHelpOption();
    parser.process(app);

    QTemporaryDir dir;
    const QString program = QStandardPaths::findExecutable(u"pdftotext"_s);
    std::printf("pdftotext: %s\n",
                program.isEmpty() ? "not installed (Debian package poppler-utils)" : qPrintable(program));
    const QStringList sample = FormatFixtures::sampleParagraphs();
    const QString sampleText = FormatFixtures::sampleText();

    // 1. Text quality on the sample printed by Qt, in the fonts the platform has.
    std::printf("\nWords of the sample recovered in order (%lld words):\n",
                qlonglong(FormatFixtures::words(sampleText).size()));
    std::printf("  %-22s %8s %10s %12s %8s\n", "font", "Hamish", "pdftotext", "Poppler text", "Qt PDF");
    for (const QString &family : {u"DejaVu Sans"_s, u"Noto Naskh Arabic"_s, u"Amiri"_s}) {
        const QByteArray pdf = FormatFixtures::printedPdf(sample, family);
        const QString path = dir.filePath(u"quality.pdf"_s);
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(pdf);
        file.close();
        const double ours = FormatFixtures::wordsInOrder(sampleText, hamish(pdf, path).text);
        const double theirs =
            program.isEmpty() ? -1 : FormatFixtures::wordsInOrder(sampleText, fold(pdftotext(program, path).text));
        const double poppler = FormatFixtures::wordsInOrder(sampleText, fold(popplerRawText(pdf)));
#ifdef HAMISH_BENCH_QTPDF
        const double qtpdf = FormatFixtures::wordsInOrder(sampleText, fold(qtPdfText(path)));
#else
        const double qtpdf = -1;
#endif
        std::printf("  %-22s %7.1f%% %9.1f%% %11.1f%% %7.1f%%\n", qPrintable(family), ours * 100, theirs * 100,
                    poppler * 100, qtpdf * 100);
    }

    // 2. Import time per page of a long text PDF.
    const int wanted = parser.value(pagesOption).toInt();
    // Copies of the sample: ten of them show how many pages a copy takes.
    const auto copies = [&](int n) {
        QStringList out;
        for (int i = 0; i < n; ++i)
            out += sample;
        return out;
    };
    const int tenCopiesPages = std::max(1, pageCount(FormatFixtures::printedPdf(copies(10))));
    const QStringList paragraphs = copies(std::max(1, (wanted * 10 + tenCopiesPages - 1) / tenCopiesPages));
    const QByteArray pdf = FormatFixtures::printedPdf(paragraphs);
    const int pages = pageCount(pdf);
    const QString longPath = dir.filePath(u"long.pdf"_s);
    {
        QFile file(longPath);
        file.open(QIODevice::WriteOnly);
        file.write(pdf);
    }
    std::printf("\nText PDF of %d pages (%.1f MB), per page (wall / CPU):\n", pages, pdf.size() / 1e6);
    const Timed ours = hamish(pdf, longPath);
    std::printf("  Hamish     %7.2f / %7.2f ms   words in order %.1f%%\n", ours.wallMs / pages, ours.cpuMs / pages,
                FormatFixtures::wordsInOrder(paragraphs.join(u"\n"_s), ours.text) * 100);
    if (!program.isEmpty()) {
        const Timed theirs = pdftotext(program, longPath);
        std::printf("  pdftotext  %7.2f / %7.2f ms   words in order %.1f%%\n", theirs.wallMs / pages,
                    theirs.cpuMs / pages,
                    FormatFixtures::wordsInOrder(paragraphs.join(u"\n"_s), fold(theirs.text)) * 100);
    }

    // 3. A 500-page PDF: time and memory stay proportionate.
    {
        QList<QList<FormatFixtures::RawLine>> rawPages;
        QList<FormatFixtures::RawLine> lines;
        for (int i = 0; i < 5; ++i) {
            FormatFixtures::RawLine line;
            line.y = 60 + 20 * i;
            line.x = 30;
            line.size = 8;
            line.glyphs = FormatFixtures::visualLine(sample[i].left(90), true);
            lines.append(line);
        }
        for (int i = 0; i < 500; ++i)
            rawPages.append(lines);
        const QByteArray big = FormatFixtures::rawPdf(rawPages);
        const long before = peakRssKb();
        const Timed timed = hamish(big, u"500.pdf"_s);
        std::printf("\n500-page PDF (%.1f MB): %.0f ms (%.2f ms a page), peak RSS %ld MB before, %ld MB after\n",
                    big.size() / 1e6, timed.wallMs, timed.wallMs / 500, before / 1024, peakRssKb() / 1024);
    }

    // 4. OCR per page.
    if (!parser.isSet(skipOcrOption)) {
        const QImage page = FormatFixtures::renderedPage(sample, u"Amiri"_s, 300);
        const QByteArray png = FormatFixtures::pngBytes(page);
        const Timed timed = hamish(png, u"scan.png"_s);
        std::printf("\nOCR of the sample rendered in Amiri at 300 dpi (%dx%d px, one page): %.0f ms wall, %.0f ms CPU; "
                    "words in order %.1f%%\n",
                    page.width(), page.height(), timed.wallMs, timed.cpuMs,
                    FormatFixtures::wordsInOrder(sampleText, timed.text) * 100);
    }
    return 0;
}
