// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/extraction/Gazetteer.h"
#include "core/extraction/WordTable.h"

#include <QStringView>

namespace Hamish {

// Open name lists beyond the curated gazetteer, read by the tagger's `lists` feature group (never by the rules):
// the words of people's names in Wikidata's Arabic labels with how common each is, names of places, sports clubs,
// people and competitions from ArWikiCats, the people, places and organisations WikiFANE Gold annotates, and
// ICU's (CLDR's) Arabic currency names. The model learns how far to
// trust each; see resources/gazetteers/README.md for sources and licences.
class NameLists
{
public:
    static const NameLists &instance();

    NameLists() = default;
    // `word<TAB>frequency class` lines (names-wikidata-persons.tsv); '#' starts a comment line.
    void addPersonWords(QStringView text);
    // `LABEL<TAB>name` lines (names-arwikicats.tsv, names-wikifane.tsv).
    void addNames(QStringView text);
    void addName(EntityType type, QStringView name);

    // The frequency class (1-12) of a normalised word as a word of people's names; 0 when it is not listed.
    int personWordClass(QStringView normalizedWord) const { return m_personWords.value(normalizedWord, 0); }
    const EntityType *find(QStringView normalizedPhrase) const { return m_names.find(normalizedPhrase); }
    // find() of `count` words joined by single spaces, without building the phrase (WordTable::findWords).
    template<typename WordAt>
    const EntityType *findWords(qsizetype count, WordAt wordAt) const
    {
        return m_names.findWords(count, wordAt);
    }
    int maxWords(QStringView normalizedFirstWord) const { return m_maxWords.value(normalizedFirstWord, 0); }

private:
    void loadResources();
    void addIcuCurrencies();

    WordTable<int> m_personWords;
    WordTable<EntityType> m_names;
    WordTable<int> m_maxWords;
};

} // namespace Hamish
