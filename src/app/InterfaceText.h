// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>

namespace Hamish {

// How values are written into the interface, the same way in every widget: key sequences always left to
// right (Ctrl+] must not read as [+Ctrl in an Arabic sentence or menu), numbers in the digits the interface
// uses (QLocale's default, which Language sets from the language and the digits setting). Names and paths
// inside messages are isolated with core/base/Bidi.h.
class InterfaceText
{
public:
    // "Ctrl+]" as the platform writes it, isolated left to right; empty for an empty sequence.
    static QString keySequence(const QKeySequence &sequence);
    // Several sequences, each isolated, separated as QKeySequence::listToString does.
    static QString keySequences(const QList<QKeySequence> &sequences);
    // A whole number in the interface's digits (١٢٣ or 123).
    static QString number(qint64 value);
    // A percentage in the interface's digits and percent sign (١٠٠٪ or 100%).
    static QString percent(int value);
};

} // namespace Hamish
