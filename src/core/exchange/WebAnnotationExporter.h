// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/Exporter.h"

namespace Hamish {

// Writes a W3C Web Annotation collection (JSON-LD): each annotation a tagging TextualBody whose target
// has a TextQuoteSelector and a TextPositionSelector (code points).
class WebAnnotationExporter : public Exporter
{
public:
    Result<void> write(const DocumentSource &source, const ExportOptions &options, QIODevice &device) const override;
};

} // namespace Hamish
