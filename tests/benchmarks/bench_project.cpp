// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark of the project file at corpus scale: open, one edit's commit, full JSON export, each beside
// a baseline measured in the same run on the same machine.
//   hamish_bench_project [--articles N] [--annotations M] [--edits K] [--keep DIR]
// Targets (issue 4): open < 1 s, an edit < 10 ms, JSON export < 2 s for 1,000 articles and 200,000 annotations.
#include "core/exchange/Exporter.h"
#include "core/storage/ProjectStore.h"
#include "core/workspace/ProjectDocumentSource.h"

#include "BenchStopwatch.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <unistd.h>

using namespace Hamish;
using namespace Qt::StringLiterals;

namespace {

const QStringList kWords = {u"أعلنت"_s,   u"وزارة"_s, u"الخارجية"_s, u"في"_s,        u"بيان"_s,    u"رسمي"_s,
                            u"أن"_s,      u"الوفد"_s, u"سيصل"_s,     u"إلى"_s,       u"العاصمة"_s, u"دمشق"_s,
                            u"صباح"_s,    u"الغد"_s,  u"وأن"_s,      u"المحادثات"_s, u"ستتناول"_s, u"2500"_s,
                            u"الأوضاع"_s, u"محمد"_s,  u"العلي"_s,    u"منظمة"_s,     u"الصحة"_s,   u"🙂"_s};

struct Samples
{
    QList<double> wall, cpu;
    void add(const Stopwatch &watch)
    {
        wall.append(watch.wallMs());
        cpu.append(watch.cpuMs());
    }
    static double median(QList<double> ms)
    {
        std::sort(ms.begin(), ms.end());
        return ms.at(ms.size() / 2);
    }
    static double worst(const QList<double> &ms) { return *std::max_element(ms.begin(), ms.end()); }
};

void line(const char *what, double wall, double cpu, const char *baselineName, double baseline, const char *target)
{
    std::printf("%-30s %9.2f ms (cpu %8.2f)   %-20s %8.2f ms   ratio %6.1fx   target %s\n", what, wall, cpu,
                baselineName, baseline, baseline > 0 ? wall / baseline : 0.0, target);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption articlesOption(u"articles"_s, u"Articles (1000)."_s, u"n"_s, u"1000"_s);
    const QCommandLineOption annotationsOption(u"annotations"_s, u"Annotations in all (200000)."_s, u"n"_s,
                                               u"200000"_s);
    const QCommandLineOption editsOption(u"edits"_s, u"Edits to time (300)."_s, u"n"_s, u"300"_s);
    parser.addOptions({articlesOption, annotationsOption, editsOption});
    parser.process(app);
    const int articleCount = parser.value(articlesOption).toInt();
    const int perArticle = parser.value(annotationsOption).toInt() / std::max(1, articleCount);
    const int edits = parser.value(editsOption).toInt();

    QTemporaryDir dir;
    const QString path = dir.filePath(u"bench.hamish"_s);
    QRandomGenerator random(42);
    Stopwatch timer;
    timer.start();
    {
        Result<std::unique_ptr<ProjectStore>> created = ProjectStore::create(path);
        if (!created) {
            std::fprintf(stderr, "%s\n", qPrintable(created.errorMessage()));
            return 1;
        }
        ProjectStore &project = **created;
        const QList<Label> labels = project.labels().valueOr({});
        const Result<void> ok = project.transaction([&]() -> Result<void> {
            for (int a = 0; a < articleCount; ++a) {
                QString text;
                QList<std::pair<qsizetype, qsizetype>> words;
                while (words.size() < perArticle * 2 || text.size() < 3000) {
                    const QString &word = kWords.at(random.bounded(kWords.size()));
                    words.append({text.size(), text.size() + word.size()});
                    text += word + u' ';
                }
                QList<Annotation> annotations;
                for (int n = 0; n < perArticle; ++n) {
                    const auto [start, end] = words.at(n * 2 + random.bounded(2));
                    Annotation annotation;
                    annotation.label = labels.at(random.bounded(labels.size())).name;
                    annotation.start = start;
                    annotation.end = end;
                    annotation.status = AnnotationStatus(random.bounded(3));
                    annotation.origin = u"rules:bench"_s;
                    annotations.append(annotation);
                }
                Article article(text, {{BlockRole::Paragraph, 0, text.size()}});
                article.setTitle(u"مقالة "_s + QString::number(a));
                if (const Result<qint64> added = project.addArticle(article, annotations); !added)
                    return added.error();
            }
            return {};
        });
        if (!ok) {
            std::fprintf(stderr, "%s\n", qPrintable(ok.errorMessage()));
            return 1;
        }
    }
    const qint64 fileSize = QFileInfo(path).size();
    std::printf("project: %d articles, %d annotations, %.1f MB, built in %.1f s\n\n", articleCount,
                articleCount * perArticle, double(fileSize) / 1e6, timer.wallMs() / 1000);

    // Open: what the window does (open, checks included, and list the articles with their counts),
    // against reading the whole file's bytes with QFile.
    Samples opens, reads;
    for (int i = 0; i < 5; ++i) {
        timer.start();
        {
            const Result<std::unique_ptr<ProjectStore>> opened = ProjectStore::open(path);
            if (!opened || (*opened)->articles().valueOr({}).size() != articleCount)
                return 1;
        }
        opens.add(timer);
        timer.start();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) || file.readAll().size() != fileSize)
            return 1;
        reads.add(timer);
    }

    Result<std::unique_ptr<ProjectStore>> opened = ProjectStore::open(path);
    if (!opened)
        return 1;
    ProjectStore &project = **opened;
    const qint64 articleId = project.articles().valueOr({}).at(articleCount / 2).id;
    const qsizetype length = project.article(articleId).valueOr({}).text().size();

    // One edit = one committed, fsynced transaction; the baseline is the floor any durable write pays:
    // appending a line to a file and fsyncing it.
    Samples editTimes, syncTimes;
    QFile journal(dir.filePath(u"baseline.log"_s));
    journal.open(QIODevice::WriteOnly);
    qint64 lastId = 0;
    for (int i = 0; i < edits; ++i) {
        Annotation annotation;
        annotation.label = u"PERSON"_s;
        annotation.start = random.bounded(int(length - 10));
        annotation.end = annotation.start + 5;
        annotation.status = AnnotationStatus::Accepted;
        annotation.origin = u"user"_s;
        timer.start();
        Result<void> ok;
        switch (i % 3) {
        case 0: {
            const Result<qint64> id = project.addAnnotation(articleId, annotation);
            lastId = id.valueOr(0);
            ok = Result<void>::fromError(id);
            break;
        }
        case 1:
            annotation.id = lastId;
            annotation.note = u"ملاحظة"_s;
            ok = project.updateAnnotation(annotation);
            break;
        default:
            ok = project.removeAnnotation(lastId);
        }
        editTimes.add(timer);
        if (!ok) {
            std::fprintf(stderr, "%s\n", qPrintable(ok.errorMessage()));
            return 1;
        }
        timer.start();
        journal.write("edit PERSON 123 128 accepted user\n");
        journal.flush();
        ::fsync(journal.handle());
        syncTimes.add(timer);
    }

    // Full JSON export to a file, against writing the same number of bytes through QSaveFile.
    Samples exports, writes;
    const QString exportPath = dir.filePath(u"export.json"_s);
    for (int i = 0; i < 3; ++i) {
        timer.start();
        const Result<void> exported = Exporter::create(u"json"_s)->exportTo(
            ProjectDocumentSource(project), ExportOptions{ExportOptions::Statuses::All, 0}, exportPath);
        if (!exported) {
            std::fprintf(stderr, "%s\n", qPrintable(exported.errorMessage()));
            return 1;
        }
        exports.add(timer);
        const QByteArray bytes(QFileInfo(exportPath).size(), 'x');
        timer.start();
        QSaveFile file(dir.filePath(u"raw.bin"_s));
        file.open(QIODevice::WriteOnly);
        file.write(bytes);
        file.commit();
        writes.add(timer);
    }

    using S = Samples;
    line("open + list articles (median)", S::median(opens.wall), S::median(opens.cpu), "QFile readAll",
         S::median(reads.wall), "< 1000 ms");
    line("edit commit (median)", S::median(editTimes.wall), S::median(editTimes.cpu), "append+fsync",
         S::median(syncTimes.wall), "< 10 ms");
    line("edit commit (worst)", S::worst(editTimes.wall), S::worst(editTimes.cpu), "append+fsync",
         S::worst(syncTimes.wall), "< 10 ms");
    line("JSON export, all (median)", S::median(exports.wall), S::median(exports.cpu), "QSaveFile same size",
         S::median(writes.wall), "< 2000 ms");
    std::printf("\n%d edits timed; export %.1f MB\n", edits, double(QFileInfo(exportPath).size()) / 1e6);
    return 0;
}
