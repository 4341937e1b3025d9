// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/ShortcutsDialog.h"

#include "app/ActionManager.h"
#include "app/Dialogs.h"
#include "app/Settings.h"
#include "ui_ShortcutsDialog.h"

#include <QAction>
#include <QHeaderView>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {

constexpr int kIdRole = Qt::UserRole;

QString shortcutText(const QList<QKeySequence> &sequences)
{
    return QKeySequence::listToString(sequences, QKeySequence::NativeText);
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ShortcutsDialog>())
{
    m_ui->setupUi(this);
    m_table = m_ui->shortcutsTableWidget;
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    for (const QString &id : ActionManager::ids())
        m_shortcuts.insert(id, ActionManager::action(id)->shortcuts());
    fillTable();

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ShortcutsDialog::updateEditor);
    connect(m_ui->shortcutKeySequenceEdit, &QKeySequenceEdit::editingFinished, this, [this] {
        const QString id = currentId();
        if (!id.isEmpty() && !assign(id, m_ui->shortcutKeySequenceEdit->keySequence()))
            updateEditor();
    });
    connect(m_ui->clearShortcutPushButton, &QPushButton::clicked, this, [this] {
        if (!currentId().isEmpty())
            assign(currentId(), {});
        updateEditor();
    });
    connect(m_ui->resetShortcutPushButton, &QPushButton::clicked, this, [this] {
        const QString id = currentId();
        if (id.isEmpty())
            return;
        m_shortcuts.insert(id, ActionManager::defaultShortcuts(id));
        updateRow(rowOf(id));
        updateConflicts();
        updateEditor();
    });
    connect(m_ui->resetAllShortcutsPushButton, &QPushButton::clicked, this, &ShortcutsDialog::resetAll);

    if (m_table->rowCount() > 0)
        m_table->selectRow(0);
    updateEditor();
}

ShortcutsDialog::~ShortcutsDialog()
{
    // ~QDialog hides the dialog, which ends an edit of the key sequence: its slot would find the form gone.
    disconnect(m_ui->shortcutKeySequenceEdit, nullptr, this, nullptr);
}

QString ShortcutsDialog::actionText(const QString &id) const
{
    const QAction *action = ActionManager::findAction(id);
    QString text = action ? action->text() : id;
    // "&Open…" is "Open…" to a reader; a literal "&&" stays one ampersand.
    text.replace(u"&&"_s, u"\x01"_s).remove(u'&').replace(u'\x01', u'&');
    return text;
}

void ShortcutsDialog::fillTable()
{
    QList<QString> ids = m_shortcuts.keys();
    std::sort(ids.begin(), ids.end(), [this](const QString &a, const QString &b) {
        return QString::localeAwareCompare(actionText(a), actionText(b)) < 0;
    });
    m_table->setRowCount(int(ids.size()));
    for (int row = 0; row < ids.size(); ++row) {
        const QAction *action = ActionManager::action(ids.at(row));
        auto *name = new QTableWidgetItem(action->icon(), actionText(ids.at(row)));
        name->setData(kIdRole, ids.at(row));
        name->setToolTip(ids.at(row));
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, new QTableWidgetItem);
        updateRow(row);
    }
    updateConflicts();
}

void ShortcutsDialog::updateRow(int row)
{
    if (row < 0)
        return;
    const QString id = m_table->item(row, 0)->data(kIdRole).toString();
    m_table->item(row, 1)->setText(shortcutText(m_shortcuts.value(id)));
}

QString ShortcutsDialog::currentId() const
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    return selected.isEmpty() ? QString() : m_table->item(selected.first()->row(), 0)->data(kIdRole).toString();
}

int ShortcutsDialog::rowOf(const QString &id) const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->data(kIdRole).toString() == id)
            return row;
    }
    return -1;
}

void ShortcutsDialog::updateEditor()
{
    const QString id = currentId();
    const QList<QKeySequence> sequences = m_shortcuts.value(id);
    const QSignalBlocker blocker(m_ui->shortcutKeySequenceEdit);
    m_ui->shortcutKeySequenceEdit->setKeySequence(sequences.isEmpty() ? QKeySequence() : sequences.first());
    m_ui->shortcutKeySequenceEdit->setEnabled(!id.isEmpty());
    m_ui->clearShortcutPushButton->setEnabled(!sequences.isEmpty());
    m_ui->resetShortcutPushButton->setEnabled(!id.isEmpty() && sequences != ActionManager::defaultShortcuts(id));
}

bool ShortcutsDialog::assign(const QString &id, const QKeySequence &sequence)
{
    if (!sequence.isEmpty()) {
        for (auto it = m_shortcuts.begin(); it != m_shortcuts.end(); ++it) {
            if (it.key() == id || !it.value().contains(sequence))
                continue;
            const QMessageBox::StandardButton answer = Dialogs::question(
                this, tr("Shortcut in Use"),
                tr("%1 is already the shortcut of “%2”. Give it to “%3” instead?")
                    .arg(sequence.toString(QKeySequence::NativeText), actionText(it.key()), actionText(id)),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
            if (answer != QMessageBox::Yes)
                return false;
            it.value().removeAll(sequence);
            updateRow(rowOf(it.key()));
        }
    }
    m_shortcuts.insert(id, sequence.isEmpty() ? QList<QKeySequence>() : QList<QKeySequence>{sequence});
    updateRow(rowOf(id));
    updateConflicts();
    updateEditor();
    return true;
}

void ShortcutsDialog::resetAll()
{
    for (auto it = m_shortcuts.begin(); it != m_shortcuts.end(); ++it)
        it.value() = ActionManager::defaultShortcuts(it.key());
    for (int row = 0; row < m_table->rowCount(); ++row)
        updateRow(row);
    updateConflicts();
    updateEditor();
}

void ShortcutsDialog::updateConflicts()
{
    // Defaults from different parts of the window can collide too: show every clash, not just new ones.
    QHash<QKeySequence, QStringList> owners;
    for (auto it = m_shortcuts.cbegin(); it != m_shortcuts.cend(); ++it) {
        for (const QKeySequence &sequence : it.value())
            owners[sequence].append(it.key());
    }
    QStringList clashes;
    QSet<QString> clashing;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it.value().size() < 2)
            continue;
        QStringList names;
        for (const QString &id : it.value()) {
            names.append(actionText(id));
            clashing.insert(id);
        }
        names.sort();
        clashes.append(tr("%1 is used by: %2").arg(it.key().toString(QKeySequence::NativeText), names.join(tr(", "))));
    }
    clashes.sort();
    m_ui->conflictLabel->setText(clashes.join(u'\n'));
    m_ui->conflictLabel->setVisible(!clashes.isEmpty());
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QTableWidgetItem *item = m_table->item(row, 1);
        const bool clash = clashing.contains(m_table->item(row, 0)->data(kIdRole).toString());
        item->setForeground(clash ? QBrush(Qt::red) : QBrush());
        item->setToolTip(clash ? tr("This shortcut is used by more than one action") : QString());
    }
}

void ShortcutsDialog::accept()
{
    QHash<QString, QList<QKeySequence>> custom = Settings::instance().customShortcuts();
    for (auto it = m_shortcuts.cbegin(); it != m_shortcuts.cend(); ++it) {
        if (QAction *action = ActionManager::findAction(it.key()))
            action->setShortcuts(it.value());
        if (it.value() == ActionManager::defaultShortcuts(it.key()))
            custom.remove(it.key());
        else
            custom.insert(it.key(), it.value());
    }
    // Shortcuts of actions not registered right now (another window's) are kept as they were saved.
    Settings::instance().setCustomShortcuts(custom);
    QDialog::accept();
}

void ShortcutsDialog::applySavedShortcuts()
{
    const QHash<QString, QList<QKeySequence>> custom = Settings::instance().customShortcuts();
    for (auto it = custom.cbegin(); it != custom.cend(); ++it) {
        if (QAction *action = ActionManager::findAction(it.key()))
            action->setShortcuts(it.value());
    }
}

} // namespace Hamish
