// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Checks a GUI test runs on any window or dialog: texts that do not fit their widget, strings of Hamish's
// own that have no Arabic translation, key sequences that are not laid out left to right.
#include "VisualText.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QKeySequence>
#include <QLabel>
#include <QMutex>
#include <QSet>
#include <QTableWidget>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace InterfaceChecks {

// Texts of labels and buttons that do not fit their widget, as "objectName: text".
inline QStringList clippedTexts(const QWidget *dialog)
{
    QStringList clipped;
    for (const QWidget *widget : dialog->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(dialog))
            continue;
        const auto *label = qobject_cast<const QLabel *>(widget);
        const bool text =
            (label && !label->wordWrap() && !label->text().isEmpty()) || qobject_cast<const QAbstractButton *>(widget);
        if (!text)
            continue;
        // Smaller than it asks to be, or its text drawn wider than it was measured (an underlined mnemonic
        // inside an Arabic word breaks the joins and widens it).
        bool fits = widget->width() >= widget->minimumSizeHint().width()
                    && widget->height() >= widget->minimumSizeHint().height();
        for (const VisualText::Run &run : VisualText::runsOf(const_cast<QWidget *>(widget))) {
            if (run.position.x() < -0.5 || run.position.x() + run.width > widget->width() + 0.5)
                fits = false;
        }
        if (!fits)
            clipped.append(widget->objectName() + u": "_s
                           + (label ? label->text() : qobject_cast<const QAbstractButton *>(widget)->text()));
    }
    return clipped;
}

// Cells of `table` that hold a key sequence ("Ctrl+]", "F1; Ctrl+H") but do not read left to right as
// drawn in the table's direction.
inline QStringList scrambledKeySequences(const QTableWidget *table)
{
    QStringList scrambled;
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column = 0; column < table->columnCount(); ++column) {
            const QTableWidgetItem *item = table->item(row, column);
            if (!item)
                continue;
            QString plain = item->text();
            plain.removeIf([](QChar c) { return c.unicode() >= 0x2066 && c.unicode() <= 0x2069; });
            const QList<QKeySequence> sequences = QKeySequence::listFromString(plain, QKeySequence::NativeText);
            // Key sequences are Latin letters, digits, keys' names and punctuation: no Arabic word is one.
            const bool arabic =
                std::any_of(plain.cbegin(), plain.cend(), [](QChar c) { return c.script() == QChar::Script_Arabic; });
            if (arabic || plain.isEmpty() || sequences.isEmpty() || sequences.contains(QKeySequence()))
                continue;
            const QString shown = VisualText::shown(item->text(), table->layoutDirection(), table->font());
            for (const QKeySequence &sequence : sequences) {
                if (!shown.contains(sequence.toString(QKeySequence::NativeText)))
                    scrambled.append(plain + u" shown as "_s + shown);
            }
        }
    }
    return scrambled;
}

// Records every string of Hamish's own (a context in the Hamish namespace) that is asked for while it is
// installed and that the Arabic translation lacks.
class MissingTranslations : public QTranslator
{
public:
    MissingTranslations()
    {
        m_loaded = m_arabic.load(u":/i18n/hamish_ar.qm"_s);
        QCoreApplication::installTranslator(this); // asked first
    }
    ~MissingTranslations() override { QCoreApplication::removeTranslator(this); }
    bool loaded() const { return m_loaded; }
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        if (QByteArrayView(context).startsWith("Hamish") && sourceText && *sourceText
            && m_arabic.translate(context, sourceText, disambiguation, n).isEmpty()) {
            const QMutexLocker lock(&m_mutex);
            m_missing.insert(QString::fromUtf8(context) + u": "_s + QString::fromUtf8(sourceText));
        }
        return {}; // the real translators answer
    }
    QStringList missing() const
    {
        const QMutexLocker lock(&m_mutex);
        QStringList all(m_missing.cbegin(), m_missing.cend());
        all.sort();
        return all;
    }

private:
    QTranslator m_arabic;
    bool m_loaded = false;
    mutable QMutex m_mutex;
    mutable QSet<QString> m_missing;
};

} // namespace InterfaceChecks

#include "app/Dialogs.h"

#include <QMessageBox>

namespace InterfaceChecks {

// The text runs of a message's first line as Dialogs shows it in a message box, left to right on screen.
inline QList<VisualText::Run> messageFirstLine(const QString &text)
{
    const std::unique_ptr<QMessageBox> box =
        Hamish::Dialogs::messageBox(QMessageBox::Information, nullptr, u"title"_s, text, QMessageBox::Ok);
    box->show();
    QCoreApplication::processEvents();
    auto *label = box->findChild<QLabel *>(u"qt_msgbox_label"_s);
    if (!label)
        return {};
    QList<VisualText::Run> runs = VisualText::runsOf(label);
    if (runs.isEmpty())
        return runs;
    const qreal top = std::min_element(runs.cbegin(), runs.cend(), [](const auto &a, const auto &b) {
                          return a.position.y() < b.position.y();
                      })->position.y();
    runs.removeIf([top](const VisualText::Run &run) { return run.position.y() > top + 2; });
    std::sort(runs.begin(), runs.end(), [](const auto &a, const auto &b) { return a.position.x() < b.position.x(); });
    return runs;
}

// Whether the run holding `text` lies right of every run of Arabic letters: where an Arabic sentence starts.
inline bool rightmostHas(const QList<VisualText::Run> &runs, const QString &text)
{
    qreal at = -1e9;
    qreal arabic = -1e9;
    for (const VisualText::Run &run : runs) {
        if (run.text.contains(text))
            at = run.position.x();
        else if (std::any_of(run.text.cbegin(), run.text.cend(),
                             [](QChar c) { return c.script() == QChar::Script_Arabic; }))
            arabic = std::max(arabic, run.position.x());
    }
    return at > -1e9 && at > arabic;
}

} // namespace InterfaceChecks
