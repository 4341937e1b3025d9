// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/Exporter.h"

namespace Hamish {

// Writes the main export: one JSON object with the labels and every document with its text and
// annotations, offsets in Unicode code points (and UTF-16 beside them). resources/schema describes it.
class JsonExporter : public Exporter
{
public:
    Result<void> write(const DocumentSource &source, const ExportOptions &options, QIODevice &device) const override;
};

} // namespace Hamish
