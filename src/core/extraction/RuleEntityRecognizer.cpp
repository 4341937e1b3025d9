#include "RuleEntityRecognizer.h"

#include <QHash>

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
    qsizetype start = -1; // normalised start when not the first token's stem (a glued corpus form)
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
        const TriggerKind *kind = m_gazetteer.trigger(token.stem);
        return kind ? kind : m_gazetteer.trigger(withoutArticle(token.stem));
    }
    bool gazetteerAt(qsizetype index, Found *found) const;
    bool personAfter(qsizetype trigger, Found *found) const;
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
    // The stem (after a proclitic) and, when they differ, the whole token (ANERcorp lists glued forms).
    for (int pass = 0; pass < 2; ++pass) {
        const qsizetype start = pass == 0 ? token.wordStart : token.start;
        if (pass == 1 && start == token.wordStart)
            break;
        const QStringView first = pass == 0 ? token.stem : token.text;
        const int maxWords = std::min<qsizetype>(m_gazetteer.maxWords(first), m_analysis.size() - index);
        for (int words = maxWords; words >= 1; --words) {
            const qsizetype last = index + words - 1;
            if (!isWord(last))
                continue;
            const QStringView text =
                QStringView(m_analysis.normalized().text).mid(start, m_analysis.at(last).end - start);
            const Gazetteer::Entry *entry = nullptr;
            if (pass == 0 && first.data() != token.text.data() + token.prefixLength())
                entry = m_gazetteer.find(
                    QString(u"ال"_s
                            + QStringView(m_analysis.normalized().text)
                                  .mid(token.stemStart, m_analysis.at(last).end - token.stemStart))); // للأمم المتحدة
            else
                entry = m_gazetteer.find(text);
            if (entry) {
                *found = {entry->type, index, last, entry->curated ? 0.85 : 0.75, u"gazetteer"_s, start};
                return true;
            }
        }
    }
    return false;
}

bool Matcher::personAfter(qsizetype trigger, Found *found) const
{
    // الرئيس السوري بشار الأسد: the name may come after a title's adjectives.
    for (qsizetype at = trigger + 1; at <= trigger + 3 && isWord(at) && !isStop(at); ++at) {
        const Token &token = m_analysis.at(at);
        if (!m_gazetteer.isGivenName(token.stem) && !m_gazetteer.isPersonWord(token.stem))
            continue;
        qsizetype last = at;
        bool unknownTaken = false;
        while (last + 1 < m_analysis.size() && last - at < 3 && isWord(last + 1) && !isStop(last + 1)
               && !triggerAt(last + 1)) {
            const QStringView next = m_analysis.at(last + 1).text;
            if (m_gazetteer.isPersonWord(next) || m_gazetteer.isGivenName(next)) {
                ++last;
            } else if (!unknownTaken && m_analysis.at(last + 1).prefixLength() == 0) {
                unknownTaken = true; // one surname the lists do not know
                ++last;
            } else {
                break;
            }
        }
        *found = {EntityType::Person, at, last, 0.7, u"rules:trigger"_s};
        return true;
    }
    return false;
}

bool Matcher::locationAfter(qsizetype trigger, Found *found) const
{
    const qsizetype at = trigger + 1;
    if (!isWord(at) || isStop(at) || triggerAt(at) || m_analysis.at(at).prefixLength() != 0)
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
           && !isStop(last + 1) && m_analysis.at(last + 1).prefixLength() == 0) {
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
    QHash<QString, EntityType> aliases;
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
        aliases.insert(alias.toString(), entity.type);
        bool free = true;
        for (qsizetype i = open + 1; i < close; ++i)
            free = free && !m_taken.at(i);
        if (free)
            take({entity.type, open + 1, close - 1, 0.8, u"rules:alias"_s});
    }
    if (aliases.isEmpty())
        return;
    for (qsizetype i = 0; i < m_analysis.size(); ++i) {
        if (m_taken.at(i) || !isWord(i))
            continue;
        for (qsizetype words = kMaxAliasWords; words >= 1; --words) {
            const qsizetype last = i + words - 1;
            if (last >= m_analysis.size() || !isWord(last))
                continue;
            const auto it = aliases.constFind(m_analysis.phrase(i, last).toString());
            if (it == aliases.cend())
                continue;
            bool free = true;
            for (qsizetype j = i; j <= last; ++j)
                free = free && !m_taken.at(j);
            if (free) {
                take({it.value(), i, last, 0.75, u"rules:alias"_s});
                i = last;
            }
            break;
        }
    }
}

QList<Annotation> Matcher::run()
{
    for (qsizetype i = 0; i < m_analysis.size(); ++i) {
        if (!isWord(i))
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
        if (!trigger)
            continue;
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
        const qsizetype start = found.start >= 0 ? found.start : m_analysis.at(found.first).wordStart;
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
