// SPDX-License-Identifier: GPL-3.0-or-later
// Annotation display benchmark (issue 5): a 5 MB article with 50,000 annotations (a tenth of them nested in
// another), scrolled a page at a time; reports the median and worst repaint time, beside the naive
// approach (QTextEdit::setExtraSelections with one selection per annotation) measured in the same run.
//
//   ./build/tests/benchmarks/hamish_bench_annotate [--megabytes N] [--annotations N] [--pages N] [--skip-baseline]
#include "BenchCorpus.h"
#include "app/ReaderView.h"
#include "core/model/AnnotationDocument.h"
#include "core/text/PlainTextImporter.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTextEdit>

#include <algorithm>
#include <cstdio>

using namespace Hamish;
using namespace Qt::StringLiterals;

namespace {

struct Timing
{
    double median = 0;
    double worst = 0;
    int pages = 0;
};

Timing summarise(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return {samples[samples.size() / 2], samples.back(), int(samples.size())};
}

// Scrolls `bar` a page at a time from the top and repaints after each step. Between steps the event loop
// runs for 30 ms, as between the repeats of a held Page Down key.
template<typename Repaint>
Timing scrollPages(QScrollBar *bar, int pages, Repaint repaint)
{
    auto idle = [] {
        QElapsedTimer wait;
        wait.start();
        while (wait.elapsed() < 30)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    };
    std::vector<double> samples;
    bar->setValue(0);
    repaint();
    QElapsedTimer timer;
    for (int value = bar->pageStep(); value <= bar->maximum() && int(samples.size()) < pages;
         value += bar->pageStep()) {
        idle();
        bar->setValue(value);
        timer.start();
        repaint();
        samples.push_back(timer.nsecsElapsed() / 1e6);
    }
    return summarise(samples);
}

qsizetype argument(const QStringList &args, const QString &name, qsizetype fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toLongLong() : fallback;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype megabytes = argument(args, u"--megabytes"_s, 5);
    const qsizetype count = argument(args, u"--annotations"_s, 50000);
    const int pages = int(argument(args, u"--pages"_s, 300));

    const auto article =
        std::make_shared<const Article>(PlainTextImporter::parse(BenchCorpus::generate(megabytes * 1024 * 1024)));
    const QString &text = article->text();

    // Annotations on word boundaries, evenly spread; every tenth wraps the next one (nested spans).
    QList<Annotation> annotations;
    annotations.reserve(count);
    const QStringList labels = {u"PERSON"_s, u"LOCATION"_s, u"ORGANIZATION"_s, u"NUMBER"_s, u"DATE"_s};
    const qsizetype stride = text.size() / count;
    for (qsizetype i = 0; i < count; ++i) {
        qsizetype start = i * stride;
        while (start < text.size() && !text.at(start).isLetterOrNumber())
            ++start;
        qsizetype end = start;
        while (end < text.size() && text.at(end).isLetterOrNumber())
            ++end;
        if (end <= start)
            continue;
        Annotation a;
        a.start = start;
        a.end = end;
        a.label = labels.at(i % labels.size());
        a.status = i % 3 == 0 ? AnnotationStatus::Suggested : AnnotationStatus::Accepted;
        if (i % 10 == 0) {
            qsizetype outer = end + 1;
            while (outer < text.size() && text.at(outer).isLetterOrNumber())
                ++outer;
            Annotation wrap = a;
            wrap.end = outer;
            wrap.label = u"QUANTITY"_s;
            annotations.append(wrap);
        }
        annotations.append(a);
    }
    std::printf("Article: %.1f MB, %lld annotations\n", text.toUtf8().size() / 1048576.0,
                static_cast<long long>(annotations.size()));

    // Hamish: highlights painted behind the text, visible chunks only, cached per laid-out chunk.
    Timing hamish;
    double hamishSetup = 0;
    {
        AnnotationDocument document(article);
        ReaderView view;
        view.resize(1100, 800);
        view.show();
        QSignalSpy finished(&view, &ReaderView::layoutFinished);
        QElapsedTimer timer;
        timer.start();
        document.resetAnnotations(annotations);
        view.setDocument(&document);
        view.viewport()->repaint();
        hamishSetup = timer.nsecsElapsed() / 1e6;
        while (finished.isEmpty())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        hamish = scrollPages(view.verticalScrollBar(), pages, [&] { view.viewport()->repaint(); });
    }

    // Baseline: QTextEdit with one extra selection per annotation.
    Timing baseline{1, 1, 0};
    double baselineSetup = 1;
    if (!args.contains(u"--skip-baseline"_s)) {
        QTextEdit edit;
        edit.setReadOnly(true);
        edit.resize(1100, 800);
        edit.show();
        edit.setPlainText(text);
        QList<QTextEdit::ExtraSelection> selections;
        selections.reserve(annotations.size());
        const QColor colours[] = {QColor(0xe6, 0x9f, 0x00), QColor(0x56, 0xb4, 0xe9), QColor(0x00, 0x9e, 0x73),
                                  QColor(0xf0, 0xe4, 0x42), QColor(0xfd, 0xb8, 0x63)};
        QElapsedTimer timer;
        timer.start();
        for (qsizetype i = 0; i < annotations.size(); ++i) {
            QTextEdit::ExtraSelection selection;
            selection.cursor = QTextCursor(edit.document());
            selection.cursor.setPosition(int(annotations[i].start));
            selection.cursor.setPosition(int(annotations[i].end), QTextCursor::KeepAnchor);
            selection.format.setBackground(colours[i % 5]);
            selections.append(selection);
        }
        edit.setExtraSelections(selections);
        edit.viewport()->repaint();
        baselineSetup = timer.nsecsElapsed() / 1e6;
        // Let its lazy layout settle before scrolling, as for Hamish.
        QElapsedTimer settle;
        settle.start();
        while (settle.elapsed() < 3000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        baseline = scrollPages(edit.verticalScrollBar(), pages, [&] { edit.viewport()->repaint(); });
    }

    std::printf("\n%-36s %12s %14s %8s\n", "", "Hamish", "setExtraSel.", "ratio");
    std::printf("%-36s %9.1f ms %11.1f ms %7.1fx\n", "Show annotations (first paint)", hamishSetup, baselineSetup,
                baselineSetup / hamishSetup);
    std::printf("%-36s %9.2f ms %11.2f ms %7.1fx\n", "Repaint per page, median", hamish.median, baseline.median,
                baseline.median / hamish.median);
    std::printf("%-36s %9.2f ms %11.2f ms %7.1fx\n", "Repaint per page, worst", hamish.worst, baseline.worst,
                baseline.worst / hamish.worst);
    std::printf(
        "(%d pages scrolled in each, 30 ms of idle event loop between pages)\nTargets: median < 8 ms, worst < 16 ms.\n",
        hamish.pages);
    return 0;
}
