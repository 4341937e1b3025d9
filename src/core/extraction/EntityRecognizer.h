// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/extraction/TextAnalysis.h"
#include "core/model/Annotation.h"

#include <QList>

namespace Hamish {

// Finds named entities (PERSON, LOCATION, ORGANIZATION, MISC) in an analysed text. The rules and
// gazetteers are one implementation; a trained model is another, and the Extractor combines any set.
class EntityRecognizer
{
public:
    virtual ~EntityRecognizer() = default;

    // A short name used as the annotations' origin prefix and in messages ("rules", "crf", ...).
    virtual QString name() const = 0;
    // Entity annotations with offsets into analysis.original(); they may overlap each other.
    virtual QList<Annotation> recognize(const TextAnalysis &analysis) const = 0;
    // Words the recogniser knows, so that clitic segmentation strips a proclitic before them.
    virtual void addKnownWords(Lexicon &lexicon) const { Q_UNUSED(lexicon); }
};

} // namespace Hamish
