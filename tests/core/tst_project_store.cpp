#include "../CatchQt.h"

#include "../ProjectFixtures.h"
#include "AddAnnotations.h"
#include "AnnotationDocument.h"
#include "RemoveAnnotations.h"
#include "storage/Project.h"
#include "storage/ProjectAnnotationStore.h"

#include <QTemporaryDir>
#include <QUndoStack>

using namespace Hamish;
using namespace Qt::StringLiterals;

TEST_CASE("Undoable edits in a document are committed to the project as they happen", "[project][document]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"p.hamish"_s);
    ProjectOpenResult created = Project::create(path);
    REQUIRE(created.ok());
    Project &project = *created.project;
    const qint64 articleId = project.addArticle(ProjectFixtures::emojiArticle());
    ProjectAnnotationStore store(project, articleId);
    AnnotationDocument document(std::make_shared<const Article>(*project.article(articleId)));
    document.setStore(&store);
    document.setLabels(project.labels());

    const Annotation person = ProjectFixtures::emojiAnnotations().first();
    auto *add = new AddAnnotations(&document, {person}, u"Add"_s);
    document.undoStack()->push(add);
    REQUIRE(add->ids().size() == 1);
    const qint64 id = add->ids().first();
    REQUIRE(project.annotations(articleId).size() == 1);
    CHECK(project.annotations(articleId).first().id == id);

    document.undoStack()->push(new RemoveAnnotations(&document, {id}, u"Remove"_s));
    CHECK(project.annotations(articleId).isEmpty());
    document.undoStack()->undo(); // the removal: the same annotation, under the same id, is back
    REQUIRE(project.annotations(articleId).size() == 1);
    CHECK(project.annotations(articleId).first().id == id);

    Annotation changed = *document.annotation(id);
    changed.note = u"تحقق"_s;
    REQUIRE(document.replaceAnnotation(changed));
    CHECK(project.annotations(articleId).first().note == u"تحقق");

    // A refused edit (a label the project lacks) leaves the document unchanged and says why.
    Annotation unknown = person;
    unknown.id = 0;
    unknown.label = u"VEHICLE"_s;
    CHECK_FALSE(document.insertAnnotation(unknown));
    CHECK(document.annotations().size() == 1);
    CHECK(store.errorString().contains(u"VEHICLE"_s));
}
