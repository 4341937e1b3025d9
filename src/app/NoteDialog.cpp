// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/NoteDialog.h"

#include "app/Dialogs.h"
#include "core/base/Bidi.h"
#include "core/text/TextDirection.h"
#include "ui_NoteDialog.h"

#include <QPushButton>
#include <QScopedValueRollback>
#include <QTextBlock>

namespace Hamish {

namespace {

Qt::LayoutDirection layoutDirectionOf(const QString &text, Qt::LayoutDirection otherwise)
{
    if (text.trimmed().isEmpty())
        return otherwise;
    return detectDirection(text) == TextDirection::RightToLeft ? Qt::RightToLeft : Qt::LeftToRight;
}

} // namespace

NoteDialog::NoteDialog(const QString &mention, const QString &note, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NoteDialog>())
{
    m_ui->setupUi(this);
    m_ui->noteLabel->setText(m_ui->noteLabel->text().arg(Bidi::isolate(mention)));
    // A note on an Arabic mention (or in the Arabic interface) starts at the right edge before its first
    // letter is typed; after that each paragraph reads in the direction of its own letters, as in the reader.
    m_emptyDirection =
        layoutDirection() == Qt::RightToLeft ? Qt::RightToLeft : layoutDirectionOf(mention, Qt::LeftToRight);
    QTextDocument *document = m_ui->noteTextEdit->document();
    m_ui->noteTextEdit->setPlainText(note);
    document->setUndoRedoEnabled(false); // the directions of the note as found are no edit to undo
    updateDirections();
    document->setUndoRedoEnabled(true);
    connect(document, &QTextDocument::contentsChanged, this, &NoteDialog::updateDirections);
    m_ui->noteTextEdit->moveCursor(QTextCursor::End);
    Dialogs::nameButtons(m_ui->buttonBox);
    m_ui->noteTextEdit->setFocus();
}

NoteDialog::~NoteDialog() = default;

QString NoteDialog::note() const
{
    return m_ui->noteTextEdit->toPlainText();
}

void NoteDialog::updateDirections()
{
    if (m_updatingDirections)
        return;
    const QScopedValueRollback updating(m_updatingDirections, true);
    QTextDocument *document = m_ui->noteTextEdit->document();
    QTextCursor cursor(document);
    bool editing = false;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        // An empty paragraph keeps the direction of the one before it (a new line goes on in its direction).
        const Qt::LayoutDirection previous =
            block.previous().isValid() ? block.previous().blockFormat().layoutDirection() : m_emptyDirection;
        const Qt::LayoutDirection wanted = layoutDirectionOf(block.text(), previous);
        if (block.blockFormat().layoutDirection() == wanted)
            continue;
        cursor.setPosition(block.position());
        if (!editing) {
            cursor.joinPreviousEditBlock(); // undone together with the typing that changed it
            editing = true;
        }
        QTextBlockFormat format;
        format.setLayoutDirection(wanted);
        cursor.mergeBlockFormat(format);
    }
    if (editing)
        cursor.endEditBlock();
}

} // namespace Hamish
