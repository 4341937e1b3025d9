// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/base/Result.h"
#include "core/model/Annotation.h"

#include <functional>

namespace Hamish {

// Where a document's annotation edits are persisted the moment they are made (a project); a document
// without a store keeps its annotations in memory only.
class AnnotationStore
{
public:
    virtual ~AnnotationStore() = default;

    // Each returns the error when the edit could not be saved.
    // Inserts (assigning annotation.id when it is 0, keeping it otherwise, e.g. when an undo restores a
    // deleted annotation) or updates the annotation with that id.
    virtual Result<void> storeAnnotation(Annotation &annotation) = 0;
    virtual Result<void> deleteAnnotation(qint64 id) = 0;
    // Runs many edits as one write (a transaction): all are kept, or none when `work` fails.
    virtual Result<void> batch(const std::function<Result<void>()> &work) { return work(); }
};

} // namespace Hamish
