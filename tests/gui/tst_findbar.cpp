// SPDX-License-Identifier: GPL-3.0-or-later
#include "../CatchQt.h"

#include "../TestAnnotations.h"

#include "TypeText.h"
#include "app/FindBar.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace Hamish;
using namespace Qt::StringLiterals;

namespace {

const QString kText = u"وصل الوفد إلى دِمَشْق صباحاً، ثم غادر دمشق إلى حلب، وعاد إلى دمـشق مساءً."_s;

using Ranges = QList<QPair<qsizetype, qsizetype>>;

QString countText(const FindBar &bar)
{
    return bar.findChild<QLabel *>(u"matchCountLabel"_s)->text();
}

} // namespace

TEST_CASE("The find bar finds as the user types and walks the matches with Enter and Shift+Enter", "[findbar]")
{
    FindBar bar;
    bar.setText(kText);
    QSignalSpy matches(&bar, &FindBar::matchesChanged);
    QSignalSpy current(&bar, &FindBar::currentMatchChanged);
    bar.activate();
    REQUIRE(QTest::qWaitForWindowExposed(&bar));
    auto *edit = bar.findChild<QLineEdit *>(u"findLineEdit"_s);
    REQUIRE(edit);
    CHECK(edit->hasFocus());

    TestInput::typeText(edit, u"دمشق"_s);
    REQUIRE(!matches.isEmpty());
    const Ranges all = matches.last().at(0).value<Ranges>();
    CHECK(TestAnnotations::textsOf(kText, all) == QStringList{u"دِمَشْق"_s, u"دمشق"_s, u"دمـشق"_s});
    CHECK(countText(bar) == u"1 of 3");
    REQUIRE(!current.isEmpty());
    CHECK(current.last().at(0).toLongLong() == all.at(0).first);
    CHECK(current.last().at(1).toLongLong() == all.at(0).second);

    QTest::keyClick(edit, Qt::Key_Return);
    CHECK(countText(bar) == u"2 of 3");
    CHECK(current.last().at(0).toLongLong() == all.at(1).first);
    QTest::keyClick(edit, Qt::Key_Return, Qt::ShiftModifier);
    QTest::keyClick(edit, Qt::Key_Return, Qt::ShiftModifier); // wraps to the last
    CHECK(countText(bar) == u"3 of 3");
    CHECK(current.last().at(0).toLongLong() == all.at(2).first);
    QTest::mouseClick(bar.findChild<QToolButton *>(u"findNextToolButton"_s), Qt::LeftButton);
    CHECK(countText(bar) == u"1 of 3");

    TestInput::typeText(edit, u"ي"_s);
    CHECK(countText(bar) == u"No matches");
    CHECK(matches.last().at(0).value<Ranges>().isEmpty());
    edit->clear();
    CHECK(countText(bar).isEmpty());
}

TEST_CASE("The find bar starts from the reader's position and follows a new article", "[findbar]")
{
    FindBar bar;
    bar.setText(kText);
    bar.setAnchor(kText.indexOf(u"غادر"));
    QSignalSpy current(&bar, &FindBar::currentMatchChanged);
    bar.setQuery(u"إلى"_s);
    CHECK(bar.matches().size() == 3);
    CHECK(countText(bar) == u"2 of 3");
    CHECK(current.last().at(0).toLongLong() == kText.indexOf(u"إلى", kText.indexOf(u"غادر")));

    bar.setAnchor(0);
    bar.setText(u"ذهب الى حلب"_s);
    CHECK(bar.matches() == Ranges{{4, 7}});
    CHECK(countText(bar) == u"1 of 1");
}

TEST_CASE("Escape closes the find bar and clears the highlights", "[findbar]")
{
    QWidget window;
    auto *bar = new FindBar(&window);
    window.show();
    bar->setText(kText);
    bar->activate();
    bar->setQuery(u"حلب"_s);
    QSignalSpy matches(bar, &FindBar::matchesChanged);
    QSignalSpy closed(bar, &FindBar::closed);
    QTest::keyClick(bar->findChild<QLineEdit *>(u"findLineEdit"_s), Qt::Key_Escape);
    CHECK(!bar->isVisible());
    CHECK(closed.size() == 1);
    REQUIRE(matches.size() == 1);
    CHECK(matches.last().at(0).value<Ranges>().isEmpty());
    // Reopened, it shows the same query's matches again, ready to be replaced by typing.
    bar->activate();
    CHECK(bar->isVisible());
    CHECK(matches.last().at(0).value<Ranges>().size() == 1);
    CHECK(bar->findChild<QLineEdit *>(u"findLineEdit"_s)->selectedText() == u"حلب");
}
