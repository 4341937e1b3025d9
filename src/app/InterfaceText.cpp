// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/InterfaceText.h"

#include "core/base/Bidi.h"

#include <QLocale>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Hamish {

QString InterfaceText::keySequence(const QKeySequence &sequence)
{
    return sequence.isEmpty() ? QString() : Bidi::leftToRight(sequence.toString(QKeySequence::NativeText));
}

QString InterfaceText::keySequences(const QList<QKeySequence> &sequences)
{
    QStringList texts;
    for (const QKeySequence &sequence : sequences) {
        if (!sequence.isEmpty())
            texts.append(keySequence(sequence));
    }
    return texts.join(u"; "_s);
}

QString InterfaceText::number(qint64 value)
{
    return QLocale().toString(value);
}

QString InterfaceText::percent(int value)
{
    const QLocale locale;
    return locale.toString(value) + locale.percent();
}

} // namespace Hamish
