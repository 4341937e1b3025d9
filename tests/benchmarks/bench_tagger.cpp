// SPDX-License-Identifier: GPL-3.0-or-later
// Entity tagger benchmark: model load time, tagging speed on one core beside the tokenisation floor and the
// rules-only engine in the same run, and peak memory while tagging a 5 MB article.
// Usage: bench_tagger [--dump FILE] [ARTICLE.txt]  (default: the bundled sample article, repeated)
// --dump FILE writes every annotation the model tagger and the standard engine produce on the benchmark text, one
// a line with its confidence as a hexadecimal float, so two builds' outputs can be compared byte for byte.
#include "core/extraction/Extractor.h"
#include "core/tagger/EntityTagger.h"
#include "core/tagger/ModelEntityRecognizer.h"
#include "core/tagger/NameLists.h"
#include "core/tagger/SequenceModel.h"
#include "core/tagger/TaggerTokenizer.h"
#include "core/tagger/WordClasses.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

using namespace Hamish;
using namespace Qt::StringLiterals;

namespace {

long peakKilobytes()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

QString repeatedTo(const QString &text, qsizetype utf8Bytes)
{
    QString out;
    const qsizetype unit = text.toUtf8().size() + 1;
    out.reserve((utf8Bytes / unit + 1) * (text.size() + 1));
    for (qsizetype size = 0; size < utf8Bytes; size += unit)
        out += text + u'\n';
    return out;
}

qsizetype countTokens(QStringView text)
{
    qsizetype tokens = 0;
    TaggerTokenizer::forEachSentence(text,
                                     [&](const QList<TaggerTokenizer::Token> &sentence) { tokens += sentence.size(); });
    return tokens;
}

template<typename Work>
double bestSeconds(int rounds, Work work)
{
    double best = 1e9;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        work();
        best = std::min(best, timer.nsecsElapsed() / 1e9);
    }
    return best;
}

bool dumpAnnotations(const QString &path, const QList<Annotation> &model, const QList<Annotation> &standard)
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    for (const auto &[engine, annotations] : {std::pair{"model", &model}, std::pair{"standard", &standard}}) {
        for (const Annotation &annotation : *annotations) {
            char confidence[64];
            std::snprintf(confidence, sizeof confidence, "%a", annotation.confidence);
            out.write(QByteArray(engine) + ' ' + QByteArray::number(annotation.start) + ' '
                      + QByteArray::number(annotation.end) + ' ' + annotation.label.toUtf8() + ' '
                      + annotation.origin.toUtf8() + ' ' + confidence + ' '
                      + QJsonDocument(QJsonArray{annotation.value}).toJson(QJsonDocument::Compact) + '\n');
        }
    }
    return out.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments = app.arguments().mid(1);
    QString dumpPath;
    if (const qsizetype dump = arguments.indexOf(u"--dump"_s); dump >= 0 && dump + 1 < arguments.size()) {
        dumpPath = arguments.at(dump + 1);
        arguments.remove(dump, 2);
    }
    const QString path = arguments.isEmpty() ? u":/sample/sample-article.txt"_s : arguments.first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_tagger: cannot read %s\n", qPrintable(path));
        return 1;
    }
    const QString article = QString::fromUtf8(file.readAll());
    const long startKb = peakKilobytes();

    // Load: reading the embedded file and building the model, as the engine does on first use.
    QString error;
    const double loadSeconds = bestSeconds(5, [&] {
        QFile model(EntityTagger::bundledPath());
        if (!model.open(QIODevice::ReadOnly) || SequenceModel::fromBytes(model.readAll(), &error).isEmpty())
            std::fprintf(stderr, "bench_tagger: %s\n", qPrintable(error));
    });
    const EntityTagger *tagger = EntityTagger::bundled(&error);
    if (!tagger) {
        std::fprintf(stderr, "bench_tagger: %s\n", qPrintable(error));
        return 1;
    }
    // The lists the features read are loaded once, on first use: timed once each.
    QElapsedTimer listTimer;
    listTimer.start();
    (void)NameLists::instance();
    const double nameListSeconds = listTimer.nsecsElapsed() / 1e9;
    listTimer.restart();
    const qsizetype classCount = WordClasses::instance().size();
    const double wordClassSeconds = listTimer.nsecsElapsed() / 1e9;
    const long loadedKb = peakKilobytes();
    std::printf("model: %lld features, %lld labels; load %.1f ms (best of 5)\n",
                static_cast<long long>(tagger->model().featureCount()),
                static_cast<long long>(tagger->model().labels().size()), loadSeconds * 1000);
    std::printf("on first use: name lists %.1f ms, word classes %.1f ms (%lld words)\n", nameListSeconds * 1000,
                wordClassSeconds * 1000, static_cast<long long>(classCount));

    // Speed on about 1 MB of text, one thread.
    const QString text = repeatedTo(article, 1 << 20);
    const qsizetype tokens = countTokens(text);
    qsizetype entities = 0;
    const double floorSeconds = bestSeconds(3, [&] { (void)countTokens(text); });
    const double modelSeconds = bestSeconds(3, [&] { entities = tagger->recognize(text).size(); });
    const Extractor rules;
    const double rulesSeconds = bestSeconds(3, [&] { (void)rules.extractEntities(text); });
    const double rulesAllSeconds = bestSeconds(3, [&] { (void)rules.extract(text); });
    const Extractor standard(ModelEntityRecognizer::standardSet());
    const double engineSeconds = bestSeconds(3, [&] { (void)standard.extract(text); });
    const auto line = [&](const char *name, double seconds) {
        std::printf("%-34s %9.0f tokens/s  (%.3f s)\n", name, double(tokens) / seconds, seconds);
    };
    std::printf("text: %lld UTF-16 units, %lld tokens; the model finds %lld entities\n",
                static_cast<long long>(text.size()), static_cast<long long>(tokens), static_cast<long long>(entities));
    line("tokenisation floor", floorSeconds);
    line("model tagger (EntityTagger)", modelSeconds);
    line("rules-only engine (entities)", rulesSeconds);
    line("rules-only engine (everything)", rulesAllSeconds);
    line("standard engine (model + numbers)", engineSeconds);
    std::printf("model tagger / rules-only engine time: %.2f\n", modelSeconds / rulesSeconds);
    if (!dumpPath.isEmpty()) {
        if (!dumpAnnotations(dumpPath, tagger->recognize(text), standard.extract(text))) {
            std::fprintf(stderr, "bench_tagger: cannot write %s\n", qPrintable(dumpPath));
            return 1;
        }
        std::printf("annotations written to %s\n", qPrintable(dumpPath));
    }

    // Memory: tag a 5 MB article (UTF-8 size) and read the peak resident set.
    {
        const QString big = repeatedTo(article, 5 << 20);
        const QList<Annotation> found = tagger->recognize(big);
        std::printf("5 MB article: %lld entities; peak RSS %.1f MB (at start %.1f MB, after model load %.1f MB)\n",
                    static_cast<long long>(found.size()), peakKilobytes() / 1024.0, startKb / 1024.0,
                    loadedKb / 1024.0);
    }
    return 0;
}
