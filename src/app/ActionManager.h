// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QKeySequence>
#include <QList>
#include <QString>

class QAction;
class QWidget;

namespace Hamish {

// The one place actions are created and registered, under stable ids ("file.open"), with their default
// shortcuts; menus, toolbars, the shortcut editor and tests look them up here. An id names one live action:
// asking for an unknown id or registering one twice is a programming error (asserted, as Tiled does).
class ActionManager
{
public:
    // A new action with `text` and `shortcuts`, added to `window` (so its shortcuts work there) and registered.
    static QAction *createAction(const QString &id, const QString &text, const QList<QKeySequence> &shortcuts,
                                 QWidget *window);
    // Registers `action` (its object name becomes `id`); it leaves the register when destroyed. A release
    // build replaces an action registered twice and warns.
    static void registerAction(const QString &id, QAction *action);
    static void unregisterAction(const QString &id);
    // The action registered under `id`. An unknown id asserts; a release build warns and returns a disabled,
    // invisible stand-in that does nothing, so that no caller dereferences nullptr.
    static QAction *action(const QString &id);
    // The action registered under `id`, or nullptr: for ids that may well be unknown (saved shortcuts of
    // actions another window registers).
    static QAction *findAction(const QString &id);
    static QList<QString> ids();
    static QList<QKeySequence> defaultShortcuts(const QString &id);

private:
    static QHash<QString, QAction *> &actions();
    static QHash<QString, QList<QKeySequence>> &defaults();
};

} // namespace Hamish
