// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/Result.h"

#include <QCoreApplication>

namespace Hamish {

class ProjectStore;

// Copies a whole project into another, empty one, whatever stores they are (a file and a server, either
// way): labels, articles with their blocks, every annotator's annotations, settings and assignments, keeping
// the ids of articles and annotations. The target is written in one transaction: all of it, or nothing.
class ProjectCopy
{
    Q_DECLARE_TR_FUNCTIONS(Hamish::ProjectCopy)

public:
    struct Counts
    {
        int articles = 0;
        int annotations = 0;
    };

    static Result<Counts> copy(const ProjectStore &from, ProjectStore &to);
};

} // namespace Hamish
