// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/Exporter.h"

namespace Hamish {

// Writes CoNLL-style BIO tags: one token and its tag a line, a blank line between sentences. Nested
// spans resolve to the outermost; tokens are split at span edges so a clitic stays outside the entity.
class ConllExporter : public Exporter
{
public:
    Result<void> write(const DocumentSource &source, const ExportOptions &options, QIODevice &device) const override;
};

} // namespace Hamish
