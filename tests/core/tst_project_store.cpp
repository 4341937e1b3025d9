#include "../CatchQt.h"

#include "AddAnnotations.h"
#include "AnnotationDocument.h"
#include "ChangeAnnotations.h"
#include "Project.h"
#include "ProjectAnnotationStore.h"
#include "RemoveAnnotations.h"

#include <QTemporaryDir>
#include <QUndoStack>

using namespace Hamish;
using namespace Qt::StringLiterals;

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
        ProjectOpenResult opened = Project::create(path);
        REQUIRE(opened.ok());
        Project &project = *opened.project;
        const Article article = makeArticle();
        articleId = project.addArticle(article);
        REQUIRE(articleId > 0);

        AnnotationDocument document(std::make_shared<const Article>(article));
        ProjectAnnotationStore store(&project, articleId);
        document.setStore(&store);
        document.resetAnnotations(project.annotations(articleId));

        // The engine's suggestions go in as one write.
        Annotation suggestion = span(article.text(), u"سورية"_s, u"LOCATION"_s);
        CHECK(document.mergeSuggestions({suggestion, suggestion}) == 1);
        CHECK(project.annotations(articleId).size() == 1);
        CHECK(document.mergeSuggestions({suggestion}) == 0);

        auto *add = new AddAnnotations(&document, {span(article.text(), u"وزير الخارجية"_s, u"PERSON"_s)}, u"Add"_s);
        document.undoStack()->push(add);
        const qint64 id = add->ids().first();
        CHECK(project.annotations(articleId).size() == 2);
        document.undoStack()->push(ChangeAnnotations::changeLabel(&document, {id}, u"ORGANIZATION"_s));
        CHECK(project.annotations(articleId).first().label == u"ORGANIZATION"); // ordered by start

        document.undoStack()->undo(); // label back
        document.undoStack()->undo(); // annotation gone
        CHECK(project.annotations(articleId).size() == 1);
        document.undoStack()->redo(); // back with the same id
        REQUIRE(project.annotations(articleId).size() == 2);
        CHECK(project.hasAnnotation(id));

        document.undoStack()->push(ChangeAnnotations::setNote(&document, id, u"ملاحظة"_s));
        kept = id;
    }
    // Nothing to save: reopening finds every edit.
    ProjectOpenResult reopened = Project::open(path);
    REQUIRE(reopened.ok());
    const QList<Annotation> annotations = reopened.project->annotations(articleId);
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
