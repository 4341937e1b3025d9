// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark of a bulk edit in a project (issue 15, item 10): Annotate › Accept All Suggestions of Label on
// a 20 MB article with about 250,000 suggestions, and its undo, the way the window runs them (undo commands
// on the workspace's document, committed to the project file), beside a baseline measured in the same run:
// one SQL UPDATE of the same rows on the same file, the least any implementation must do.
//   hamish_bench_bulk [--suggestions N]
#include "core/model/AnnotationDocument.h"
#include "core/workspace/Annotating.h"
#include "core/workspace/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUndoStack>

#include "BenchStopwatch.h"

#include <cstdio>

using namespace Hamish;
using namespace Qt::StringLiterals;

namespace {

// Starts a stopwatch that prints its figures under `what` when it goes out of scope.
class Timed
{
public:
    explicit Timed(const char *what)
        : m_what(what)
    {
        m_watch.start();
    }
    ~Timed()
    {
        std::printf("  %-58s %10.1f ms wall %10.1f ms CPU\n", m_what, m_watch.wallMs(), m_watch.cpuMs());
        std::fflush(stdout);
    }

private:
    const char *m_what;
    Stopwatch m_watch;
};

// The floor: one UPDATE statement for every row, in one transaction, on the same file.
void baseline(const QString &path, const QString &from, const QString &to, const char *what)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"baseline"_s);
        db.setDatabaseName(path);
        if (!db.open())
            return;
        QSqlQuery query(db);
        query.exec(u"PRAGMA synchronous = FULL"_s);
        const Timed timed(what);
        query.prepare(u"UPDATE annotations SET status = ? WHERE status = ? AND label_id = "
                      u"(SELECT id FROM labels WHERE name = 'PERSON')"_s);
        query.addBindValue(to);
        query.addBindValue(from);
        query.exec();
        std::printf("  %d rows\n", query.numRowsAffected());
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"baseline"_s);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption suggestionsOption(u"suggestions"_s, u"Suggestions in the article."_s, u"n"_s, u"250000"_s);
    parser.addOption(suggestionsOption);
    parser.addHelpOption();
    parser.process(app);
    const int count = parser.value(suggestionsOption).toInt();

    // A news sentence with one name in it, repeated: about 80 bytes of UTF-8 per suggestion.
    const QString sentence = u"التقى محمد العلي وفدا رسميا في المدينة يوم الأحد. "_s;
    const qsizetype nameStart = sentence.indexOf(u"محمد"_s);
    QString text;
    text.reserve(sentence.size() * count);
    QList<Annotation> suggestions;
    suggestions.reserve(count);
    for (int i = 0; i < count; ++i) {
        Annotation person;
        person.label = u"PERSON"_s;
        person.start = text.size() + nameStart;
        person.end = person.start + 10;
        person.origin = u"model:ner"_s;
        person.status = AnnotationStatus::Suggested;
        text += sentence;
        suggestions.append(person);
    }
    std::printf("hamish_bench_bulk: an article of %.1f MB (UTF-8) with %d PERSON suggestions\n",
                double(text.toUtf8().size()) / 1e6, count);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"bulk.hamish"_s);
    Workspace workspace;
    {
        const Timed timed("create the project and store the article");
        if (!workspace.create(path) || !workspace.addArticle(Article(text, {{BlockRole::Paragraph, 0, text.size()}})))
            return 1;
    }
    // Replace the engine's own suggestions with exactly these.
    workspace.close();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"setup"_s);
        db.setDatabaseName(path);
        db.open();
        QSqlQuery query(db);
        query.exec(u"DELETE FROM annotations"_s);
        db.transaction();
        query.prepare(u"INSERT INTO annotations (article_id, label_id, utf16_start, utf16_end, status, origin, "
                      u"created, modified) VALUES (1, (SELECT id FROM labels WHERE name = 'PERSON'), ?, ?, "
                      u"'suggested', 'model:ner', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')"_s);
        for (const Annotation &person : std::as_const(suggestions)) {
            query.addBindValue(person.start);
            query.addBindValue(person.end);
            query.exec();
        }
        db.commit();
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"setup"_s);

    if (!workspace.open(path))
        return 1;
    QList<AnnotationDocument *> documents;
    {
        const Timed timed("open the article with its suggestions");
        documents = workspace.loadDocuments().valueOr({});
    }
    if (documents.isEmpty())
        return 1;
    AnnotationDocument &document = *documents.first();
    int resets = 0;
    QObject::connect(&document, &AnnotationDocument::annotationsChanged, [&] { ++resets; });

    std::printf("Hamish (undo commands on the document, committed to the project):\n");
    int accepted = 0;
    {
        const Timed timed("Accept All Suggestions of Label › PERSON");
        accepted = Annotating::reviewAll(document, u"PERSON"_s, AnnotationStatus::Accepted);
    }
    std::printf("  %d accepted, %d change signal(s) to the views\n", accepted, resets);
    resets = 0;
    {
        const Timed timed("Undo");
        document.undoStack()->undo();
    }
    {
        const auto suggested =
            std::count_if(document.annotations().cbegin(), document.annotations().cend(),
                          [](const Annotation &a) { return a.status == AnnotationStatus::Suggested; });
        const AnnotationCounts stored = workspace.counts(1).valueOr({});
        std::printf("  %lld suggested again in the document, %d in the project, %d change signal(s)\n",
                    qint64(suggested), stored.suggested, resets);
    }
    qDeleteAll(documents);
    workspace.close();

    std::printf("Baseline (one UPDATE statement in one transaction, same file):\n");
    baseline(path, u"suggested"_s, u"accepted"_s, "accept all");
    baseline(path, u"accepted"_s, u"suggested"_s, "undo");
    return 0;
}
