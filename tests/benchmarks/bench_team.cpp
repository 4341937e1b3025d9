// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark of a team project on a PostgreSQL server (a throw-away local server, tests/support), each
// figure beside the SQLite file in the same run:
//   - one edit's commit (add, change a note, remove, in turn): median and worst of --edits;
//   - a change reaching a second client: from one Workspace's edit to the other's document showing it
//     (NOTIFY, then the reread), median and worst of --changes;
//   - opening a project of --articles / --annotations: open and list the articles, and open and load every
//     article as a document (what the window does).
//   hamish_bench_team [--articles N] [--annotations M] [--edits K] [--changes C]
// Targets (issue 17): edit median < 10 ms, change seen by the other client < 1 s, open < 2 s.
#include "../support/PostgresServer.h"
#include "BenchProject.h"
#include "core/model/AnnotationDocument.h"
#include "core/storage/ProjectCopy.h"
#include "core/storage/ProjectStore.h"
#include "core/workspace/Annotating.h"
#include "core/workspace/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Hamish;
using namespace Qt::StringLiterals;

namespace {

double median(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return ms.isEmpty() ? 0 : ms.at(ms.size() / 2);
}

double worst(const QList<double> &ms)
{
    return ms.isEmpty() ? 0 : *std::max_element(ms.begin(), ms.end());
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

void line(const char *what, double server, double file, const char *target)
{
    std::printf("%-34s server %9.2f ms   SQLite file %9.2f ms   target %s\n", what, server, file, target);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 1;
}

// Edits as a user makes them, each its own committed transaction: add, change the note, remove.
Result<QList<double>> timeEdits(const QString &location, int edits)
{
    Result<std::unique_ptr<ProjectStore>> opened = ProjectStore::open(location);
    if (!opened)
        return opened.error();
    ProjectStore &project = **opened;
    const QList<ArticleSummary> articles = project.articles().valueOr({});
    if (articles.isEmpty())
        return Error(u"no articles"_s);
    const qint64 articleId = articles.at(articles.size() / 2).id;
    const qsizetype length = project.article(articleId).valueOr({}).text().size();
    QRandomGenerator random(7);
    QList<double> times;
    qint64 lastId = 0;
    for (int i = 0; i < edits; ++i) {
        Annotation annotation;
        annotation.label = u"PERSON"_s;
        annotation.start = random.bounded(int(length - 10));
        annotation.end = annotation.start + 5;
        annotation.status = AnnotationStatus::Accepted;
        annotation.origin = u"user"_s;
        QElapsedTimer timer;
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
            annotation = project.annotation(lastId).valueOr(annotation);
            annotation.note = u"ملاحظة"_s;
            ok = project.updateAnnotation(annotation);
            break;
        default:
            ok = project.removeAnnotation(lastId);
        }
        times.append(msSince(timer));
        if (!ok)
            return ok.error();
    }
    return times;
}

// From one client's edit to the other client's document showing it.
Result<QList<double>> timeChanges(const QString &location, int changes)
{
    Workspace mine, theirs;
    if (const Result<void> opened = mine.open(location); !opened)
        return opened.error();
    if (const Result<void> opened = theirs.open(location); !opened)
        return opened.error();
    mine.setAnnotator(u"bench"_s);
    theirs.setAnnotator(u"bench"_s);
    const Result<QList<AnnotationDocument *>> myDocuments = mine.loadDocuments();
    const Result<QList<AnnotationDocument *>> theirDocuments = theirs.loadDocuments();
    if (!myDocuments || !theirDocuments || myDocuments->isEmpty())
        return Error(u"cannot load the documents"_s);
    AnnotationDocument *document = myDocuments->first();
    AnnotationDocument *other = theirDocuments->first();
    bool seen = false;
    QObject::connect(other, &AnnotationDocument::annotationsChanged, other, [&seen] { seen = true; });
    QList<double> times;
    const qsizetype length = document->article().text().size();
    for (int i = 0; i < changes; ++i) {
        QCoreApplication::processEvents(); // nothing left over from the last one
        seen = false;
        const qsizetype start = (qsizetype(i) * 7) % (length - 10);
        QElapsedTimer timer;
        timer.start();
        if (const Result<qint64> id = Annotating::labelSpan(*document, u"PERSON"_s, start, start + 5); !id)
            return id.error();
        while (!seen && timer.elapsed() < 5000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        if (!seen)
            return Error(u"a change did not reach the other client within 5 s"_s);
        times.append(msSince(timer));
    }
    qDeleteAll(*myDocuments);
    qDeleteAll(*theirDocuments);
    return times;
}

// Opening: the store and its article list; and the window's way, every article loaded as a document.
bool timeOpen(const QString &location, int articleCount, double *list, double *documents)
{
    QList<double> lists, loads;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer timer;
        timer.start();
        {
            const Result<std::unique_ptr<ProjectStore>> opened = ProjectStore::open(location);
            if (!opened || (*opened)->articles().valueOr({}).size() != articleCount)
                return false;
        }
        lists.append(msSince(timer));
        timer.start();
        Workspace workspace;
        if (!workspace.open(location))
            return false;
        const Result<QList<AnnotationDocument *>> loaded = workspace.loadDocuments();
        if (!loaded || loaded->size() != articleCount)
            return false;
        loads.append(msSince(timer));
        qDeleteAll(*loaded);
    }
    *list = median(lists);
    *documents = median(loads);
    return true;
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
    const QCommandLineOption changesOption(u"changes"_s, u"Changes sent to a second client (100)."_s, u"n"_s, u"100"_s);
    parser.addOptions({articlesOption, annotationsOption, editsOption, changesOption});
    parser.process(app);
    const int articleCount = parser.value(articlesOption).toInt();
    const int perArticle = parser.value(annotationsOption).toInt() / std::max(1, articleCount);

    PostgresServer server;
    server.setDurable(true); // commits reach the disk, as the SQLite file's do
    if (!server.start() || !server.createDatabase(u"bench"_s) || !server.createDatabase(u"small"_s))
        return fail(server.error());
    QTemporaryDir dir;
    const QString serverBig = server.url(u"bench"_s);
    const QString serverSmall = server.url(u"small"_s);
    const QString fileBig = dir.filePath(u"bench.hamish"_s);
    const QString fileSmall = dir.filePath(u"small.hamish"_s);
    QElapsedTimer built;
    built.start();
    QRandomGenerator random(42);
    for (const QString &location : {fileBig, fileSmall}) {
        Result<std::unique_ptr<ProjectStore>> created = ProjectStore::create(location);
        if (!created)
            return fail(created.errorMessage());
        const bool big = location == fileBig;
        if (const Result<void> filled =
                BenchProject::fill(**created, big ? articleCount : 1, big ? perArticle : 50, random);
            !filled)
            return fail(filled.errorMessage());
    }
    // The server projects are copies of the files (hamish copy): the same articles and annotations.
    for (const auto &[from, to] : {std::pair{fileBig, serverBig}, std::pair{fileSmall, serverSmall}}) {
        Result<std::unique_ptr<ProjectStore>> source = ProjectStore::open(from);
        Result<std::unique_ptr<ProjectStore>> target = ProjectStore::create(to);
        if (!source || !target)
            return fail(source ? target.errorMessage() : source.errorMessage());
        if (const Result<ProjectCopy::Counts> copied = ProjectCopy::copy(**source, **target); !copied)
            return fail(copied.errorMessage());
    }
    std::printf("projects: %d articles, %d annotations (and one of 1 article for the edits), built and copied "
                "to the server in %.1f s\n\n",
                articleCount, articleCount * perArticle, double(built.elapsed()) / 1000);

    double serverList = 0, serverLoad = 0, fileList = 0, fileLoad = 0;
    if (!timeOpen(serverBig, articleCount, &serverList, &serverLoad)
        || !timeOpen(fileBig, articleCount, &fileList, &fileLoad))
        return fail(u"opening failed"_s);
    const Result<QList<double>> serverEdits = timeEdits(serverBig, parser.value(editsOption).toInt());
    const Result<QList<double>> fileEdits = timeEdits(fileBig, parser.value(editsOption).toInt());
    if (!serverEdits || !fileEdits)
        return fail(serverEdits ? fileEdits.errorMessage() : serverEdits.errorMessage());
    const Result<QList<double>> changes = timeChanges(serverSmall, parser.value(changesOption).toInt());
    if (!changes)
        return fail(changes.errorMessage());

    line("edit commit (median)", median(*serverEdits), median(*fileEdits), "< 10 ms");
    line("edit commit (worst)", worst(*serverEdits), worst(*fileEdits), "-");
    std::printf("%-34s server %9.2f ms   (worst %.2f ms)                target < 1000 ms\n",
                "change seen by a 2nd client (median)", median(*changes), worst(*changes));
    line("open + list articles (median)", serverList, fileList, "< 2000 ms");
    line("open + load every document (median)", serverLoad, fileLoad, "-");
    std::printf("\n%lld edits and %lld changes timed\n", static_cast<long long>(serverEdits->size()),
                static_cast<long long>(changes->size()));
    return 0;
}
