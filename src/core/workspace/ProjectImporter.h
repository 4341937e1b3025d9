// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/Result.h"
#include "core/exchange/ImportBatch.h"
#include "core/workspace/ImportOptions.h"
#include "core/workspace/ImportReport.h"

#include <QCoreApplication>

namespace Hamish {

class ProjectStore;

// Brings an import batch into a project in one transaction: checks every span against its document
// (offsets inside the text, the quoted text matching) and the project's labels, skips and reports what
// fails, adds documents (or merges into an article with the same text) and commits all or nothing. An
// error means nothing was imported; its message says so.
class ProjectImporter
{
    Q_DECLARE_TR_FUNCTIONS(Hamish::ProjectImporter)

public:
    static Result<ImportReport> import(ProjectStore &project, const ImportBatch &batch,
                                       const ImportOptions &options = {});
};

} // namespace Hamish
