// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tagger/ConllCorpus.h"
#include "core/tagger/SequenceModel.h"
#include "core/tagger/TaggerFeatures.h"

#include <functional>

namespace Hamish {

// Trains a SequenceModel with the averaged structured perceptron (Collins 2002): Viterbi-decode each
// sentence, move weights towards the gold tags where they differ, average over all steps. Deterministic:
// the same sentences, options and seed give the same model bytes.
class PerceptronTrainer
{
public:
    struct Options
    {
        int epochs = 20;
        quint64 seed = 2007; // shuffles the sentence order each epoch
        quint32 featureGroups = TaggerFeatures::allGroups;
        int minCount = 1;        // features seen fewer times in training are dropped
        float pruneBelow = 0.0f; // drop features whose largest averaged weight is smaller than this
        float margin = 30.0f;    // how far the gold label must beat each other label before updates stop
        double dropout = 0.4;    // share of features hidden from each training token, per epoch
        // The Corpus features of a training sentence come from the other folds' lexicon (jackknifing):
        // the sentences are cut into this many consecutive folds.
        int corpusFolds = 5;
        // Tag names BIOES (begin, inside, end, single) instead of BIO: the decoder then knows where a name
        // ends as well as where it starts. The tagger gives BIO either way.
        bool bioes = true;
    };
    // Called after each epoch with its number (from 1) and how many training sentences were decoded wrong.
    using Progress = std::function<void(int epoch, qsizetype mistakes)>;

    static SequenceModel train(const QList<TaggedSentence> &sentences, const Options &options,
                               const Progress &progress = {});
};

} // namespace Hamish
