// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/extraction/EntityRecognizer.h"
#include "core/tagger/EntityTagger.h"

#include <memory>

namespace Hamish {

// The trained entity tagger as one of the extraction engine's recognisers, and the engine's standard set:
// names from the model (which reads the gazetteers and trigger words as features) plus gazetteer names
// where the model found none; numbers, dates and money from the rules; the rule recogniser takes over the
// names when the model cannot be loaded.
class ModelEntityRecognizer : public EntityRecognizer
{
public:
    // Which gazetteer names fill in where the model found none. The standard set adds curated places and people
    // only: on ten-fold cross-validation over ANERcorp the curated lists' fill-ins were right 37 % of the time for
    // places (even: −0.02 F1, and they find places the corpus never saw, such as الرقة), 15 % for organisations and
    // 13 % for MISC (−0.55 F1 in all); see docs/entity-model.md.
    enum class FillIns {
        All,     // curated and corpus-derived lists
        Curated, // curated lists only (ANERcorp cross-validation can score these honestly: the corpus-derived list
                 // holds the names of the parts it holds out)
        Places,  // curated places and people (the standard set)
        None,    // none: the model's names alone (a curated name still takes in a model's name it reaches past)
    };
    // With `rules`, their gazetteer names fill in where the model found none (the model wins every overlap).
    explicit ModelEntityRecognizer(const EntityTagger *tagger, std::shared_ptr<const EntityRecognizer> rules = nullptr,
                                   FillIns fillIns = FillIns::Places);

    QString name() const override { return QStringLiteral("model"); }
    QList<Annotation> recognize(const TextAnalysis &analysis) const override;
    void addKnownWords(Lexicon &lexicon) const override;

    // The recognisers `hamish extract`, `hamish tag` and the window use: the shipped model, or the rules if
    // it cannot be loaded (then `warning` says why).
    static QList<std::shared_ptr<const EntityRecognizer>> standardSet(QString *warning = nullptr);
    // The same choice for a given tagger: the model when `tagger` is usable, else the rules.
    static QList<std::shared_ptr<const EntityRecognizer>> recognizersFor(const EntityTagger *tagger,
                                                                         FillIns fillIns = FillIns::Places);

private:
    static void trimProclitics(const TextAnalysis &analysis, QList<Annotation> &found);

    const EntityTagger *m_tagger;
    std::shared_ptr<const EntityRecognizer> m_rules;
    FillIns m_fillIns;
};

} // namespace Hamish
