// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace Hamish {

// How a team without a server comes together: several people's project files, each annotated on its own,
// become one project with a layer per annotator, ready for agreement and curation. Articles are matched by
// the SHA-256 of their text; the engine's suggestions come once (from the first file that has the article);
// each file's own annotations become its annotator's layer: all of them the name given for that file, or,
// without one, the annotators its layers name and, for what no one signed, the one author its annotations
// record, else the file's name.
class ProjectMerge
{
    Q_DECLARE_TR_FUNCTIONS(Hamish::ProjectMerge)

public:
    struct Input
    {
        QString location;
        QString annotator; // whose work the file is; empty: found as above
    };

    struct Report
    {
        int articles = 0;    // in the merged project
        int annotations = 0; // annotators' annotations merged
        QStringList annotators;
    };

    // Creates the project at `output` (which must not exist) from `inputs`, in one transaction.
    static Result<Report> merge(const QString &output, const QList<Input> &inputs);
};

} // namespace Hamish
