// SPDX-License-Identifier: GPL-3.0-or-later
// Team projects: several annotators on one project (a file or a server), their layers, copying a project
// between a file and a server, and merging people's files.
#include "../CatchQt.h"

#include "../ProjectFixtures.h"
#include "../StoreBackends.h"
#include "../TestCli.h"
#include "../TestFiles.h"
#include "core/model/AnnotationDocument.h"
#include "core/model/AnnotatorLayers.h"
#include "core/model/ChangeAnnotations.h"
#include "core/model/RemoveAnnotations.h"
#include "core/workspace/Annotating.h"
#include "core/workspace/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace Hamish;
using namespace Qt::StringLiterals;
using ProjectFixtures::must;

namespace {

Annotation byAnnotator(Annotation annotation, const QString &annotator,
                       AnnotationStatus status = AnnotationStatus::Accepted)
{
    annotation.annotator = annotator;
    annotation.author = annotator;
    annotation.status = status;
    return annotation;
}

// A project as a team leaves it: two articles, the engine's suggestions, two annotators' layers, a curated
// annotation, a label deleted (so label ids have a gap), a setting and assignments.
void fillTeamProject(ProjectStore &project)
{
    const Article article = ProjectFixtures::emojiArticle();
    const QString text = article.text();
    QList<Annotation> suggestions = ProjectFixtures::emojiAnnotations();
    for (Annotation &suggestion : suggestions) {
        suggestion.status = AnnotationStatus::Suggested;
        suggestion.origin = u"rules:test"_s;
    }
    const qint64 event = must(project.addLabel({0, u"EVENT"_s, u"#123456"_s, {}}));
    must(project.addLabel({0, u"VEHICLE"_s, u"#654321"_s, {}}));
    must(project.removeLabel(event));
    const qint64 first = must(project.addArticle(article, suggestions));
    Article second(text + u" وانتهى."_s, {{BlockRole::Paragraph, 0, text.size() + 8}});
    second.setTitle(u"الثاني"_s);
    const qint64 other = must(project.addArticle(second));
    Annotation salma = byAnnotator(ProjectFixtures::span(text, u"محمد العلي"_s, u"PERSON"_s), u"salma"_s);
    salma.note = u"الوزير"_s;
    must(project.addAnnotation(first, salma));
    must(project.addAnnotation(first, byAnnotator(ProjectFixtures::span(text, u"دمشق"_s, u"LOCATION"_s), u"omar"_s,
                                                  AnnotationStatus::Rejected)));
    must(project.addAnnotation(other, byAnnotator(ProjectFixtures::span(text, u"دمشق"_s, u"VEHICLE"_s), u"omar"_s)));
    must(project.addAnnotation(
        first, byAnnotator(ProjectFixtures::span(text, u"محمد العلي"_s, u"PERSON"_s), kCuration.toString())));
    must(project.setSetting(u"team/guide"_s, u"https://example.org/guide"_s));
    must(project.assign(first, u"salma"_s));
    must(project.setDone(first, u"omar"_s, true));
}

QString exportJson(const QString &location)
{
    const TestCli::Output exported =
        TestCli::run({u"export"_s, location, u"--format"_s, u"json"_s, u"--include-rejected"_s});
    INFO(exported.err.toStdString());
    REQUIRE(exported.status == 0);
    return exported.out;
}

QJsonArray exportedAnnotations(const QStringList &arguments)
{
    const TestCli::Output exported =
        TestCli::run(QStringList{u"export"_s} + arguments + QStringList{u"--format"_s, u"json"_s});
    INFO(exported.err.toStdString());
    REQUIRE(exported.status == 0);
    QJsonArray all;
    for (const QJsonValue document :
         QJsonDocument::fromJson(exported.out.toUtf8()).object().value(u"documents"_s).toArray()) {
        for (const QJsonValue annotation : document.toObject().value(u"annotations"_s).toArray())
            all.append(annotation);
    }
    return all;
}

} // namespace

TEST_CASE("hamish copy takes a project to a server and back, keeping ids, layers, statuses and notes",
          "[team][cli][postgres]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"team.hamish"_s);
    fillTeamProject(*ProjectFixtures::createProject(file));
    const QString server = StoreBackends::newLocation(StoreBackends::Backend::Server, dir);
    const QString back = dir.filePath(u"back.hamish"_s);

    const TestCli::Output up = TestCli::run({u"copy"_s, file, server});
    INFO(up.err.toStdString());
    REQUIRE(up.status == 0);
    CHECK(up.out.contains(u"copied 2 articles and 10 annotations"_s));
    const TestCli::Output down = TestCli::run({u"copy"_s, server, back});
    INFO(down.err.toStdString());
    REQUIRE(down.status == 0);

    // The three projects export the same file, byte for byte: ids, labels, layers, statuses, notes, times.
    const QString original = exportJson(file);
    CHECK(original.contains(u"\"annotator\":\"salma\""_s));
    CHECK(exportJson(server) == original);
    CHECK(exportJson(back) == original);
    // What an export does not show travels too.
    const auto copied = ProjectFixtures::openProject(back);
    CHECK(must(copied->setting(u"team/guide"_s)).toString() == u"https://example.org/guide");
    const QList<Assignment> assignments = must(copied->assignments());
    REQUIRE(assignments.size() == 2);
    CHECK(assignments[0].annotator == u"omar");
    CHECK(assignments[0].isDone());
    CHECK_FALSE(assignments[1].isDone());
    // New ids on the server go on after the copied ones.
    auto onServer = ProjectFixtures::openProject(server);
    const qint64 article = must(onServer->articles()).first().id;
    const qint64 added =
        must(onServer->addAnnotation(article, ProjectFixtures::span(TestText::emojiNews(), u"الأحد"_s, u"DATE"_s)));
    CHECK(added > 10);

    // A copy never lands on a project that exists.
    const TestCli::Output again = TestCli::run({u"copy"_s, file, server});
    CHECK(again.status == 1);
    CHECK(again.err.contains(u"already"_s));
    CHECK(TestCli::run({u"copy"_s, file, back}).err.contains(u"already exists"_s));
}

TEST_CASE("Each annotator works in their own layer; a suggestion they answer becomes their own copy",
          "[team][workspace]")
{
    FOR_EACH_BACKEND(backend);
    QTemporaryDir dir;
    const QString location = StoreBackends::newLocation(backend, dir);
    const QString text = TestText::emojiNews();
    qint64 articleId = 0;
    {
        auto project = ProjectFixtures::createProject(location);
        const Annotation suggestion =
            ProjectFixtures::span(text, u"دمشق"_s, u"LOCATION"_s, AnnotationStatus::Suggested);
        articleId = must(project->addArticle(ProjectFixtures::emojiArticle(), {suggestion}));
    }
    Workspace workspace;
    must(workspace.open(location));
    workspace.setAnnotator(u"salma"_s);
    QList<AnnotationDocument *> documents = must(workspace.loadDocuments());
    REQUIRE(documents.size() == 1);
    AnnotationDocument *salma = documents.first();
    REQUIRE(salma->annotations().size() == 1);
    const qint64 suggestionId = salma->annotations().first().id;

    // Accepting the suggestion keeps it for everyone else and gives salma her own accepted copy.
    salma->undoStack()->push(ChangeAnnotations::setStatus(salma, {suggestionId}, AnnotationStatus::Accepted));
    REQUIRE(salma->annotations().size() == 1);
    const Annotation accepted = salma->annotations().first();
    CHECK(accepted.status == AnnotationStatus::Accepted);
    CHECK(accepted.annotator == u"salma");
    CHECK(accepted.basedOn == suggestionId);
    CHECK(salma->annotation(suggestionId) == salma->annotation(accepted.id)); // the old id still leads to it
    QList<Annotation> stored = must(workspace.allAnnotations(articleId));
    REQUIRE(stored.size() == 2);
    // Her label, in her layer, is committed at once.
    must(Annotating::labelSpan(*salma, u"PERSON"_s, text.indexOf(u"محمد"_s), text.indexOf(u"محمد"_s) + 4));
    CHECK(must(workspace.allAnnotations(articleId)).size() == 3);
    // Undo and redo go through the copy.
    salma->undoStack()->undo();
    salma->undoStack()->undo();
    CHECK(salma->annotations().size() == 1);
    CHECK(salma->annotations().first().status == AnnotationStatus::Suggested);
    salma->undoStack()->redo();
    CHECK(salma->annotations().first().status == AnnotationStatus::Accepted);
    qDeleteAll(documents);

    // omar sees the suggestion as the engine made it, not salma's work.
    workspace.setAnnotator(u"omar"_s);
    documents = must(workspace.loadDocuments());
    AnnotationDocument *omar = documents.first();
    REQUIRE(omar->annotations().size() == 1);
    CHECK(omar->annotations().first().id == suggestionId);
    CHECK(omar->annotations().first().status == AnnotationStatus::Suggested);
    // Removing a suggestion rejects it for him alone.
    omar->undoStack()->push(new RemoveAnnotations(omar, {suggestionId}, u"Remove"_s));
    CHECK(omar->annotations().isEmpty());
    stored = must(workspace.allAnnotations(articleId));
    const auto omars = AnnotatorLayers::layerOf(stored, u"omar"_s);
    REQUIRE(omars.size() == 1);
    CHECK(omars.first().status == AnnotationStatus::Rejected);
    CHECK(AnnotatorLayers::viewOf(stored, u"huda"_s).size() == 1); // a newcomer still gets the suggestion
    qDeleteAll(documents);
    workspace.close();

    // Exports: one annotator's view, the curated layer, or everyone's work.
    CHECK(exportedAnnotations({location, u"--annotator"_s, u"salma"_s, u"--accepted-only"_s}).size() == 1);
    const QJsonArray everyone = exportedAnnotations({location, u"--include-rejected"_s});
    CHECK(everyone.size() == 2); // salma's copy and omar's rejection: the suggestion both answered is theirs now
    for (const QJsonValue annotation : everyone)
        CHECK_FALSE(annotation.toObject().value(u"annotator"_s).toString().isEmpty());
    CHECK(exportedAnnotations({location, u"--curated"_s}).isEmpty());
}

TEST_CASE("import --annotator brings a file in as one annotator's layer, beside another's", "[team][cli]")
{
    FOR_EACH_BACKEND(backend);
    QTemporaryDir dir;
    const QString location = StoreBackends::newLocation(backend, dir);
    const QString text = TestText::emojiNews();
    must(ProjectFixtures::createProject(location)->addArticle(ProjectFixtures::emojiArticle()));
    const QString jsonl = TestFiles::write(
        dir, u"labels.jsonl"_s,
        QJsonDocument(QJsonObject{{u"text"_s, text}, {u"label"_s, QJsonArray{QJsonArray{8, 18, u"PERSON"_s}}}})
                .toJson(QJsonDocument::Compact)
            + '\n');
    REQUIRE(TestCli::run({u"import"_s, u"--annotator"_s, u"salma"_s, location, jsonl}).status == 0);
    // The same span from another annotator is theirs, not a duplicate of salma's.
    const TestCli::Output omar = TestCli::run({u"import"_s, u"--annotator"_s, u"omar"_s, location, jsonl});
    CHECK(omar.out.contains(u"Imported 1 annotations"_s));
    CHECK(exportedAnnotations({location, u"--annotator"_s, u"salma"_s}).size() == 1);
    const QJsonArray all = exportedAnnotations({location});
    REQUIRE(all.size() == 2);
    QStringList annotators{all[0].toObject().value(u"annotator"_s).toString(),
                           all[1].toObject().value(u"annotator"_s).toString()};
    annotators.sort();
    CHECK(annotators == QStringList{u"omar"_s, u"salma"_s});
    CHECK(
        TestCli::run({u"export"_s, location, u"--format"_s, u"json"_s, u"--annotator"_s, u"x"_s, u"--curated"_s}).status
        == 2);
}

TEST_CASE("hamish merge makes one project with a layer per annotator from people's files", "[team][cli]")
{
    QTemporaryDir dir;
    const QString text = TestText::emojiNews();
    const QString salmaFile = dir.filePath(u"salma.hamish"_s);
    const QString omarFile = dir.filePath(u"omar.hamish"_s);
    for (const QString &file : {salmaFile, omarFile}) {
        auto project = ProjectFixtures::createProject(file);
        const Annotation suggestion =
            ProjectFixtures::span(text, u"دمشق"_s, u"LOCATION"_s, AnnotationStatus::Suggested);
        const qint64 id = must(project->addArticle(ProjectFixtures::emojiArticle(), {suggestion}));
        // Reviewed in a project from before annotators: nobody's layer, signed by the login name or not.
        Annotation person = ProjectFixtures::span(text, u"محمد العلي"_s, u"PERSON"_s);
        if (file == salmaFile)
            person.author = u"salma"_s;
        must(project->addAnnotation(id, person));
    }
    const QString merged = dir.filePath(u"team.hamish"_s);
    const TestCli::Output run = TestCli::run({u"merge"_s, merged, salmaFile, omarFile});
    INFO(run.err.toStdString());
    REQUIRE(run.status == 0);
    CHECK(run.out.contains(u"by omar, salma on 1 articles"_s)); // omar's from his file's name
    const auto project = ProjectFixtures::openProject(merged);
    const QList<Annotation> all = must(project->annotations(must(project->articles()).first().id));
    CHECK(all.size() == 3); // the suggestion once, and each person's label
    CHECK(AnnotatorLayers::layerOf(all, u"salma"_s).size() == 1);
    CHECK(AnnotatorLayers::layerOf(all, u"omar"_s).size() == 1);
    // Named on the command line instead, once per input.
    const QString renamed = dir.filePath(u"renamed.hamish"_s);
    REQUIRE(TestCli::run(
                {u"merge"_s, renamed, salmaFile, omarFile, u"--annotator"_s, u"huda"_s, u"--annotator"_s, u"ali"_s})
                .status
            == 0);
    CHECK(TestCli::run({u"agreement"_s, renamed}).out.contains(u"ali and huda: 1 articles"_s));
    CHECK(TestCli::run({u"merge"_s, renamed, salmaFile}).err.contains(u"already exists"_s));
    CHECK(TestCli::run(
              {u"merge"_s, dir.filePath(u"x.hamish"_s), salmaFile, u"--annotator"_s, u"a"_s, u"--annotator"_s, u"b"_s})
              .status
          == 2);
}

namespace {

QList<AnnotationDocument *> openAs(Workspace &workspace, const QString &location, const QString &annotator)
{
    must(workspace.open(location));
    workspace.setAnnotator(annotator);
    return must(workspace.loadDocuments());
}

const Annotation *find(const AnnotationDocument &document, const QString &label)
{
    for (const Annotation &annotation : document.annotations()) {
        if (annotation.label == label)
            return &annotation;
    }
    return nullptr;
}

} // namespace

TEST_CASE("On a server an edit reaches the other windows at once, and a later writer is told, not overwritten",
          "[team][live][postgres]")
{
    QTemporaryDir dir;
    const QString location = StoreBackends::newLocation(StoreBackends::Backend::Server, dir);
    const QString text = TestText::emojiNews();
    must(ProjectFixtures::createProject(location)->addArticle(ProjectFixtures::emojiArticle()));
    Workspace first, second;
    const QList<AnnotationDocument *> firstDocuments = openAs(first, location, u"salma"_s);
    const QList<AnnotationDocument *> secondDocuments = openAs(second, location, u"salma"_s);
    AnnotationDocument *mine = firstDocuments.first();
    AnnotationDocument *theirs = secondDocuments.first();
    const auto article = theirs->sharedArticle();
    // Something in the other window's undo history, which a change from elsewhere must not wipe.
    must(Annotating::labelSpan(*theirs, u"DATE"_s, text.indexOf(u"الأحد"_s), text.indexOf(u"الأحد"_s) + 5));
    REQUIRE(theirs->undoStack()->count() == 1);

    QSignalSpy repainted(theirs, &AnnotationDocument::annotationsChanged);
    const qsizetype start = text.indexOf(u"محمد العلي"_s);
    must(Annotating::labelSpan(*mine, u"PERSON"_s, start, start + 10));
    const bool arrived = !repainted.isEmpty() || repainted.wait(5000);
    CHECK(find(*theirs, u"PERSON"_s));
    REQUIRE(arrived);
    REQUIRE(find(*theirs, u"PERSON"_s));
    // Only the changed range is repainted; the article and the undo history stay.
    CHECK(repainted.last().at(0).value<qsizetype>() == start);
    CHECK(repainted.last().at(1).value<qsizetype>() == start + 10);
    CHECK(theirs->sharedArticle() == article);
    CHECK(theirs->undoStack()->count() == 1);
    CHECK(find(*mine, u"DATE"_s)); // and the other way round

    // Both windows hold version 1 of the person. The first changes it; the second, not yet told, changes it
    // too: refused, and shown the first one's change.
    const qint64 id = find(*mine, u"PERSON"_s)->id;
    mine->undoStack()->push(ChangeAnnotations::setNote(mine, id, u"الوزير"_s));
    QSignalSpy conflict(&second, &Workspace::editConflict);
    theirs->undoStack()->push(ChangeAnnotations::changeLabel(theirs, {id}, u"ORGANIZATION"_s));
    CHECK(find(*theirs, u"PERSON"_s)); // not applied
    REQUIRE((!conflict.isEmpty() || conflict.wait(5000)));
    CHECK(conflict.first().at(1).toString().contains(u"Someone else changed"_s));
    REQUIRE(find(*theirs, u"PERSON"_s));
    CHECK(find(*theirs, u"PERSON"_s)->note == u"الوزير");
    CHECK(must(first.allAnnotations(must(first.articles()).first().id)).size() == 2);
    qDeleteAll(firstDocuments);
    qDeleteAll(secondDocuments);
}

TEST_CASE("A lost connection keeps the edits made meanwhile, and commits them once it is back",
          "[team][live][postgres]")
{
    QTemporaryDir dir;
    const QString location = StoreBackends::newDatabaseUrl(); // a database of its own: its connections are cut
    const QString text = TestText::emojiNews();
    must(ProjectFixtures::createProject(location)->addArticle(ProjectFixtures::emojiArticle()));
    Workspace workspace;
    const QList<AnnotationDocument *> documents = openAs(workspace, location, u"omar"_s);
    AnnotationDocument *document = documents.first();
    REQUIRE(workspace.isConnected());

    // The server drops every connection to the database (a restart, a network cut).
    StoreBackends::rawSql(location, {u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                     u"WHERE datname = current_database() AND pid <> pg_backend_pid()"_s});
    QSignalSpy lost(&workspace, &Workspace::connectionLost);
    const qsizetype start = text.indexOf(u"دمشق"_s);
    must(Annotating::labelSpan(*document, u"LOCATION"_s, start, start + 4));
    const Annotation *kept = find(*document, u"LOCATION"_s);
    REQUIRE(kept); // the edit stays in the window
    CHECK(kept->id < 0);
    document->undoStack()->push(ChangeAnnotations::setNote(document, kept->id, u"العاصمة"_s));
    CHECK(workspace.pendingEdits() == 2);
    REQUIRE((!lost.isEmpty() || lost.wait(5000)));
    CHECK(lost.first().at(0).toString().contains(u"connection"_s));
    CHECK_FALSE(workspace.isConnected());

    // They can be saved to a file meanwhile...
    const QString saved = dir.filePath(u"waiting.json"_s);
    CHECK(must(workspace.savePendingTo(saved)) == 1);
    CHECK(QString::fromUtf8(ProjectFixtures::fileBytes(saved)).contains(u"العاصمة"_s));
    // ... and are committed, in order, when the connection is back.
    int conflicts = -1;
    CHECK(must(workspace.commitPending(&conflicts)) == 2);
    CHECK(conflicts == 0);
    CHECK(workspace.pendingEdits() == 0);
    const QList<Annotation> stored = must(ProjectFixtures::openProject(location)->annotations(1));
    REQUIRE(stored.size() == 1);
    CHECK(stored.first().note == u"العاصمة");
    CHECK(stored.first().annotator == u"omar");
    CHECK(find(*document, u"LOCATION"_s)->id == stored.first().id);
    qDeleteAll(documents);
}

TEST_CASE("A team project's password goes into the location to open, never into the location shown", "[team]")
{
    const QString password = u"s3cr&t=%+ كلمة"_s;
    const QString location =
        must(Workspace::serverLocation(u"postgresql://db.example.org:5433/news?schema=gold"_s, u"سلمى"_s, password));
    const ServerLocation parsed = must(ServerLocation::parse(location));
    CHECK(parsed.password == password);
    CHECK(parsed.user == u"سلمى");
    CHECK(parsed.host == u"db.example.org");
    CHECK(parsed.port == 5433);
    CHECK(parsed.schema == u"gold");
    CHECK_FALSE(parsed.url().contains(u"s3cr"_s));
    CHECK(Workspace::serverUser(location) == u"سلمى");
    // No password: nothing added; a wrong URL says what to write.
    CHECK_FALSE(
        must(Workspace::serverLocation(u"postgresql:///news?host=/run/postgresql"_s, {}, {})).contains(u"password"_s));
    const Result<QString> wrong = Workspace::serverLocation(u"news.hamish"_s, {}, {});
    REQUIRE_FALSE(wrong);
    CHECK(wrong.errorMessage().contains(u"postgresql://"_s));
}

TEST_CASE("Eight clients making 500 edits each on one server project at once lose nothing and end up agreeing",
          "[team][live][postgres]")
{
    constexpr int kClients = 8;
    constexpr int kEdits = 500; // 250 new annotations and 250 notes on them, per client
    constexpr int kAnnotations = kClients * kEdits / 2;
    const QString url = StoreBackends::newDatabaseUrl();
    // Words of four letters and a space, one for every annotation.
    QString text;
    for (int i = 0; i < kAnnotations; ++i)
        text += u"كلمة "_s;
    Article article(text, {{BlockRole::Paragraph, 0, text.size()}});
    article.setTitle(u"تجربة"_s);
    must(ProjectFixtures::createProject(url)->addArticle(article));

    std::vector<std::unique_ptr<QProcess>> clients;
    for (int i = 0; i < kClients; ++i) {
        auto client = std::make_unique<QProcess>();
        client->start(QStringLiteral(HAMISH_TEAM_CLIENT), {url, QString::number(i), QString::number(kClients),
                                                           QString::number(kEdits), QString::number(kAnnotations)});
        REQUIRE(client->waitForStarted());
        clients.push_back(std::move(client));
    }
    // All edit at once; once every one has finished, each reports what it sees.
    for (auto &client : clients) {
        while (!client->canReadLine() && client->state() == QProcess::Running)
            client->waitForReadyRead(1000);
        INFO(client->readAllStandardError().toStdString());
        REQUIRE(client->readLine().trimmed() == "edited");
    }
    for (auto &client : clients)
        client->write("report\n");
    const QList<Annotation> stored = must(ProjectFixtures::openProject(url)->annotations(1));
    REQUIRE(stored.size() == kAnnotations);
    QSet<qint64> ids;
    QSet<QString> notes;
    QStringList database;
    for (const Annotation &annotation : stored) {
        ids.insert(annotation.id);
        notes.insert(annotation.note);
        database.append(
            u"%1 %2 %3 %4"_s.arg(annotation.id).arg(annotation.start).arg(annotation.end).arg(annotation.note));
    }
    CHECK(ids.size() == kAnnotations);   // no duplicate ids
    CHECK(notes.size() == kAnnotations); // every note arrived, each on its own annotation
    CHECK(notes.contains(u"client 7 edit 249"_s));
    database.sort();
    for (auto &client : clients) {
        REQUIRE(client->waitForFinished(120000));
        CHECK(client->exitCode() == 0);
        QStringList view = QString::fromUtf8(client->readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        REQUIRE(view.takeLast() == u"end");
        view.sort();
        CHECK(view == database); // the client's final view is the database
    }
}
