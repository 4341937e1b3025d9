// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CommandLine.h"
#include "core/tagger/ConllCorpus.h"

#include <QList>

namespace Hamish::Cli {

// `hamish train --project PROJECT`: trains the entity model on the shipped data plus what the user reviewed in
// the project, and stores it in the project for its next suggestions. `dataPath`, when set, replaces the shipped
// data (a CoNLL file).
int trainOnProject(const QString &path, const QString &dataPath, int projectWeight, Io &io);

// `hamish train --learning-curve 10,25,50,100`: holds out the last tenth of `sentences` as a new project, and
// for each step "annotates" its first N sentences from the gold tags, retrains on the rest plus those, and
// scores the project's sentences after the largest step, with and without retraining.
int simulateLearningCurve(const QList<TaggedSentence> &sentences, const QList<int> &steps, int projectWeight, int jobs,
                          Io &io);

} // namespace Hamish::Cli
