// SPDX-License-Identifier: GPL-3.0-or-later
#include "../CatchQt.h"

#include "../TestAnnotations.h"

#include "core/model/AnnotationDocument.h"
#include "core/model/EditLabels.h"

#include <QUndoStack>

using namespace Hamish;
using namespace Qt::StringLiterals;

namespace {

const QString kLabelsText = u"قال أحمد إن دمشق وحلب تبعدان 350 كيلومتراً."_s;

using TestAnnotations::labelsOf;

QStringList labelNames(const AnnotationDocument &document)
{
    QStringList names;
    for (const Label &label : document.labels())
        names.append(label.name);
    return names;
}

void fill(AnnotationDocument &document)
{
    document.resetAnnotations({TestAnnotations::at(kLabelsText, u"أحمد"_s, u"PERSON"_s, AnnotationStatus::Suggested),
                               TestAnnotations::at(kLabelsText, u"دمشق"_s, u"LOCATION"_s),
                               TestAnnotations::at(kLabelsText, u"حلب"_s, u"LOCATION"_s, AnnotationStatus::Rejected),
                               TestAnnotations::at(kLabelsText, u"350"_s, u"IMPORTED"_s)});
}

} // namespace

TEST_CASE("Renaming a label carries its annotations along in one undoable step", "[labels]")
{
    AnnotationDocument document(TestAnnotations::article(kLabelsText));
    fill(document);
    document.undoStack()->push(EditLabels::renameLabel(&document, u"LOCATION"_s, u"PLACE"_s));
    CHECK(document.undoStack()->count() == 1);
    CHECK(labelsOf(document) == QStringList{u"PERSON"_s, u"PLACE"_s, u"PLACE"_s, u"IMPORTED"_s});
    CHECK(labelNames(document).at(1) == u"PLACE");
    CHECK(document.label(u"PLACE"_s)->colour == defaultLabels().at(1).colour);
    // A rename is not a review decision: the rejected suggestion stays rejected.
    CHECK(document.annotations().at(2).status == AnnotationStatus::Rejected);

    document.undoStack()->undo();
    CHECK(labelsOf(document) == QStringList{u"PERSON"_s, u"LOCATION"_s, u"LOCATION"_s, u"IMPORTED"_s});
    CHECK(labelNames(document) == labelNames(AnnotationDocument(TestAnnotations::article(kLabelsText))));
    document.undoStack()->redo();
    CHECK(labelsOf(document).at(1) == u"PLACE");
}

TEST_CASE("Label edits can swap names, and deleting a label removes its annotations until undone", "[labels]")
{
    AnnotationDocument document(TestAnnotations::article(kLabelsText));
    fill(document);
    const QList<Annotation> before = document.annotations();
    QList<Label> labels = document.labels();
    labels[0].name = u"HUMAN"_s; // PERSON renamed
    labels.removeAt(2);          // ORGANIZATION: unused
    labels.removeAt(1);          // LOCATION: used twice
    labels.append({0, u"EVENT"_s, u"#123456"_s, u"0"_s});
    document.undoStack()->push(new EditLabels(&document, labels, {{u"PERSON"_s, u"HUMAN"_s}}));
    // The LOCATION annotations went with their label; IMPORTED, never in the set, is left alone.
    CHECK(labelsOf(document) == QStringList{u"HUMAN"_s, u"IMPORTED"_s});
    CHECK(document.label(u"EVENT"_s));
    CHECK(!document.label(u"ORGANIZATION"_s));
    CHECK(document.undoStack()->count() == 1);

    document.undoStack()->undo();
    REQUIRE(document.annotations().size() == before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        CHECK(document.annotations().at(i).id == before.at(i).id);
        CHECK(document.annotations().at(i).label == before.at(i).label);
    }
    CHECK(document.labels() == AnnotationDocument(TestAnnotations::article(kLabelsText)).labels());

    // A plain swap of two names.
    QList<Label> swapped = document.labels();
    std::swap(swapped[0].name, swapped[1].name);
    document.undoStack()->push(
        new EditLabels(&document, swapped, {{u"PERSON"_s, u"LOCATION"_s}, {u"LOCATION"_s, u"PERSON"_s}}));
    CHECK(labelsOf(document) == QStringList{u"LOCATION"_s, u"PERSON"_s, u"PERSON"_s, u"IMPORTED"_s});
}
