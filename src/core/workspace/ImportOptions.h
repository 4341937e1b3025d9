// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Hamish {

// How an import treats what the project does not have yet.
struct ImportOptions
{
    bool createLabels = false; // add labels the project lacks instead of skipping their annotations
    bool dryRun = false;       // check and report, change nothing
    QString annotator;         // the file is this annotator's layer (whatever annotators it names)
};

} // namespace Hamish
