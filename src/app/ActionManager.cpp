// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/ActionManager.h"

#include <QAction>

namespace Hamish {

QHash<QString, QAction *> &ActionManager::actions()
{
    static QHash<QString, QAction *> all;
    return all;
}

QHash<QString, QList<QKeySequence>> &ActionManager::defaults()
{
    static QHash<QString, QList<QKeySequence>> all;
    return all;
}

void ActionManager::registerAction(const QString &id, QAction *action)
{
    action->setObjectName(id);
    actions().insert(id, action);
    defaults().insert(id, action->shortcuts());
    QObject::connect(action, &QObject::destroyed, [id, action] {
        if (actions().value(id) == action)
            actions().remove(id);
    });
}

void ActionManager::unregisterAction(const QString &id)
{
    actions().remove(id);
}

QAction *ActionManager::action(const QString &id)
{
    return actions().value(id);
}

QList<QString> ActionManager::ids()
{
    return actions().keys();
}

QList<QKeySequence> ActionManager::defaultShortcuts(const QString &id)
{
    return defaults().value(id);
}

} // namespace Hamish
