// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/Dialogs.h"

#include <QColorDialog>
#include <QDialog>
#include <QFileDialog>

#include <optional>

namespace Hamish {

namespace {
std::optional<QMessageBox::StandardButton> g_nextAnswer;
std::optional<QStringList> g_nextFileNames;
std::optional<QColor> g_nextColour;
std::function<void(QDialog *)> g_nextDialogAnswer;
QString g_lastMessage;
bool g_nonInteractive = false;
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
    QMessageBox box(icon, title, text, buttons, parent);
    if (defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(defaultButton);
    return QMessageBox::StandardButton(box.exec());
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
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
           == QMessageBox::Yes;
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
