// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Hamish {

// How an import treats what the project does not have yet.
struct ImportOptions
{
    bool createLabels = false; // add labels the project lacks instead of skipping their annotations
    bool dryRun = false;       // check and report, change nothing
};

} // namespace Hamish
