// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QHash>
#include <QKeySequence>
#include <QList>

class QKeySequenceEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Hamish {

// Help › Keyboard Shortcuts: lists every registered action with its shortcuts and lets the user rebind
// them, refusing silent conflicts; OK applies the result and saves what differs from the defaults.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget *parent = nullptr);

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

    QTableWidget *m_table = nullptr;
    QKeySequenceEdit *m_editor = nullptr;
    QPushButton *m_clearButton = nullptr;
    QPushButton *m_resetButton = nullptr;
    QLabel *m_conflictLabel = nullptr;
    QHash<QString, QList<QKeySequence>> m_shortcuts;
};

} // namespace Hamish
