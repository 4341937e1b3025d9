// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Hamish {

// A kind of annotation the user can apply: a name, a colour and an optional shortcut key.
struct Label
{
    qint64 id = 0;    // 0 until stored in a project
    QString name;     // "PERSON", "LOCATION", ... (stable: annotations refer to it)
    QString colour;   // "#rrggbb"
    QString shortcut; // a QKeySequence in portable text form ("1"), or empty

    friend bool operator==(const Label &, const Label &) = default;
};

// The labels every new project starts with: the entity kinds and the numeric expressions the engine finds.
QList<Label> defaultLabels();

// Whether a label is one of the rule-based numeric expressions (NUMBER, ORDINAL, PERCENT, MONEY, QUANTITY,
// DATE, TIME), which carry a value and are never learnt from the user's names.
bool isNumericLabel(const QString &name);

// The name to show for a label: the default labels in the interface language ("PERSON" is "شخص" in Arabic);
// a label the user made is shown as they named it. Annotations and exports keep `name`.
QString labelDisplayName(const QString &name);

} // namespace Hamish
