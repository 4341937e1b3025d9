// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/ImportBatch.h"

#include <QByteArray>

namespace Hamish {

// Reads Hamish's own JSON export (resources/schema/hamish-export.schema.json) into an import batch.
class JsonImporter
{
public:
    static ImportBatch parse(const QByteArray &bytes);
};

} // namespace Hamish
