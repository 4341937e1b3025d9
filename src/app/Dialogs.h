#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

namespace Hamish {

// Message boxes and file dialogs behind one door, so that tests can answer them instead of a person
// (a modal dialog would block an offscreen test forever).
class Dialogs
{
public:
    static QMessageBox::StandardButton warning(QWidget *parent, const QString &title, const QString &text);
    static QMessageBox::StandardButton information(QWidget *parent, const QString &title, const QString &text);
    static QStringList openFileNames(QWidget *parent, const QString &caption, const QString &directory,
                                     const QString &filter);

    // Asks for one line of text; returns false if the user cancelled.
    static bool getText(QWidget *parent, const QString &title, const QString &label, QString *text);

    // Test hooks: the next dialog returns this instead of showing itself.
    static void setNextText(const QString &text);
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static void setNextFileNames(const QStringList &fileNames);
    // Tests: never block on a modal; every message box answers Ok (and is recorded).
    static void setNonInteractive(bool nonInteractive);
    // The text of the last message shown (or answered by a test).
    static QString lastMessage();

private:
    static QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                            const QString &text);
};

} // namespace Hamish
