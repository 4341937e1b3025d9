// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/ImportBatch.h"
#include "core/exchange/ImportOptions.h"
#include "core/exchange/ImportReport.h"

namespace Hamish {

class Project;

// Brings an import batch into a project in one transaction: checks every span against its document
// (offsets inside the text, the quoted text matching) and the project's labels, skips and reports what
// fails, adds documents (or merges into an article with the same text) and commits all or nothing.
class ProjectImporter
{
public:
    static ImportReport import(Project &project, const ImportBatch &batch, const ImportOptions &options = {});
    // Reads a .json (Hamish export) or .jsonl (doccano) file into a batch, by its extension.
    static ImportBatch readFile(const QString &path);
};

} // namespace Hamish
