// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/extraction/EntityRecognizer.h"
#include "core/extraction/Gazetteer.h"

namespace Hamish {

// Entities from gazetteers (longest match, a proclitic stripped from the first word), trigger words
// (الرئيس -> a person follows, مدينة -> a place follows, حزب -> an organisation's name starts) and
// abbreviation definitions `X (Y)` / `X «Y»`, which make Y an alias of X for the rest of the text.
class RuleEntityRecognizer : public EntityRecognizer
{
public:
    RuleEntityRecognizer();
    explicit RuleEntityRecognizer(const Gazetteer *gazetteer);

    QString name() const override { return QStringLiteral("rules"); }
    QList<Annotation> recognize(const TextAnalysis &analysis) const override;
    void addKnownWords(Lexicon &lexicon) const override;

    // The confidence of a name from a curated list (one derived from a corpus gets less).
    static constexpr double curatedConfidence = 0.85;

private:
    const Gazetteer *m_gazetteer;
};

} // namespace Hamish
