// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QHash>
#include <QKeySequence>
#include <QList>

#include <memory>

class QTableWidget;

namespace Hamish {

namespace Ui {
class ShortcutsDialog;
}

// Help › Keyboard Shortcuts: lists every registered action with its shortcuts and lets the user rebind
// them, refusing silent conflicts; OK applies the result and saves what differs from the defaults.
// Layout: ui/ShortcutsDialog.ui.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget *parent = nullptr);
    ~ShortcutsDialog() override;

    // The shortcuts as edited so far, by action id.
    QList<QKeySequence> shortcuts(const QString &id) const { return m_shortcuts.value(id); }
    // Gives `id` the single shortcut `sequence` (none when empty). When another action has it, asks
    // whether to move it; returns false when the user keeps it where it was.
    bool assign(const QString &id, const QKeySequence &sequence);
    void resetAll();

    void accept() override;

    // Applies the shortcuts saved in Settings to the registered actions (call once they all exist).
    static void applySavedShortcuts();

private:
    void fillTable();
    void updateRow(int row);
    void updateEditor();
    void updateConflicts();
    QString currentId() const;
    int rowOf(const QString &id) const;
    QString actionText(const QString &id) const;

    std::unique_ptr<Ui::ShortcutsDialog> m_ui;
    QTableWidget *m_table = nullptr; // the form's shortcutsTableWidget, used throughout
    QHash<QString, QList<QKeySequence>> m_shortcuts;
};

} // namespace Hamish
