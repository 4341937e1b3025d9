// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extraction/RuleEntityRecognizer.h"

#include "core/extraction/WordTable.h"

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {

constexpr int kMaxNameWords = 8;
constexpr int kMaxOrganizationTail = 4;
constexpr int kMaxAliasWords = 5;

struct Found
{
    EntityType type;
    qsizetype first; // token indices, inclusive
    qsizetype last;
    double confidence;
    QString origin;
};

QStringView withoutArticle(QStringView word)
{
    return word.size() > 3 && word.startsWith(u"ال") ? word.mid(2) : word;
}

class Matcher
{
public:
    Matcher(const TextAnalysis &analysis, const Gazetteer &gazetteer)
        : m_analysis(analysis)
        , m_gazetteer(gazetteer)
        , m_taken(analysis.size(), false)
    {}

    QList<Annotation> run();

private:
    bool isWord(qsizetype index) const { return index < m_analysis.size() && m_analysis.at(index).isWord(); }
    bool isStop(qsizetype index) const
    {
        return !isWord(index) || m_gazetteer.isStopWord(m_analysis.at(index).text)
               || m_gazetteer.isStopWord(m_analysis.at(index).stem);
    }
    const TriggerKind *triggerAt(qsizetype index) const
    {
        if (!isWord(index))
            return nullptr;
        const Token &token = m_analysis.at(index);
        const TriggerKind *kind = (token.categories & TriggerCategory) ? m_gazetteer.trigger(token.stem) : nullptr;
        if (!kind && (token.bareCategories & TriggerCategory))
            kind = m_gazetteer.trigger(withoutArticle(token.stem));
        return kind;
    }
    bool gazetteerAt(qsizetype index, Found *found) const;
    bool isNameCandidate(qsizetype index) const;
    bool isPersonWordAt(qsizetype index) const;
    bool isUnknownFamilyName(qsizetype index) const;
    bool isListedNonPerson(QStringView word) const;
    qsizetype nameEnd(qsizetype first) const;
    bool personAfter(qsizetype trigger, Found *found) const;
    bool personFromGivenName(qsizetype index, Found *found) const;
    bool locationAfter(qsizetype trigger, Found *found) const;
    bool organizationFrom(qsizetype trigger, Found *found) const;
    void take(const Found &found);
    void addAliases();

    const TextAnalysis &m_analysis;
    const Gazetteer &m_gazetteer;
    QList<bool> m_taken;
    QList<Found> m_found;
};

bool Matcher::gazetteerAt(qsizetype index, Found *found) const
{
    const Token &token = m_analysis.at(index);
    const bool restored = token.stem.data() != token.text.data() + token.prefixLength(); // للأمم المتحدة
    // A stem found by dropping the article is not the name: السورية (Syrian) is not سورية (Syria).
    if (!restored && token.wordStart != token.stemStart)
        return false;
    if (!((restored ? token.bareCategories : token.categories) & NameStartCategory) && !restored)
        return false;
    const int maxWords = std::min<qsizetype>(m_gazetteer.maxWords(token.stem), m_analysis.size() - index);
    const QStringView text = m_analysis.normalized().text;
    for (int words = maxWords; words >= 1; --words) {
        const qsizetype last = index + words - 1;
        if (!isWord(last))
            continue;
        const QStringView phrase = text.mid(token.stemStart, m_analysis.at(last).end - token.stemStart);
        // A word the corpus mostly uses outside names is not a proclitic + a one-word name without the
        // article: فشل is not ف + شل, وبين not وب + ين. (وبالبصرة and لمجلس الأمن keep their names.)
        if (words == 1 && token.prefixLength() > 0 && !restored && !token.stem.startsWith(u"ال")
            && m_gazetteer.isCommonWord(token.text))
            continue;
        const Gazetteer::Entry *entry = restored ? m_gazetteer.find(u"ال", phrase) : m_gazetteer.find(phrase);
        if (entry) {
            *found = {entry->type, index, last, entry->curated ? RuleEntityRecognizer::curatedConfidence : 0.75,
                      u"gazetteer"_s};
            return true;
        }
    }
    return false;
}

// A word that can be part of a name nobody listed: no proclitic, no article, not a function word, a
// trigger or a word of the number and date tables.
bool Matcher::isNameCandidate(qsizetype index) const
{
    if (!isWord(index) || isStop(index) || triggerAt(index))
        return false;
    const Token &token = m_analysis.at(index);
    constexpr quint16 tableWords =
        NumberCategory | OrdinalCategory | MeasureCategory | MonthCategory | DayCategory | TriggerCategory;
    // A word the lists know is a place's or an organisation's, not an unknown name.
    return token.prefixLength() == 0 && !token.text.startsWith(u"ال") && !(token.categories & tableWords)
           && !(token.known && isListedNonPerson(token.stem)) && token.text.size() >= 2;
}

// The word alone is a listed place, organisation or other non-person name (سورية, but not هاربر of بيرل هاربر).
bool Matcher::isListedNonPerson(QStringView word) const
{
    const Gazetteer::Entry *entry = m_gazetteer.find(word);
    return entry && entry->type != EntityType::Person;
}

// A family name with the article that no list knows (الزعبي): only after a name's first word.
bool Matcher::isUnknownFamilyName(qsizetype index) const
{
    if (!isWord(index) || isStop(index))
        return false;
    const Token &token = m_analysis.at(index);
    return !token.known && token.prefixLength() == 0 && token.text.startsWith(u"ال") && token.text.size() >= 4;
}

bool Matcher::isPersonWordAt(qsizetype index) const
{
    return isWord(index) && m_analysis.at(index).known
           && (m_gazetteer.isGivenName(m_analysis.at(index).stem)
               || m_gazetteer.isPersonWord(m_analysis.at(index).stem));
}

// The rest of a name that starts at `first`: known name words (surnames like الأسد included) or one
// unknown word, up to four words in all.
qsizetype Matcher::nameEnd(qsizetype first) const
{
    qsizetype last = first;
    bool unknownTaken = false;
    while (last + 1 < m_analysis.size() && last - first < 3 && !isStop(last + 1) && !triggerAt(last + 1)) {
        // A listed family name may carry the article (الزعبي), not a conjunction or preposition.
        if (isPersonWordAt(last + 1) && !m_analysis.at(last + 1).hasParticle()) {
            ++last;
        } else if (!unknownTaken && (isNameCandidate(last + 1) || isUnknownFamilyName(last + 1))) {
            unknownTaken = true;
            ++last;
        } else {
            break;
        }
    }
    return last;
}

bool Matcher::personAfter(qsizetype trigger, Found *found) const
{
    // الرئيس السوري بشار الأسد، رئيس الوزراء الكندي ستيفن هاربر: the name may come after a title's
    // definite words (adjectives, the rest of the title); it starts with a given name or an unknown word.
    for (qsizetype at = trigger + 1; at <= trigger + 3 && isWord(at) && !isStop(at); ++at) {
        const Token &token = m_analysis.at(at);
        Found listed{};
        if (gazetteerAt(at, &listed) && listed.type != EntityType::Person)
            return false; // الأمين العام للأمم المتحدة: the organisation is the next entity
        if (isPersonWordAt(at) && token.prefixLength() == 0 && !token.text.startsWith(u"ال")) {
            *found = {EntityType::Person, at, nameEnd(at), 0.7, u"rules:trigger"_s};
            return true;
        }
        if (isNameCandidate(at)) {
            const qsizetype last = nameEnd(at);
            *found = {EntityType::Person, at, last, 0.55, u"rules:trigger"_s};
            return true;
        }
        if (!token.text.startsWith(u"ال"))
            return false;
    }
    return false;
}

// A listed given name followed by more of a name, with no trigger: مازن حسان.
bool Matcher::personFromGivenName(qsizetype index, Found *found) const
{
    const Token &token = m_analysis.at(index);
    if (!token.known || isStop(index) || !m_gazetteer.isGivenName(token.stem))
        return false;
    const qsizetype last = nameEnd(index);
    if (last == index)
        return false;
    *found = {EntityType::Person, index, last, 0.5, u"rules:given-name"_s};
    return true;
}

bool Matcher::locationAfter(qsizetype trigger, Found *found) const
{
    // مدينة الرقة (a noun in construct: the name follows) but المدينة القديمة، العاصمة الكازاخية (with the
    // article the next word is an adjective; only a name without the article follows: العاصمة أستانا).
    const qsizetype at = trigger + 1;
    if (!isWord(at) || isStop(at) || triggerAt(at) || m_analysis.at(at).prefixLength() != 0)
        return false;
    const Token &triggerToken = m_analysis.at(trigger);
    const bool definiteTrigger = triggerToken.text.startsWith(u"ال") || triggerToken.stem.startsWith(u"ال")
                                 || triggerToken.text.first(triggerToken.prefixLength()).endsWith(u"ال");
    if (definiteTrigger && !isNameCandidate(at))
        return false;
    qsizetype last = at;
    while (last + 1 < m_analysis.size() && last - at < 2 && isWord(last + 1)
           && m_gazetteer.isNameWord(m_analysis.at(last + 1).text) && !isStop(last + 1))
        ++last;
    *found = {EntityType::Location, at, last, 0.6, u"rules:trigger"_s};
    return true;
}

bool Matcher::organizationFrom(qsizetype trigger, Found *found) const
{
    qsizetype last = trigger;
    while (last + 1 < m_analysis.size() && last - trigger < kMaxOrganizationTail && isWord(last + 1)
           && !isStop(last + 1) && !m_analysis.at(last + 1).hasParticle()) {
        const Token &next = m_analysis.at(last + 1);
        if (!next.text.startsWith(u"ال") && !m_gazetteer.isNameWord(next.text))
            break;
        ++last;
    }
    if (last == trigger)
        return false;
    *found = {EntityType::Organization, trigger, last, 0.6, u"rules:trigger"_s};
    return true;
}

void Matcher::take(const Found &found)
{
    for (qsizetype i = found.first; i <= found.last; ++i)
        m_taken[i] = true;
    m_found.append(found);
}

// X (Y) and X «Y» right after an entity X: Y is X's abbreviation or alias, found everywhere after.
void Matcher::addAliases()
{
    WordTable<EntityType> aliases;
    const QList<Found> entities = m_found;
    for (const Found &entity : entities) {
        const qsizetype open = entity.last + 1;
        if (open >= m_analysis.size() || !(m_analysis.at(open).isSymbol(u'(') || m_analysis.at(open).isSymbol(u'«')))
            continue;
        const char16_t closing = m_analysis.at(open).isSymbol(u'(') ? u')' : u'»';
        qsizetype close = open + 1;
        while (close < m_analysis.size() && close - open <= kMaxAliasWords && isWord(close))
            ++close;
        if (close == open + 1 || close >= m_analysis.size() || !m_analysis.at(close).isSymbol(closing))
            continue;
        const QStringView alias = m_analysis.phrase(open + 1, close - 1);
        aliases.insert(alias, entity.type);
        bool free = true;
        for (qsizetype i = open + 1; i < close; ++i)
            free = free && !m_taken.at(i);
        if (free)
            take({entity.type, open + 1, close - 1, 0.8, u"rules:alias"_s});
    }
    if (aliases.isEmpty())
        return;
    WordTable<bool> firstWords;
    for (const auto &alias : aliases.entries())
        firstWords.insert(alias.key.section(u' ', 0, 0), true);
    for (qsizetype i = 0; i < m_analysis.size(); ++i) {
        if (m_taken.at(i) || !isWord(i))
            continue;
        const QStringView start = m_analysis.phrase(i, i);
        if (!firstWords.contains(start))
            continue;
        for (qsizetype words = kMaxAliasWords; words >= 1; --words) {
            const qsizetype last = i + words - 1;
            if (last >= m_analysis.size() || !isWord(last))
                continue;
            const QStringView phrase = m_analysis.phrase(i, last);
            const EntityType *type = aliases.find(phrase);
            if (!type)
                continue;
            bool free = true;
            for (qsizetype j = i; j <= last; ++j)
                free = free && !m_taken.at(j);
            if (free) {
                take({*type, i, last, 0.75, u"rules:alias"_s});
                i = last;
            }
            break;
        }
    }
}

QList<Annotation> Matcher::run()
{
    for (qsizetype i = 0; i < m_analysis.size(); ++i) {
        // Names and triggers are all in the lexicon: an unknown word starts nothing.
        if (!isWord(i) || !m_analysis.at(i).known)
            continue;
        Found found{};
        const TriggerKind *trigger = triggerAt(i);
        if (trigger && *trigger == TriggerKind::OrganizationHead) {
            // A known organisation that starts with the trigger (وزارة الخارجية) is the gazetteer's.
            if (gazetteerAt(i, &found) || organizationFrom(i, &found)) {
                take(found);
                i = found.last;
            }
            continue;
        }
        if (gazetteerAt(i, &found)) {
            take(found);
            i = found.last;
            continue;
        }
        if (!trigger) {
            if (personFromGivenName(i, &found)) {
                take(found);
                i = found.last;
            }
            continue;
        }
        const qsizetype next = i + 1;
        Found known{};
        if (next < m_analysis.size() && isWord(next) && gazetteerAt(next, &known)) {
            take(known);
            i = known.last;
            continue;
        }
        if ((*trigger == TriggerKind::PersonFollows && personAfter(i, &found))
            || (*trigger == TriggerKind::LocationFollows && locationAfter(i, &found))) {
            take(found);
            i = found.last;
        }
    }
    addAliases();
    QList<Annotation> result;
    result.reserve(m_found.size());
    for (const Found &found : m_found) {
        const qsizetype start = m_analysis.at(found.first).wordStart;
        result.append(m_analysis.annotation(entityLabel(found.type), start, m_analysis.at(found.last).end, QJsonValue(),
                                            found.confidence, found.origin));
    }
    return result;
}

} // namespace

RuleEntityRecognizer::RuleEntityRecognizer()
    : m_gazetteer(&Gazetteer::instance())
{}

RuleEntityRecognizer::RuleEntityRecognizer(const Gazetteer *gazetteer)
    : m_gazetteer(gazetteer)
{}

QList<Annotation> RuleEntityRecognizer::recognize(const TextAnalysis &analysis) const
{
    return Matcher(analysis, *m_gazetteer).run();
}

void RuleEntityRecognizer::addKnownWords(Lexicon &lexicon) const
{
    m_gazetteer->addTo(lexicon);
}

} // namespace Hamish
