// SPDX-License-Identifier: GPL-3.0-or-later
#include "../CatchQt.h"

#include "../TestText.h"
#include "app/ActionManager.h"
#include "app/Language.h"
#include "app/MainWindow.h"
#include "app/Settings.h"
#include "app/SettingsDialog.h"
#include "app/StatusBarInfo.h"
#include "app/Theme.h"
#include "core/model/AnnotationDocument.h"
#include "core/model/Label.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFontComboBox>
#include <QLabel>
#include <QMenuBar>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>

using namespace Hamish;
using namespace Qt::StringLiterals;

namespace {

constexpr Theme::Id kThemes[] = {Theme::Id::Light, Theme::Id::Dark, Theme::Id::Sepia};

// Puts the persisted reading options back to their defaults so that tests do not leak into each other.
struct DefaultSettings
{
    DefaultSettings() { reset(); }
    ~DefaultSettings() { reset(); }
    static void reset()
    {
        Settings::instance().setDisplayOptions(DisplayOptions());
        Settings::instance().setTheme(Theme::Id::Light);
        Settings::instance().setLanguage(QString());
        Theme::apply(Theme::Id::Light);
    }
};

} // namespace

TEST_CASE("Every theme's text is readable on its background (WCAG AAA, 7:1)", "[theme]")
{
    for (const Theme::Id theme : kThemes) {
        const QPalette palette = Theme::palette(theme);
        INFO("theme " << Theme::key(theme).toStdString());
        CHECK(Theme::contrast(palette.color(QPalette::Text), palette.color(QPalette::Base)) >= 7.0);
        CHECK(Theme::contrast(palette.color(QPalette::WindowText), palette.color(QPalette::Window)) >= 7.0);
        CHECK(Theme::contrast(palette.color(QPalette::ButtonText), palette.color(QPalette::Button)) >= 7.0);
        CHECK(Theme::contrast(palette.color(QPalette::HighlightedText), palette.color(QPalette::Highlight)) >= 4.5);
    }
}

TEST_CASE("Every default label highlight keeps the theme's text readable (4.5:1)", "[theme]")
{
    for (const Theme::Id theme : kThemes) {
        const QPalette palette = Theme::palette(theme);
        const QColor base = palette.color(QPalette::Base);
        const QColor text = palette.color(QPalette::Text);
        for (const Label &label : defaultLabels()) {
            const QColor fill =
                Theme::blend(Theme::highlightColour(theme, QColor(label.colour)), base, Theme::kHighlightAlpha);
            INFO("theme " << Theme::key(theme).toStdString() << ", label " << label.name.toStdString());
            CHECK(Theme::contrast(text, fill) >= 4.5);
            // Black text on the light themes, white text on the dark one.
            const QColor plain = Theme::luminance(base) > 0.5 ? QColor(Qt::black) : QColor(Qt::white);
            CHECK(Theme::contrast(plain, fill) >= 4.5);
        }
    }
}

TEST_CASE("The dark theme needs its darker highlight variant", "[theme]")
{
    // Without adaptation the light label colours wash out the dark theme's light text.
    const QPalette dark = Theme::palette(Theme::Id::Dark);
    bool someFail = false;
    for (const Label &label : defaultLabels()) {
        const QColor unadapted = Theme::blend(QColor(label.colour), dark.color(QPalette::Base), Theme::kHighlightAlpha);
        someFail = someFail || Theme::contrast(Qt::white, unadapted) < 4.5;
        // The variant keeps the hue that tells labels apart.
        const QColor adapted = Theme::highlightColour(Theme::Id::Dark, QColor(label.colour));
        CHECK(std::abs(adapted.hslHue() - QColor(label.colour).hslHue()) <= 1);
    }
    CHECK(someFail);
    // A view that only knows its palette gets the same variants.
    for (const Theme::Id theme : kThemes) {
        const QColor yellow(u"#f0e442"_s);
        CHECK(Theme::highlightColour(Theme::palette(theme), yellow) == Theme::highlightColour(theme, yellow));
    }
    CHECK(Theme::highlightColour(Theme::Id::Light, QColor(u"#f0e442"_s)) == QColor(u"#f0e442"_s));
}

TEST_CASE("WCAG contrast figures match the reference values", "[theme]")
{
    CHECK(Theme::contrast(Qt::black, Qt::white) == Approx(21.0));
    CHECK(Theme::contrast(Qt::white, Qt::white) == Approx(1.0));
    // #767676 on white is the classic 4.54:1.
    CHECK(Theme::contrast(QColor(0x76, 0x76, 0x76), Qt::white) == Approx(4.54).margin(0.01));
}

TEST_CASE("Applying a theme sets the application palette", "[theme]")
{
    DefaultSettings defaults;
    Theme::apply(Theme::Id::Dark);
    CHECK(QApplication::palette().color(QPalette::Base) == Theme::palette(Theme::Id::Dark).color(QPalette::Base));
    Theme::apply(Theme::Id::Sepia);
    CHECK(QApplication::palette().color(QPalette::Base) == Theme::palette(Theme::Id::Sepia).color(QPalette::Base));
    CHECK(Theme::fromKey(u"sepia"_s) == Theme::Id::Sepia);
    CHECK(Theme::fromKey(u"nonsense"_s) == Theme::Id::Light);
}

TEST_CASE("The settings dialog shows changes at once, saves on OK and restores on Cancel", "[settings]")
{
    DefaultSettings defaults;
    {
        SettingsDialog dialog;
        CHECK(dialog.objectName() == u"settingsDialog");
        QSignalSpy spy(&dialog, &SettingsDialog::settingsChanged);
        dialog.findChild<QDoubleSpinBox *>(u"fontSizeSpinBox"_s)->setValue(20);
        dialog.findChild<QDoubleSpinBox *>(u"lineSpacingSpinBox"_s)->setValue(1.8);
        dialog.findChild<QSlider *>(u"highlightOpacitySlider"_s)->setValue(40);
        dialog.findChild<QCheckBox *>(u"hideDiacriticsCheckBox"_s)->setChecked(true);
        auto *digits = dialog.findChild<QComboBox *>(u"digitsComboBox"_s);
        digits->setCurrentIndex(digits->findData(int(DisplayOptions::Digits::Western)));
        auto *theme = dialog.findChild<QComboBox *>(u"themeComboBox"_s);
        theme->setCurrentIndex(theme->findData(int(Theme::Id::Dark)));
        auto *language = dialog.findChild<QComboBox *>(u"languageComboBox"_s);
        language->setCurrentIndex(language->findData(u"ar"_s));
        REQUIRE(spy.size() == 6); // the language waits for a restart
        const auto last = spy.last();
        const auto options = last.at(0).value<DisplayOptions>();
        CHECK(options.fontPointSize == 20);
        CHECK(options.lineSpacing == Approx(1.8));
        CHECK(options.highlightOpacity == Approx(0.4));
        CHECK(options.hideDiacritics);
        CHECK(options.digits == DisplayOptions::Digits::Western);
        CHECK(last.at(1).value<Theme::Id>() == Theme::Id::Dark);
        // Nothing is saved before OK.
        CHECK(Settings::instance().displayOptions() == DisplayOptions());
        dialog.accept();
    }
    const DisplayOptions saved = Settings::instance().displayOptions();
    CHECK(saved.fontPointSize == 20);
    CHECK(saved.lineSpacing == Approx(1.8));
    CHECK(saved.highlightOpacity == Approx(0.4));
    CHECK(saved.hideDiacritics);
    CHECK(saved.digits == DisplayOptions::Digits::Western);
    CHECK(saved.fontFamily.isEmpty()); // untouched: the reader keeps choosing the best Arabic face
    CHECK(Settings::instance().theme() == Theme::Id::Dark);
    CHECK(Settings::instance().language() == u"ar");

    SettingsDialog again;
    CHECK(again.displayOptions() == saved); // it opens on what was saved
    QSignalSpy spy(&again, &SettingsDialog::settingsChanged);
    again.findChild<QDoubleSpinBox *>(u"fontSizeSpinBox"_s)->setValue(11);
    again.reject();
    REQUIRE(spy.size() == 2);
    CHECK(spy.last().at(0).value<DisplayOptions>() == saved); // the reader goes back to what it was
    CHECK(Settings::instance().displayOptions() == saved);
}

TEST_CASE("Out-of-range saved options are clamped to usable values", "[settings]")
{
    DefaultSettings defaults;
    DisplayOptions wild;
    wild.fontPointSize = 500;
    wild.lineSpacing = 0;
    wild.highlightOpacity = -3;
    Settings::instance().setDisplayOptions(wild);
    const DisplayOptions read = Settings::instance().displayOptions();
    CHECK(read.fontPointSize <= 72);
    CHECK(read.lineSpacing >= 1.0);
    CHECK(read.highlightOpacity > 0);
}

TEST_CASE("The settings action sits in the Edit menu with a shortcut", "[settings]")
{
    MainWindow window;
    QAction *action = ActionManager::action(u"edit.settings"_s);
    REQUIRE(action);
    CHECK(!action->shortcuts().isEmpty());
    QString menuTitle;
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->menu() && menu->menu()->actions().contains(action))
            menuTitle = menu->text();
    }
    CHECK(menuTitle == u"&Edit");
}

TEST_CASE("Words are counted as runs holding letters or digits", "[statusbar]")
{
    CHECK(StatusBarInfo::countWords(u""_s) == 0);
    CHECK(StatusBarInfo::countWords(u"  ، . "_s) == 0);
    CHECK(StatusBarInfo::countWords(TestText::headline()) == 7);
    // Diacritics, tatweel and digits stay inside their word; punctuation separates.
    CHECK(StatusBarInfo::countWords(u"كَتَبَ الطـالب 2500 كلمة،وذهب."_s) == 5);
    CHECK(StatusBarInfo::countWords(TestText::mixedLine()) == 13);
    CHECK(StatusBarInfo::readingMinutes(0) == 0);
    CHECK(StatusBarInfo::readingMinutes(1) == 1);
    CHECK(StatusBarInfo::readingMinutes(StatusBarInfo::kWordsPerMinute) == 1);
    CHECK(StatusBarInfo::readingMinutes(StatusBarInfo::kWordsPerMinute + 1) == 2);
}

TEST_CASE("The status bar shows words, reading time, encoding and annotation counts", "[statusbar]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"article.txt"_s);
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write((TestText::headline() + u"\n\n"_s + TestText::mixedLine()).toUtf8());
    }
    Language::install(u"en"_s); // English plural forms come from hamish_en.ts
    qRegisterMetaType<AnnotationDocument *>();
    MainWindow window;
    window.show();
    QSignalSpy suggested(&window, &MainWindow::suggestionsReady);
    window.openFile(path);
    REQUIRE(suggested.wait(20000));
    auto *info = window.findChild<StatusBarInfo *>();
    REQUIRE(info);
    CHECK(info->isVisibleTo(&window));
    CHECK(window.findChild<QLabel *>(u"wordCountLabel"_s)->text() == u"20 words");
    CHECK(window.findChild<QLabel *>(u"readingTimeLabel"_s)->text() == u"about 1 minute of reading");
    CHECK(window.findChild<QLabel *>(u"encodingLabel"_s)->text() == u"UTF-8");

    AnnotationDocument *document = window.currentDocument();
    REQUIRE(document);
    qsizetype suggestions = 0;
    for (const Annotation &annotation : document->annotations())
        suggestions += annotation.status == AnnotationStatus::Suggested;
    REQUIRE(suggestions > 0); // FAO, 2500 طن, أمس…
    auto *counts = window.findChild<QLabel *>(u"annotationCountLabel"_s);
    CHECK(counts->text() == u"0 accepted · %1 suggested"_s.arg(suggestions));

    // Accepting a suggestion moves it from one count to the other at once.
    Annotation first = document->annotations().first();
    first.status = AnnotationStatus::Accepted;
    REQUIRE(document->replaceAnnotation(first));
    CHECK(StatusBarInfo::countWords(document->article().text()) == 20);
    CHECK(counts->text() == u"1 accepted · %1 suggested"_s.arg(suggestions - 1));

    window.closeCurrentArticle();
    CHECK(!info->isVisibleTo(&window));
}

TEST_CASE("Choosing a reading font stores its family", "[settings]")
{
    DefaultSettings defaults;
    SettingsDialog dialog;
    auto *fonts = dialog.findChild<QFontComboBox *>(u"fontComboBox"_s);
    REQUIRE(fonts);
    // .ci/install-deps installs Amiri and Noto Naskh Arabic, which the reader relies on.
    INFO("fewer than two fonts for Arabic are installed: run .ci/install-deps");
    REQUIRE(fonts->count() >= 2);
    const int other = fonts->currentIndex() == 0 ? 1 : 0;
    QSignalSpy spy(&dialog, &SettingsDialog::settingsChanged);
    fonts->setCurrentIndex(other);
    REQUIRE(spy.size() == 1);
    CHECK(spy.last().at(0).value<DisplayOptions>().fontFamily == fonts->currentFont().family());
    dialog.accept();
    CHECK(Settings::instance().displayOptions().fontFamily == fonts->currentFont().family());
}
