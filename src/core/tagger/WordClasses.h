// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/extraction/WordTable.h"

#include <QString>
#include <QStringView>

#include <array>

namespace Hamish {

// Classes of words learnt from unlabelled Arabic text (WordClassLearner), read by the tagger's `classes` feature
// group: words that stand in the same contexts share a class, so a name the labelled corpus never shows still
// looks like the names it does. Three granularities, coarse to fine. The shipped table is
// resources/gazetteers/word-classes.tsv (see resources/gazetteers/README.md for its source and licence).
class WordClasses
{
public:
    static constexpr int levels = 3;
    using Classes = std::array<quint16, levels>;

    // The shipped table, or the file given to useFile() before the first call.
    static const WordClasses &instance();
    // Makes instance() read `path` instead of the shipped table (`hamish train --word-classes`); must be called
    // before instance() is first used. False, with the reason in `error`, if the file cannot be read.
    static bool useFile(const QString &path, QString *error);

    WordClasses() = default;

    // `word<TAB>class<TAB>class<TAB>class` lines, coarse to fine; '#' starts a comment line. Words are normalised
    // (TaggerWordForms::normalize) when read. False when no line could be read.
    bool parse(QStringView text);
    void insert(QStringView normalizedWord, const Classes &classes) { m_classes.insert(normalizedWord, classes); }

    // The classes of a normalised word, nullptr when the table does not hold it.
    const Classes *find(QStringView normalizedWord) const { return m_classes.find(normalizedWord); }
    qsizetype size() const { return m_classes.size(); }

private:
    WordTable<Classes> m_classes;
};

} // namespace Hamish
