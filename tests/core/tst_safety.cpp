// SPDX-License-Identifier: GPL-3.0-or-later
// Never losing a user's work (issue 15): a project file moved or deleted while open, stale locks, exports
// that would replace the project, files left behind by reading, imports that half happen, and bulk edits.
#include "../CatchQt.h"

#include "../ProjectFixtures.h"
#include "../TestCli.h"
#include "core/exchange/DocumentSource.h"
#include "core/exchange/Exporter.h"
#include "core/model/AnnotationDocument.h"
#include "core/model/ChangeAnnotations.h"
#include "core/storage/ProjectStore.h"
#include "core/workspace/Annotating.h"
#include "core/workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QUndoStack>

#include <unistd.h>

using namespace Hamish;
using namespace Qt::StringLiterals;
using ProjectFixtures::must;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A project with the emoji article and its PERSON; returns the article's id.
qint64 makeProject(const QString &path)
{
    auto project = ProjectFixtures::createProject(path);
    const qint64 id = must(project->addArticle(ProjectFixtures::emojiArticle()));
    must(project->addAnnotation(id, ProjectFixtures::span(TestText::emojiNews(), u"محمد العلي"_s, u"PERSON"_s)));
    return id;
}

Article plain(const QString &text)
{
    return Article(text, {{BlockRole::Paragraph, 0, text.size()}});
}

// The annotations of an article as label, span and status, the way a user reads them.
QStringList described(const QList<Annotation> &annotations)
{
    QStringList lines;
    for (const Annotation &a : annotations) {
        lines.append(a.label + u' ' + QString::number(a.start) + u'-' + QString::number(a.end) + u' '
                     + annotationStatusName(a.status) + u' ' + a.origin + u' ' + a.note);
    }
    lines.sort();
    return lines;
}

} // namespace

TEST_CASE("A project file deleted while open refuses every later change at once and can be saved elsewhere",
          "[project][safety]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"p.hamish"_s);
    const qint64 id = makeProject(path);
    auto project = ProjectFixtures::openProject(path);
    CHECK(project->checkLocation());
    REQUIRE(QFile::remove(path));

    CHECK(project->checkLocation().error().kind() == Error::Kind::Moved);
    const Result<qint64> added =
        project->addAnnotation(id, ProjectFixtures::span(TestText::emojiNews(), u"دمشق"_s, u"LOCATION"_s));
    REQUIRE_FALSE(added);
    CHECK(added.error().kind() == Error::Kind::Moved);
    CHECK(added.errorMessage().contains(u"Save Project As"_s));
    CHECK_FALSE(project->setSetting(u"ui/lastArticle"_s, 1));

    // The open connection still reads: the work is saved under a new name.
    const QString rescued = dir.filePath(u"rescued.hamish"_s);
    must(project->saveCopy(rescued));
    const auto copy = ProjectFixtures::openProject(rescued);
    CHECK(must(copy->annotations(id)).size() == 1);
}

TEST_CASE("A project file moved while open holds every committed change, none goes to the old name",
          "[project][safety]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"p.hamish"_s);
    const qint64 id = makeProject(path);
    auto project = ProjectFixtures::openProject(path);
    const QString text = TestText::emojiNews();
    for (const QString &word : {u"دمشق"_s, u"اللاذقية"_s, u"منظمة الصحة العالمية"_s})
        must(project->addAnnotation(id, ProjectFixtures::span(text, word, u"LOCATION"_s)));
    const QString moved = dir.filePath(u"moved.hamish"_s);
    REQUIRE(QFile::rename(path, moved));

    const Result<qint64> refused = project->addAnnotation(id, ProjectFixtures::span(text, u"القمح"_s, u"MISC"_s));
    CHECK(refused.error().kind() == Error::Kind::Moved);
    // The moved file alone (a crash now would leave the -wal under the old name) holds all four.
    const QString copy = dir.filePath(u"copy.hamish"_s);
    REQUIRE(QFile::copy(moved, copy));
    const auto reopened = ProjectFixtures::openProject(copy);
    CHECK(must(reopened->annotations(id)).size() == 4);
    CHECK(reopened->checkIntegrity());
}

TEST_CASE("A lock left by an earlier process that had this process's id is taken over; a held one is not",
          "[project][safety]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"p.hamish"_s);
    makeProject(path);
    // What a Hamish killed in a container leaves behind, when the new one gets the same process id (1).
    const QString application = QFileInfo(QCoreApplication::applicationFilePath()).fileName();
    writeFile(path + u".lock"_s, QByteArray::number(QCoreApplication::applicationPid()) + '\n' + application.toUtf8()
                                     + '\n' + QSysInfo::machineHostName().toUtf8() + '\n');

    const auto project = ProjectFixtures::openProject(path);
    CHECK_FALSE(project->isReadOnly());
    INFO(project->readOnlyReason().toStdString());

    // The lock this process now holds is live: a second open is read-only, and says how to recover.
    const auto second = ProjectFixtures::openProject(path);
    CHECK(second->isReadOnly());
    CHECK(second->readOnlyReason().contains(u"open in another Hamish"_s));
    CHECK(second->readOnlyReason().contains(QDir::toNativeSeparators(path + u".lock"_s)));
}

TEST_CASE("An export or a copy never replaces the project or a file it keeps beside it, under any name",
          "[project][safety][export]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"p.hamish"_s);
    const qint64 id = makeProject(path);
    Workspace workspace;
    must(workspace.open(path));
    REQUIRE(QDir().mkpath(dir.filePath(u"sub"_s)));
    REQUIRE(QFile::link(path, dir.filePath(u"link.jsonl"_s)));
    REQUIRE(::link(QFile::encodeName(path).constData(), QFile::encodeName(dir.filePath(u"hard.jsonl"_s)).constData())
            == 0);
    const QByteArray before = readFile(path);
    const QStringList targets = {path,
                                 dir.filePath(u"sub/../p.hamish"_s),
                                 dir.filePath(u"link.jsonl"_s),
                                 dir.filePath(u"hard.jsonl"_s),
                                 QString(path + u"-wal"_s),
                                 QString(path + u"-shm"_s),
                                 QString(path + u".lock"_s)};
    for (const QString &target : targets) {
        INFO(target.toStdString());
        const Result<int> exported = workspace.exportTo(target, u"jsonl"_s);
        CHECK_FALSE(exported);
        CHECK(ProjectFixtures::failure(workspace.saveCopy(target)).contains(u"Choose another"_s));
    }
    CHECK(readFile(path) == before);
    workspace.close();
    const auto reopened = ProjectFixtures::openProject(path);
    CHECK(must(reopened->annotations(id)).size() == 1);
    CHECK(reopened->checkIntegrity());
    // The command line refuses too, and says why.
    const TestCli::Output output = TestCli::run({u"export"_s, path, u"--format"_s, u"jsonl"_s, u"-o"_s, path});
    CHECK(output.status == 1);
    CHECK(output.err.contains(u"the open project itself"_s));
    CHECK(ProjectFixtures::openProject(path)->checkIntegrity());
}

TEST_CASE("Reading a project (info, export) leaves no -wal or -shm file behind", "[project][safety]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"p.hamish"_s);
    makeProject(path);
    REQUIRE_FALSE(QFileInfo::exists(path + u"-wal"_s));
    CHECK(TestCli::run({u"info"_s, path}).status == 0);
    CHECK(TestCli::run({u"export"_s, path, u"--format"_s, u"json"_s, u"-o"_s, dir.filePath(u"out.json"_s)}).status
          == 0);
    CHECK_FALSE(QFileInfo::exists(path + u"-wal"_s));
    CHECK_FALSE(QFileInfo::exists(path + u"-shm"_s));
    // Read-only still means read-only.
    const auto project = ProjectFixtures::openProject(path, ProjectStore::OpenMode::ReadOnly);
    CHECK_FALSE(project->setSetting(u"x"_s, 1));
}

TEST_CASE("One blank label skips its span instead of aborting an import with --create-labels",
          "[project][safety][import]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"p.hamish"_s);
    ProjectFixtures::createProject(path);
    const QString file = dir.filePath(u"in.jsonl"_s);
    writeFile(file, R"({"text": "التقى محمد العلي في دمشق", "label": [[6, 16, " "], [20, 24, "CITY"]]})"
                    "\n");
    const TestCli::Output output = TestCli::run({u"import"_s, u"--create-labels"_s, path, file});
    INFO(output.out.toStdString() << output.err.toStdString());
    CHECK(output.status == 3); // imported, with something skipped
    CHECK(output.out.contains(u"the label is empty"_s));
    const auto project = ProjectFixtures::openProject(path);
    const QList<ArticleSummary> articles = must(project->articles());
    REQUIRE(articles.size() == 1);
    const QList<Annotation> annotations = must(project->annotations(articles.first().id));
    REQUIRE(annotations.size() == 1);
    CHECK(annotations.first().label == u"CITY");
}

TEST_CASE("A dry run opens the project read-only: it works while the project is open elsewhere and writes nothing",
          "[project][safety][import]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"p.hamish"_s);
    makeProject(path);
    const QString file = dir.filePath(u"in.jsonl"_s);
    writeFile(file, R"({"text": "التقى محمد العلي في دمشق", "label": [[6, 16, "PERSON"], [20, 24, "CITY"]]})"
                    "\n"
                    R"({"text": "التقى محمد العلي في دمشق", "label": [[20, 24, "LOCATION"]]})"
                    "\n");
    const QByteArray before = readFile(path);
    {
        const auto open = ProjectFixtures::openProject(path); // as if the window had it
        REQUIRE_FALSE(open->isReadOnly());
        const TestCli::Output output = TestCli::run({u"import"_s, u"--dry-run"_s, u"--create-labels"_s, path, file});
        INFO(output.err.toStdString());
        CHECK(output.status == 0);
        // The second line merges into the document the first would add.
        CHECK(output.out.contains(u"Would import 3 annotations: 1 new documents, 1 already in the project"_s));
        CHECK(output.out.contains(u"1 new labels"_s));
    }
    CHECK(readFile(path) == before);
    CHECK(must(ProjectFixtures::openProject(path)->articles()).size() == 1);
}

TEST_CASE("Lone surrogates in an imported file become U+FFFD, counted, and offsets stay exact",
          "[project][safety][import]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"p.hamish"_s);
    ProjectFixtures::createProject(path);
    const QString file = dir.filePath(u"in.json"_s);
    // "\ud83d" is half an emoji: stored as it is, SQLite would swallow the "b" after it.
    writeFile(file, R"({"format": "hamish", "documents": [{"text": "a\ud83db محمد العلي",
                       "annotations": [{"label": "PERSON", "start": 4, "end": 14, "text": "محمد العلي"}]}]})");
    const TestCli::Output output = TestCli::run({u"import"_s, path, file});
    INFO(output.out.toStdString() << output.err.toStdString());
    REQUIRE(output.status == 0);
    CHECK(output.out.contains(u"surrogate"_s));
    const auto project = ProjectFixtures::openProject(path);
    const qint64 id = must(project->articles()).first().id;
    const Article article = must(project->article(id));
    CHECK(article.text() == u"a\uFFFDb محمد العلي"_s);
    CHECK(must(project->articleIdBySha256(plain(u"a\uFFFDb محمد العلي"_s).sha256())) == id);
    const QList<Annotation> annotations = must(project->annotations(id));
    REQUIRE(annotations.size() == 1);
    CHECK(article.text().mid(annotations.first().start, annotations.first().end - annotations.first().start)
          == u"محمد العلي"_s);
}

TEST_CASE("A brat export writes into a folder holding files only when asked, and never half", "[safety][export]")
{
    QTemporaryDir dir;
    const Article article = ProjectFixtures::emojiArticle();
    const DocumentList source(defaultLabels(), {{1, article, ProjectFixtures::emojiAnnotations()}});
    const std::unique_ptr<Exporter> brat = Exporter::create(u"brat"_s);
    const QString folder = dir.filePath(u"brat"_s);
    REQUIRE(QDir().mkpath(folder));
    writeFile(folder + u"/notes.txt"_s, "mine\n");

    const Result<void> refused = brat->exportTo(source, {}, folder);
    CHECK(refused.error().kind() == Error::Kind::AlreadyExists);
    CHECK(QDir(folder).entryList(QDir::Files) == QStringList{u"notes.txt"_s});

    ExportOptions options;
    options.intoFolderWithFiles = true;
    must(brat->exportTo(source, options, folder));
    CHECK(QDir(folder).entryList(QDir::Files)
          == (QStringList{u"annotation.conf"_s, u"article-1.ann"_s, u"article-1.txt"_s, u"notes.txt"_s}));
    CHECK(readFile(folder + u"/notes.txt"_s) == "mine\n");
    // A new folder appears whole, and nothing is left beside it.
    must(brat->exportTo(source, {}, dir.filePath(u"fresh"_s)));
    CHECK(QDir(dir.filePath(u"fresh"_s)).entryList(QDir::Files).size() == 3);
    CHECK(QDir(dir.path()).entryList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot)
          == (QStringList{u"brat"_s, u"fresh"_s}));
}

TEST_CASE("Accept All is one commit and one undo step, and its undo restores exactly what was there",
          "[project][safety][document]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"p.hamish"_s);
    // An article with 3,000 place suggestions.
    QString text;
    QList<Annotation> suggestions;
    for (int i = 0; i < 3000; ++i) {
        Annotation place;
        place.label = u"LOCATION"_s;
        place.start = text.size();
        text += u"دمشق "_s;
        place.end = place.start + 4;
        place.origin = u"rules:test"_s;
        suggestions.append(place);
    }
    const qint64 id = must(ProjectFixtures::createProject(path)->addArticle(plain(text), suggestions));
    Workspace workspace;
    must(workspace.open(path));
    const QList<AnnotationDocument *> documents = must(workspace.loadDocuments());
    AnnotationDocument *document = documents.first();
    const QStringList before = described(must(workspace.annotations(id)));
    int commits = 0;
    QObject::connect(&workspace, &Workspace::projectChanged, [&] { ++commits; });

    CHECK(Annotating::reviewAll(*document, u"LOCATION"_s, AnnotationStatus::Accepted) == 3000);
    CHECK(commits == 1);
    CHECK(must(workspace.counts(id)).accepted == 3000);
    CHECK(document->undoStack()->count() == 1);

    document->undoStack()->undo();
    CHECK(commits == 2);
    CHECK(described(must(workspace.annotations(id))) == before);
    CHECK(described(document->annotations()) == before);
    qDeleteAll(documents);
}

TEST_CASE("A bulk edit that fails midway changes nothing, in the project or the document",
          "[project][safety][document]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"p.hamish"_s);
    const Article article = ProjectFixtures::emojiArticle();
    QList<Annotation> suggested;
    for (const QString &word : {u"محمد العلي"_s, u"دمشق"_s, u"اللاذقية"_s})
        suggested.append(ProjectFixtures::span(article.text(), word, u"LOCATION"_s, AnnotationStatus::Suggested));
    const qint64 id = must(ProjectFixtures::createProject(path)->addArticle(article, suggested));
    Workspace workspace;
    must(workspace.open(path));
    const QList<AnnotationDocument *> documents = must(workspace.loadDocuments());
    AnnotationDocument *document = documents.first();
    const QStringList before = described(document->annotations());
    int failures = 0;
    QObject::connect(document, &AnnotationDocument::storeFailed, [&] { ++failures; });

    // The third change cannot be stored (its span leaves the text): the first two must not stay either.
    QList<qint64> ids;
    for (const Annotation &annotation : document->annotations())
        ids.append(annotation.id);
    const qint64 last = ids.last();
    document->undoStack()->push(new ChangeAnnotations(
        document, ids,
        [last](Annotation &a) {
            a.status = AnnotationStatus::Accepted;
            if (a.id == last)
                a.end = 100000;
        },
        u"Accept"_s));
    CHECK(failures == 1);
    CHECK(document->undoStack()->count() == 0);
    CHECK(described(document->annotations()) == before);
    CHECK(described(must(workspace.annotations(id))) == before);
    qDeleteAll(documents);
}
