// SPDX-License-Identifier: GPL-3.0-or-later
#include "../CatchQt.h"

#include "../ProjectFixtures.h"
#include "core/model/AddAnnotations.h"
#include "core/model/AnnotationDocument.h"
#include "core/model/ChangeAnnotations.h"
#include "core/model/RemoveAnnotations.h"
#include "core/storage/ProjectAnnotationStore.h"
#include "core/storage/ProjectStore.h"

#include <QTemporaryDir>
#include <QUndoStack>

using namespace Hamish;
using namespace Qt::StringLiterals;
using ProjectFixtures::must;

TEST_CASE("Undoable edits in a document are committed to the project as they happen", "[project][document]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"p.hamish"_s);
    const auto created = ProjectFixtures::createProject(path);
    ProjectStore &project = *created;
    const qint64 articleId = must(project.addArticle(ProjectFixtures::emojiArticle()));
    ProjectAnnotationStore store(project, articleId);
    AnnotationDocument document(std::make_shared<const Article>(must(project.article(articleId))));
    document.setStore(&store);
    document.setLabels(must(project.labels()));

    const Annotation person = ProjectFixtures::emojiAnnotations().first();
    auto *add = new AddAnnotations(&document, {person}, u"Add"_s);
    document.undoStack()->push(add);
    REQUIRE(add->ids().size() == 1);
    const qint64 id = add->ids().first();
    REQUIRE(must(project.annotations(articleId)).size() == 1);
    CHECK(must(project.annotations(articleId)).first().id == id);

    document.undoStack()->push(new RemoveAnnotations(&document, {id}, u"Remove"_s));
    CHECK(must(project.annotations(articleId)).isEmpty());
    document.undoStack()->undo(); // the removal: the same annotation, under the same id, is back
    REQUIRE(must(project.annotations(articleId)).size() == 1);
    CHECK(must(project.annotations(articleId)).first().id == id);

    Annotation changed = *document.annotation(id);
    changed.note = u"تحقق"_s;
    REQUIRE(document.replaceAnnotation(changed));
    CHECK(must(project.annotations(articleId)).first().note == u"تحقق");

    // A refused edit (a label the project lacks) leaves the document unchanged and says why.
    Annotation unknown = person;
    unknown.id = 0;
    unknown.label = u"VEHICLE"_s;
    CHECK_FALSE(document.insertAnnotation(unknown));
    CHECK(document.annotations().size() == 1);
    CHECK(document.lastError().contains(u"VEHICLE"_s));
}

namespace {

Article makeArticle()
{
    const QString text = u"قال وزير الخارجية إن الوفد وصل لسورية أمس."_s;
    Article article(text, {{BlockRole::Paragraph, 0, text.size()}});
    article.setTitle(u"خبر"_s);
    return article;
}

Annotation span(const QString &text, const QString &needle, const QString &label)
{
    Annotation a;
    a.start = text.indexOf(needle);
    a.end = a.start + needle.size();
    a.label = label;
    a.status = AnnotationStatus::Accepted;
    a.origin = u"user"_s;
    return a;
}

} // namespace

TEST_CASE("Every edit in a project-backed document is in the file at once, undo and redo included",
          "[project][document]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"p.hamish"_s);
    qint64 articleId = 0;
    qint64 kept = 0;
    {
        const auto opened = ProjectFixtures::createProject(path);
        ProjectStore &project = *opened;
        const Article article = makeArticle();
        articleId = must(project.addArticle(article));
        REQUIRE(articleId > 0);

        AnnotationDocument document(std::make_shared<const Article>(article));
        ProjectAnnotationStore store(project, articleId);
        document.setStore(&store);
        document.resetAnnotations(must(project.annotations(articleId)));

        // The engine's suggestions go in as one write.
        Annotation suggestion = span(article.text(), u"سورية"_s, u"LOCATION"_s);
        CHECK(document.mergeSuggestions({suggestion, suggestion}) == 1);
        CHECK(must(project.annotations(articleId)).size() == 1);
        CHECK(document.mergeSuggestions({suggestion}) == 0);

        auto *add = new AddAnnotations(&document, {span(article.text(), u"وزير الخارجية"_s, u"PERSON"_s)}, u"Add"_s);
        document.undoStack()->push(add);
        const qint64 id = add->ids().first();
        CHECK(must(project.annotations(articleId)).size() == 2);
        document.undoStack()->push(ChangeAnnotations::changeLabel(&document, {id}, u"ORGANIZATION"_s));
        CHECK(must(project.annotations(articleId)).first().label == u"ORGANIZATION"); // ordered by start

        document.undoStack()->undo(); // label back
        document.undoStack()->undo(); // annotation gone
        CHECK(must(project.annotations(articleId)).size() == 1);
        document.undoStack()->redo(); // back with the same id
        REQUIRE(must(project.annotations(articleId)).size() == 2);
        const QList<Annotation> restored = must(project.annotations(articleId));
        CHECK(std::any_of(restored.cbegin(), restored.cend(), [&](const Annotation &a) { return a.id == id; }));

        document.undoStack()->push(ChangeAnnotations::setNote(&document, id, u"ملاحظة"_s));
        kept = id;
    }
    // Nothing to save: reopening finds every edit.
    const QList<Annotation> annotations = must(ProjectFixtures::openProject(path)->annotations(articleId));
    REQUIRE(annotations.size() == 2);
    bool found = false;
    for (const Annotation &a : annotations) {
        if (a.id == kept) {
            found = true;
            CHECK(a.label == u"PERSON");
            CHECK(a.note == u"ملاحظة");
        }
    }
    CHECK(found);
}
