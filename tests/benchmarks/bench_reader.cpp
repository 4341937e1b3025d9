// SPDX-License-Identifier: GPL-3.0-or-later
// Reader benchmark (issue 2): imports a generated 5 MB Arabic article and measures the time to the first
// laid-out screen and the longest GUI-thread stall while the rest is laid out, beside the naive
// QTextEdit::setPlainText baseline on the same text in the same run.
//
//   ./build/tests/benchmarks/hamish_bench_reader [--megabytes N]
#include "BenchCorpus.h"
#include "app/MainWindow.h"
#include "app/ReaderView.h"
#include "core/text/ArticleImporter.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Hamish;
using namespace Qt::StringLiterals;

namespace {

// Runs the event loop until `done` is true and returns the longest gap between two ticks of a 1 ms timer:
// the longest time the GUI thread could not answer.
template<typename Done>
double longestStallMs(Done done, int timeoutMs = 120000)
{
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed();
    qint64 longest = 0;
    QTimer ticker;
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        longest = std::max(longest, now - last);
        last = now;
    });
    ticker.start();
    while (!done() && clock.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    longest = std::max(longest, clock.nsecsElapsed() - last);
    return longest / 1e6;
}

double ms(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    qsizetype megabytes = 5;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(u"--megabytes"_s); i >= 0 && i + 1 < args.size())
        megabytes = args.at(i + 1).toLongLong();

    QTemporaryDir dir;
    const QString path = dir.filePath(u"big-article.txt"_s);
    const QByteArray bytes = BenchCorpus::generate(megabytes * 1024 * 1024).toUtf8();
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return 1;
    }
    std::printf("Article: %.1f MB of UTF-8 Arabic text\n", bytes.size() / 1048576.0);

    // 1. Import alone (decode, detect, block structure) on this thread.
    QElapsedTimer timer;
    timer.start();
    const ImportResult imported = ArticleImporter::importFile(path);
    const double importMs = ms(timer);
    if (!imported.ok())
        return 1;
    auto article = std::make_shared<const Article>(*imported.article);
    std::printf("Import:                          %8.1f ms (%lld blocks)\n", importMs,
                static_cast<long long>(article->blocks().size()));

    // 2. Hamish's reader: first laid-out screen, then the longest stall while the rest is laid out.
    double hamishFirst = 0, hamishStall = 0, hamishTotal = 0;
    {
        ReaderView view;
        view.resize(1100, 800);
        view.show();
        QCoreApplication::processEvents();
        QSignalSpy finished(&view, &ReaderView::layoutFinished);
        timer.start();
        view.setArticle(article);
        view.viewport()->repaint();
        hamishFirst = ms(timer);
        hamishStall = longestStallMs([&] { return !finished.isEmpty(); });
        hamishTotal = ms(timer);
    }

    // 3. Baseline: QTextEdit::setPlainText on the same text.
    double baselineFirst = 0, baselineStall = 0, baselineTotal = 0;
    {
        QTextEdit edit;
        edit.setReadOnly(true);
        edit.resize(1100, 800);
        edit.show();
        QCoreApplication::processEvents();
        timer.start();
        edit.setPlainText(article->text());
        edit.viewport()->repaint();
        baselineFirst = ms(timer);
        // Give its lazy layout the same chance to finish; its first call is itself one stall.
        QElapsedTimer settle;
        settle.start();
        baselineStall = std::max(baselineFirst, longestStallMs([&] { return settle.elapsed() > 3000; }));
        baselineTotal = ms(timer);
    }

    // 4. The whole path a user takes: File > Open in the main window, import off the GUI thread.
    double windowFirst = 0, windowStall = 0;
    {
        MainWindow window;
        window.show();
        QCoreApplication::processEvents();
        QSignalSpy painted(window.readerView(), &ReaderView::firstScreenPainted);
        QSignalSpy finished(window.readerView(), &ReaderView::layoutFinished);
        timer.start();
        window.openFile(path);
        windowStall = longestStallMs([&] { return !painted.isEmpty(); });
        windowFirst = ms(timer);
        windowStall = std::max(windowStall, longestStallMs([&] { return !finished.isEmpty(); }));
    }

    std::printf("\n%-34s %12s %12s %8s\n", "", "Hamish", "QTextEdit", "ratio");
    std::printf("%-34s %9.1f ms %9.1f ms %7.1fx\n", "First laid-out screen", hamishFirst, baselineFirst,
                baselineFirst / hamishFirst);
    std::printf("%-34s %9.1f ms %9.1f ms %7.1fx\n", "Longest GUI stall while loading", hamishStall, baselineStall,
                baselineStall / hamishStall);
    std::printf("%-34s %9.1f ms %9.1f ms\n", "Until fully laid out / settled", hamishTotal, baselineTotal);
    std::printf("\nMain window, File > Open of the %.1f MB file (import in the background):\n",
                bytes.size() / 1048576.0);
    std::printf("  open -> first screen painted:   %8.1f ms\n", windowFirst);
    std::printf("  longest GUI stall, open -> fully laid out: %.1f ms\n", windowStall);
    std::printf("\nTargets: first screen < 300 ms, no GUI stall over 100 ms.\n");
    return 0;
}
