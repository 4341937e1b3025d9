// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Hamish {

// How many annotations of an article stand at each review status.
struct AnnotationCounts
{
    int suggested = 0;
    int accepted = 0;
    int rejected = 0;

    int total() const { return suggested + accepted + rejected; }
    friend bool operator==(const AnnotationCounts &, const AnnotationCounts &) = default;
};

} // namespace Hamish
