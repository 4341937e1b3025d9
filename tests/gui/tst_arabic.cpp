// SPDX-License-Identifier: GPL-3.0-or-later
#include "../CatchQt.h"

#include "../TestFiles.h"
#include "../TestText.h"
#include "InterfaceChecks.h"
#include "VisualText.h"
#include "app/AboutDialog.h"
#include "app/ActionManager.h"
#include "app/AnnotationPanels.h"
#include "app/ArticleListModel.h"
#include "app/Dialogs.h"
#include "app/ExportDialog.h"
#include "app/FindBar.h"
#include "app/InterfaceText.h"
#include "app/LabelsDialog.h"
#include "app/Language.h"
#include "app/MainWindow.h"
#include "app/NoteDialog.h"
#include "app/ReaderView.h"
#include "app/Settings.h"
#include "app/SettingsDialog.h"
#include "app/ShortcutsDialog.h"
#include "app/StatusBarInfo.h"
#include "core/base/Bidi.h"
#include "core/model/AnnotationDocument.h"
#include "core/text/EncodingDetector.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFontComboBox>
#include <QGroupBox>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSysInfo>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QToolBar>

#include <functional>

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

// The text without its isolated fragments (Bidi::isolate, Bidi::leftToRight): names, paths, key sequences.
QString withoutIsolated(const QString &text)
{
    QString outside;
    int depth = 0;
    for (const QChar c : text) {
        if (c == u'\u2066' || c == u'\u2067' || c == u'\u2068')
            ++depth;
        else if (c == u'\u2069')
            depth = std::max(0, depth - 1);
        else if (depth == 0)
            outside += c;
    }
    return outside;
}

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
                                    u"A. Chouigui"_s,
                                    u"O. Ben Khiroun"_s,
                                    u"B. Elayeb"_s,
                                    u"AICCSA"_s,
                                    u"Arabian Journal for Science and Engineering"_s,
                                    u"antcorpus.github.io"_s,
                                    u"Apache License"_s,
                                    u"ANT"_s,
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
            // Recent files and projects are shown by file name.
            if (action->parent()
                && (action->parent()->objectName() == u"recentFilesMenu"
                    || action->parent()->objectName() == u"recentProjectsMenu"))
                return true;
        }
        return false;
    }

    void check(const QObject *object, const QString &where, const QString &text)
    {
        // Isolated fragments are names, paths and key sequences, shown as they are.
        if (hasLatinLetter(withoutIsolated(text)))
            englishStrings.append(u"%1 of %2 (%3): “%4”"_s.arg(
                where, object->objectName(), QString::fromLatin1(object->metaObject()->className()), text));
    }
};

QString writeArticle(const QTemporaryDir &dir)
{
    return TestFiles::writeText(dir, u"article.txt"_s, TestText::headline() + u"\n\n"_s + TestText::arabicParagraph());
}

// Shows the window with the test article open and the engine's suggestions in.
void showWithArticle(MainWindow &window, const QTemporaryDir &dir)
{
    window.show();
    QSignalSpy suggested(&window, &MainWindow::suggestionsReady);
    window.openFile(writeArticle(dir));
    REQUIRE(suggested.wait(20000));
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
    CHECK(window.windowTitle().startsWith(Bidi::isolate(TestText::headline())));
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

namespace {

// Every menu of the window, submenus included.
QList<QMenu *> allMenus(QMainWindow &window)
{
    QList<QMenu *> menus;
    std::function<void(QMenu *)> add = [&](QMenu *menu) {
        menus.append(menu);
        for (QAction *action : menu->actions()) {
            if (action->menu())
                add(action->menu());
        }
    };
    for (QAction *action : window.menuBar()->actions()) {
        if (action->menu())
            add(action->menu());
    }
    return menus;
}

// The menu items whose shortcut, as the menu draws it, does not read left to right ("Ctrl+]" drawn as
// «[+Ctrl»); `checked` counts the items with a shortcut.
QStringList scrambledMenuShortcuts(QMainWindow &window, int *checked)
{
    QStringList problems;
    for (QMenu *menu : allMenus(window)) {
        menu->popup(QPoint(10, 10));
        QCoreApplication::processEvents();
        const QList<VisualText::Run> runs = VisualText::runsOf(menu);
        for (QAction *action : menu->actions()) {
            if (action->menu() || action->shortcut().isEmpty() || !action->isVisible())
                continue;
            ++*checked;
            const QString sequence = action->shortcut().toString(QKeySequence::NativeText);
            const QString seen = VisualText::readLeftToRight(runs, menu->actionGeometry(action));
            if (!seen.contains(sequence))
                problems.append(action->objectName() + u": "_s + sequence + u" shown as "_s + seen);
        }
        menu->hide();
    }
    return problems;
}

} // namespace

TEST_CASE("In Arabic, menus show key sequences left to right", "[arabic][bidi]")
{
    InterfaceLanguage arabic(u"ar"_s);
    MainWindow window;
    window.show();
    int checked = 0;
    const QStringList problems = scrambledMenuShortcuts(window, &checked);
    INFO(problems.join(u'\n').toStdString());
    CHECK(problems.isEmpty());
    CHECK(checked >= 20);
    // Including the ones that end in punctuation, which a right-to-left line pulled to the other side.
    CHECK(VisualText::shown(InterfaceText::keySequence(QKeySequence(Qt::CTRL | Qt::Key_BracketRight)), Qt::RightToLeft)
          == QKeySequence(Qt::CTRL | Qt::Key_BracketRight).toString(QKeySequence::NativeText));
}

TEST_CASE("The menu check sees a scrambled key sequence", "[arabic][bidi]")
{
    // Without isolation the same drawing reads «]+Ctrl»: the check above can fail.
    const QString plain = QKeySequence(Qt::CTRL | Qt::Key_BracketRight).toString(QKeySequence::NativeText);
    CHECK(VisualText::shown(plain, Qt::RightToLeft) != plain);
    CHECK(VisualText::shown(plain, Qt::LeftToRight) == plain);
}

TEST_CASE("In Arabic, the shortcut lists, the label buttons' tooltips and the conflict question show key "
          "sequences left to right",
          "[arabic][bidi]")
{
    InterfaceLanguage arabic(u"ar"_s);
    QTemporaryDir dir;
    MainWindow window;
    showWithArticle(window, dir);

    ShortcutsDialog shortcuts(&window);
    shortcuts.show();
    auto *table = shortcuts.findChild<QTableWidget *>(u"shortcutsTableWidget"_s);
    REQUIRE(table);
    CHECK(table->layoutDirection() == Qt::RightToLeft);
    CHECK(InterfaceChecks::scrambledKeySequences(table) == QStringList());
    // The field a shortcut is typed into lays it out left to right too.
    CHECK(shortcuts.findChild<QKeySequenceEdit *>(u"shortcutKeySequenceEdit"_s)->layoutDirection() == Qt::LeftToRight);

    // Giving Ctrl+] (Move Start Later's) to another action asks, naming it left to right.
    const QKeySequence bracket(Qt::CTRL | Qt::Key_BracketRight);
    Dialogs::clearLastMessage();
    Dialogs::setNextAnswer(QMessageBox::No);
    CHECK(!shortcuts.assign(u"annotation.next"_s, bracket));
    const QString question = Dialogs::lastMessage();
    REQUIRE(!question.isEmpty());
    // As the box shows it: the sentence starts at the right, with the key sequence, read left to right.
    const QList<VisualText::Run> line = InterfaceChecks::messageFirstLine(question);
    REQUIRE(!line.isEmpty());
    CHECK(VisualText::readLeftToRight(line).contains(bracket.toString(QKeySequence::NativeText)));
    CHECK(InterfaceChecks::rightmostHas(line, u"Ctrl"_s));

    LabelsDialog labels(*window.currentDocument(), &window);
    labels.show();
    auto *labelTable = labels.findChild<QTableWidget *>(u"labelsTableWidget"_s);
    REQUIRE(labelTable);
    CHECK(InterfaceChecks::scrambledKeySequences(labelTable) == QStringList());

    // The label buttons name their key in their tooltips.
    int tips = 0;
    for (const QString &id : ActionManager::ids()) {
        QAction *action = ActionManager::action(id);
        if (!id.startsWith(u"label.apply."_s) || action->shortcut().isEmpty())
            continue;
        ++tips;
        INFO(action->toolTip().toStdString());
        CHECK(VisualText::shown(action->toolTip(), Qt::RightToLeft)
                  .contains(action->shortcut().toString(QKeySequence::NativeText)));
    }
    CHECK(tips >= 9);
}

TEST_CASE("In Arabic, a file's name or path in a message keeps its order and leaves the sentence's", "[arabic][bidi]")
{
    InterfaceLanguage arabic(u"ar"_s);
    QTemporaryDir dir;
    // A binary file: the message names it at the start of an Arabic sentence.
    const QString binary =
        TestFiles::write(dir, u"photo_2024.bin"_s, QByteArray("\x00\x01\x02\xff\xfe", 5).repeated(200));
    MainWindow window;
    window.show();
    Dialogs::clearLastMessage();
    QSignalSpy finished(&window, &MainWindow::importsFinished);
    window.openFile(binary);
    REQUIRE(finished.wait(20000));
    const QString message = Dialogs::lastMessage();
    INFO(message.toStdString());
    REQUIRE(!message.isEmpty());
    // The message starts as Arabic does, whatever the name: its first strong letter outside isolates is Arabic.
    const QString outside = withoutIsolated(message);
    const auto firstStrong = std::find_if(outside.cbegin(), outside.cend(), [](QChar c) {
        return c.direction() == QChar::DirL || c.direction() == QChar::DirR || c.direction() == QChar::DirAL;
    });
    REQUIRE(firstStrong != outside.cend());
    CHECK(firstStrong->direction() != QChar::DirL);
    CHECK(VisualText::shown(message, Qt::RightToLeft).contains(u"/photo_2024.bin”"_s));
    // As the box shows it: the name is where the Arabic sentence starts, at the right.
    const QList<VisualText::Run> line = InterfaceChecks::messageFirstLine(message);
    REQUIRE(!line.isEmpty());
    INFO(VisualText::readLeftToRight(line).toStdString());
    CHECK(InterfaceChecks::rightmostHas(line, u"photo_2024"_s));

    // A path in the status bar reads from its first folder.
    const QString path = dir.filePath(u"export_ar.json"_s);
    const QString status = QCoreApplication::translate("Hamish::MainWindow", "Exported %n article(s) to %1", nullptr, 1)
                               .arg(Bidi::path(path));
    CHECK(VisualText::shown(status, Qt::RightToLeft).contains(QDir::toNativeSeparators(path)));
}

TEST_CASE("In Arabic, the read-only notice and every message of a session are translated", "[arabic]")
{
    InterfaceLanguage arabic(u"ar"_s);
    InterfaceChecks::MissingTranslations missing;
    REQUIRE(missing.loaded());
    QTemporaryDir dir;
    const QString project = dir.filePath(u"work.hamish"_s);
    {
        MainWindow first;
        REQUIRE(first.newProject(project));
        // A second window opens the same project read-only, and says so.
        MainWindow second;
        Dialogs::clearLastMessage();
        REQUIRE(second.openProject(project));
        INFO(Dialogs::lastMessage().toStdString());
        // Names (the file, the computer) are isolated or proper names; the sentence is Arabic.
        CHECK(!hasLatinLetter(withoutIsolated(Dialogs::lastMessage()).remove(QSysInfo::machineHostName())));
        CHECK(!second.windowTitle().isEmpty());
    }
    INFO(missing.missing().join(u'\n').toStdString());
    CHECK(missing.missing().isEmpty());
}

TEST_CASE("In Arabic, every dialog the menus open fits its texts, is translated and lays key sequences out left "
          "to right",
          "[arabic][bidi]")
{
    InterfaceLanguage arabic(u"ar"_s);
    InterfaceChecks::MissingTranslations missing;
    REQUIRE(missing.loaded());
    QTemporaryDir dir;
    MainWindow window;
    window.show();
    REQUIRE(window.newProject(dir.filePath(u"work.hamish"_s)));
    QSignalSpy suggested(&window, &MainWindow::suggestionsReady);
    window.openFile(writeArticle(dir));
    REQUIRE(suggested.wait(20000));
    // A picked annotation enables the note editor.
    REQUIRE(!window.currentDocument()->annotations().isEmpty());
    window.readerView()->setCurrentAnnotation(window.currentDocument()->annotations().first().id);

    // Every action that opens a dialog says so with "…" (the menus' convention), and About; each is opened.
    QStringList opened;
    QStringList problems;
    for (QMenu *menu : allMenus(window)) {
        for (QAction *action : menu->actions()) {
            if ((!action->text().endsWith(u'…') && action->objectName() != u"help.about") || !action->isEnabled())
                continue;
            Dialogs::setNextDialogAnswer([&](QDialog *dialog) {
                dialog->show();
                QCoreApplication::processEvents();
                opened.append(dialog->objectName());
                for (const QString &clipped : InterfaceChecks::clippedTexts(dialog))
                    problems.append(dialog->objectName() + u" clips "_s + clipped);
                for (QTableWidget *table : dialog->findChildren<QTableWidget *>()) {
                    for (const QString &scrambled : InterfaceChecks::scrambledKeySequences(table))
                        problems.append(dialog->objectName() + u": "_s + scrambled);
                }
                for (QKeySequenceEdit *edit : dialog->findChildren<QKeySequenceEdit *>()) {
                    if (edit->layoutDirection() != Qt::LeftToRight)
                        problems.append(dialog->objectName() + u": right-to-left "_s + edit->objectName());
                }
                TextWalker walker;
                walker.walk(dialog);
                for (const QString &english : walker.englishStrings)
                    problems.append(dialog->objectName() + u": "_s + english);
                dialog->reject();
            });
            action->trigger();
            Dialogs::setNextDialogAnswer({});
        }
    }
    opened.sort();
    CHECK(opened
          == QStringList{u"aboutDialog"_s, u"assignDialog"_s, u"exportDialog"_s, u"labelsDialog"_s, u"noteDialog"_s,
                         u"settingsDialog"_s, u"shortcutsDialog"_s, u"teamProjectDialog"_s});
    INFO(problems.join(u'\n').toStdString());
    CHECK(problems.isEmpty());
    // The menus themselves.
    int checked = 0;
    CHECK(scrambledMenuShortcuts(window, &checked) == QStringList());
    TextWalker walker;
    walker.walk(&window);
    CHECK(walker.englishStrings == QStringList());
    INFO(missing.missing().join(u'\n').toStdString());
    CHECK(missing.missing().isEmpty());
}

namespace {

// The numbers the window shows at once: zoom, counts in the status bar, the article list, the legend and
// the find bar.
QStringList shownNumbers(MainWindow &window)
{
    QStringList texts;
    for (const char *name : {"zoomLabel", "wordCountLabel", "annotationCountLabel", "matchCountLabel"}) {
        auto *label = window.findChild<QLabel *>(QString::fromLatin1(name));
        REQUIRE(label);
        texts.append(label->text());
    }
    texts.append(window.articleModel()->index(0).data().toString());
    auto *legend = window.findChild<QListWidget *>(u"legendListWidget"_s);
    REQUIRE(legend);
    for (int row = 0; row < legend->count(); ++row)
        texts.append(legend->item(row)->text());
    return texts;
}

bool hasDigit(const QStringList &texts, char16_t zero)
{
    return std::any_of(texts.cbegin(), texts.cend(), [zero](const QString &text) {
        return std::any_of(text.cbegin(), text.cend(),
                           [zero](QChar c) { return c >= QChar(zero) && c <= QChar(zero + 9); });
    });
}

} // namespace

TEST_CASE("In Arabic, every number on the screen follows the digits setting", "[arabic]")
{
    Settings::instance().setDisplayOptions(DisplayOptions{});
    InterfaceLanguage arabic(u"ar"_s);
    QTemporaryDir dir;
    MainWindow window;
    showWithArticle(window, dir);
    window.annotationPanels()->findBar()->setQuery(u"في"_s);

    // As written: the Arabic interface's own Arabic-Indic digits (١٠٠٪, ١ من ٣), never 0-9 beside them.
    QStringList texts = shownNumbers(window);
    INFO(texts.join(u" | "_s).toStdString());
    CHECK(hasDigit(texts, u'\u0660'));
    CHECK(!hasDigit(texts, u'0'));

    // Western digits chosen in Settings: the whole window switches at once.
    Dialogs::setNextDialogAnswer([](QDialog *dialog) {
        auto *digits = dialog->findChild<QComboBox *>(u"digitsComboBox"_s);
        REQUIRE(digits);
        digits->setCurrentIndex(digits->findData(int(DisplayOptions::Digits::Western)));
        dialog->accept();
    });
    ActionManager::action(u"edit.settings"_s)->trigger();
    texts = shownNumbers(window);
    INFO(texts.join(u" | "_s).toStdString());
    CHECK(hasDigit(texts, u'0'));
    CHECK(!hasDigit(texts, u'\u0660'));

    Settings::instance().setDisplayOptions(DisplayOptions{});
    Language::setDigits(DisplayOptions::Digits::AsWritten);
}

TEST_CASE("In Arabic, an annotation's tooltip shows its value for a reader, never raw JSON", "[arabic]")
{
    InterfaceLanguage arabic(u"ar"_s);
    QTemporaryDir dir;
    const QString path = TestFiles::writeText(
        dir, u"dates.txt"_s, u"وصل الوفد أمس، وتبدأ المحادثات في 11 مارس 2024 وتستمر حتى شهر رمضان."_s);
    MainWindow window;
    window.show();
    QSignalSpy suggested(&window, &MainWindow::suggestionsReady);
    window.openFile(path);
    REQUIRE(suggested.wait(20000));
    const QString &text = window.currentDocument()->article().text();
    QStringList tips;
    for (const QString &phrase : {u"أمس"_s, u"11 مارس 2024"_s, u"رمضان"_s}) {
        const QString tip = window.readerView()->toolTipAt(text.indexOf(phrase) + 1);
        INFO(phrase.toStdString() << ": " << tip.toStdString());
        CHECK(tip.contains(u"<br>"_s)); // has a value line
        CHECK(!tip.contains(u'{'));
        CHECK(!tip.contains(u"&quot;"_s));
        CHECK(!tip.contains(u"offset"_s));
        CHECK(!hasLatinLetter(QTextDocumentFragment::fromHtml(tip).toPlainText()));
        tips.append(tip);
    }
    CHECK(tips.at(0).contains(u"قبل تاريخ المقال"_s)); // the day before the article's date
    CHECK(tips.at(1).contains(u"رمضان"_s));            // 11 March 2024 is 1 Ramadan 1445
    CHECK(tips.at(1).contains(u"١٤٤٥"_s));
}

TEST_CASE("The article list cuts a long title at its end, in the title's direction, and keeps the count", "[arabic]")
{
    for (const QString &language : {u"en"_s, u"ar"_s}) {
        InterfaceLanguage interface(language);
        INFO("language " << language.toStdString());
        QTemporaryDir dir;
        const QString title = TestText::headline() + u" "_s + TestText::headline();
        MainWindow window;
        window.show();
        QSignalSpy suggested(&window, &MainWindow::suggestionsReady);
        window.openFile(TestFiles::writeText(dir, u"long.txt"_s, title + u"\n\n"_s + TestText::arabicParagraph()));
        REQUIRE(suggested.wait(20000));
        auto *list = window.findChild<QListView *>(u"articleListView"_s);
        REQUIRE(list);
        auto *dock = window.findChild<QDockWidget *>(u"articlesDockWidget"_s);
        window.resizeDocks({dock}, {180}, Qt::Horizontal);
        QTest::qWait(50);
        const qlonglong count =
            window.articleModel()->index(0).data(ArticleListModel::AnnotationCountRole).toLongLong();
        REQUIRE(count > 0);
        const QList<VisualText::Run> runs = VisualText::runsOf(list->viewport());
        const QString seen = VisualText::readLeftToRight(runs);
        INFO(seen.toStdString());
        // The count is there, whole, and nothing is drawn past the list's edges (the count's bracket was cut).
        CHECK(seen.contains(InterfaceText::number(count)));
        for (const VisualText::Run &run : runs) {
            INFO(run.text.toStdString() << " at " << run.position.x() << ", " << run.width << " wide in "
                                        << list->viewport()->width());
            CHECK(run.position.x() >= 0);
            CHECK(run.position.x() + run.width <= list->viewport()->width());
        }
        // The ellipsis ends the Arabic title: in its right-to-left run, so on the title's left.
        const auto ellipsis = std::find_if(runs.cbegin(), runs.cend(),
                                           [](const VisualText::Run &run) { return run.text.contains(u'…'); });
        REQUIRE(ellipsis != runs.cend());
        CHECK(ellipsis->rightToLeft);
        CHECK(Bidi::withoutIsolates(ellipsis->text).startsWith(title.left(5)));
    }
}
