// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Label.h"

#include <QDialog>
#include <QHash>

#include <memory>

class QTableWidget;
class QTableWidgetItem;

namespace Hamish {

namespace Ui {
class LabelsDialog;
}

class AnnotationDocument;
class EditLabels;

// Edits a project's labels: add, rename (in place, F2), recolour, delete (asking first when annotations
// use the label) and give each an optional shortcut key. The result is one undoable EditLabels command.
// Layout: ui/LabelsDialog.ui.
class LabelsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LabelsDialog(const AnnotationDocument &document, QWidget *parent = nullptr);
    ~LabelsDialog() override;

    // The labels as edited, in order.
    QList<Label> labels() const;
    // Old name -> new name for every label renamed.
    QHash<QString, QString> renames() const;
    // The labels are a project's: `usage` counts annotations per label over all its articles, and the
    // dialog says that the edit reaches every article and cannot be undone.
    void setProjectWide(const QHash<QString, int> &usage);
    // The command that applies the edit to `document`, or nullptr when nothing changed.
    EditLabels *createCommand(AnnotationDocument *document) const;

    void addLabel();
    void recolourCurrent();
    void deleteCurrent();
    // Gives the current label `shortcut`, asking when another label has it; false when refused.
    bool setCurrentShortcut(const QKeySequence &shortcut);

private:
    void appendRow(const Label &label, const QString &originalName);
    void setColour(int row, const QString &colour);
    void nameEdited(QTableWidgetItem *item);
    void updateButtons();
    bool nameTaken(const QString &name, int exceptRow) const;
    QString nextColour() const;

    std::unique_ptr<Ui::LabelsDialog> m_ui;
    QTableWidget *m_table = nullptr; // the form's labelsTableWidget, used throughout
    QHash<QString, int> m_usage;     // annotations per original label name
    QList<Label> m_original;
    bool m_filling = false;
    bool m_projectWide = false;
};

} // namespace Hamish
