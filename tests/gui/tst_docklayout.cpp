// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's side panels: mirrored with the interface direction, saved layouts included, and back
// at their width after the window was made tiny.
#include "../CatchQt.h"

#include "app/Language.h"
#include "app/MainWindow.h"
#include "app/Settings.h"

#include <QDockWidget>
#include <QTest>

using namespace Hamish;
using namespace Qt::StringLiterals;

namespace {

struct InterfaceLanguage
{
    explicit InterfaceLanguage(const QString &language) { Language::install(language); }
    ~InterfaceLanguage() { Language::install(u"en"_s); }
};

// Forgets the window layout the earlier tests saved.
void forgetLayout()
{
    Settings &settings = Settings::instance();
    settings.setWindowGeometry({});
    settings.setWindowState({});
    settings.setPanelWidths({});
}

QDockWidget *articlesDock(const MainWindow &window)
{
    auto *dock = window.findChild<QDockWidget *>(u"articlesDockWidget"_s);
    REQUIRE(dock);
    return dock;
}

// Whether the Articles panel is on the side a reader of the window's language expects: the left in
// English, the right in Arabic (its reading start).
bool articlesOnReadingStart(const MainWindow &window)
{
    const QDockWidget *dock = articlesDock(window);
    const int reader = window.centralWidget()->geometry().center().x();
    return window.layoutDirection() == Qt::RightToLeft ? dock->geometry().center().x() > reader
                                                       : dock->geometry().center().x() < reader;
}

void showAndSettle(MainWindow &window)
{
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(50);
}

} // namespace

TEST_CASE("A layout saved in English is mirrored in Arabic, and back", "[docks][arabic]")
{
    forgetLayout();
    {
        InterfaceLanguage english(u"en"_s);
        MainWindow window;
        showAndSettle(window);
        CHECK(articlesOnReadingStart(window));
        window.close(); // saves the layout
    }
    {
        InterfaceLanguage arabic(u"ar"_s);
        MainWindow window;
        showAndSettle(window);
        CHECK(window.layoutDirection() == Qt::RightToLeft);
        CHECK(articlesOnReadingStart(window));
        window.close();
    }
    {
        InterfaceLanguage english(u"en"_s);
        MainWindow window;
        showAndSettle(window);
        CHECK(articlesOnReadingStart(window));
    }
}

TEST_CASE("Panels get their width back when a tiny window is made large again, and the squeeze is not saved", "[docks]")
{
    forgetLayout();
    int width = 0;
    {
        MainWindow window;
        window.resize(1200, 800);
        showAndSettle(window);
        // The user makes the panel wider.
        window.resizeDocks({articlesDock(window)}, {300}, Qt::Horizontal);
        QTest::qWait(50);
        width = articlesDock(window)->width();
        REQUIRE(width >= 280);

        window.resize(200, 150);
        QTest::qWait(100);
        REQUIRE(articlesDock(window)->width() < width - 50); // squeezed
        window.resize(1200, 800);
        QTest::qWait(100);
        CHECK(std::abs(articlesDock(window)->width() - width) <= 8);

        // Closed while tiny: the next session still gets the panel's own width.
        window.resize(200, 150);
        QTest::qWait(100);
        window.close();
    }
    MainWindow window;
    showAndSettle(window);
    window.resize(1200, 800);
    QTest::qWait(100);
    CHECK(std::abs(articlesDock(window)->width() - width) <= 8);
}
