// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/Dialogs.h"

#include <QAbstractButton>
#include <QColorDialog>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QKeySequenceEdit>

#include <optional>

namespace Hamish {

namespace {
std::optional<QMessageBox::StandardButton> g_nextAnswer;
std::optional<QStringList> g_nextFileNames;
std::optional<QColor> g_nextColour;
std::function<void(QDialog *)> g_nextDialogAnswer;
QString g_lastMessage;
bool g_nonInteractive = false;

// Esc in a shortcut field rejects the dialog; QKeySequenceEdit would record it as the key to bind.
class EscapeCloses : public QObject
{
public:
    EscapeCloses(QKeySequenceEdit *edit, QDialog *dialog)
        : QObject(edit)
        , m_dialog(dialog)
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier) {
                m_dialog->reject();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QDialog *m_dialog;
};
} // namespace

QMessageBox::StandardButton Dialogs::show(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                          const QString &text, QMessageBox::StandardButtons buttons,
                                          QMessageBox::StandardButton defaultButton)
{
    g_lastMessage = text;
    if (g_nextAnswer) {
        const QMessageBox::StandardButton answer = *g_nextAnswer;
        g_nextAnswer.reset();
        return answer;
    }
    if (g_nonInteractive)
        return defaultButton != QMessageBox::NoButton ? defaultButton : QMessageBox::Ok;
    const std::unique_ptr<QMessageBox> box = messageBox(icon, parent, title, text, buttons);
    if (defaultButton != QMessageBox::NoButton)
        box->setDefaultButton(defaultButton);
    return QMessageBox::StandardButton(box->exec());
}

QMessageBox::StandardButton Dialogs::warning(QWidget *parent, const QString &title, const QString &text)
{
    return show(QMessageBox::Warning, parent, title, text);
}

QMessageBox::StandardButton Dialogs::information(QWidget *parent, const QString &title, const QString &text)
{
    return show(QMessageBox::Information, parent, title, text);
}

QMessageBox::StandardButton Dialogs::question(QWidget *parent, const QString &title, const QString &text,
                                              QMessageBox::StandardButtons buttons,
                                              QMessageBox::StandardButton defaultButton)
{
    return show(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

QColor Dialogs::colour(QWidget *parent, const QColor &initial, const QString &title)
{
    if (g_nextColour) {
        const QColor colour = *g_nextColour;
        g_nextColour.reset();
        return colour;
    }
    if (g_nonInteractive)
        return {};
    return QColorDialog::getColor(initial, parent, title);
}

QStringList Dialogs::openFileNames(QWidget *parent, const QString &caption, const QString &directory,
                                   const QString &filter)
{
    if (g_nextFileNames) {
        const QStringList names = *g_nextFileNames;
        g_nextFileNames.reset();
        return names;
    }
    if (g_nonInteractive)
        return {};
    return QFileDialog::getOpenFileNames(parent, caption, directory, filter);
}

QString Dialogs::openFileName(QWidget *parent, const QString &caption, const QString &directory, const QString &filter)
{
    if (g_nextFileNames || g_nonInteractive)
        return openFileNames(parent, caption, directory, filter).value(0);
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

QString Dialogs::saveFileName(QWidget *parent, const QString &caption, const QString &directory, const QString &filter)
{
    if (g_nextFileNames || g_nonInteractive)
        return openFileNames(parent, caption, directory, filter).value(0);
    return QFileDialog::getSaveFileName(parent, caption, directory, filter);
}

QString Dialogs::existingDirectory(QWidget *parent, const QString &caption, const QString &directory)
{
    if (g_nextFileNames || g_nonInteractive)
        return openFileNames(parent, caption, directory, QString()).value(0);
    return QFileDialog::getExistingDirectory(parent, caption, directory);
}

int Dialogs::exec(QDialog *dialog)
{
    if (g_nextDialogAnswer) {
        const std::function<void(QDialog *)> answer = std::move(g_nextDialogAnswer);
        g_nextDialogAnswer = nullptr;
        dialog->setResult(QDialog::Rejected);
        answer(dialog);
        return dialog->result();
    }
    if (g_nonInteractive)
        return QDialog::Rejected;
    return dialog->exec();
}

bool Dialogs::confirm(QWidget *parent, const QString &title, const QString &text)
{
    g_lastMessage = text;
    if (g_nextAnswer) {
        const QMessageBox::StandardButton answer = *g_nextAnswer;
        g_nextAnswer.reset();
        return answer == QMessageBox::Yes;
    }
    if (g_nonInteractive)
        return false;
    const std::unique_ptr<QMessageBox> box =
        messageBox(QMessageBox::Question, parent, title, text, QMessageBox::Yes | QMessageBox::No);
    box->setDefaultButton(QMessageBox::No);
    return box->exec() == QMessageBox::Yes;
}

namespace {

QString buttonName(QDialogButtonBox::StandardButton button)
{
    switch (button) {
    case QDialogButtonBox::Ok:
        return QCoreApplication::translate("Hamish::Dialogs", "OK");
    case QDialogButtonBox::Cancel:
        return QCoreApplication::translate("Hamish::Dialogs", "Cancel");
    case QDialogButtonBox::Close:
        return QCoreApplication::translate("Hamish::Dialogs", "Close");
    case QDialogButtonBox::Yes:
        return QCoreApplication::translate("Hamish::Dialogs", "Yes");
    case QDialogButtonBox::No:
        return QCoreApplication::translate("Hamish::Dialogs", "No");
    default:
        return {};
    }
}

} // namespace

std::unique_ptr<QMessageBox> Dialogs::messageBox(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                                 const QString &text, QMessageBox::StandardButtons buttons)
{
    // The label finds its paragraph's direction from the first letter, even one inside an isolate (a file
    // name): a direction mark first makes the message read as the interface does.
    const QChar mark = QGuiApplication::layoutDirection() == Qt::RightToLeft ? QChar(u'\u200f') : QChar(u'\u200e');
    auto box = std::make_unique<QMessageBox>(icon, title, mark + text, buttons, parent);
    for (QAbstractButton *button : box->buttons()) {
        const QString name = buttonName(QDialogButtonBox::StandardButton(box->standardButton(button)));
        if (!name.isEmpty())
            button->setText(name);
    }
    return box;
}

void Dialogs::nameButtons(QDialogButtonBox *box)
{
    for (QAbstractButton *button : box->buttons()) {
        const QString name = buttonName(box->standardButton(button));
        if (!name.isEmpty())
            button->setText(name);
    }
}

void Dialogs::setUpKeySequenceEdit(QKeySequenceEdit *edit, QDialog *dialog)
{
    edit->installEventFilter(new EscapeCloses(edit, dialog));
    edit->setLayoutDirection(Qt::LeftToRight);
}

void Dialogs::setNonInteractive(bool nonInteractive)
{
    g_nonInteractive = nonInteractive;
}

void Dialogs::setNextAnswer(QMessageBox::StandardButton answer)
{
    g_nextAnswer = answer;
}

void Dialogs::setNextFileNames(const QStringList &fileNames)
{
    g_nextFileNames = fileNames;
}

void Dialogs::setNextDialogAnswer(const std::function<void(QDialog *)> &answer)
{
    g_nextDialogAnswer = answer;
}

void Dialogs::setNextColour(const QColor &colour)
{
    g_nextColour = colour;
}

QString Dialogs::lastMessage()
{
    return g_lastMessage;
}

void Dialogs::clearLastMessage()
{
    g_lastMessage.clear();
}

} // namespace Hamish
