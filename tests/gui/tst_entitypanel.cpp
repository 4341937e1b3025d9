// SPDX-License-Identifier: GPL-3.0-or-later
#include "../CatchQt.h"

#include "../TestAnnotations.h"

#include "TypeText.h"
#include "app/EntityPanel.h"
#include "core/model/ChangeAnnotations.h"
#include "core/model/EntityModel.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

using namespace Hamish;
using namespace Qt::StringLiterals;

namespace {

const QString kText = u"زار الوفد دِمَشْق ثم حلب، وعاد إلى دمشق وبعدها لدمشق. وقال أحمد إن حلب جميلة."_s;

struct Fixture
{
    Fixture()
        : document(TestAnnotations::article(kText))
    {
        QList<Annotation> annotations;
        for (const QString &place : {u"دِمَشْق"_s, u"دمشق"_s, u"لدمشق"_s, u"حلب"_s})
            annotations.append(at(place, u"LOCATION"_s));
        annotations.append(at(u"أحمد"_s, u"PERSON"_s));
        Annotation secondAleppo = at(u"حلب"_s, u"LOCATION"_s);
        secondAleppo.start = kText.lastIndexOf(u"حلب");
        secondAleppo.end = secondAleppo.start + 3;
        annotations.append(secondAleppo);
        document.resetAnnotations(annotations);
        panel.setDocument(&document);
        panel.resize(400, 500);
        panel.show();
        REQUIRE(QTest::qWaitForWindowExposed(&panel));
        tree = panel.findChild<QTreeView *>(u"entityTreeView"_s);
        filter = panel.findChild<QLineEdit *>(u"entityFilterLineEdit"_s);
        REQUIRE(tree);
        REQUIRE(filter);
    }
    static Annotation at(const QString &written, const QString &label)
    {
        return TestAnnotations::at(kText, written, label);
    }
    // The row showing `text` (display text starting with it) under `parent`.
    QModelIndex row(const QString &text, const QModelIndex &parent = {}) const
    {
        for (int r = 0; r < tree->model()->rowCount(parent); ++r) {
            const QModelIndex index = tree->model()->index(r, 0, parent);
            if (index.data().toString().startsWith(text))
                return index;
        }
        return {};
    }
    void click(const QModelIndex &index)
    {
        tree->scrollTo(index);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(index).center());
    }

    AnnotationDocument document;
    EntityPanel panel;
    QTreeView *tree = nullptr;
    QLineEdit *filter = nullptr;
};

QPair<qsizetype, qsizetype> rangeOf(const QList<QVariant> &signal)
{
    return {signal.at(0).toLongLong(), signal.at(1).toLongLong()};
}

} // namespace

TEST_CASE("The entity panel groups mentions and a click on one asks the reader to show it", "[entitypanel]")
{
    Fixture f;
    const QModelIndex locations = f.row(u"LOCATION (5)"_s);
    REQUIRE(locations.isValid());
    CHECK(f.tree->isExpanded(locations));
    const QModelIndex damascus = f.row(u"دِمَشْق (3)"_s, locations); // named as first written
    REQUIRE(damascus.isValid());
    CHECK(f.row(u"حلب (2)"_s, locations).isValid());
    CHECK(f.row(u"PERSON (1)"_s).isValid());

    QSignalSpy activated(&f.panel, &EntityPanel::mentionActivated);
    f.click(damascus);
    f.tree->expand(damascus);
    const QModelIndex third = f.tree->model()->index(2, 0, damascus);
    f.click(third);
    REQUIRE(activated.size() == 2);
    // The entity row shows its first mention; the mention row its own range, without the clitic.
    CHECK(rangeOf(activated.at(0)) == qMakePair(kText.indexOf(u"دِمَشْق"), kText.indexOf(u"دِمَشْق") + 7));
    const qsizetype clitic = kText.indexOf(u"لدمشق");
    CHECK(rangeOf(activated.at(1)) == qMakePair(clitic, clitic + 5));
}

TEST_CASE("The entity filter ignores diacritics and spelling variants, and Enter goes to the entity", "[entitypanel]")
{
    Fixture f;
    QSignalSpy activated(&f.panel, &EntityPanel::mentionActivated);
    f.filter->setFocus();
    TestInput::typeText(f.filter, u"دمشق"_s);
    REQUIRE(f.tree->model()->rowCount() == 1);
    const QModelIndex locations = f.tree->model()->index(0, 0);
    REQUIRE(f.tree->model()->rowCount(locations) == 1);
    CHECK(f.tree->model()->index(0, 0, locations).data().toString().startsWith(u"دِمَشْق"));

    f.filter->clear();
    TestInput::typeText(f.filter, u"أَحْمَد"_s);
    REQUIRE(f.tree->model()->rowCount() == 1);
    CHECK(f.tree->model()->index(0, 0).data().toString().startsWith(u"PERSON"));
    QTest::keyClick(f.filter, Qt::Key_Return);
    REQUIRE(activated.size() == 1);
    CHECK(rangeOf(activated.at(0)).first == kText.indexOf(u"أحمد"));

    f.filter->clear();
    TestInput::typeText(f.filter, u"بغداد"_s);
    CHECK(f.tree->model()->rowCount() == 0);
    f.filter->clear();
    CHECK(f.tree->model()->rowCount() == 2);
}

TEST_CASE("Next and previous cycle through the mentions of the selected entity", "[entitypanel]")
{
    Fixture f;
    QSignalSpy activated(&f.panel, &EntityPanel::mentionActivated);
    auto *next = f.panel.findChild<QToolButton *>(u"nextMentionToolButton"_s);
    auto *previous = f.panel.findChild<QToolButton *>(u"previousMentionToolButton"_s);
    REQUIRE(next);
    REQUIRE(previous);
    const QModelIndex aleppo = f.row(u"حلب"_s, f.row(u"LOCATION"_s));
    f.tree->setFocus();
    f.tree->setCurrentIndex(aleppo);
    REQUIRE(next->isEnabled());
    QTest::keyClick(f.tree, Qt::Key_Return); // Enter on an entity shows its first mention
    QTest::mouseClick(next, Qt::LeftButton);
    QTest::mouseClick(next, Qt::LeftButton);
    QTest::mouseClick(next, Qt::LeftButton); // wraps around
    QTest::mouseClick(previous, Qt::LeftButton);
    REQUIRE(activated.size() == 5);
    const qsizetype first = kText.indexOf(u"حلب");
    const qsizetype second = kText.lastIndexOf(u"حلب");
    QList<qsizetype> starts;
    for (const auto &signal : activated)
        starts.append(rangeOf(signal).first);
    CHECK(starts == QList<qsizetype>{first, first, second, first, second});
    // The tree follows: the current row is that mention.
    CHECK(f.tree->currentIndex().data(EntityModel::StartRole).toLongLong() == second);
}

TEST_CASE("The entity tree keeps its expanded rows and selection when the document changes", "[entitypanel]")
{
    Fixture f;
    const QModelIndex aleppo = f.row(u"حلب"_s, f.row(u"LOCATION"_s));
    f.tree->expand(aleppo);
    f.tree->setCurrentIndex(f.tree->model()->index(1, 0, aleppo));
    const qsizetype selectedStart = f.tree->currentIndex().data(EntityModel::StartRole).toLongLong();

    const qint64 personId = f.document.annotationsIn(kText.indexOf(u"أحمد"), kText.indexOf(u"أحمد") + 1).first().id;
    f.document.undoStack()->push(ChangeAnnotations::setStatus(&f.document, {personId}, AnnotationStatus::Rejected));
    REQUIRE(QTest::qWaitFor([&] { return f.tree->model()->rowCount() == 1; }));
    const QModelIndex aleppoAgain = f.row(u"حلب"_s, f.row(u"LOCATION"_s));
    CHECK(f.tree->isExpanded(aleppoAgain));
    CHECK(f.tree->currentIndex().data(EntityModel::StartRole).toLongLong() == selectedStart);
}

TEST_CASE("Delete on an entity rejects all its mentions and the context menu relabels them, one undo step each",
          "[entitypanel]")
{
    Fixture f;
    const QModelIndex locations = f.row(u"LOCATION (5)"_s);
    REQUIRE(locations.isValid());
    const QModelIndex aleppo = f.row(u"حلب (2)"_s, locations);
    REQUIRE(aleppo.isValid());
    f.click(aleppo);
    f.tree->setFocus();
    QTest::keyClick(f.tree, Qt::Key_Delete);
    int rejected = 0;
    for (const Annotation &a : f.document.annotations()) {
        if (f.document.textOf(a) == u"حلب") {
            CHECK(a.status == AnnotationStatus::Rejected);
            ++rejected;
        } else {
            CHECK(a.status != AnnotationStatus::Rejected);
        }
    }
    CHECK(rejected == 2);
    QCoreApplication::processEvents(); // the panel follows the document
    CHECK(f.row(u"LOCATION (3)"_s).isValid());
    f.document.undoStack()->undo();
    QCoreApplication::processEvents();
    for (const Annotation &a : f.document.annotations())
        CHECK(a.status != AnnotationStatus::Rejected);

    // A mention row stands for its whole entity: Damascus, written three ways, becomes a person at once.
    const QModelIndex damascus = f.row(u"دِمَشْق (3)"_s, f.row(u"LOCATION (5)"_s));
    REQUIRE(damascus.isValid());
    f.tree->expand(damascus);
    CHECK(f.panel.relabelEntity(f.tree->model()->index(1, 0, damascus), u"PERSON"_s) == 3);
    QCoreApplication::processEvents();
    CHECK(f.row(u"PERSON (4)"_s).isValid());
    CHECK(f.row(u"LOCATION (2)"_s).isValid());
    f.document.undoStack()->undo();
    QCoreApplication::processEvents();
    CHECK(f.row(u"LOCATION (5)"_s).isValid());
    CHECK(f.row(u"PERSON (1)"_s).isValid());
}
