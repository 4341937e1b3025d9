// SPDX-License-Identifier: GPL-3.0-or-later
#include "../CatchQt.h"

#include "../TestAnnotations.h"

#include "app/LegendWidget.h"
#include "core/model/AddAnnotations.h"
#include "core/model/AnnotationDocument.h"
#include "core/model/ChangeAnnotations.h"

#include <QListWidget>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Hamish;
using namespace Qt::StringLiterals;

namespace {

const QString kLegendText = u"زار الرئيس دمشق وحلب والتقى وزير الخارجية في 3 أيار."_s;

QListWidgetItem *itemFor(QListWidget *list, const QString &label)
{
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->text().startsWith(label + u' '))
            return list->item(row);
    }
    return nullptr;
}

} // namespace

TEST_CASE("The legend shows each label with its count and toggles it from the keyboard", "[legend]")
{
    AnnotationDocument document(TestAnnotations::article(kLegendText));
    document.resetAnnotations(
        {TestAnnotations::at(kLegendText, u"دمشق"_s, u"LOCATION"_s),
         TestAnnotations::at(kLegendText, u"حلب"_s, u"LOCATION"_s, AnnotationStatus::Suggested),
         TestAnnotations::at(kLegendText, u"الخارجية"_s, u"LOCATION"_s, AnnotationStatus::Rejected),
         TestAnnotations::at(kLegendText, u"3"_s, u"NUMBER"_s)});
    LegendWidget legend;
    legend.setDocument(&document);
    legend.show();
    auto *list = legend.findChild<QListWidget *>(u"legendListWidget"_s);
    REQUIRE(list);
    REQUIRE(list->count() == document.labels().size());
    // A rejected suggestion is not an entity: it is not counted.
    CHECK(itemFor(list, u"LOCATION"_s)->text() == u"LOCATION (2)");
    CHECK(itemFor(list, u"NUMBER"_s)->text() == u"NUMBER (1)");
    CHECK(itemFor(list, u"PERSON"_s)->text() == u"PERSON (0)");
    CHECK(!itemFor(list, u"PERSON"_s)->icon().isNull());

    QSignalSpy toggled(&legend, &LegendWidget::labelVisibilityChanged);
    list->setFocus();
    list->setCurrentItem(itemFor(list, u"LOCATION"_s));
    QTest::keyClick(list, Qt::Key_Space);
    REQUIRE(toggled.size() == 1);
    CHECK(toggled.at(0).at(0).toString() == u"LOCATION");
    CHECK(toggled.at(0).at(1).toBool() == false);
    CHECK(legend.hiddenLabels() == QSet<QString>{u"LOCATION"_s});
    CHECK(!legend.isLabelVisible(u"LOCATION"_s));

    QTest::keyClick(list, Qt::Key_Space);
    REQUIRE(toggled.size() == 2);
    CHECK(toggled.at(1).at(1).toBool() == true);
    CHECK(legend.hiddenLabels().isEmpty());
}

TEST_CASE("Legend counts follow edits and undo; hidden labels stay hidden when labels change", "[legend]")
{
    AnnotationDocument document(TestAnnotations::article(kLegendText));
    LegendWidget legend;
    legend.setDocument(&document);
    legend.setLabelVisible(u"PERSON"_s, false);
    document.undoStack()->push(new AddAnnotations(&document,
                                                  {TestAnnotations::at(kLegendText, u"الرئيس"_s, u"PERSON"_s),
                                                   TestAnnotations::at(kLegendText, u"دمشق"_s, u"LOCATION"_s)},
                                                  u"add"_s));
    REQUIRE(QTest::qWaitFor([&] { return legend.count(u"PERSON"_s) == 1; }));
    CHECK(legend.count(u"LOCATION"_s) == 1);
    const qint64 id = document.annotations().first().id;
    document.undoStack()->push(ChangeAnnotations::setStatus(&document, {id}, AnnotationStatus::Rejected));
    REQUIRE(QTest::qWaitFor([&] { return legend.count(document.annotation(id)->label) == 0; }));
    document.undoStack()->undo();
    REQUIRE(QTest::qWaitFor([&] { return legend.count(document.annotation(id)->label) == 1; }));

    QList<Label> labels = document.labels();
    labels.append({0, u"EVENT"_s, u"#123456"_s, {}});
    document.setLabels(labels);
    auto *list = legend.findChild<QListWidget *>(u"legendListWidget"_s);
    CHECK(list->count() == labels.size());
    CHECK(itemFor(list, u"PERSON"_s)->checkState() == Qt::Unchecked);
    CHECK(itemFor(list, u"EVENT"_s)->checkState() == Qt::Checked);
}
