// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/AnnotationCounts.h"

#include <QString>

namespace Hamish {

// An article as lists show it: its id in the project and what identifies it, without its text.
struct ArticleSummary
{
    qint64 id = 0;
    QString title;
    QString sourcePath;
    QString sha256;
    AnnotationCounts counts;
};

} // namespace Hamish
