// SPDX-License-Identifier: GPL-3.0-or-later
// Curation: every annotator's spans of an article aligned into rows, agreed or not, and the curated layer
// built from them (taking a side, merging what everyone agrees on), committed to the project (a file or a
// server), undoable, and exported with --curated.
#include "../CatchQt.h"

#include "../ProjectFixtures.h"
#include "../StoreBackends.h"
#include "../TestCli.h"
#include "../TestText.h"
#include "core/model/AnnotationDocument.h"
#include "core/model/AnnotatorLayers.h"
#include "core/model/Curation.h"
#include "core/workspace/Annotating.h"
#include "core/workspace/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace Hamish;
using namespace Qt::StringLiterals;
using ProjectFixtures::must;

namespace {

Annotation mark(const QString &annotator, qsizetype start, qsizetype end, const QString &label,
                AnnotationStatus status = AnnotationStatus::Accepted)
{
    static qint64 nextId = 1;
    Annotation annotation;
    annotation.id = nextId++;
    annotation.annotator = annotator;
    annotation.start = start;
    annotation.end = end;
    annotation.label = label;
    annotation.status = status;
    return annotation;
}

Annotation in(const QString &annotator, const QString &needle, const QString &label)
{
    Annotation annotation = ProjectFixtures::span(TestText::emojiNews(), needle, label);
    annotation.annotator = annotation.author = annotator;
    return annotation;
}

QString spanText(const Annotation &annotation)
{
    return TestText::emojiNews().mid(annotation.start, annotation.length());
}

} // namespace

TEST_CASE("Curation aligns every annotator's spans into rows and tells agreed rows from the others", "[curation]")
{
    const QString salma = u"salma"_s, omar = u"omar"_s, huda = u"huda"_s, curation = kCuration.toString();
    const QList<Annotation> all{mark(salma, 0, 4, u"PERSON"_s), mark(omar, 0, 4, u"PERSON"_s),
                                mark(huda, 0, 4, u"PERSON"_s),
                                // The same span, two labels; huda marked nothing there.
                                mark(salma, 10, 15, u"LOCATION"_s), mark(omar, 10, 15, u"ORGANIZATION"_s),
                                // One long span against two short ones inside it: one row.
                                mark(salma, 20, 30, u"PERSON"_s), mark(omar, 20, 25, u"PERSON"_s),
                                mark(omar, 26, 30, u"PERSON"_s), mark(huda, 22, 28, u"PERSON"_s),
                                // What agreement does not count: a rejection and the engine's suggestion.
                                mark(huda, 10, 15, u"LOCATION"_s, AnnotationStatus::Rejected),
                                mark({}, 50, 55, u"DATE"_s, AnnotationStatus::Suggested),
                                // The curator's own span where no one marked anything, and one bridging two rows.
                                mark(curation, 40, 45, u"MISC"_s), mark(salma, 60, 62, u"NUMBER"_s),
                                mark(omar, 64, 66, u"NUMBER"_s), mark(curation, 60, 66, u"QUANTITY"_s)};

    CHECK(Curation::annotatorsOf(all) == QStringList{huda, omar, salma});
    const QList<Curation::Row> rows = Curation::align(all);
    REQUIRE(rows.size() == 5);
    CHECK(rows.at(0).start == 0);
    CHECK(rows.at(0).end == 4);
    CHECK(rows.at(0).agreed);
    CHECK(rows.at(0).spans.size() == 3);

    CHECK_FALSE(rows.at(1).agreed);
    CHECK(rows.at(1).spans.value(salma).first().label == u"LOCATION");
    CHECK(rows.at(1).spans.value(omar).first().label == u"ORGANIZATION");
    CHECK_FALSE(rows.at(1).spans.contains(huda)); // her rejection is no span

    CHECK(rows.at(2).start == 20);
    CHECK(rows.at(2).end == 30);
    CHECK(rows.at(2).spans.value(omar).size() == 2);
    CHECK_FALSE(rows.at(2).agreed);

    CHECK(rows.at(3).start == 40);
    CHECK(rows.at(3).spans.isEmpty());
    CHECK(rows.at(3).curated.size() == 1);

    // The curated QUANTITY joins the two NUMBER rows it overlaps into one.
    CHECK(rows.at(4).start == 60);
    CHECK(rows.at(4).end == 66);
    CHECK(rows.at(4).curated.size() == 1);
    CHECK(rows.at(4).spans.value(salma).size() == 1);
    CHECK(rows.at(4).spans.value(omar).size() == 1);
    CHECK_FALSE(rows.at(4).curatedAs(salma));

    // Two of the three: the row where huda marked nothing is agreed between salma and omar only if they agree.
    const QList<Curation::Row> pair = Curation::align(all, {salma, omar});
    CHECK(pair.at(0).agreed);
    CHECK_FALSE(pair.at(1).agreed);
    // One annotator agrees with no one.
    CHECK_FALSE(Curation::align(all, {salma}).at(0).agreed);
    CHECK(Curation::align({}).isEmpty());
}

TEST_CASE("A curator merges the agreed spans and takes sides, each one undo step committed to the project",
          "[curation][team]")
{
    FOR_EACH_BACKEND(backend);
    QTemporaryDir dir;
    const QString location = StoreBackends::newLocation(backend, dir);
    qint64 articleId = 0;
    {
        auto project = ProjectFixtures::createProject(location);
        const Annotation suggestion =
            ProjectFixtures::span(TestText::emojiNews(), u"اللاذقية"_s, u"LOCATION"_s, AnnotationStatus::Suggested);
        articleId = must(project->addArticle(ProjectFixtures::emojiArticle(), {suggestion}));
        for (const Annotation &annotation :
             {in(u"salma"_s, u"محمد العلي"_s, u"PERSON"_s), in(u"omar"_s, u"محمد العلي"_s, u"PERSON"_s),
              in(u"salma"_s, u"دمشق"_s, u"LOCATION"_s), in(u"omar"_s, u"دمشق"_s, u"ORGANIZATION"_s),
              in(u"salma"_s, u"منظمة الصحة العالمية"_s, u"ORGANIZATION"_s),
              in(u"omar"_s, u"الصحة العالمية"_s, u"ORGANIZATION"_s)})
            must(project->addAnnotation(articleId, annotation));
    }

    Workspace workspace;
    must(workspace.open(location));
    workspace.setAnnotator(u"lead"_s);
    AnnotationDocument *curated = must(workspace.curationDocument(articleId));
    CHECK(curated == must(workspace.curationDocument(articleId))); // one document per layer
    CHECK_FALSE(curated->isReadOnly());
    CHECK(curated->annotations().isEmpty()); // neither the suggestion nor anyone's work
    QList<Curation::Row> rows = Curation::align(must(workspace.allAnnotations(articleId)));
    REQUIRE(rows.size() == 3);
    CHECK(rows.at(0).agreed);
    CHECK_FALSE(rows.at(1).agreed);
    CHECK_FALSE(rows.at(2).agreed);

    // Merging what everyone agrees on adds the one agreed name, once.
    CHECK(Curation::mergeAgreed(*curated, rows) == 1);
    REQUIRE(curated->annotations().size() == 1);
    CHECK(spanText(curated->annotations().first()) == u"محمد العلي");
    rows = Curation::align(must(workspace.allAnnotations(articleId)));
    CHECK(Curation::mergeAgreed(*curated, rows) == 0);
    CHECK(rows.at(0).curatedAs(u"salma"_s));

    // Taking omar's side on دمشق, then salma's on the organisation.
    CHECK(Curation::takeSide(*curated, rows.at(1), u"omar"_s));
    CHECK_FALSE(Curation::takeSide(*curated, rows.at(0), u"omar"_s)); // already theirs: nothing to do
    rows = Curation::align(must(workspace.allAnnotations(articleId)));
    CHECK(rows.at(1).curatedAs(u"omar"_s));
    CHECK(Curation::takeSide(*curated, rows.at(2), u"salma"_s));
    // Changing one's mind on دمشق replaces the curated span, it does not add a second one.
    rows = Curation::align(must(workspace.allAnnotations(articleId)));
    CHECK(Curation::takeSide(*curated, rows.at(1), u"salma"_s));
    QList<Annotation> layer = AnnotatorLayers::layerOf(must(workspace.allAnnotations(articleId)), kCuration.toString());
    REQUIRE(layer.size() == 3);
    QStringList texts;
    for (const Annotation &annotation : curated->annotations())
        texts << spanText(annotation) + u':' + annotation.label;
    CHECK(texts == QStringList{u"محمد العلي:PERSON"_s, u"دمشق:LOCATION"_s, u"منظمة الصحة العالمية:ORGANIZATION"_s});
    // The annotators' layers are untouched.
    CHECK(AnnotatorLayers::layerOf(must(workspace.allAnnotations(articleId)), u"omar"_s).size() == 3);

    // Each was one step: undoing the last puts omar's ORGANIZATION back, in the document and the project.
    curated->undoStack()->undo();
    layer = AnnotatorLayers::layerOf(must(workspace.allAnnotations(articleId)), kCuration.toString());
    REQUIRE(layer.size() == 3);
    CHECK(std::any_of(layer.cbegin(), layer.cend(),
                      [](const Annotation &a) { return spanText(a) == u"دمشق" && a.label == u"ORGANIZATION"; }));
    curated->undoStack()->redo();

    // The curator also edits by hand, in the curated layer.
    const qsizetype at = TestText::emojiNews().indexOf(u"2500 طن"_s);
    must(Annotating::labelSpan(*curated, u"QUANTITY"_s, at, at + 7));
    CHECK(AnnotatorLayers::layerOf(must(workspace.allAnnotations(articleId)), kCuration.toString()).size() == 4);

    // Someone's layer alone, as View › Annotators shows it: read-only.
    AnnotationDocument *omar = must(workspace.annotatorDocument(articleId, u"omar"_s));
    CHECK(omar->isReadOnly());
    CHECK(omar->annotations().size() == 3);
    CHECK_FALSE(Annotating::labelSpan(*omar, u"PERSON"_s, 0, 2));
    CHECK(AnnotatorLayers::layerOf(must(workspace.allAnnotations(articleId)), u"omar"_s).size() == 3);
    workspace.close();

    // hamish info gives each layer's figures.
    const TestCli::Output info = TestCli::run({u"info"_s, location});
    REQUIRE(info.status == 0);
    CHECK(info.out.contains(u"annotator\tarticles\taccepted\trejected\n"_s));
    CHECK(info.out.contains(u"curation\t1\t4\t0\n"_s));
    CHECK(info.out.contains(u"omar\t1\t3\t0\n"_s));
    CHECK(info.out.contains(u"salma\t1\t3\t0\n"_s));

    // What export --curated writes: the curated layer, exact code-point offsets.
    const TestCli::Output exported = TestCli::run({u"export"_s, location, u"--curated"_s, u"--format"_s, u"json"_s});
    INFO(exported.err.toStdString());
    REQUIRE(exported.status == 0);
    const QJsonObject document =
        QJsonDocument::fromJson(exported.out.toUtf8()).object().value(u"documents"_s).toArray().first().toObject();
    const QList<uint> codePoints = document.value(u"text"_s).toString().toUcs4();
    QStringList exportedTexts;
    for (const QJsonValue value : document.value(u"annotations"_s).toArray()) {
        const QJsonObject annotation = value.toObject();
        CHECK(annotation.value(u"annotator"_s).toString() == kCuration);
        const int start = annotation.value(u"start"_s).toInt(), end = annotation.value(u"end"_s).toInt();
        const QList<uint> slice = codePoints.mid(start, end - start);
        exportedTexts << QString::fromUcs4(reinterpret_cast<const char32_t *>(slice.constData()), slice.size());
    }
    CHECK(exportedTexts == QStringList{u"محمد العلي"_s, u"دمشق"_s, u"منظمة الصحة العالمية"_s, u"2500 طن"_s});
}

TEST_CASE("On a server another curator's change reaches an open curation view; closing the project lets it go",
          "[curation][team][live][postgres]")
{
    QTemporaryDir dir;
    const QString location = StoreBackends::newLocation(StoreBackends::Backend::Server, dir);
    qint64 articleId = 0;
    {
        auto project = ProjectFixtures::createProject(location);
        articleId = must(project->addArticle(ProjectFixtures::emojiArticle()));
        must(project->addAnnotation(articleId, in(kCuration.toString(), u"دمشق"_s, u"LOCATION"_s)));
    }
    Workspace mine, theirs;
    must(mine.open(location));
    must(theirs.open(location));
    AnnotationDocument *curated = must(mine.curationDocument(articleId));
    REQUIRE(curated->annotations().size() == 1);
    QSignalSpy repainted(curated, &AnnotationDocument::annotationsChanged);
    const qsizetype start = TestText::emojiNews().indexOf(u"محمد العلي"_s);
    must(Annotating::labelSpan(*must(theirs.curationDocument(articleId)), u"PERSON"_s, start, start + 10));
    const bool arrived = !repainted.isEmpty() || repainted.wait(5000);
    REQUIRE(arrived);
    REQUIRE(curated->annotations().size() == 2);
    CHECK(curated->undoStack()->count() == 0); // shown, not made an edit of this window's
    const QPointer<AnnotationDocument> watched = curated;
    mine.close();
    CHECK(watched.isNull());
}

TEST_CASE("A curator's edit made while the server is away waits, can be saved to a file, and is committed on "
          "reconnecting",
          "[curation][team][postgres]")
{
    QTemporaryDir dir;
    const QString location = StoreBackends::newLocation(StoreBackends::Backend::Server, dir);
    qint64 articleId = 0;
    {
        auto project = ProjectFixtures::createProject(location);
        articleId = must(project->addArticle(ProjectFixtures::emojiArticle()));
        must(project->addAnnotation(articleId, in(u"salma"_s, u"دمشق"_s, u"LOCATION"_s)));
        must(project->addAnnotation(articleId, in(u"omar"_s, u"دمشق"_s, u"ORGANIZATION"_s)));
    }
    Workspace workspace;
    must(workspace.open(location));
    // The annotator's own documents too, as the window has them.
    const QList<AnnotationDocument *> documents = must(workspace.loadDocuments());
    const auto release = qScopeGuard([&] { qDeleteAll(documents); });
    AnnotationDocument *curated = must(workspace.curationDocument(articleId));
    const QList<Curation::Row> rows = Curation::align(must(workspace.allAnnotations(articleId)));
    REQUIRE(rows.size() == 1);

    StoreBackends::rawSql(location, {u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                     u"WHERE datname = current_database() AND pid <> pg_backend_pid()"_s});
    QSignalSpy lost(&workspace, &Workspace::connectionLost);
    CHECK(Curation::takeSide(*curated, rows.first(), u"omar"_s));
    REQUIRE(curated->annotations().size() == 1); // shown, waiting
    CHECK(workspace.pendingEdits() == 1);
    REQUIRE((!lost.isEmpty() || lost.wait(5000)));

    // Saved meanwhile: the curated document, its annotation the curation's.
    const QString saved = dir.filePath(u"waiting.json"_s);
    CHECK(must(workspace.savePendingTo(saved)) == 1);
    const QJsonArray annotations = QJsonDocument::fromJson(ProjectFixtures::fileBytes(saved))
                                       .object()
                                       .value(u"documents"_s)
                                       .toArray()
                                       .first()
                                       .toObject()
                                       .value(u"annotations"_s)
                                       .toArray();
    REQUIRE(annotations.size() == 1);
    CHECK(annotations.first().toObject().value(u"label"_s).toString() == u"ORGANIZATION");

    // Committed once the server is back, into the curated layer.
    CHECK(must(workspace.commitPending()) == 1);
    const QList<Annotation> layer = AnnotatorLayers::layerOf(
        must(ProjectFixtures::openProject(location)->annotations(articleId)), kCuration.toString());
    REQUIRE(layer.size() == 1);
    CHECK(layer.first().label == u"ORGANIZATION");
    CHECK(spanText(layer.first()) == u"دمشق");
}
