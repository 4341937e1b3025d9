// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: importing HTML pages that attack the reader, beside ordinary pages and the bare UTF-8
// decoding of the same bytes, at growing sizes (issue 15). Linear work shows as a steady MiB/s.
//  - entities: "&a " repeated (each '&' starts a reference that never ends), through
//    HtmlImporter::decodeEntities, beside the previous decoder (one search for ';' per '&', quadratic);
//  - whole import (ArticleImporter::importBytes, as File › Open runs it) of "&a " pages, of "3<5 و"
//    pages and of an ordinary news page, beside QString::fromUtf8 of the same bytes.
// Times are process CPU time, best of three.
//   hamish_bench_import [--max-mib N]   (default 32; the import limit is 128)
#include "core/text/ArticleImporter.h"
#include "core/text/HtmlImporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Hamish;
using namespace Qt::StringLiterals;

namespace {

double cpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// Process CPU time, the fastest of `runs`: the work is single-threaded and the machine is shared, so CPU
// time shows the work itself and the best run is the one least disturbed by others.
template<typename F>
double bestMs(int runs, F &&work)
{
    double best = 1e300;
    for (int i = 0; i < runs; ++i) {
        const double start = cpuMs();
        work();
        best = std::min(best, cpuMs() - start);
    }
    return best;
}

// Results the compiler must not drop (Qt's searches are pure functions: an unused result removes the loop).
volatile qsizetype g_sink = 0;

// The decoder before issue 15, kept here as the baseline: each '&' searches the rest of the text for ';'.
qsizetype previousDecoder(QStringView text)
{
    qsizetype decoded = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        const qsizetype semicolon = text.indexOf(u';', i + 1);
        if (semicolon >= 0 && semicolon - i <= 12)
            ++decoded;
    }
    return decoded;
}

QByteArray page(const QString &body, qsizetype bytes)
{
    const QByteArray head = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>t</title></head><body><p>";
    const QByteArray unit = body.toUtf8();
    QByteArray out = head;
    out.reserve(bytes + unit.size());
    while (out.size() < bytes)
        out += unit;
    return out + "</p></body></html>";
}

double mibPerSecond(qsizetype bytes, double ms)
{
    return ms > 0 ? double(bytes) / (1024.0 * 1024.0) / (ms / 1000.0) : 0;
}

void row(const char *what, qsizetype bytes, double ms, double baselineMs)
{
    std::printf("  %-44s %7.1f MiB  %9.1f ms  %8.1f MiB/s   baseline %8.1f ms\n", what,
                double(bytes) / (1024.0 * 1024.0), ms, mibPerSecond(bytes, ms), baselineMs);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"max-mib"_s, u"Largest page in MiB (default 32)."_s, u"N"_s, u"32"_s});
    parser.process(app);
    const int maxMib = std::clamp(parser.value(u"max-mib"_s).toInt(), 1, 128);

    std::printf("Entity decoding of \"&a \" repeated: HtmlImporter::decodeEntities, baseline the previous decoder\n");
    for (const qsizetype kib : {64, 256, 1024}) {
        const QString text = u"&a "_s.repeated(kib * 1024 / 3);
        const double ms = bestMs(3, [&] { g_sink = g_sink + HtmlImporter::decodeEntities(text).size(); });
        const double previous = bestMs(1, [&] { g_sink = g_sink + previousDecoder(text); });
        row("decodeEntities", text.size() * 2, ms, previous);
    }
    for (qsizetype mib = 4; mib <= maxMib; mib *= 2) {
        const QString text = u"&a "_s.repeated(mib * 1024 * 1024 / 3);
        const double ms = bestMs(3, [&] { g_sink = g_sink + HtmlImporter::decodeEntities(text).size(); });
        std::printf("  %-44s %7.1f MiB  %9.1f ms  %8.1f MiB/s   (previous decoder not run: hours)\n", "decodeEntities",
                    double(text.size() * 2) / (1024.0 * 1024.0), ms, mibPerSecond(text.size() * 2, ms));
    }

    std::printf("\nWhole import of a page (ArticleImporter::importBytes), baseline QString::fromUtf8 of its bytes\n");
    struct Kind
    {
        const char *name;
        QString unit;
    };
    const Kind kinds[] = {
        {"\"&a \" page", u"&a "_s},
        {"\"3<5 و\" page", u"3<5 و "_s},
        {"news page with &laquo; &amp; <b>", u"قال &laquo;المصدر&raquo; إن <b>الوفد</b> وصل &amp; غادر. "_s},
    };
    for (qsizetype mib = 1; mib <= maxMib; mib *= 4) {
        for (const Kind &kind : kinds) {
            const QByteArray bytes = page(kind.unit, mib * 1024 * 1024);
            qsizetype length = 0;
            const double ms = bestMs(3, [&] {
                const ImportResult result = ArticleImporter::importBytes(bytes, u"page.html"_s, {});
                length = result.ok() ? result.article->text().size() : -1;
            });
            const double floor = bestMs(3, [&] { g_sink = g_sink + QString::fromUtf8(bytes).size(); });
            row(kind.name, bytes.size(), ms, floor);
            if (length <= 0)
                std::printf("    (the import failed)\n");
        }
    }
    return 0;
}
