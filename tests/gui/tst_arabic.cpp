// SPDX-License-Identifier: GPL-3.0-or-later
#include "../CatchQt.h"

#include "../TestFiles.h"
#include "../TestText.h"
#include "app/AboutDialog.h"
#include "app/ActionManager.h"
#include "app/ExportDialog.h"
#include "app/LabelsDialog.h"
#include "app/Language.h"
#include "app/MainWindow.h"
#include "app/NoteDialog.h"
#include "app/ReaderView.h"
#include "app/SettingsDialog.h"
#include "app/ShortcutsDialog.h"
#include "app/StatusBarInfo.h"
#include "core/model/AnnotationDocument.h"
#include "core/text/EncodingDetector.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QFontComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QToolBar>

using namespace Hamish;
using namespace Qt::StringLiterals;

namespace {

// Switches the interface language for one test and back to English afterwards.
struct InterfaceLanguage
{
    explicit InterfaceLanguage(const QString &language)
    {
        qRegisterMetaType<AnnotationDocument *>();
        loaded = Language::install(language);
    }
    ~InterfaceLanguage() { Language::install(u"en"_s); }
    bool loaded = false;
};

bool hasLatinLetter(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.isLetter() && c.script() == QChar::Script_Latin; });
}

// Collects every visible string in a widget tree with where it was found, leaving out what is not interface
// text: names of encodings, fonts and files, which are proper names the reader must see as they are.
class TextWalker
{
public:
    QStringList englishStrings;

    void walk(QWidget *root)
    {
        check(root, u"window title"_s, root->windowTitle());
        const QList<QWidget *> widgets = root->findChildren<QWidget *>();
        for (QWidget *widget : QList<QWidget *>{root} + widgets) {
            if (isProperName(widget))
                continue;
            check(widget, u"tool tip"_s, widget->toolTip());
            check(widget, u"status tip"_s, widget->statusTip());
            check(widget, u"what's this"_s, widget->whatsThis());
            check(widget, u"accessible name"_s, widget->accessibleName());
            check(widget, u"accessible description"_s, widget->accessibleDescription());
            if (widget->isWindow() || qobject_cast<QDockWidget *>(widget) || qobject_cast<QToolBar *>(widget))
                check(widget, u"title"_s, widget->windowTitle());
            if (auto *label = qobject_cast<QLabel *>(widget))
                check(widget, u"label"_s,
                      label->window()->objectName() == u"aboutDialog" ? withoutProperNames(label->text())
                                                                      : label->text());
            if (auto *button = qobject_cast<QAbstractButton *>(widget))
                check(widget, u"button"_s, button->text());
            if (auto *group = qobject_cast<QGroupBox *>(widget))
                check(widget, u"group"_s, group->title());
            if (auto *edit = qobject_cast<QLineEdit *>(widget))
                check(widget, u"placeholder"_s, edit->placeholderText());
            if (auto *spin = qobject_cast<QAbstractSpinBox *>(widget))
                check(widget, u"spin box text"_s, spin->text());
            if (auto *combo = qobject_cast<QComboBox *>(widget)) {
                for (int i = 0; i < combo->count(); ++i) {
                    // Each language is named in itself in the language list.
                    if (combo->objectName() == u"languageComboBox" && combo->itemData(i) == u"en"_s)
                        continue;
                    // Export formats are named by their own names (JSON, CoNLL, brat), with Arabic around them.
                    if (combo->objectName() == u"exportFormatComboBox")
                        check(widget, u"combo item"_s, withoutFormatNames(combo->itemText(i)));
                    else
                        check(widget, u"combo item"_s, combo->itemText(i));
                }
            }
            if (auto *menu = qobject_cast<QMenu *>(widget))
                check(widget, u"menu title"_s, menu->title());
            for (QAction *action : widget->actions())
                walk(action);
        }
    }

    void walk(QAction *action)
    {
        if (isProperName(action))
            return;
        check(action, u"action text"_s, action->text());
        check(action, u"action icon text"_s, action->iconText());
        check(action, u"action tool tip"_s, action->toolTip());
        check(action, u"action status tip"_s, action->statusTip());
        if (QMenu *menu = action->menu()) {
            check(menu, u"menu title"_s, menu->title());
            for (QAction *child : menu->actions())
                walk(child);
        }
    }

private:
    static QString withoutFormatNames(QString text)
    {
        for (const QString &name : {u"W3C Web Annotation"_s, u"JSON-LD"_s, u"JSON Lines"_s, u"JSON"_s, u"doccano"_s,
                                    u"CoNLL"_s, u"BIO"_s, u"brat standoff"_s, u"brat"_s})
            text.remove(name);
        return text;
    }

    // The About box names the licences, the data and the libraries as they are called.
    static QString withoutProperNames(QString text)
    {
        for (const QString &name : {u"GPL-3.0-or-later"_s,
                                    u"ANERcorp"_s,
                                    u"Y. Benajiba"_s,
                                    u"P. Rosso"_s,
                                    u"J. M. Benedí Ruiz"_s,
                                    u"Benajiba"_s,
                                    u"Rosso"_s,
                                    u"Benedí Ruiz"_s,
                                    u"CICLing"_s,
                                    u"COLING"_s,
                                    u"CAMeL Lab"_s,
                                    u"CC BY-SA"_s,
                                    u"CC0"_s,
                                    u"MIT"_s,
                                    u"Y. Merhav"_s,
                                    u"S. Ash"_s,
                                    u"ArWikiCats"_s,
                                    u"WikiFANE Gold"_s,
                                    u"F. Alotaibi"_s,
                                    u"M. Lee"_s,
                                    u"Unicode CLDR"_s,
                                    u"Unicode"_s,
                                    u"Qt"_s,
                                    u"ICU"_s})
            text.remove(name);
        return text;
    }

    static bool isProperName(const QObject *object)
    {
        // Font families (the font list and its line edit) are names.
        for (const QObject *o = object; o; o = o->parent()) {
            if (qobject_cast<const QFontComboBox *>(o))
                return true;
        }
        if (object->objectName() == u"encodingLabel")
            return true;
        if (auto *action = qobject_cast<const QAction *>(object)) {
            // The encodings offered for reopening are standard names (UTF-8, windows-1256).
            if (EncodingDetector::supportedEncodings().contains(action->data().toString())
                && !action->data().toString().isEmpty())
                return true;
            // Recent files are shown by file name.
            if (action->parent() && action->parent()->objectName() == u"recentFilesMenu")
                return true;
        }
        return false;
    }

    void check(const QObject *object, const QString &where, const QString &text)
    {
        if (hasLatinLetter(text))
            englishStrings.append(u"%1 of %2 (%3): “%4”"_s.arg(
                where, object->objectName(), QString::fromLatin1(object->metaObject()->className()), text));
    }
};

QString writeArticle(const QTemporaryDir &dir)
{
    return TestFiles::writeText(dir, u"article.txt"_s, TestText::headline() + u"\n\n"_s + TestText::arabicParagraph());
}

// A mnemonic is "&" before a character that is not another "&".
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] == u'&') {
            if (text[i + 1] != u'&')
                return text[i + 1].toLower();
            ++i;
        }
    }
    return {};
}

void collectMenuActions(QMenu *menu, QSet<QAction *> *reachable, QStringList *problems)
{
    if (mnemonic(menu->title()).isNull())
        problems->append(u"menu without a mnemonic: "_s + menu->title());
    for (QAction *action : menu->actions()) {
        reachable->insert(action);
        if (action->menu())
            collectMenuActions(action->menu(), reachable, problems);
    }
}

// Every registered action is in a menu that the keyboard opens (Alt + its mnemonic), or has a shortcut.
QStringList keyboardProblems(MainWindow &window)
{
    QStringList problems;
    QSet<QAction *> reachable;
    QSet<QChar> topLevel;
    for (QAction *action : window.menuBar()->actions()) {
        if (!action->menu())
            continue;
        const QChar key = mnemonic(action->text());
        if (!key.isNull() && topLevel.contains(key))
            problems.append(u"two menus share the mnemonic "_s + key);
        topLevel.insert(key);
        collectMenuActions(action->menu(), &reachable, &problems);
    }
    for (const QString &id : ActionManager::ids()) {
        QAction *action = ActionManager::action(id);
        if (action->shortcuts().isEmpty() && !reachable.contains(action))
            problems.append(u"not reachable from the keyboard: "_s + id);
    }
    return problems;
}

} // namespace

TEST_CASE("In Arabic the main window and its dialogs show no English", "[arabic]")
{
    InterfaceLanguage arabic(u"ar"_s);
    REQUIRE(arabic.loaded);
    CHECK(QGuiApplication::layoutDirection() == Qt::RightToLeft);

    QTemporaryDir dir;
    MainWindow window;
    window.show();
    CHECK(window.layoutDirection() == Qt::RightToLeft);
    QSignalSpy suggested(&window, &MainWindow::suggestionsReady);
    window.openFile(writeArticle(dir));
    REQUIRE(suggested.wait(20000));

    TextWalker walker;
    walker.walk(&window);
    for (QAction *action : window.findChildren<QAction *>())
        walker.walk(action);
    SettingsDialog settings(&window);
    CHECK(settings.layoutDirection() == Qt::RightToLeft);
    walker.walk(&settings);
    ShortcutsDialog shortcuts(&window);
    walker.walk(&shortcuts);
    REQUIRE(window.currentDocument());
    LabelsDialog labels(*window.currentDocument(), &window);
    walker.walk(&labels);
    ExportDialog exportDialog(1, window.currentDocument()->article().title(), dir.path(), &window);
    CHECK(exportDialog.layoutDirection() == Qt::RightToLeft);
    walker.walk(&exportDialog);
    // Each format, with the placeholder of a file or of brat's folder.
    for (const QString &format : {u"json"_s, u"brat"_s}) {
        exportDialog.setFormat(format);
        walker.walk(&exportDialog);
    }
    ExportDialog noArticle(0, QString(), dir.path(), &window);
    walker.walk(&noArticle);
    NoteDialog note(TestText::headline(), QString(), &window);
    walker.walk(&note);
    AboutDialog about(&window);
    walker.walk(&about);
    INFO(walker.englishStrings.join(u'\n').toStdString());
    CHECK(walker.englishStrings.isEmpty());
    // The window is titled after the article, in Arabic.
    CHECK(window.windowTitle().startsWith(TestText::headline()));
}

TEST_CASE("The no-English check does find English strings", "[arabic]")
{
    // Without the translation the same walk must complain, or the test above proves nothing.
    InterfaceLanguage english(u"en"_s);
    MainWindow window;
    TextWalker walker;
    walker.walk(&window);
    CHECK(walker.englishStrings.size() > 20);
    CHECK(QGuiApplication::layoutDirection() == Qt::LeftToRight);
}

TEST_CASE("The article view keeps its own text direction in a mirrored window", "[arabic]")
{
    InterfaceLanguage arabic(u"ar"_s);
    QTemporaryDir dir;
    MainWindow window;
    window.show();
    window.openFile(writeArticle(dir));
    QSignalSpy suggested(&window, &MainWindow::suggestionsReady);
    REQUIRE(suggested.wait(20000));
    // The dock is mirrored to the right, the reader still lays Arabic out right-to-left itself.
    auto *dock = window.findChild<QDockWidget *>(u"articlesDockWidget"_s);
    REQUIRE(dock);
    CHECK(dock->geometry().center().x() > window.readerView()->mapTo(&window, QPoint(0, 0)).x());
}

TEST_CASE("Every action is reachable from the keyboard, in English and in Arabic", "[accessibility]")
{
    for (const QString &language : {u"en"_s, u"ar"_s}) {
        InterfaceLanguage interface(language);
        MainWindow window;
        INFO("language " << language.toStdString());
        const QStringList problems = keyboardProblems(window);
        INFO(problems.join(u'\n').toStdString());
        CHECK(problems.isEmpty());
    }
}

TEST_CASE("The main widgets have accessible names", "[accessibility]")
{
    MainWindow window;
    window.show();
    CHECK(!window.readerView()->accessibleName().isEmpty());
    for (const QString &name : {u"articleListView"_s, u"statusBarInfo"_s, u"importProgressBar"_s}) {
        auto *widget = window.findChild<QWidget *>(name);
        REQUIRE(widget);
        INFO(name.toStdString());
        CHECK(!widget->accessibleName().isEmpty());
    }
    for (QToolBar *toolBar : window.findChildren<QToolBar *>())
        CHECK(!toolBar->windowTitle().isEmpty());
    // The settings fields are announced by their labels (buddies) or their own names.
    SettingsDialog settings;
    for (QWidget *field : settings.findChildren<QWidget *>()) {
        if (qobject_cast<QComboBox *>(field) || qobject_cast<QAbstractSpinBox *>(field)) {
            INFO(field->objectName().toStdString());
            CHECK(!field->accessibleName().isEmpty());
        }
    }
}

TEST_CASE("The interface language follows the setting, or else the system", "[arabic]")
{
    CHECK(Language::resolve(u"ar"_s) == u"ar");
    CHECK(Language::resolve(u"en"_s) == u"en");
    CHECK(Language::resolve(QString()) == Language::system());
    CHECK(Language::resolve(u"klingon"_s) == Language::system());
}
