// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Annotation.h"
#include "core/model/Label.h"

#include <QHash>
#include <QList>
#include <QStringView>

namespace Hamish {

// Learns from the user within one project: mentions the user accepted or added become evidence, so the
// same normalised mention elsewhere (also with a proclitic: «وللعراق», «بالعراق») is suggested with the
// user's label; a rejected suggestion counts against its label. Takes plain texts and annotations, so the
// project store decides what to feed it.
class UserLexicon
{
public:
    // Records the evidence in `annotations` over `text`: Accepted annotations (and anything the user
    // added) for, Rejected ones against. Numeric labels (NUMBER, DATE, ...) stay with the rules.
    void learn(QStringView text, const QList<Annotation> &annotations);
    // Every occurrence in `text` of a mention whose evidence favours a label; origin "lexicon", status
    // Suggested. Longest mention first; no two suggestions overlap.
    QList<Annotation> suggest(QStringView text) const;

    // The engine's suggestions for a text with the user's word first: `lexicon` (from suggest()) is added
    // and every engine name suggestion overlapping one of its mentions is left out, except a longer name a
    // mention is part of (then the mention is left out). Numbers, dates and the other numeric expressions
    // stay as the engine found them.
    static QList<Annotation> preferUser(QList<Annotation> engine, QList<Annotation> lexicon);
    qsizetype size() const { return m_entries.size(); }
    friend bool operator==(const UserLexicon &, const UserLexicon &) = default;
    // The label the evidence favours for a mention, or empty.
    QString labelFor(QStringView mention) const;

private:
    struct Entry
    {
        QHash<QString, int> votes; // label → accepted minus rejected
        friend bool operator==(const Entry &, const Entry &) = default;
    };
    static QString key(QStringView mention);
    QString bestLabel(const Entry &entry) const;

    QHash<QString, Entry> m_entries; // normalised mention words joined by one space
    int m_maxWords = 0;
};

} // namespace Hamish
