// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Annotation.h"

namespace Hamish {

// What an export includes.
struct ExportOptions
{
    enum class Statuses { AcceptedOnly, AcceptedAndSuggested, All };

    Statuses statuses = Statuses::AcceptedAndSuggested; // rejected spans are decisions that a span is *not* one
    qint64 articleId = 0;                               // 0 for every article
    // A folder format (brat) may write into a folder that already holds files, replacing those of the same
    // names; without it such a folder is refused, so an export never overwrites files unasked.
    bool intoFolderWithFiles = false;

    bool includes(AnnotationStatus status) const
    {
        switch (statuses) {
        case Statuses::AcceptedOnly:
            return status == AnnotationStatus::Accepted;
        case Statuses::AcceptedAndSuggested:
            return status != AnnotationStatus::Rejected;
        case Statuses::All:
            break;
        }
        return true;
    }
};

} // namespace Hamish
