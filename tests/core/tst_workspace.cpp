// SPDX-License-Identifier: GPL-3.0-or-later
// The workspace is what the window and the command line both call: these run it with no display.
#include "../CatchQt.h"

#include "../ProjectFixtures.h"
#include "../TestFiles.h"
#include "core/model/AnnotationDocument.h"
#include "core/model/ChangeAnnotations.h"
#include "core/workspace/Annotating.h"
#include "core/workspace/Suggestions.h"
#include "core/workspace/Workspace.h"

#include <QTemporaryDir>
#include <QUndoStack>

using namespace Hamish;
using namespace Qt::StringLiterals;
using ProjectFixtures::must;

namespace {

Article newsArticle()
{
    const QString text = TestText::emojiNews() + u"\n\n"_s + TestText::mixedLine();
    Article article(text, {{BlockRole::Paragraph, 0, text.size()}});
    article.setTitle(u"خبر"_s);
    return article;
}

QStringList labelsOf(const QList<Annotation> &annotations)
{
    QStringList labels;
    for (const Annotation &annotation : annotations)
        labels += annotation.label;
    return labels;
}

// The project's label set without NUMBER, a label the engine suggests.
void deleteNumberLabel(Workspace &workspace)
{
    QList<Label> labels = must(workspace.labels());
    labels.removeIf([](const Label &label) { return label.name == u"NUMBER"; });
    must(workspace.editLabels(labels, {}));
}

} // namespace

TEST_CASE("A project whose engine label was deleted still gets the other suggestions for a new article", "[workspace]")
{
    QTemporaryDir dir;
    Workspace workspace;
    must(workspace.create(dir.filePath(u"p.hamish"_s)));
    deleteNumberLabel(workspace);
    // The engine does find numbers in the article.
    REQUIRE(labelsOf(Suggestions::find(newsArticle())).contains(u"NUMBER"_s));

    SECTION("the window's way: a document added to the project, the engine's suggestions arriving later")
    {
        auto owned = std::make_unique<AnnotationDocument>(std::make_shared<const Article>(newsArticle()));
        AnnotationDocument *document = owned.get();
        const qint64 id = must(workspace.addDocument(document));
        const qsizetype added = Suggestions::addTo(*document, Suggestions::find(document->article()));
        CHECK(added > 0);
        const QStringList found = labelsOf(document->annotations());
        INFO(found.join(u' ').toStdString());
        CHECK(found.contains(u"PERSON"_s));
        CHECK(found.contains(u"QUANTITY"_s));
        CHECK_FALSE(found.contains(u"NUMBER"_s));
        // In the file too.
        CHECK(labelsOf(must(workspace.annotations(id))) == found);
    }
    SECTION("the command line's way: an article stored with its suggestions")
    {
        const Workspace::AddedArticle added = must(workspace.addArticle(newsArticle()));
        CHECK_FALSE(added.existed);
        CHECK(added.suggestions > 0);
        const QStringList found = labelsOf(must(workspace.annotations(added.id)));
        CHECK(found.size() == added.suggestions);
        CHECK(found.contains(u"PERSON"_s));
        CHECK_FALSE(found.contains(u"NUMBER"_s));
        // The same text again is not added twice.
        const Workspace::AddedArticle again = must(workspace.addArticle(newsArticle()));
        CHECK(again.existed);
        CHECK(again.id == added.id);
        CHECK(must(workspace.articles()).size() == 1);
    }
}

TEST_CASE("Documents loaded from a workspace commit their edits, and the workspace remembers the position",
          "[workspace]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"p.hamish"_s);
    qint64 articleId = 0;
    {
        Workspace workspace;
        must(workspace.create(path));
        articleId = must(workspace.addArticle(ProjectFixtures::emojiArticle())).id;
        const QList<AnnotationDocument *> documents = must(workspace.loadDocuments());
        REQUIRE(documents.size() == 1);
        std::unique_ptr<AnnotationDocument> document(documents.first());
        CHECK(workspace.articleId(document.get()) == articleId);
        CHECK(workspace.document(articleId) == document.get());

        const QString text = document->article().text();
        const qsizetype start = text.indexOf(u"دمشق"_s);
        const qint64 id = must(Annotating::labelSpan(*document, u"LOCATION"_s, start, start + 4));
        const QList<Annotation> stored = must(workspace.annotations(articleId));
        const auto it = std::find_if(stored.cbegin(), stored.cend(), [&](const Annotation &a) { return a.id == id; });
        REQUIRE(it != stored.cend());
        CHECK(it->status == AnnotationStatus::Accepted);
        CHECK(it->origin == u"user");
        CHECK(it->author == Annotating::userName());
        // Nothing selected is refused with a reason, and changes nothing.
        CHECK(ProjectFixtures::failure(Annotating::labelSpan(*document, u"LOCATION"_s, 5, 5)).contains(u"Select"_s));
        workspace.rememberPosition(document.get(), 420);
    }
    Workspace reopened;
    must(reopened.open(path));
    CHECK(reopened.lastArticle() == articleId);
    CHECK(reopened.lastScroll() == 420);
    CHECK(must(reopened.counts(articleId)).accepted == 1);
}

TEST_CASE("Accepting all suggestions of a label is one undo step and one commit", "[workspace]")
{
    QTemporaryDir dir;
    Workspace workspace;
    must(workspace.create(dir.filePath(u"p.hamish"_s)));
    const QString text = TestText::mixedLine();
    using ProjectFixtures::span;
    auto document = std::make_unique<AnnotationDocument>(
        std::make_shared<const Article>(Article(text, {{BlockRole::Paragraph, 0, text.size()}})));
    const qint64 articleId = must(workspace.addDocument(document.get()));
    document->mergeSuggestions({span(text, u"FAO"_s, u"ORGANIZATION"_s, AnnotationStatus::Suggested),
                                span(text, u"اللاذقية"_s, u"LOCATION"_s, AnnotationStatus::Suggested),
                                span(text, u"القمح"_s, u"LOCATION"_s, AnnotationStatus::Suggested)});
    const int before = document->undoStack()->count();

    CHECK(Annotating::reviewAll(*document, u"LOCATION"_s, AnnotationStatus::Accepted) == 2);
    CHECK(document->undoStack()->count() == before + 1);
    const auto accepted = [&] {
        return must(workspace.counts(articleId)).accepted;
    };
    CHECK(accepted() == 2);
    document->undoStack()->undo();
    CHECK(accepted() == 0);
    CHECK(must(workspace.counts(articleId)).suggested == 3);
    CHECK(Annotating::reviewAll(*document, u"PERCENT"_s, AnnotationStatus::Rejected) == 0);
}

TEST_CASE("Label all mentions labels each mention once, one undo step per document", "[workspace]")
{
    const QString text = u"زار محمد دمشق، ثم غادر محمد إلى حلب."_s;
    AnnotationDocument first(std::make_shared<const Article>(Article(text, {{BlockRole::Paragraph, 0, text.size()}})));
    const QString other = u"قال محمد إن الوفد وصل."_s;
    AnnotationDocument second(
        std::make_shared<const Article>(Article(other, {{BlockRole::Paragraph, 0, other.size()}})));
    // One mention is already labelled in the first article.
    first.resetAnnotations({Annotating::userAnnotation(u"PERSON"_s, 4, 8)});

    CHECK(Annotating::labelAllMentions({&first, &second}, u"محمد"_s, u"PERSON"_s) == 2);
    CHECK(first.annotations().size() == 2);
    CHECK(second.annotations().size() == 1);
    CHECK(first.undoStack()->count() == 1);
    CHECK(second.undoStack()->count() == 1);
    for (const Annotation &annotation : first.annotations()) {
        CHECK(first.textOf(annotation) == u"محمد");
        CHECK(annotation.status == AnnotationStatus::Accepted);
    }
    // Again: nothing new.
    CHECK(Annotating::labelAllMentions({&first, &second}, u"محمد"_s, u"PERSON"_s) == 0);
}

TEST_CASE("Label all mentions on a suggestion accepts it and its other suggested mentions", "[workspace]")
{
    // M on a suggestion: every mention already suggested with that label is the user's now (it used to report
    // "0 mentions labelled" and leave them all undecided).
    const QString text = u"زار محمد دمشق، ثم غادر محمد إلى حلب مع محمد."_s;
    AnnotationDocument document(
        std::make_shared<const Article>(Article(text, {{BlockRole::Paragraph, 0, text.size()}})));
    const qsizetype second = text.indexOf(u"محمد"_s, 5);
    document.mergeSuggestions({ProjectFixtures::span(text, u"محمد"_s, u"PERSON"_s, AnnotationStatus::Suggested)});
    Annotation secondSuggestion = Annotating::userAnnotation(u"PERSON"_s, second, second + 4);
    secondSuggestion.status = AnnotationStatus::Suggested;
    secondSuggestion.origin = u"model:ner"_s;
    document.mergeSuggestions({secondSuggestion});
    const int before = document.undoStack()->count();

    CHECK(Annotating::labelAllMentions({&document}, u"محمد"_s, u"PERSON"_s) == 3);
    CHECK(document.undoStack()->count() == before + 1);
    int accepted = 0;
    for (const Annotation &annotation : document.annotations()) {
        CHECK(document.textOf(annotation) == u"محمد");
        accepted += annotation.status == AnnotationStatus::Accepted;
    }
    CHECK(accepted == 3);
    CHECK(document.annotations().size() == 3); // two accepted suggestions, one new
    document.undoStack()->undo();
    CHECK(document.annotations().size() == 2);
    for (const Annotation &annotation : document.annotations())
        CHECK(annotation.status == AnnotationStatus::Suggested);
}

TEST_CASE("Rejecting all mentions of a suggestion rejects only that text's undecided suggestions of that label",
          "[workspace]")
{
    const QString text = u"قال رمضان إن رمضان بدأ، وزار رمضان دمشق."_s;
    AnnotationDocument document(
        std::make_shared<const Article>(Article(text, {{BlockRole::Paragraph, 0, text.size()}})));
    QList<Annotation> suggestions;
    for (qsizetype at = text.indexOf(u"رمضان"_s); at >= 0; at = text.indexOf(u"رمضان"_s, at + 1)) {
        Annotation annotation = Annotating::userAnnotation(u"PERSON"_s, at, at + 5);
        annotation.status = AnnotationStatus::Suggested;
        annotation.origin = u"model:ner"_s;
        suggestions.append(annotation);
    }
    suggestions.append(ProjectFixtures::span(text, u"دمشق"_s, u"LOCATION"_s, AnnotationStatus::Suggested));
    document.mergeSuggestions(suggestions);
    // The user accepted the first one: it stays.
    const qint64 firstId = document.annotationsIn(4, 9).first().id;
    document.undoStack()->push(ChangeAnnotations::setStatus(&document, {firstId}, AnnotationStatus::Accepted));
    CHECK(Annotating::suggestedMentions(document, u"رمضان"_s, u"PERSON"_s).size() == 2);

    CHECK(Annotating::rejectAllMentions({&document}, u"رمضان"_s, u"PERSON"_s) == 2);
    QHash<AnnotationStatus, int> byStatus;
    for (const Annotation &annotation : document.annotations())
        ++byStatus[annotation.status];
    CHECK(byStatus.value(AnnotationStatus::Rejected) == 2);
    CHECK(byStatus.value(AnnotationStatus::Accepted) == 1);
    CHECK(byStatus.value(AnnotationStatus::Suggested) == 1); // دمشق
    CHECK(Annotating::rejectAllMentions({&document}, u"رمضان"_s, u"PERSON"_s) == 0);
    document.undoStack()->undo();
    CHECK(Annotating::suggestedMentions(document, u"رمضان"_s, u"PERSON"_s).size() == 2);
}

TEST_CASE("A whole entity is rejected or relabelled in one undo step", "[workspace]")
{
    const QString text = u"قال محب إن محب سيعود."_s;
    AnnotationDocument document(
        std::make_shared<const Article>(Article(text, {{BlockRole::Paragraph, 0, text.size()}})));
    QList<Annotation> suggestions;
    for (qsizetype at = text.indexOf(u"محب"_s); at >= 0; at = text.indexOf(u"محب"_s, at + 1)) {
        Annotation annotation = Annotating::userAnnotation(u"MISC"_s, at, at + 3);
        annotation.status = AnnotationStatus::Suggested;
        suggestions.append(annotation);
    }
    document.mergeSuggestions(suggestions);
    QList<qint64> ids;
    for (const Annotation &annotation : document.annotations())
        ids.append(annotation.id);
    REQUIRE(ids.size() == 2);
    const int before = document.undoStack()->count();

    CHECK(Annotating::relabelEntity(document, ids, u"محب"_s, u"PERSON"_s) == 2);
    CHECK(document.undoStack()->count() == before + 1);
    for (const Annotation &annotation : document.annotations()) {
        CHECK(annotation.label == u"PERSON");
        CHECK(annotation.status == AnnotationStatus::Accepted);
    }
    CHECK(Annotating::reviewEntity(document, ids, u"محب"_s, AnnotationStatus::Rejected) == 2);
    CHECK(document.undoStack()->count() == before + 2);
    for (const Annotation &annotation : document.annotations())
        CHECK(annotation.status == AnnotationStatus::Rejected);
    document.undoStack()->undo();
    document.undoStack()->undo();
    for (const Annotation &annotation : document.annotations()) {
        CHECK(annotation.label == u"MISC");
        CHECK(annotation.status == AnnotationStatus::Suggested);
    }
}

TEST_CASE("The suggestion threshold is remembered per project", "[workspace]")
{
    QTemporaryDir dir;
    {
        Workspace workspace;
        must(workspace.create(dir.filePath(u"a.hamish"_s)));
        CHECK(workspace.suggestionThreshold() == 0.0);
        workspace.setSuggestionThreshold(0.6);
        CHECK(workspace.suggestionThreshold() == Approx(0.6));
        must(workspace.create(dir.filePath(u"b.hamish"_s)));
        CHECK(workspace.suggestionThreshold() == 0.0);
    }
    Workspace reopened;
    must(reopened.open(dir.filePath(u"a.hamish"_s)));
    CHECK(reopened.suggestionThreshold() == Approx(0.6));
}

TEST_CASE("A workspace imports an exchange file all or nothing, and a dry run writes nothing", "[workspace]")
{
    QTemporaryDir dir;
    Workspace workspace;
    must(workspace.create(dir.filePath(u"p.hamish"_s)));
    const QString file = TestFiles::writeText(
        dir, u"in.jsonl"_s,
        u"{\"text\": \"زار محمد دمشق.\", \"label\": [[4, 8, \"PERSON\"], [9, 13, \"LOCATION\"]]}\n"_s);
    ImportOptions dryRun;
    dryRun.dryRun = true;
    const ImportReport checked = must(workspace.importFile(file, dryRun));
    CHECK(checked.annotationsAdded == 2);
    CHECK(must(workspace.articles()).isEmpty());
    const ImportReport imported = must(workspace.importFile(file));
    CHECK(imported.documentsAdded == 1);
    REQUIRE(must(workspace.articles()).size() == 1);
    CHECK(must(workspace.articles()).first().counts.accepted == 2);
    CHECK(ProjectFixtures::failure(workspace.importFile(dir.filePath(u"missing.jsonl"_s)))
              .contains(u"Nothing was imported"_s));
}

TEST_CASE("A workspace with no project open says so instead of doing nothing", "[workspace]")
{
    Workspace workspace;
    CHECK_FALSE(workspace.isOpen());
    CHECK(ProjectFixtures::failure(workspace.articles()).contains(u"No project"_s));
    CHECK_FALSE(workspace.addArticle(ProjectFixtures::emojiArticle()));
    CHECK_FALSE(workspace.exportTo(u"/tmp/x.json"_s, u"json"_s));
    CHECK(workspace.lastArticle() == 0);
}

TEST_CASE("A project keeps showing the work of a user who chose no name, whatever the interface language",
          "[workspace]")
{
    // The default name is never translated: what a project stores must not change with the interface.
    const QByteArray user = qgetenv("USER"), userName = qgetenv("USERNAME");
    qunsetenv("USER");
    qunsetenv("USERNAME");
    CHECK(Annotating::userName() == u"me");
    if (!user.isEmpty())
        qputenv("USER", user);
    if (!userName.isEmpty())
        qputenv("USERNAME", userName);
    CHECK(Annotating::isDefaultUserName(u"me"_s));
    CHECK(Annotating::isDefaultUserName(u"أنا"_s));
    CHECK_FALSE(Annotating::isDefaultUserName(u"salma"_s));

    // A project annotated in the Arabic interface of an earlier build, by a user with no login name: its layer
    // is called «أنا».
    QTemporaryDir dir;
    const QString path = dir.filePath(u"p.hamish"_s);
    qint64 articleId = 0;
    {
        Workspace earlier;
        earlier.setAnnotator(u"أنا"_s);
        must(earlier.create(path));
        articleId = must(earlier.addArticle(ProjectFixtures::emojiArticle())).id;
        std::unique_ptr<AnnotationDocument> document(must(earlier.loadDocuments()).first());
        const qsizetype start = document->article().text().indexOf(u"دمشق"_s);
        must(Annotating::labelSpan(*document, u"LOCATION"_s, start, start + 4));
    }
    const auto acceptedIn = [](AnnotationDocument &document) {
        qsizetype accepted = 0;
        for (const Annotation &annotation : document.annotations())
            accepted += annotation.status == AnnotationStatus::Accepted;
        return accepted;
    };
    {
        // Opened today with no name chosen: the user's work is theirs, and their next edit joins it.
        Workspace today;
        today.setAnnotator(QString());
        must(today.open(path));
        CHECK(today.annotator() == u"أنا");
        std::unique_ptr<AnnotationDocument> document(must(today.loadDocuments()).first());
        CHECK(acceptedIn(*document) == 1);
        const qsizetype start = document->article().text().indexOf(u"اللاذقية"_s);
        REQUIRE(start >= 0);
        must(Annotating::labelSpan(*document, u"LOCATION"_s, start, start + 8));
        CHECK(must(today.annotators()) == QStringList{u"أنا"_s});
    }
    {
        // A chosen name is kept: that user starts their own layer.
        Workspace named;
        named.setAnnotator(u"salma"_s);
        must(named.open(path));
        CHECK(named.annotator() == u"salma");
        std::unique_ptr<AnnotationDocument> document(must(named.loadDocuments()).first());
        CHECK(acceptedIn(*document) == 0);
        const qsizetype start = document->article().text().indexOf(u"دمشق"_s);
        must(Annotating::labelSpan(*document, u"PERSON"_s, start, start + 4));
    }
    // Two people's layers: the default name takes neither.
    Workspace team;
    team.setAnnotator(QString());
    must(team.open(path));
    CHECK(team.annotator() == Annotating::userName());
    CHECK(must(team.counts(articleId)).accepted == 3);
}
