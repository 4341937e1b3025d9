// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/LabelsDialog.h"

#include "app/Dialogs.h"
#include "app/LabelSwatch.h"
#include "core/model/AnnotationDocument.h"
#include "core/model/EditLabels.h"
#include "ui_LabelsDialog.h"

#include <QHeaderView>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {

enum Column { NameColumn, ColourColumn, ShortcutColumn, UsageColumn };
constexpr int kOriginalNameRole = Qt::UserRole;
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kCommittedNameRole = Qt::UserRole + 2; // the name before the edit in progress

} // namespace

LabelsDialog::LabelsDialog(const AnnotationDocument &document, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LabelsDialog>())
    , m_original(document.labels())
{
    m_ui->setupUi(this);
    m_table = m_ui->labelsTableWidget;
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    for (const Annotation &annotation : document.annotations())
        ++m_usage[annotation.label];

    m_filling = true;
    for (const Label &label : std::as_const(m_original))
        appendRow(label, label.name);
    m_filling = false;

    connect(m_table, &QTableWidget::itemChanged, this, &LabelsDialog::nameEdited);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &LabelsDialog::updateButtons);
    connect(m_ui->addLabelPushButton, &QPushButton::clicked, this, &LabelsDialog::addLabel);
    connect(m_ui->renameLabelPushButton, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->editItem(m_table->item(m_table->currentRow(), NameColumn));
    });
    connect(m_ui->colourLabelPushButton, &QPushButton::clicked, this, &LabelsDialog::recolourCurrent);
    connect(m_ui->deleteLabelPushButton, &QPushButton::clicked, this, &LabelsDialog::deleteCurrent);
    connect(m_ui->labelShortcutKeySequenceEdit, &QKeySequenceEdit::editingFinished, this, [this] {
        if (!setCurrentShortcut(m_ui->labelShortcutKeySequenceEdit->keySequence()))
            updateButtons();
    });
    connect(m_ui->clearLabelShortcutPushButton, &QPushButton::clicked, this, [this] { setCurrentShortcut({}); });

    if (m_table->rowCount() > 0)
        m_table->selectRow(0);
    updateButtons();
}

LabelsDialog::~LabelsDialog()
{
    // ~QDialog hides the dialog, which ends an edit of the key sequence: its slot would find the form gone.
    disconnect(m_ui->labelShortcutKeySequenceEdit, nullptr, this, nullptr);
}

void LabelsDialog::setProjectWide(const QHash<QString, int> &usage)
{
    m_projectWide = true;
    m_usage = usage;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString original = m_table->item(row, NameColumn)->data(kOriginalNameRole).toString();
        m_table->item(row, UsageColumn)->setText(QString::number(m_usage.value(original)));
    }
    m_ui->labelsScopeLabel->setText(
        tr("These labels belong to the project: changes reach every article in it and cannot be "
           "undone."));
    m_ui->labelsScopeLabel->show();
}

void LabelsDialog::appendRow(const Label &label, const QString &originalName)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *name = new QTableWidgetItem(label.name);
    name->setData(kOriginalNameRole, originalName);
    name->setData(kIdRole, label.id);
    name->setData(kCommittedNameRole, label.name);
    m_table->setItem(row, NameColumn, name);
    auto *colour = new QTableWidgetItem;
    colour->setFlags(colour->flags() & ~Qt::ItemIsEditable);
    m_table->setItem(row, ColourColumn, colour);
    setColour(row, label.colour);
    auto *shortcut = new QTableWidgetItem(QKeySequence(label.shortcut).toString(QKeySequence::NativeText));
    shortcut->setData(Qt::UserRole, label.shortcut);
    shortcut->setFlags(shortcut->flags() & ~Qt::ItemIsEditable);
    m_table->setItem(row, ShortcutColumn, shortcut);
    auto *usage = new QTableWidgetItem(QString::number(m_usage.value(originalName)));
    usage->setFlags(usage->flags() & ~Qt::ItemIsEditable);
    m_table->setItem(row, UsageColumn, usage);
}

void LabelsDialog::setColour(int row, const QString &colour)
{
    QTableWidgetItem *item = m_table->item(row, ColourColumn);
    item->setText(colour);
    item->setIcon(labelSwatch(colour));
}

QList<Label> LabelsDialog::labels() const
{
    QList<Label> labels;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        labels.append({m_table->item(row, NameColumn)->data(kIdRole).toLongLong(),
                       m_table->item(row, NameColumn)->text(), m_table->item(row, ColourColumn)->text(),
                       m_table->item(row, ShortcutColumn)->data(Qt::UserRole).toString()});
    }
    return labels;
}

QHash<QString, QString> LabelsDialog::renames() const
{
    QHash<QString, QString> renames;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString original = m_table->item(row, NameColumn)->data(kOriginalNameRole).toString();
        const QString name = m_table->item(row, NameColumn)->text();
        if (!original.isEmpty() && original != name)
            renames.insert(original, name);
    }
    return renames;
}

EditLabels *LabelsDialog::createCommand(AnnotationDocument *document) const
{
    auto *command = new EditLabels(document, labels(), renames());
    if (command->isEmpty()) {
        delete command;
        return nullptr;
    }
    return command;
}

bool LabelsDialog::nameTaken(const QString &name, int exceptRow) const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (row != exceptRow && m_table->item(row, NameColumn)->text().compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

void LabelsDialog::nameEdited(QTableWidgetItem *item)
{
    if (m_filling || item->column() != NameColumn)
        return;
    const QString name = item->text().trimmed();
    QString problem;
    if (name.isEmpty())
        problem = tr("A label needs a name.");
    else if (nameTaken(name, item->row()))
        problem = tr("There is already a label called “%1”. Choose another name.").arg(name);
    const QSignalBlocker blocker(m_table);
    if (!problem.isEmpty()) {
        // Back to the name it had before this edit.
        item->setText(item->data(kCommittedNameRole).toString());
        Dialogs::warning(this, tr("Rename Label"), problem);
        return;
    }
    item->setText(name);
    item->setData(kCommittedNameRole, name);
}

QString LabelsDialog::nextColour() const
{
    // Colours light enough behind black text, the first one no label uses: the defaults' then a few more.
    static const QStringList palette = [] {
        QStringList colours;
        for (const Label &label : defaultLabels())
            colours.append(label.colour);
        return colours + QStringList{u"#c2a5cf"_s, u"#a6dba0"_s, u"#f4a582"_s, u"#92c5de"_s};
    }();
    QStringList used;
    for (int row = 0; row < m_table->rowCount(); ++row)
        used.append(m_table->item(row, ColourColumn)->text().toLower());
    for (const QString &colour : palette) {
        if (!used.contains(colour))
            return colour;
    }
    return palette.at(m_table->rowCount() % palette.size());
}

void LabelsDialog::addLabel()
{
    QString name = tr("NEW");
    for (int n = 2; nameTaken(name, -1); ++n)
        name = tr("NEW%1").arg(n);
    m_filling = true;
    appendRow({0, name, nextColour(), {}}, {});
    m_filling = false;
    m_table->selectRow(m_table->rowCount() - 1);
    m_table->setFocus();
    m_table->editItem(m_table->item(m_table->rowCount() - 1, NameColumn));
}

void LabelsDialog::recolourCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const QString name = m_table->item(row, NameColumn)->text();
    const QColor colour =
        Dialogs::colour(this, QColor(m_table->item(row, ColourColumn)->text()), tr("Colour of %1").arg(name));
    if (colour.isValid())
        setColour(row, colour.name(QColor::HexRgb));
}

void LabelsDialog::deleteCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const QString name = m_table->item(row, NameColumn)->text();
    const int used = m_usage.value(m_table->item(row, NameColumn)->data(kOriginalNameRole).toString());
    if (used > 0) {
        const QString question =
            m_projectWide ? tr("“%1” is used by %n annotation(s) in the project. Delete the label and its annotations "
                               "in every article? This cannot be undone.",
                               nullptr, used)
                          : tr("“%1” is used by %n annotation(s). Delete the label and its annotations? (Undo "
                               "brings them back.)",
                               nullptr, used);
        const QMessageBox::StandardButton answer = Dialogs::question(
            this, tr("Delete Label"), question.arg(name), QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    m_table->removeRow(row);
    updateButtons();
}

bool LabelsDialog::setCurrentShortcut(const QKeySequence &shortcut)
{
    const int row = m_table->currentRow();
    if (row < 0)
        return false;
    const QString portable = shortcut.toString(QKeySequence::PortableText);
    for (int other = 0; !shortcut.isEmpty() && other < m_table->rowCount(); ++other) {
        QTableWidgetItem *item = m_table->item(other, ShortcutColumn);
        if (other == row || item->data(Qt::UserRole).toString() != portable)
            continue;
        const QMessageBox::StandardButton answer = Dialogs::question(
            this, tr("Shortcut in Use"),
            tr("%1 is already the shortcut of “%2”. Give it to “%3” instead?")
                .arg(shortcut.toString(QKeySequence::NativeText), m_table->item(other, NameColumn)->text(),
                     m_table->item(row, NameColumn)->text()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return false;
        item->setText({});
        item->setData(Qt::UserRole, QString());
    }
    QTableWidgetItem *item = m_table->item(row, ShortcutColumn);
    item->setText(shortcut.toString(QKeySequence::NativeText));
    item->setData(Qt::UserRole, portable);
    updateButtons();
    return true;
}

void LabelsDialog::updateButtons()
{
    const int row = m_table->currentRow();
    const bool selected = row >= 0 && !m_table->selectedItems().isEmpty();
    m_ui->renameLabelPushButton->setEnabled(selected);
    m_ui->colourLabelPushButton->setEnabled(selected);
    m_ui->deleteLabelPushButton->setEnabled(selected);
    m_ui->labelShortcutKeySequenceEdit->setEnabled(selected);
    const QSignalBlocker blocker(m_ui->labelShortcutKeySequenceEdit);
    m_ui->labelShortcutKeySequenceEdit->setKeySequence(
        selected ? QKeySequence(m_table->item(row, ShortcutColumn)->data(Qt::UserRole).toString()) : QKeySequence());
}

} // namespace Hamish
