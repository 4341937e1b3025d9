// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Hamish {

// What an import did, and what it skipped and why.
struct ImportReport
{
    Q_DECLARE_TR_FUNCTIONS(Hamish::ImportReport)

public:
    bool dryRun = false;
    int documentsAdded = 0;
    int documentsMerged = 0; // already in the project (same text): annotations added to it
    int annotationsAdded = 0;
    int suggestionsReviewed = 0; // suggestions the project had, accepted or rejected as the file says
    int duplicates = 0;          // annotations the project already had
    int labelsAdded = 0;
    QStringList skipped;
    QStringList notices; // what was repaired and imported all the same

    QString summary() const;
};

} // namespace Hamish
