// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QMessageBox>
#include <QString>
#include <QStringList>

#include <functional>

class QDialog;

namespace Hamish {

// Message boxes and file dialogs behind one door, so that tests can answer them instead of a person
// (a modal dialog would block an offscreen test forever).
class Dialogs
{
public:
    static QMessageBox::StandardButton warning(QWidget *parent, const QString &title, const QString &text);
    static QMessageBox::StandardButton information(QWidget *parent, const QString &title, const QString &text);
    // Asks; returns one of `buttons` (or Cancel/Escape's button when the user closes the box).
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    // A colour chosen by the user, or an invalid colour when they cancel.
    static QColor colour(QWidget *parent, const QColor &initial, const QString &title);
    static QStringList openFileNames(QWidget *parent, const QString &caption, const QString &directory,
                                     const QString &filter);

    static QString openFileName(QWidget *parent, const QString &caption, const QString &directory,
                                const QString &filter);
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &directory,
                                const QString &filter);
    // A folder that exists (the user may create one in the chooser), or empty when they cancel.
    static QString existingDirectory(QWidget *parent, const QString &caption, const QString &directory);
    // Runs one of the application's own modal dialogs; returns QDialog::Accepted or Rejected.
    static int exec(QDialog *dialog);
    // Yes or No; the default is No.
    static bool confirm(QWidget *parent, const QString &title, const QString &text);

    // Test hooks: the next dialog returns this instead of showing itself.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // Answers file and folder choosers alike.
    static void setNextFileNames(const QStringList &fileNames);
    // The next dialog given to exec() is handed to `answer` instead of being shown: it fills the dialog in and
    // calls accept() or reject() (neither means rejected). Without an answer, non-interactive runs reject it.
    static void setNextDialogAnswer(const std::function<void(QDialog *)> &answer);
    static void setNextColour(const QColor &colour);
    // Tests: never block on a modal; every message box answers Ok (and is recorded).
    static void setNonInteractive(bool nonInteractive);
    // The text of the last message shown (or answered by a test), until clearLastMessage().
    static QString lastMessage();
    static void clearLastMessage();

private:
    static QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                            const QString &text, QMessageBox::StandardButtons buttons = QMessageBox::Ok,
                                            QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
};

} // namespace Hamish
