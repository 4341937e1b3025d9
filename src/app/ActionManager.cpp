// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/ActionManager.h"

#include <QAction>
#include <QWidget>

using namespace Qt::StringLiterals;

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

QAction *ActionManager::createAction(const QString &id, const QString &text, const QList<QKeySequence> &shortcuts,
                                     QWidget *window)
{
    auto *action = new QAction(text, window);
    QList<QKeySequence> sequences = shortcuts;
    sequences.removeAll(QKeySequence());
    action->setShortcuts(sequences);
    window->addAction(action);
    registerAction(id, action);
    return action;
}

void ActionManager::registerAction(const QString &id, QAction *action)
{
    Q_ASSERT_X(action, "ActionManager::registerAction", "null action");
    const QAction *registered = actions().value(id);
    Q_ASSERT_X(!registered || registered == action, "ActionManager::registerAction", "duplicate id");
    if (registered && registered != action)
        qWarning("ActionManager: the id %s was registered twice; the newer action replaces the older", qPrintable(id));
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
    if (QAction *action = actions().value(id))
        return action;
    Q_ASSERT_X(false, "ActionManager::action", qPrintable(u"unknown id "_s + id));
    qWarning("ActionManager: unknown action id %s", qPrintable(id));
    // Lives as long as the application; never shown, never enabled by the manager, connected to nothing.
    static QAction *const standIn = [] {
        auto *action = new QAction(u"(unknown action)"_s);
        action->setObjectName(u"unknownActionStandIn"_s);
        action->setEnabled(false);
        action->setVisible(false);
        return action;
    }();
    return standIn;
}

QAction *ActionManager::findAction(const QString &id)
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
