// SPDX-License-Identifier: GPL-3.0-or-later
#include "../CatchQt.h"

#include "core/model/AddAnnotations.h"
#include "core/model/AnnotationDocument.h"
#include "core/model/AnnotationStore.h"
#include "core/model/ChangeAnnotations.h"
#include "core/model/RemoveAnnotations.h"
#include "core/tagger/UserLexicon.h"

#include <QSignalSpy>
#include <QUndoStack>

using namespace Hamish;
using namespace Qt::StringLiterals;

namespace {

std::shared_ptr<const Article> article()
{
    const QString text = u"يبلغ طول السور 25 متراً في الرقة ولسورية حدود مع تركيا."_s;
    return std::make_shared<const Article>(text, QList<Block>{{BlockRole::Paragraph, 0, text.size()}});
}

Annotation span(const AnnotationDocument &document, const QString &text, const QString &label)
{
    Annotation annotation;
    annotation.start = document.article().text().indexOf(text);
    annotation.end = annotation.start + text.size();
    annotation.label = label;
    annotation.origin = u"user"_s;
    annotation.status = AnnotationStatus::Accepted;
    return annotation;
}

// Records what was persisted; can be told to fail.
class FakeStore : public AnnotationStore
{
public:
    Result<void> storeAnnotation(Annotation &annotation) override
    {
        if (fail)
            return Error(u"disk full"_s);
        if (annotation.id == 0)
            annotation.id = 1000 + nextId++;
        stored.insert(annotation.id, annotation);
        return {};
    }
    Result<void> deleteAnnotation(qint64 id) override
    {
        if (fail)
            return Error(u"disk full"_s);
        if (stored.remove(id) == 0)
            return Error(u"no such annotation"_s, Error::Kind::NotFound);
        return {};
    }

    QHash<qint64, Annotation> stored;
    bool fail = false;
    int nextId = 0;
};

} // namespace

TEST_CASE("Adding an annotation is one undoable step that keeps its id", "[document]")
{
    AnnotationDocument document(article());
    QSignalSpy changed(&document, &AnnotationDocument::annotationsChanged);
    auto *add = new AddAnnotations(&document, {span(document, u"الرقة"_s, u"LOCATION"_s)}, u"Add"_s);
    document.undoStack()->push(add);
    REQUIRE(document.annotations().size() == 1);
    const qint64 id = document.annotations().first().id;
    CHECK(id > 0);
    CHECK(document.textOf(document.annotations().first()) == u"الرقة");
    CHECK(document.annotations().first().created.isValid());
    CHECK(changed.count() == 1);

    document.undoStack()->undo();
    CHECK(document.annotations().isEmpty());
    document.undoStack()->redo();
    REQUIRE(document.annotations().size() == 1);
    CHECK(document.annotations().first().id == id);
}

TEST_CASE("Label, status, note and boundary changes undo and redo", "[document]")
{
    AnnotationDocument document(article());
    Annotation suggestion = span(document, u"ولسورية"_s, u"PERSON"_s);
    suggestion.status = AnnotationStatus::Suggested;
    suggestion.origin = u"rules:gazetteer"_s;
    document.resetAnnotations({suggestion});
    const qint64 id = document.annotations().first().id;
    QUndoStack *stack = document.undoStack();

    stack->push(ChangeAnnotations::changeLabel(&document, {id}, u"LOCATION"_s));
    CHECK(document.annotation(id)->label == u"LOCATION");
    CHECK(document.annotation(id)->status == AnnotationStatus::Accepted);

    // The clitics و and ل are not part of the place: move the start past them.
    const qsizetype start = document.annotation(id)->start;
    stack->push(ChangeAnnotations::setSpan(&document, id, start + 2, document.annotation(id)->end));
    CHECK(document.textOf(*document.annotation(id)) == u"سورية");

    stack->push(ChangeAnnotations::setNote(&document, id, u"الدولة لا المدينة"_s));
    CHECK(document.annotation(id)->note == u"الدولة لا المدينة");

    stack->undo();
    CHECK(document.annotation(id)->note.isEmpty());
    stack->undo();
    CHECK(document.textOf(*document.annotation(id)) == u"ولسورية");
    stack->undo();
    CHECK(document.annotation(id)->label == u"PERSON");
    CHECK(document.annotation(id)->status == AnnotationStatus::Suggested);
    stack->redo();
    stack->redo();
    stack->redo();
    CHECK(document.textOf(*document.annotation(id)) == u"سورية");
    CHECK(document.annotation(id)->note == u"الدولة لا المدينة");
}

TEST_CASE("Removing annotations restores them with their ids and notes on undo", "[document]")
{
    AnnotationDocument document(article());
    Annotation a = span(document, u"الرقة"_s, u"LOCATION"_s);
    a.note = u"مدينة"_s;
    Annotation b = span(document, u"تركيا"_s, u"LOCATION"_s);
    document.resetAnnotations({a, b});
    const QList<qint64> ids = {document.annotations()[0].id, document.annotations()[1].id};
    document.undoStack()->push(new RemoveAnnotations(&document, ids, u"Delete"_s));
    CHECK(document.annotations().isEmpty());
    document.undoStack()->undo();
    REQUIRE(document.annotations().size() == 2);
    CHECK(document.annotation(ids[0])->note == u"مدينة");
}

TEST_CASE("Annotations are ordered and found by overlap, nested spans included", "[document]")
{
    AnnotationDocument document(article());
    const Annotation quantity = span(document, u"25 متراً"_s, u"QUANTITY"_s);
    const Annotation number = span(document, u"25"_s, u"NUMBER"_s);
    const Annotation place = span(document, u"الرقة"_s, u"LOCATION"_s);
    document.resetAnnotations({place, number, quantity});
    REQUIRE(document.annotations().size() == 3);
    CHECK(document.annotations()[0].label == u"QUANTITY"); // the enclosing span first
    CHECK(document.annotations()[1].label == u"NUMBER");
    CHECK(document.annotations()[2].label == u"LOCATION");

    const qsizetype inside = document.article().text().indexOf(u"متراً"_s);
    const QList<Annotation> hits = document.annotationsIn(inside, inside + 1);
    REQUIRE(hits.size() == 1);
    CHECK(hits.first().label == u"QUANTITY");
    CHECK(document.annotationsIn(number.start, number.end).size() == 2);
    CHECK(document.annotationsIn(0, 3).isEmpty());
}

TEST_CASE("Every edit is persisted through the store, and a refused edit changes nothing", "[document]")
{
    AnnotationDocument document(article());
    FakeStore store;
    document.setStore(&store);
    auto *add = new AddAnnotations(&document, {span(document, u"تركيا"_s, u"LOCATION"_s)}, u"Add"_s);
    document.undoStack()->push(add);
    REQUIRE(document.annotations().size() == 1);
    const qint64 id = document.annotations().first().id;
    CHECK(id >= 1000); // the store chose it
    CHECK(store.stored.contains(id));

    document.undoStack()->push(ChangeAnnotations::changeLabel(&document, {id}, u"ORGANIZATION"_s));
    CHECK(store.stored.value(id).label == u"ORGANIZATION");
    document.undoStack()->undo();
    CHECK(store.stored.value(id).label == u"LOCATION");

    store.fail = true;
    QSignalSpy failed(&document, &AnnotationDocument::storeFailed);
    const int index = document.undoStack()->index();
    document.undoStack()->push(new AddAnnotations(&document, {span(document, u"الرقة"_s, u"LOCATION"_s)}, u"Add"_s));
    CHECK(document.annotations().size() == 1);
    CHECK(failed.count() == 1);
    CHECK(failed.first().first().toString() == u"disk full");
    // Nothing was added to the history (the undone relabel is dropped as with any new edit).
    CHECK(document.undoStack()->count() == index);
    CHECK_FALSE(document.undoStack()->canRedo());
}

TEST_CASE("Suggestions from the user's labels replace the engine's contradicting guesses, never a decision",
          "[document]")
{
    AnnotationDocument document(article());
    FakeStore store;
    document.setStore(&store);
    const auto suggested = [&](const QString &text, const QString &label) {
        Annotation annotation = span(document, text, label);
        annotation.origin = u"model:ner"_s;
        annotation.status = AnnotationStatus::Suggested;
        return annotation;
    };
    Annotation rejected = suggested(u"تركيا"_s, u"PERSON"_s);
    rejected.status = AnnotationStatus::Rejected;
    REQUIRE(document.mergeSuggestions({suggested(u"الرقة"_s, u"PERSON"_s), suggested(u"25"_s, u"NUMBER"_s),
                                       suggested(u"سورية"_s, u"LOCATION"_s)})
            == 3);
    Annotation accepted = span(document, u"السور"_s, u"MISC"_s);
    REQUIRE(document.insertAnnotation(accepted));
    REQUIRE(document.insertAnnotation(rejected));

    const auto lexicon = [&](const QString &text, const QString &label) {
        Annotation annotation = suggested(text, label);
        annotation.origin = u"lexicon"_s;
        return annotation;
    };
    const qsizetype added = document.mergeUserSuggestions({
        lexicon(u"الرقة"_s, u"LOCATION"_s),    // the engine said PERSON: the user's label replaces it
        lexicon(u"السور 25"_s, u"LOCATION"_s), // overlaps a name the user accepted: left out
        lexicon(u"سورية"_s, u"LOCATION"_s),    // already suggested so
        lexicon(u"تركيا"_s, u"LOCATION"_s),    // the user rejected another label here, not this one
    });
    CHECK(added == 2);
    QStringList now;
    for (const Annotation &annotation : document.annotations())
        now += annotation.label + u':' + document.textOf(annotation) + u':' + annotation.origin;
    CHECK(now
          == QStringList{u"MISC:السور:user"_s, u"NUMBER:25:model:ner"_s, u"LOCATION:الرقة:lexicon"_s,
                         u"LOCATION:سورية:model:ner"_s, u"PERSON:تركيا:model:ner"_s, u"LOCATION:تركيا:lexicon"_s});
    // The store holds exactly what the document shows.
    CHECK(store.stored.size() == document.annotations().size());
    for (const Annotation &annotation : document.annotations())
        CHECK(store.stored.contains(annotation.id));
}

TEST_CASE("A suggestion learnt from the user does not cut a longer suggested name it is part of", "[document]")
{
    AnnotationDocument document(article());
    FakeStore store;
    document.setStore(&store);
    const auto suggested = [&](const QString &text, const QString &label, const QString &origin) {
        Annotation annotation = span(document, text, label);
        annotation.origin = origin;
        annotation.status = AnnotationStatus::Suggested;
        return annotation;
    };
    REQUIRE(document.mergeSuggestions({suggested(u"حدود مع تركيا"_s, u"MISC"_s, u"model:ner"_s)}) == 1);
    // تركيا inside the engine's longer name: left out; الرقة, alone: added.
    CHECK(document.mergeUserSuggestions(
              {suggested(u"تركيا"_s, u"LOCATION"_s, u"lexicon"_s), suggested(u"الرقة"_s, u"LOCATION"_s, u"lexicon"_s)})
          == 1);
    QStringList now;
    for (const Annotation &annotation : document.annotations())
        now += annotation.label + u':' + document.textOf(annotation) + u':' + annotation.origin;
    CHECK(now == QStringList{u"LOCATION:الرقة:lexicon"_s, u"MISC:حدود مع تركيا:model:ner"_s});
    // Once the user rejects the longer name, the learnt label is suggested there.
    Annotation longer = document.annotations().last();
    longer.status = AnnotationStatus::Rejected;
    REQUIRE(document.replaceAnnotation(longer));
    CHECK(document.mergeUserSuggestions({suggested(u"تركيا"_s, u"LOCATION"_s, u"lexicon"_s)}) == 1);
}

TEST_CASE("Undoing a label takes back what it taught: its learnt suggestions go, the guesses they replaced return",
          "[document][lexicon]")
{
    const QString text = u"وصل الوفد إلى الرقة أمس، وغادر الرقة اليوم."_s;
    AnnotationDocument document(
        std::make_shared<const Article>(text, QList<Block>{{BlockRole::Paragraph, 0, text.size()}}));
    FakeStore store;
    document.setStore(&store);
    const auto guess = [&](qsizetype from) {
        Annotation annotation;
        annotation.start = text.indexOf(u"الرقة"_s, from);
        annotation.end = annotation.start + 5;
        annotation.label = u"LOCATION"_s;
        annotation.origin = u"model:ner"_s;
        annotation.status = AnnotationStatus::Suggested;
        return annotation;
    };
    REQUIRE(document.mergeSuggestions({guess(0), guess(text.indexOf(u"الرقة"_s) + 1)}) == 2);
    const auto shown = [&] {
        QStringList lines;
        for (const Annotation &a : document.annotations())
            lines.append(QString::number(a.start) + u' ' + a.label + u' ' + annotationStatusName(a.status) + u' '
                         + a.origin);
        return lines;
    };
    const QStringList before = shown();
    // What UserLearning does after each edit: learn from the document, spread what it learnt.
    const auto spread = [&] {
        UserLexicon lexicon;
        lexicon.learn(text, document.annotations());
        document.mergeUserSuggestions(lexicon.suggest(text));
    };

    document.undoStack()->push(
        ChangeAnnotations::changeLabel(&document, {document.annotations().first().id}, u"ORGANIZATION"_s));
    spread();
    REQUIRE(shown().size() == 2);
    CHECK(document.annotations().last().label == u"ORGANIZATION");
    CHECK(document.annotations().last().origin == u"lexicon");

    document.undoStack()->undo();
    spread();
    CHECK(shown() == before);
    // And nothing of it stays in the store, where an export would find it.
    QStringList stored;
    for (const Annotation &a : std::as_const(store.stored))
        stored.append(QString::number(a.start) + u' ' + a.label + u' ' + annotationStatusName(a.status) + u' '
                      + a.origin);
    stored.sort();
    QStringList expected = before;
    expected.sort();
    CHECK(stored == expected);
}
