// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/Exporter.h"

namespace Hamish {

// Writes doccano-style JSON Lines: one document a line, {"id", "text", "label": [[start, end, label]]}
// with code-point offsets.
class JsonlExporter : public Exporter
{
public:
    Result<void> write(const DocumentSource &source, const ExportOptions &options, QIODevice &device) const override;
};

} // namespace Hamish
