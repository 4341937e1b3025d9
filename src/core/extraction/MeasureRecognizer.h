// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/extraction/NumberRecognizer.h"
#include "core/model/Annotation.h"

namespace Hamish {

// Turns numbers followed (or preceded) by a unit into PERCENT, MONEY and QUANTITY annotations with a
// normalised unit or ISO currency. A number before a noun that is not a unit stays a NUMBER: in
// `4000 مقاتل` the fighters are counted, in `25 متراً` the metres measure.
class MeasureRecognizer
{
public:
    static QList<Annotation> find(const TextAnalysis &analysis, const QList<NumberMatch> &numbers);
};

} // namespace Hamish
