// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extraction/Gazetteer.h"

#include "core/text/ArabicNormalizer.h"
#include "core/text/EnumNames.h"

#include <QFile>

#include <unicode/locid.h>
#include <unicode/strenum.h>
#include <unicode/timezone.h>
#include <unicode/tznames.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {
constexpr EnumName<EntityType> kEntityLabels[] = {{EntityType::Person, u"PERSON"},
                                                  {EntityType::Location, u"LOCATION"},
                                                  {EntityType::Organization, u"ORGANIZATION"},
                                                  {EntityType::Misc, u"MISC"}};
// The ANERcorp scheme; PER is read too, never written.
constexpr EnumName<EntityType> kConllTags[] = {{EntityType::Person, u"PERS"},
                                               {EntityType::Location, u"LOC"},
                                               {EntityType::Organization, u"ORG"},
                                               {EntityType::Misc, u"MISC"},
                                               {EntityType::Person, u"PER"}};
} // namespace

QString entityLabel(EntityType type)
{
    return enumName(kEntityLabels, type);
}

QString conllTag(EntityType type)
{
    return enumName(kConllTags, type);
}

bool entityTypeFromName(QStringView name, EntityType *type)
{
    std::optional<EntityType> found = enumFromName(kEntityLabels, name);
    if (!found)
        found = enumFromName(kConllTags, name);
    if (found)
        *type = *found;
    return found.has_value();
}

const Gazetteer &Gazetteer::instance()
{
    static const Gazetteer gazetteer = [] {
        Gazetteer loaded;
        loaded.loadResources();
        return loaded;
    }();
    return gazetteer;
}

void Gazetteer::addName(EntityType type, QStringView name, bool curated)
{
    const QString key = ArabicNormalizer::normalizeWord(name);
    if (key.isEmpty())
        return;
    const Entry *existing = m_names.find(key);
    if (existing && existing->curated && !curated)
        return; // a curated entry is not overridden by a corpus-derived one
    m_names.insert(key, Entry{type, curated});
    const QList<QStringView> words = QStringView(key).split(u' ', Qt::SkipEmptyParts);
    int &maxWords = m_maxWords[words.first()];
    maxWords = std::max(maxWords, int(words.size()));
    for (QStringView word : words) {
        m_nameWords.insert(word, true);
        if (curated)
            m_curatedNameWords.insert(word, true);
        if (type == EntityType::Person)
            m_personWords.insert(word, true);
    }
    // The first word of a listed person's full name is a given name (بشار in بشار الأسد).
    if (curated && type == EntityType::Person && words.size() >= 2 && words.first().size() >= 3)
        m_givenNames.insert(words.first(), true);
}

void Gazetteer::addTrigger(TriggerKind kind, QStringView word)
{
    m_triggers.insert(ArabicNormalizer::normalizeWord(word), kind);
}

void Gazetteer::addGivenName(QStringView name)
{
    const QString key = ArabicNormalizer::normalizeWord(name);
    m_givenNames.insert(key, true);
    m_personWords.insert(key, true);
}

void Gazetteer::addList(QStringView text, bool curated)
{
    for (QStringView line : text.tokenize(u'\n')) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype tab = line.indexOf(u'\t');
        if (tab < 0)
            continue;
        const QStringView kind = line.first(tab);
        const QStringView name = line.mid(tab + 1).trimmed();
        EntityType type;
        if (kind == u"TRIGGER-PERSON")
            addTrigger(TriggerKind::PersonFollows, name);
        else if (kind == u"TRIGGER-LOCATION")
            addTrigger(TriggerKind::LocationFollows, name);
        else if (kind == u"TRIGGER-ORGANIZATION")
            addTrigger(TriggerKind::OrganizationHead, name);
        else if (kind == u"GIVEN")
            addGivenName(name);
        else if (kind == u"STOP")
            m_stopWords.insert(ArabicNormalizer::normalizeWord(name), true);
        else if (kind == u"COMMON")
            m_commonWords.insert(ArabicNormalizer::normalizeWord(name), true);
        else if (entityTypeFromName(kind, &type))
            addName(type, name, curated);
    }
}

void Gazetteer::loadResources()
{
    // Corpus-derived lists first: curated entries override them.
    for (const auto &[path, curated] :
         {std::pair{u":/gazetteers/anercorp.tsv"_s, false}, std::pair{u":/gazetteers/anercorp-words.tsv"_s, false},
          std::pair{u":/gazetteers/curated.tsv"_s, true}, std::pair{u":/gazetteers/words.tsv"_s, true}}) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            addList(QString::fromUtf8(file.readAll()), curated);
    }
    addIcuNames();
}

void Gazetteer::addIcuNames()
{
    const icu::Locale arabic("ar");
    for (const char *const *country = icu::Locale::getISOCountries(); *country; ++country) {
        icu::UnicodeString name;
        icu::Locale(nullptr, *country).getDisplayCountry(arabic, name);
        if (name.length() > 0 && name.charAt(0) >= 0x0600 && name.charAt(0) <= 0x06FF)
            addName(EntityType::Location,
                    QStringView(reinterpret_cast<const char16_t *>(name.getBuffer()), name.length()), true);
    }
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::TimeZoneNames> names(icu::TimeZoneNames::createInstance(arabic, status));
    std::unique_ptr<icu::StringEnumeration> zones(
        icu::TimeZone::createTimeZoneIDEnumeration(UCAL_ZONE_TYPE_CANONICAL_LOCATION, nullptr, nullptr, status));
    if (U_FAILURE(status) || !names || !zones)
        return;
    while (const icu::UnicodeString *zone = zones->snext(status)) {
        if (U_FAILURE(status))
            break;
        icu::UnicodeString city;
        names->getExemplarLocationName(*zone, city);
        if (city.length() > 0 && city.charAt(0) >= 0x0600 && city.charAt(0) <= 0x06FF)
            addName(EntityType::Location,
                    QStringView(reinterpret_cast<const char16_t *>(city.getBuffer()), city.length()), true);
    }
}

const Gazetteer::Entry *Gazetteer::find(QStringView normalizedPhrase) const
{
    return m_names.find(normalizedPhrase);
}

const Gazetteer::Entry *Gazetteer::find(QStringView first, QStringView second) const
{
    return m_names.find(first, second);
}

int Gazetteer::maxWords(QStringView normalizedFirstWord) const
{
    return m_maxWords.value(normalizedFirstWord, 0);
}

const TriggerKind *Gazetteer::trigger(QStringView normalizedWord) const
{
    return m_triggers.find(normalizedWord);
}

bool Gazetteer::isGivenName(QStringView word) const
{
    return m_givenNames.contains(word);
}

bool Gazetteer::isPersonWord(QStringView word) const
{
    return m_personWords.contains(word);
}

bool Gazetteer::isNameWord(QStringView word) const
{
    return m_nameWords.contains(word);
}

bool Gazetteer::isCuratedNameWord(QStringView word) const
{
    return m_curatedNameWords.contains(word);
}

bool Gazetteer::isStopWord(QStringView word) const
{
    return m_stopWords.contains(word);
}

bool Gazetteer::isCommonWord(QStringView word) const
{
    return m_commonWords.contains(word);
}

void Gazetteer::addTo(Lexicon &lexicon) const
{
    for (const auto &entry : m_nameWords.entries())
        lexicon.insert(entry.key);
    for (const auto &entry : m_maxWords.entries())
        lexicon.insert(entry.key, NameStartCategory);
    for (const auto &entry : m_triggers.entries())
        lexicon.insert(entry.key, TriggerCategory);
    for (const auto &entry : m_givenNames.entries())
        lexicon.insert(entry.key);
    for (const auto &entry : m_stopWords.entries())
        lexicon.insert(entry.key, FunctionCategory);
}

} // namespace Hamish
