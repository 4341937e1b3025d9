// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/ImportBatch.h"

#include <QByteArray>

namespace Hamish {

// Reads doccano-style JSON Lines: one {"text", "label": [[start, end, label], ...]} a line (also
// "labels", and "entities": [{"start_offset", "end_offset", "label"}]), offsets in code points.
class JsonlImporter
{
public:
    static ImportBatch parse(const QByteArray &bytes);
};

} // namespace Hamish
