// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

namespace Hamish {

// The small square of a label's colour that legends and lists show beside its name.
QIcon labelSwatch(const QString &colour);

} // namespace Hamish
