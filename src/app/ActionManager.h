// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QKeySequence>
#include <QList>
#include <QString>

class QAction;

namespace Hamish {

// The one place actions are registered, under stable ids ("file.open"), with their default shortcuts;
// menus, toolbars, the shortcut editor and tests look them up here.
class ActionManager
{
public:
    static void registerAction(const QString &id, QAction *action);
    static void unregisterAction(const QString &id);
    static QAction *action(const QString &id);
    static QList<QString> ids();
    static QList<QKeySequence> defaultShortcuts(const QString &id);

private:
    static QHash<QString, QAction *> &actions();
    static QHash<QString, QList<QKeySequence>> &defaults();
};

} // namespace Hamish
