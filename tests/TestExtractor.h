// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One rule-based extractor shared by the extraction tests: building its tables is the slow part.
#include "core/extraction/Extractor.h"

namespace TestExtractor {

inline const Hamish::Extractor &shared()
{
    static const Hamish::Extractor extractor;
    return extractor;
}

} // namespace TestExtractor
