// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QLocale>
#include <QString>

namespace Hamish {

// An annotation's value written for a reader in `locale`'s language and digits, for every shape the
// extraction rules produce (resources/schema/hamish-export.schema.json, README "Extraction"): numbers with
// their negatives and fractions, percentages, money with the currency's name, quantities with their unit,
// dates Gregorian and Hijri side by side (describeDate), dates relative to the article's own, the nth weekday
// of a month, times of day with their zone, day or interval, and the article's present. A value of some
// other shape (a file imported from elsewhere) is listed as its fields, never as raw JSON. Empty for null.
QString describeValue(const QString &label, const QJsonValue &value, const QLocale &locale);

// Who or what made an annotation ("user", "rules:date", "model:ner", "lexicon", "import"), for a reader.
QString describeOrigin(const QString &origin);

} // namespace Hamish
