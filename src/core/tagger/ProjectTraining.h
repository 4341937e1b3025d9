// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Annotation.h"
#include "core/tagger/ConllCorpus.h"
#include "core/tagger/PerceptronTrainer.h"
#include "core/tagger/SequenceModel.h"

#include <QList>
#include <QString>

namespace Hamish {

// Training the entity model on what a user reviewed in a project, added to the shipped training data: the
// project's texts are read as the tagger reads them, and each sentence the user reviewed becomes a training
// sentence whose names are the ones the user accepted or added (a rejected suggestion is a stretch of words
// that is no name there).
namespace ProjectTraining {

// The project setting that holds the model trained on the project (its file bytes), used for the project's next
// suggestions.
inline constexpr char16_t modelSetting[] = u"tagger/model";

// One article as the user left it: its text and its name annotations with their status.
struct ReviewedText
{
    QString text;
    QList<Annotation> annotations;
};

// The reviewed sentences of `texts`, tokenised as the tagger reads text: a sentence counts as reviewed when
// the user decided something in it (accepted, rejected or added a name) and left no name suggestion in it
// undecided. Its tags come from the accepted and added PERSON / LOCATION / ORGANIZATION / MISC annotations;
// every other token is O.
QList<TaggedSentence> reviewedSentences(const QList<ReviewedText> &texts);

// The training data of the shipped model (ANERcorp's training file, embedded); empty if it is missing.
QList<TaggedSentence> shippedSentences(QString *error = nullptr);

// A model trained on `shipped` plus `project`, each project sentence counted `projectWeight` times, with the
// shipped model's recipe and its confidence calibration.
SequenceModel train(const QList<TaggedSentence> &shipped, const QList<TaggedSentence> &project,
                    const SequenceModel &shippedModel, int projectWeight = 1,
                    const PerceptronTrainer::Progress &progress = {});

} // namespace ProjectTraining

} // namespace Hamish
