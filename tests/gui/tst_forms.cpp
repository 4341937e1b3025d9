// SPDX-License-Identifier: GPL-3.0-or-later
// The dialogs built from the Designer forms in ui/: what they show, and how they lay out in both languages.
#include "../CatchQt.h"

#include "../TestText.h"
#include "InterfaceChecks.h"
#include "TypeText.h"
#include "VisualText.h"
#include "app/AboutDialog.h"
#include "app/ActionManager.h"
#include "app/Dialogs.h"
#include "app/ExportDialog.h"
#include "app/LabelsDialog.h"
#include "app/Language.h"
#include "app/MainWindow.h"
#include "app/NoteDialog.h"
#include "app/SettingsDialog.h"
#include "app/ShortcutsDialog.h"
#include "core/base/Bidi.h"
#include "core/model/AnnotationDocument.h"
#include "core/model/Label.h"
#include "core/text/Article.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextEdit>
#include <QTimer>

#include <memory>

#include <unicode/uversion.h>

using namespace Hamish;
using namespace Qt::StringLiterals;

namespace {

// Switches the interface language for one test and back to English afterwards.
struct InterfaceLanguage
{
    explicit InterfaceLanguage(const QString &language) { loaded = Language::install(language); }
    ~InterfaceLanguage() { Language::install(u"en"_s); }
    bool loaded = false;
};

template<typename T>
T *child(const QWidget *dialog, const QString &name)
{
    T *found = dialog->findChild<T *>(name);
    INFO("no " << name.toStdString());
    REQUIRE(found);
    return found;
}

// The horizontal centre of `widget` in `dialog`'s coordinates.
int centreX(const QWidget *dialog, const QWidget *widget)
{
    return widget->mapTo(dialog, widget->rect().center()).x();
}

using InterfaceChecks::clippedTexts;

} // namespace

TEST_CASE("Help › About shows the version, the licences of the code and of the data, and Qt and ICU in use",
          "[forms][about]")
{
    MainWindow window;
    QStringList texts;
    QString title;
    Dialogs::setNextDialogAnswer([&](QDialog *dialog) {
        title = dialog->windowTitle();
        for (const QLabel *label : dialog->findChildren<QLabel *>())
            texts.append(label->text());
        dialog->reject();
    });
    ActionManager::action(u"help.about"_s)->trigger();
    REQUIRE(!texts.isEmpty()); // the dialog was shown
    const QString all = texts.join(u'\n');
    INFO(all.toStdString());
    CHECK(title == u"About Hamish");
    CHECK(texts.contains(u"Hamish "_s + QStringLiteral(HAMISH_VERSION)));
    CHECK(all.contains(u"GPL-3.0-or-later"_s));
    CHECK(all.contains(u"ANERcorp"_s));
    CHECK(all.contains(u"CC BY-SA 4.0"_s));
    CHECK(all.contains(u"come from ICU and Unicode CLDR"_s)); // the names of countries, cities and currencies
    CHECK(all.count(u"Unicode licence"_s) == 1);              // said once, not twice
    CHECK(all.contains(u"Qt "_s + QString::fromLatin1(qVersion())));
    CHECK(all.contains(u"ICU "_s + QString::fromLatin1(U_ICU_VERSION)));
    CHECK(!all.contains(u"%1"_s));
}

TEST_CASE("The note editor shows the mention and the note, and returns what was typed", "[forms][note]")
{
    NoteDialog dialog(u"سورية"_s, u"ملاحظة\nسطر ثان"_s);
    CHECK(child<QLabel>(&dialog, u"noteLabel"_s)->text() == u"Note on “"_s + Bidi::isolate(u"سورية"_s) + u"”:"_s);
    auto *edit = child<QTextEdit>(&dialog, u"noteTextEdit"_s);
    CHECK(edit->toPlainText() == u"ملاحظة\nسطر ثان");
    CHECK(!edit->acceptRichText()); // a pasted web page stays plain text
    edit->setPlainText(u"<b>غامق</b>"_s);
    CHECK(dialog.note() == u"<b>غامق</b>");
}

TEST_CASE("Asking for an unknown action never hands out nullptr", "[forms][actions]")
{
#ifndef QT_NO_DEBUG
    HAMISH_SKIP("a debug build asserts on an unknown action id instead (Q_ASSERT_X in ActionManager::action)");
#else
    QAction *standIn = ActionManager::action(u"no.such.action"_s);
    REQUIRE(standIn);
    CHECK(!standIn->isVisible());
    CHECK(!standIn->isEnabled());
    CHECK(standIn->shortcuts().isEmpty());
    CHECK(ActionManager::findAction(u"no.such.action"_s) == nullptr);
    CHECK(!ActionManager::ids().contains(u"no.such.action"_s));
    // A menu built from a mistyped id shows nothing for it.
    QMenu menu;
    menu.addAction(standIn);
    menu.show();
    CHECK(menu.actionGeometry(standIn).isEmpty());
#endif
}

TEST_CASE("Actions are created and registered in one place, each id once", "[forms][actions]")
{
    QWidget window;
    QAction *action =
        ActionManager::createAction(u"test.once"_s, u"Once"_s, {QKeySequence(u"Ctrl+F12"_s), {}}, &window);
    CHECK(ActionManager::action(u"test.once"_s) == action);
    CHECK(action->objectName() == u"test.once");
    CHECK(window.actions().contains(action));
    // An empty sequence is no shortcut.
    CHECK(action->shortcuts() == QList<QKeySequence>{QKeySequence(u"Ctrl+F12"_s)});
    CHECK(ActionManager::defaultShortcuts(u"test.once"_s) == action->shortcuts());
    delete action;
    CHECK(ActionManager::findAction(u"test.once"_s) == nullptr);
}

TEST_CASE("The dialogs fit their texts in English and mirror in Arabic", "[forms][arabic]")
{
    QTemporaryDir dir;
    for (const QString &language : {u"en"_s, u"ar"_s}) {
        InterfaceLanguage interface(language);
        REQUIRE(interface.loaded);
        INFO("language " << language.toStdString());
        const bool rtl = language == u"ar";
        const auto leading = [rtl](const QWidget *dialog, const QWidget *first, const QWidget *second) {
            // `first` comes before `second` in reading order: left of it in English, right of it in Arabic.
            return rtl ? centreX(dialog, first) > centreX(dialog, second)
                       : centreX(dialog, first) < centreX(dialog, second);
        };
        AnnotationDocument document(std::make_shared<const Article>(TestText::arabicParagraph(), QList<Block>{}));

        SettingsDialog settings;
        settings.show();
        CHECK(settings.layoutDirection() == (rtl ? Qt::RightToLeft : Qt::LeftToRight));
        CHECK(leading(&settings, child<QLabel>(&settings, u"fontLabel"_s),
                      child<QFontComboBox>(&settings, u"fontComboBox"_s)));
        CHECK(leading(&settings, child<QLabel>(&settings, u"languageLabel"_s),
                      child<QComboBox>(&settings, u"languageComboBox"_s)));
        CHECK(clippedTexts(&settings) == QStringList());

        ExportDialog exportDialog(1, TestText::headline(), dir.path());
        exportDialog.show();
        CHECK(leading(&exportDialog, child<QLabel>(&exportDialog, u"formatLabel"_s),
                      child<QComboBox>(&exportDialog, u"exportFormatComboBox"_s)));
        CHECK(leading(&exportDialog, child<QLineEdit>(&exportDialog, u"exportPathLineEdit"_s),
                      child<QPushButton>(&exportDialog, u"exportBrowseButton"_s)));
        CHECK(clippedTexts(&exportDialog) == QStringList());

        LabelsDialog labels(document);
        labels.show();
        CHECK(leading(&labels, child<QTableWidget>(&labels, u"labelsTableWidget"_s),
                      child<QPushButton>(&labels, u"addLabelPushButton"_s)));
        CHECK(leading(&labels, child<QLabel>(&labels, u"shortcutLabel"_s),
                      child<QKeySequenceEdit>(&labels, u"labelShortcutKeySequenceEdit"_s)));
        CHECK(clippedTexts(&labels) == QStringList());

        ShortcutsDialog shortcuts;
        shortcuts.show();
        CHECK(leading(&shortcuts, child<QLabel>(&shortcuts, u"editorLabel"_s),
                      child<QKeySequenceEdit>(&shortcuts, u"shortcutKeySequenceEdit"_s)));
        CHECK(clippedTexts(&shortcuts) == QStringList());

        NoteDialog note(u"سورية"_s, QString());
        note.show();
        CHECK(clippedTexts(&note) == QStringList());
        AboutDialog about;
        about.show();
        CHECK(clippedTexts(&about) == QStringList());
        // The dialog's own text starts at the reading edge: the left in English, the right in Arabic.
        const QLabel *name = child<QLabel>(&about, u"nameLabel"_s);
        CHECK(QStyle::visualAlignment(name->layoutDirection(), name->alignment())
                  .testFlag(rtl ? Qt::AlignRight : Qt::AlignLeft));
    }
}

TEST_CASE("Each dialog's OK and Cancel buttons close it with that answer", "[forms]")
{
    QTemporaryDir dir;
    AnnotationDocument document(std::make_shared<const Article>(TestText::arabicParagraph(), QList<Block>{}));
    // Clicks `button` of the dialog's button box; the dialog must close with `result`.
    const auto closesWith = [](QDialog *dialog, QDialogButtonBox::StandardButton button, int result) {
        dialog->show();
        auto *box = dialog->findChild<QDialogButtonBox *>();
        REQUIRE(box);
        REQUIRE(box->button(button));
        dialog->setResult(-1);
        QTest::mouseClick(box->button(button), Qt::LeftButton);
        INFO(dialog->objectName().toStdString());
        CHECK(!dialog->isVisible());
        CHECK(dialog->result() == result);
    };
    for (const auto &[button, result] : {std::pair{QDialogButtonBox::Ok, int(QDialog::Accepted)},
                                         std::pair{QDialogButtonBox::Cancel, int(QDialog::Rejected)}}) {
        const std::unique_ptr<QDialog> dialogs[] = {
            std::make_unique<SettingsDialog>(), std::make_unique<ShortcutsDialog>(),
            std::make_unique<LabelsDialog>(document), std::make_unique<NoteDialog>(u"سورية"_s, QString())};
        for (const std::unique_ptr<QDialog> &dialog : dialogs)
            closesWith(dialog.get(), button, result);
        ExportDialog exportDialog(0, QString(), dir.path());
        exportDialog.setPath(dir.filePath(u"out.json"_s));
        closesWith(&exportDialog, button, result);
    }
    AboutDialog about;
    closesWith(&about, QDialogButtonBox::Close, QDialog::Rejected);
}

TEST_CASE("Esc in a shortcut field closes the dialog and binds nothing", "[forms][shortcuts]")
{
    MainWindow window; // registers the actions
    ShortcutsDialog shortcuts(&window);
    shortcuts.show();
    REQUIRE(QTest::qWaitForWindowExposed(&shortcuts));
    auto *edit = child<QKeySequenceEdit>(&shortcuts, u"shortcutKeySequenceEdit"_s);
    const QString id = ActionManager::ids().first();
    const QList<QKeySequence> before = shortcuts.shortcuts(ActionManager::ids().first());
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_Escape);
    QTest::qWait(1200); // QKeySequenceEdit ends an edit a second after the last key
    CHECK(!shortcuts.isVisible());
    CHECK(shortcuts.result() == QDialog::Rejected);
    for (const QString &other : ActionManager::ids())
        CHECK(!shortcuts.shortcuts(other).contains(QKeySequence(Qt::Key_Escape)));
    CHECK(shortcuts.shortcuts(id) == before);

    AnnotationDocument document(std::make_shared<const Article>(TestText::arabicParagraph(), QList<Block>{}));
    LabelsDialog labels(document);
    labels.show();
    REQUIRE(QTest::qWaitForWindowExposed(&labels));
    auto *labelEdit = child<QKeySequenceEdit>(&labels, u"labelShortcutKeySequenceEdit"_s);
    labelEdit->setFocus();
    QTest::keyClick(labelEdit, Qt::Key_Escape);
    QTest::qWait(1200);
    CHECK(!labels.isVisible());
    for (const Label &label : labels.labels())
        CHECK(label.shortcut != u"Esc");
}

TEST_CASE("A shortcut conflict is asked about once", "[forms][shortcuts]")
{
    MainWindow window;
    ShortcutsDialog shortcuts(&window);
    shortcuts.show();
    REQUIRE(QTest::qWaitForWindowExposed(&shortcuts));
    auto *table = child<QTableWidget>(&shortcuts, u"shortcutsTableWidget"_s);
    auto *edit = child<QKeySequenceEdit>(&shortcuts, u"shortcutKeySequenceEdit"_s);
    // Next Annotation's row; Ctrl+] belongs to Move Start Later.
    int row = -1;
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0)->data(Qt::UserRole).toString() == u"annotation.next")
            row = r;
    }
    REQUIRE(row >= 0);
    table->selectRow(row);
    // A real question box this time: it takes the focus from the field, as it does for a user.
    Dialogs::setNonInteractive(false);
    QStringList asked;
    QTimer answerer;
    QObject::connect(&answerer, &QTimer::timeout, [&asked] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            auto *box = qobject_cast<QMessageBox *>(widget);
            if (box && box->isVisible()) {
                asked.append(box->text());
                box->button(QMessageBox::Yes)->click();
            }
        }
    });
    answerer.start(100);
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_BracketRight, Qt::ControlModifier);
    QTest::qWait(2500);
    answerer.stop();
    Dialogs::setNonInteractive(true);
    INFO(asked.join(u'\n').toStdString());
    CHECK(asked.size() == 1);
    CHECK(shortcuts.shortcuts(u"annotation.next"_s)
          == QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_BracketRight)});
    CHECK(shortcuts.shortcuts(u"annotation.startLater"_s).isEmpty());
}

TEST_CASE("Edit Labels names the labels as the rest of the interface does, and colours left to right",
          "[forms][labelsdialog][arabic]")
{
    InterfaceLanguage arabic(u"ar"_s);
    AnnotationDocument document(std::make_shared<const Article>(TestText::arabicParagraph(), QList<Block>{}));
    LabelsDialog labels(document);
    labels.show();
    auto *table = child<QTableWidget>(&labels, u"labelsTableWidget"_s);
    CHECK(table->item(0, 0)->text() == labelDisplayName(u"PERSON"_s));
    CHECK(table->item(0, 0)->text() == u"شخص");
    CHECK(table->item(1, 0)->text() == u"مكان");
    CHECK(VisualText::shown(table->item(0, 1)->text(), Qt::RightToLeft) == u"#e69f00");
    // Shown by its Arabic name, still PERSON underneath: nothing was renamed.
    CHECK(labels.labels() == document.labels());
    CHECK(labels.renames().isEmpty());
    CHECK(labels.createCommand(&document) == nullptr);
}

TEST_CASE("The note editor starts at the right edge for an Arabic note", "[forms][note][arabic]")
{
    const auto cursorSide = [](const NoteDialog &dialog) {
        const auto *edit = dialog.findChild<QTextEdit *>(u"noteTextEdit"_s);
        return edit->cursorRect().center().x() > edit->viewport()->width() / 2 ? Qt::RightToLeft : Qt::LeftToRight;
    };
    {
        NoteDialog arabicMention(u"سورية"_s, QString());
        arabicMention.show();
        QCoreApplication::processEvents();
        CHECK(cursorSide(arabicMention) == Qt::RightToLeft);
        NoteDialog englishMention(u"FAO"_s, QString());
        englishMention.show();
        QCoreApplication::processEvents();
        CHECK(cursorSide(englishMention) == Qt::LeftToRight);
    }
    InterfaceLanguage arabic(u"ar"_s);
    NoteDialog note(u"FAO"_s, QString());
    note.show();
    QCoreApplication::processEvents();
    CHECK(cursorSide(note) == Qt::RightToLeft);
    // Each paragraph then reads in the direction of its own letters; a new line goes on in the same one.
    auto *edit = child<QTextEdit>(&note, u"noteTextEdit"_s);
    edit->setFocus();
    QTest::keyClicks(edit, u"Reuters"_s);
    CHECK(edit->document()->firstBlock().blockFormat().layoutDirection() == Qt::LeftToRight);
    edit->selectAll();
    TestInput::typeText(edit, u"مصدر"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    CHECK(edit->document()->firstBlock().blockFormat().layoutDirection() == Qt::RightToLeft);
    CHECK(edit->document()->lastBlock().blockFormat().layoutDirection() == Qt::RightToLeft);
    CHECK(cursorSide(note) == Qt::RightToLeft);
    CHECK(note.note() == u"مصدر\n");
}

TEST_CASE("The About box credits every data source of the entity model with its licence", "[forms]")
{
    AboutDialog about;
    const QString credits = child<QLabel>(&about, u"dataCreditsLabel"_s)->text();
    for (const QString &source :
         {u"ANERcorp"_s, u"CC BY-SA 4.0"_s, u"Wikidata"_s, u"CC0"_s, u"ArWikiCats"_s, u"MIT"_s, u"WikiFANE"_s,
          u"CC BY-SA 3.0"_s, u"CLDR"_s, u"ANT Corpus"_s, u"Apache License 2.0"_s}) {
        INFO(source.toStdString());
        CHECK(credits.contains(source));
    }
}
