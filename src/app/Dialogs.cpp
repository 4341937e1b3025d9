#include "Dialogs.h"

#include <QFileDialog>
#include <QInputDialog>

#include <optional>

namespace Hamish {

namespace {
std::optional<QMessageBox::StandardButton> g_nextAnswer;
std::optional<QStringList> g_nextFileNames;
std::optional<QString> g_nextText;
QString g_lastMessage;
bool g_nonInteractive = false;
} // namespace

QMessageBox::StandardButton Dialogs::show(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                          const QString &text)
{
    g_lastMessage = text;
    if (g_nextAnswer) {
        const QMessageBox::StandardButton answer = *g_nextAnswer;
        g_nextAnswer.reset();
        return answer;
    }
    if (g_nonInteractive)
        return QMessageBox::Ok;
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
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

bool Dialogs::getText(QWidget *parent, const QString &title, const QString &label, QString *text)
{
    if (g_nextText) {
        *text = *g_nextText;
        g_nextText.reset();
        return true;
    }
    if (g_nonInteractive)
        return false;
    bool ok = false;
    const QString answer = QInputDialog::getMultiLineText(parent, title, label, *text, &ok);
    if (ok)
        *text = answer;
    return ok;
}

void Dialogs::setNextText(const QString &text)
{
    g_nextText = text;
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

QString Dialogs::lastMessage()
{
    return g_lastMessage;
}

} // namespace Hamish
