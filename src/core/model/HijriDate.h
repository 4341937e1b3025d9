// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QLocale>
#include <QString>

namespace Hamish {

// A DATE annotation's value ("2024-03-15", "2024-03", "2024", "--03-15", or a Hijri object from the extractor)
// described for a reader as Gregorian and Hijri side by side, e.g. "15 March 2024 · ≈ 5 Ramadan 1445 AH".
// The Hijri side is computed with the arithmetic (civil) calendar, which can differ by a day or two from
// the sighted months, hence "≈". Returns an empty string for values that are not dates (relative dates, junk).
QString describeDate(const QJsonValue &value, const QLocale &locale);

} // namespace Hamish
