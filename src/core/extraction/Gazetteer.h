// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/extraction/Lexicon.h"
#include "core/extraction/WordTable.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Hamish {

// The entity kinds the gazetteers and the CoNLL tools speak of.
enum class EntityType : quint8 { Person, Location, Organization, Misc };

QString entityLabel(EntityType type);                        // "PERSON", ...
QString conllTag(EntityType type);                           // "PERS", "LOC", "ORG", "MISC" (the ANERcorp scheme)
bool entityTypeFromName(QStringView name, EntityType *type); // accepts both spellings

// What a trigger word announces.
enum class TriggerKind : quint8 {
    PersonFollows,    // الرئيس، وزير، الشيخ
    LocationFollows,  // مدينة، محافظة، نهر، العاصمة
    OrganizationHead, // قوات، حزب، وزارة: the word starts the organisation's name
};

// Names of people, places, organisations and other entities, and trigger words, keyed by normalised
// phrase. Built once, lazily and thread-safely, from the lists in resources/gazetteers/ and from
// ICU's Arabic names of regions and cities.
class Gazetteer
{
public:
    struct Entry
    {
        EntityType type = EntityType::Misc;
        bool curated = false; // from a curated list or ICU (not derived from a corpus)
    };

    static const Gazetteer &instance();
    // Builds a gazetteer from list texts (tests and tools); `lists` maps a type to names, one a line.
    Gazetteer() = default;
    void addName(EntityType type, QStringView name, bool curated);
    void addTrigger(TriggerKind kind, QStringView word);
    void addGivenName(QStringView name);
    // Reads "LABEL<TAB>name" lines (LABEL as in entityTypeFromName); '#' starts a comment line.
    void addList(QStringView text, bool curated);

    const Entry *find(QStringView normalizedPhrase) const;
    // The entry of `first` + `second` (ال + a phrase), as find(first + second).
    const Entry *find(QStringView first, QStringView second) const;
    // The entry of the phrase of `count` normalised words wordAt(0) .. wordAt(count - 1), as find() of them
    // joined by single spaces, without building the phrase (WordTable::findWords).
    template<typename WordAt>
    const Entry *findWords(qsizetype count, WordAt wordAt) const
    {
        return m_names.findWords(count, wordAt);
    }
    // The most words a name starting with this word has (0 if none does).
    int maxWords(QStringView normalizedFirstWord) const;
    const TriggerKind *trigger(QStringView normalizedWord) const;
    bool isGivenName(QStringView normalizedWord) const;
    // A word that occurs in a person's name in the lists (given names, surnames).
    bool isPersonWord(QStringView normalizedWord) const;
    bool isNameWord(QStringView normalizedWord) const;        // occurs in any name
    bool isCuratedNameWord(QStringView normalizedWord) const; // occurs in a curated name, as written there
    bool isStopWord(QStringView normalizedWord) const;
    // A word that starts like a proclitic but that a corpus mostly uses outside names (فشل, not ف + شل).
    bool isCommonWord(QStringView normalizedWord) const;
    qsizetype size() const { return m_names.size(); }

    void addTo(Lexicon &lexicon) const;

private:
    void loadResources();
    void addIcuNames();

    WordTable<Entry> m_names;
    WordTable<int> m_maxWords;
    WordTable<TriggerKind> m_triggers;
    WordTable<bool> m_givenNames; // sets: the value is unused
    WordTable<bool> m_personWords;
    WordTable<bool> m_nameWords;
    WordTable<bool> m_curatedNameWords;
    WordTable<bool> m_stopWords;
    WordTable<bool> m_commonWords;
};

} // namespace Hamish
