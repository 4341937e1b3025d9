// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tagger/Conll.h"

#include <QList>
#include <QStringList>

namespace Hamish {

// One sentence of a tagged corpus: its tokens and their BIO tags.
using TaggedSentence = ConllSentence;

// Reads training corpora strictly: `token TAG` a line, a blank line between sentences, tags O / B-X / I-X;
// a malformed line stops the read with its number (Conll::read, for tagging and scoring, is lenient).
namespace ConllCorpus {

// Returns the sentences; on a malformed file returns nothing and sets `error` (with the line number).
QList<TaggedSentence> parse(QStringView text, QString *error);
QList<TaggedSentence> read(const QString &path, QString *error);

} // namespace ConllCorpus

} // namespace Hamish
