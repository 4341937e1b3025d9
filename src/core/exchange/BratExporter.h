// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/Exporter.h"

namespace Hamish {

// Writes brat standoff: a folder with one ID.txt and ID.ann pair per document (code-point offsets;
// a span across a line break becomes fragments) and an annotation.conf listing the labels.
class BratExporter : public Exporter
{
public:
    bool writesFolder() const override { return true; }

protected:
    Result<void> writeFolder(const DocumentSource &source, const ExportOptions &options,
                             const QString &folder) const override;
};

} // namespace Hamish
