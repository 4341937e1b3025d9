// SPDX-License-Identifier: GPL-3.0-or-later
#include "../CatchQt.h"

#include "../TestAnnotations.h"

#include "core/model/AddAnnotations.h"
#include "core/model/AnnotationDocument.h"
#include "core/model/EntityIndex.h"
#include "core/model/EntityModel.h"
#include "core/text/TextSearch.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QTest>
#include <QUndoStack>

using namespace Hamish;
using namespace Qt::StringLiterals;

namespace {

const QString kText = u"أعلنت قوات سورية الديمقراطية (قسد) أن قسد سيطرت على الرقة، وقالت مصادر لقسد إن "
                      u"المعارك في بالرقة انتهت. وزار وفد دمشق (سوريا) ثم عاد إلى دِمشق. وذكرت منظمة الأغذية "
                      u"والزراعة (FAO) أن FAO ستساعد سوريا."_s;

// Annotates the n-th occurrence (from 0) of `written`.
Annotation mention(const QString &written, const QString &label, int nth = 0,
                   AnnotationStatus status = AnnotationStatus::Accepted)
{
    return TestAnnotations::at(kText, written, label, status, nth);
}

QList<Annotation> annotations()
{
    const QString org = u"ORGANIZATION"_s;
    const QString loc = u"LOCATION"_s;
    return {
        mention(u"قوات سورية الديمقراطية"_s, org),
        mention(u"قسد"_s, org, 0),
        mention(u"قسد"_s, org, 1),
        mention(u"لقسد"_s, org), // a user who selected the clitic with the name
        mention(u"الرقة"_s, loc, 0),
        mention(u"بالرقة"_s, loc),
        mention(u"دمشق"_s, loc),
        mention(u"سوريا"_s, loc, 0),
        mention(u"سوريا"_s, loc, 1),
        mention(u"دِمشق"_s, loc),
        mention(u"وفد"_s, loc, 0, AnnotationStatus::Rejected),
        mention(u"منظمة الأغذية والزراعة"_s, org),
        mention(u"FAO"_s, org, 0),
        mention(u"FAO"_s, org, 1),
    };
}

QStringList entityNames(const EntityIndex::Group &group)
{
    QStringList names;
    for (const EntityIndex::Entity &entity : group.entities)
        names.append(entity.name + u'/' + QString::number(entity.mentions.size()));
    return names;
}

} // namespace

TEST_CASE("Entities group mentions by label and normalised form, without clitics", "[entities]")
{
    EntityIndex index;
    index.build(kText, annotations(), defaultLabels());
    // Labels keep the project's order; a label with nothing to show is left out.
    REQUIRE(index.groups().size() == 2);
    CHECK(index.groups().at(0).label == u"LOCATION");
    CHECK(index.groups().at(1).label == u"ORGANIZATION");

    const EntityIndex::Group &locations = index.groups().at(0);
    // The rejected suggestion is not an entity; بالرقة is الرقة; دِمشق is دمشق; most mentioned first.
    CHECK(locations.mentionCount == 6);
    CHECK(entityNames(locations) == QStringList{u"الرقة/2"_s, u"دمشق/2"_s, u"سوريا/2"_s});
    const EntityIndex::Entity *raqqa = index.entity(u"LOCATION"_s, TextSearch::matchKey(u"الرقة"));
    REQUIRE(raqqa);
    CHECK(raqqa->mentions.at(1).start == kText.indexOf(u"بالرقة"));
    // A place in parentheses after a place is not an alias of it.
    CHECK(index.entity(u"LOCATION"_s, TextSearch::matchKey(u"دمشق"))->aliases.isEmpty());
}

TEST_CASE("Suggestions below the confidence threshold are not entities; accepted ones always are", "[entities]")
{
    QList<Annotation> all = annotations();
    for (Annotation &annotation : all) {
        if (annotation.label == u"LOCATION" && annotation.status != AnnotationStatus::Rejected) {
            annotation.status = AnnotationStatus::Suggested;
            annotation.confidence = 0.4;
        }
    }
    all[6].status = AnnotationStatus::Accepted; // دمشق: the user took it, however doubtful the engine was
    all[9].confidence = 0.8;                    // دِمشق
    EntityIndex index;
    index.build(kText, all, defaultLabels(), 0.5);
    const EntityIndex::Group *locations = index.group(u"LOCATION"_s);
    REQUIRE(locations);
    CHECK(locations->mentionCount == 2);
    CHECK(entityNames(*locations) == QStringList{u"دمشق/2"_s});
    index.build(kText, all, defaultLabels());
    CHECK(index.group(u"LOCATION"_s)->mentionCount == 6);
}

TEST_CASE("A short form defined in parentheses after a full name joins its entity", "[entities]")
{
    EntityIndex index;
    index.build(kText, annotations(), defaultLabels());
    const EntityIndex::Group *organisations = index.group(u"ORGANIZATION"_s);
    REQUIRE(organisations);
    CHECK(entityNames(*organisations) == QStringList{u"قوات سورية الديمقراطية/4"_s, u"منظمة الأغذية والزراعة/3"_s});
    CHECK(organisations->entities.at(0).aliases == QStringList{u"قسد"_s});
    CHECK(organisations->entities.at(1).aliases == QStringList{u"FAO"_s});
    CHECK(index.canonicalForm(u"ORGANIZATION"_s, u"وقسد") == TextSearch::matchKey(u"قوات سورية الديمقراطية"));
}

TEST_CASE("A full name in guillemets or parentheses after its short form is the entity's name", "[entities]")
{
    const QString text =
        u"قال تنظيم «داعش» إن داعش، أي الدولة الإسلامية في العراق والشام، ثم حماس (حركة المقاومة الإسلامية)."_s;
    auto at = [&](const QString &written, const QString &label) {
        Annotation annotation;
        annotation.start = text.indexOf(written);
        annotation.end = annotation.start + written.size();
        annotation.label = label;
        return annotation;
    };
    EntityIndex index;
    index.build(text, {at(u"حماس"_s, u"ORGANIZATION"_s), at(u"حركة المقاومة الإسلامية"_s, u"ORGANIZATION"_s)},
                defaultLabels());
    REQUIRE(index.groups().size() == 1);
    CHECK(entityNames(index.groups().at(0)) == QStringList{u"حركة المقاومة الإسلامية/2"_s});
    CHECK(index.groups().at(0).entities.at(0).aliases == QStringList{u"حماس"_s});
}

TEST_CASE("Short forms are acronyms of the full name", "[entities]")
{
    const auto key = [](const QString &text) {
        return TextSearch::matchKey(text);
    };
    CHECK(EntityIndex::isShortFormOf(key(u"قسد"_s), key(u"قوات سورية الديمقراطية"_s)));
    CHECK(EntityIndex::isShortFormOf(key(u"داعش"_s), key(u"الدولة الإسلامية في العراق والشام"_s)));
    CHECK(EntityIndex::isShortFormOf(key(u"FAO"_s), key(u"منظمة الأغذية والزراعة"_s)));
    CHECK_FALSE(EntityIndex::isShortFormOf(key(u"حلب"_s), key(u"قوات سورية الديمقراطية"_s)));
    CHECK_FALSE(EntityIndex::isShortFormOf(key(u"سوريا"_s), key(u"دمشق"_s)));
    CHECK_FALSE(EntityIndex::isShortFormOf(key(u"قوات سورية"_s), key(u"قوات سورية الديمقراطية"_s)));
}

TEST_CASE("The entity model is a consistent tree that follows the document's edits", "[entities]")
{
    const QString text = kText;
    auto document = std::make_unique<AnnotationDocument>(TestAnnotations::article(text));
    document->resetAnnotations(annotations());
    EntityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDocument(document.get());

    REQUIRE(model.rowCount() == 2);
    const QModelIndex locations = model.index(0, 0);
    CHECK(locations.data().toString() == u"LOCATION (6)");
    const QModelIndex raqqa = model.index(0, 0, locations);
    CHECK(raqqa.data().toString() == u"الرقة (2)");
    CHECK(raqqa.parent() == locations);
    REQUIRE(model.rowCount(raqqa) == 2);
    const QModelIndex second = model.index(1, 0, raqqa);
    CHECK(second.parent() == raqqa);
    CHECK(second.data(EntityModel::StartRole).toLongLong() == text.indexOf(u"بالرقة"));
    CHECK(second.data().toString().contains(u"بالرقة"));
    const QModelIndex sdf = model.entityIndex(u"ORGANIZATION"_s, TextSearch::matchKey(u"قوات سورية الديمقراطية"));
    CHECK(sdf.data().toString() == u"قوات سورية الديمقراطية (قسد) (4)");
    CHECK(sdf.data(EntityModel::FilterKeyRole).toString().contains(TextSearch::matchKey(u"قسد")));

    // A new mention shows once the edit's burst is over; undo takes it away again.
    Annotation another = mention(u"الرقة"_s, u"LOCATION"_s, 0);
    another.start = text.indexOf(u"بالرقة") + 1; // the same word without its clitic
    another.end = another.start + 5;
    document->undoStack()->push(new AddAnnotations(document.get(), {another}, u"add"_s));
    REQUIRE(QTest::qWaitFor([&] { return model.index(0, 0).data().toString() == u"LOCATION (7)"; }));
    CHECK(model.index(0, 0, model.index(0, 0)).data().toString() == u"الرقة (3)");
    document->undoStack()->undo();
    REQUIRE(QTest::qWaitFor([&] { return model.index(0, 0).data().toString() == u"LOCATION (6)"; }));

    document.reset();
    CHECK(model.rowCount() == 0);
}

TEST_CASE("A date in the entity panel shows its Gregorian and Hijri dates", "[entities][hijri]")
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const QString text = u"اجتمع الوفد في 11 مارس 2024 ثم عاد أمس."_s;
    Annotation date = TestAnnotations::at(text, u"11 مارس 2024"_s, u"DATE"_s);
    date.value = u"2024-03-11"_s;
    Annotation yesterday = TestAnnotations::at(text, u"أمس"_s, u"DATE"_s);
    yesterday.value = QJsonObject{{u"relative"_s, true}, {u"offsetDays"_s, -1}};
    AnnotationDocument document(TestAnnotations::article(text));
    document.resetAnnotations({date, yesterday});
    EntityModel model;
    model.setDocument(&document);

    const QModelIndex dated = model.entityIndex(u"DATE"_s, TextSearch::matchKey(u"11 مارس 2024"));
    REQUIRE(dated.isValid());
    CHECK(dated.data().toString() == u"11 مارس 2024 (1)  ·  11 March 2024 · ≈ 1 Ramadan 1445 AH");
    CHECK(dated.data(Qt::ToolTipRole).toString().endsWith(u"\n11 March 2024 · ≈ 1 Ramadan 1445 AH"));
    // A relative date says which day it is relative to (the core tests install no translation: "(s)").
    const QModelIndex relative = model.entityIndex(u"DATE"_s, TextSearch::matchKey(u"أمس"));
    REQUIRE(relative.isValid());
    CHECK(relative.data().toString() == u"أمس (1)  ·  1 day(s) before the article's date");
    QLocale::setDefault(previous);
}

TEST_CASE("A document with tens of thousands of annotations is indexed off the GUI thread, then shown", "[entities]")
{
    // 3,000 short paragraphs, two names each: 6,000 annotations, past the background threshold.
    QString text;
    QList<Annotation> many;
    for (int i = 0; i < 3000; ++i) {
        const qsizetype start = text.size();
        text += u"زار الوفد دمشق ثم حلب.\n"_s;
        for (const QString &city : {u"دمشق"_s, u"حلب"_s}) {
            Annotation annotation;
            annotation.start = start + text.mid(start).indexOf(city);
            annotation.end = annotation.start + city.size();
            annotation.label = u"LOCATION"_s;
            many.append(annotation);
        }
    }
    AnnotationDocument document(TestAnnotations::article(text));
    document.resetAnnotations(many);
    EntityModel model;
    model.setDocument(&document);
    REQUIRE(model.index(0, 0).data().toString() == u"LOCATION (6,000)");

    // An edit: the rebuild runs on a worker, and the model changes once it is done.
    Annotation person = TestAnnotations::at(text, u"الوفد"_s, u"PERSON"_s);
    document.undoStack()->push(new AddAnnotations(&document, {person}, u"add"_s));
    CHECK(model.rowCount() == 1); // not yet: the event loop has not run
    REQUIRE(QTest::qWaitFor([&] { return model.rowCount() == 2; }, 10000));
    CHECK(model.labelIndex(u"PERSON"_s).data().toString() == u"PERSON (1)");
    CHECK(model.labelIndex(u"LOCATION"_s).data().toString() == u"LOCATION (6,000)");

    // A worker's result that an explicit refresh overtook is dropped: start a rebuild that will find the
    // person (redo), let it go to the worker, then undo and refresh at once.
    document.undoStack()->undo();
    REQUIRE(QTest::qWaitFor([&] { return model.rowCount() == 1; }, 10000));
    document.undoStack()->redo();
    QCoreApplication::processEvents(); // the rebuild timer fires: the index is being built on a worker
    document.undoStack()->undo();
    model.refresh();
    CHECK(model.rowCount() == 1);
    QTest::qWait(300);
    CHECK(model.rowCount() == 1);
}
