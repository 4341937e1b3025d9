// SPDX-License-Identifier: GPL-3.0-or-later
#include "../CatchQt.h"

#include "app/ActionManager.h"
#include "app/Dialogs.h"
#include "app/Settings.h"
#include "app/ShortcutsDialog.h"
#include "core/base/Bidi.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QKeySequenceEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace Hamish;
using namespace Qt::StringLiterals;

namespace {

// Actions registered for one test, unregistered when it ends (the registry is global).
struct TestActions
{
    TestActions()
    {
        find = add(u"test.find"_s, u"&Find"_s, QKeySequence(u"Ctrl+F"_s));
        next = add(u"test.next"_s, u"Find &Next"_s, QKeySequence(u"F3"_s));
        label = add(u"test.label"_s, u"Apply Label"_s, QKeySequence(u"1"_s));
        Settings::instance().setCustomShortcuts({});
    }
    QAction *add(const QString &id, const QString &text, const QKeySequence &shortcut)
    {
        auto *action = new QAction(text, &owner);
        action->setShortcut(shortcut);
        ActionManager::registerAction(id, action);
        return action;
    }
    QObject owner;
    QAction *find;
    QAction *next;
    QAction *label;
};

int rowOf(QTableWidget *table, const QString &text)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == text)
            return row;
    }
    return -1;
}

// Selects the action's row and types a shortcut into the editor, as a user does.
void rebind(ShortcutsDialog &dialog, const QString &actionText, int key, Qt::KeyboardModifiers modifiers)
{
    auto *table = dialog.findChild<QTableWidget *>(u"shortcutsTableWidget"_s);
    auto *editor = dialog.findChild<QKeySequenceEdit *>(u"shortcutKeySequenceEdit"_s);
    const int row = rowOf(table, actionText);
    REQUIRE(row >= 0);
    table->setFocus();
    table->selectRow(row);
    editor->setFocus();
    QSignalSpy finished(editor, &QKeySequenceEdit::editingFinished);
    QTest::keyClick(editor, Qt::Key(key), modifiers);
    // The editor waits for a possible second chord before it finishes.
    REQUIRE(finished.wait(5000));
}

QString savedShortcut(const QString &id)
{
    QSettings file(Settings::instance().fileName(), QSettings::IniFormat);
    return file.value(u"shortcuts/"_s + id, u"<absent>"_s).toString();
}

} // namespace

TEST_CASE("The shortcuts dialog lists every registered action with its shortcut", "[shortcuts]")
{
    TestActions actions;
    ShortcutsDialog dialog;
    auto *table = dialog.findChild<QTableWidget *>(u"shortcutsTableWidget"_s);
    REQUIRE(table);
    const int row = rowOf(table, u"Find"_s); // the mnemonic's ampersand is not shown
    REQUIRE(row >= 0);
    CHECK(Bidi::withoutIsolates(table->item(row, 1)->text())
          == QKeySequence(u"Ctrl+F"_s).toString(QKeySequence::NativeText));
    CHECK(rowOf(table, u"Find Next"_s) >= 0);
    CHECK(rowOf(table, u"Apply Label"_s) >= 0);
    CHECK(table->rowCount() == ActionManager::ids().size());
}

TEST_CASE("A rebound shortcut applies to the action, persists, and is applied again at start-up", "[shortcuts]")
{
    TestActions actions;
    {
        ShortcutsDialog dialog;
        dialog.show();
        rebind(dialog, u"Find"_s, Qt::Key_K, Qt::ControlModifier);
        CHECK(dialog.shortcuts(u"test.find"_s) == QList<QKeySequence>{QKeySequence(u"Ctrl+K"_s)});
        CHECK(actions.find->shortcut() == QKeySequence(u"Ctrl+F"_s)); // not before OK
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }
    CHECK(actions.find->shortcut() == QKeySequence(u"Ctrl+K"_s));
    CHECK(savedShortcut(u"test.find"_s) == u"Ctrl+K");
    // Unchanged actions keep following the defaults: nothing is saved for them.
    CHECK(savedShortcut(u"test.next"_s) == u"<absent>");

    // Next start: the action is created with its default, then the saved shortcut is applied.
    actions.find->setShortcut(QKeySequence(u"Ctrl+F"_s));
    ShortcutsDialog::applySavedShortcuts();
    CHECK(actions.find->shortcut() == QKeySequence(u"Ctrl+K"_s));
}

TEST_CASE("Taking a shortcut that is in use asks, and moves it only when the user agrees", "[shortcuts]")
{
    TestActions actions;
    ShortcutsDialog dialog;
    dialog.show();

    Dialogs::setNextAnswer(QMessageBox::No);
    rebind(dialog, u"Find Next"_s, Qt::Key_F, Qt::ControlModifier);
    CHECK(Dialogs::lastMessage().contains(u"Find"_s));
    CHECK(dialog.shortcuts(u"test.next"_s) == QList<QKeySequence>{QKeySequence(u"F3"_s)});
    CHECK(dialog.shortcuts(u"test.find"_s) == QList<QKeySequence>{QKeySequence(u"Ctrl+F"_s)});
    auto *editor = dialog.findChild<QKeySequenceEdit *>(u"shortcutKeySequenceEdit"_s);
    CHECK(editor->keySequence() == QKeySequence(u"F3"_s)); // the editor shows what stays

    Dialogs::setNextAnswer(QMessageBox::Yes);
    rebind(dialog, u"Find Next"_s, Qt::Key_F, Qt::ControlModifier);
    CHECK(dialog.shortcuts(u"test.next"_s) == QList<QKeySequence>{QKeySequence(u"Ctrl+F"_s)});
    CHECK(dialog.shortcuts(u"test.find"_s).isEmpty());
    dialog.accept();
    CHECK(actions.next->shortcut() == QKeySequence(u"Ctrl+F"_s));
    CHECK(actions.find->shortcut().isEmpty());
    // A removed shortcut is a choice to remember, not a return to the default.
    CHECK(savedShortcut(u"test.find"_s).isEmpty());
    ShortcutsDialog::applySavedShortcuts();
    CHECK(actions.find->shortcut().isEmpty());
}

TEST_CASE("Reset All restores the defaults and forgets the saved shortcuts", "[shortcuts]")
{
    TestActions actions;
    {
        ShortcutsDialog dialog;
        REQUIRE(dialog.assign(u"test.label"_s, QKeySequence(u"Alt+1"_s)));
        dialog.accept();
    }
    CHECK(savedShortcut(u"test.label"_s) == u"Alt+1");
    ShortcutsDialog dialog;
    dialog.show();
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"resetAllShortcutsPushButton"_s), Qt::LeftButton);
    CHECK(dialog.shortcuts(u"test.label"_s) == QList<QKeySequence>{QKeySequence(u"1"_s)});
    dialog.accept();
    CHECK(actions.label->shortcut() == QKeySequence(u"1"_s));
    CHECK(savedShortcut(u"test.label"_s) == u"<absent>");
}
