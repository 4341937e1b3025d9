#pragma once

#include "ImportBatch.h"

#include <QByteArray>

namespace Hamish {

// Reads Hamish's own JSON export (resources/schema/hamish-export.schema.json) into an import batch.
class JsonImporter
{
public:
    static ImportBatch parse(const QByteArray &bytes);
};

} // namespace Hamish
