// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/ImportBatch.h"

#include <QCoreApplication>

namespace Hamish {

// Reads an exchange file into documents in memory (an import batch), by its extension: .json (a Hamish
// export) or .jsonl (doccano). What is unusable in it is listed in the batch, not thrown away silently.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Hamish::Importer)

public:
    static ImportBatch readFile(const QString &path);
};

} // namespace Hamish
