// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/EntityIndex.h"

#include "core/model/AnnotationDocument.h"
#include "core/text/TextSearch.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {

constexpr qsizetype kMaxAliasLength = 80;

QString slot(const QString &label, const QString &key)
{
    return label + u'\x1f' + key;
}

bool isLatinAcronym(QStringView key)
{
    if (key.size() < 2 || key.size() > 10)
        return false;
    return std::all_of(key.begin(), key.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'.' || c == u'-';
    });
}

// The text in parentheses or guillemets right after `end`, if any.
QStringView bracketedAfter(QStringView text, qsizetype end)
{
    qsizetype pos = end;
    while (pos < text.size() && (text.at(pos) == u' ' || text.at(pos) == QChar(0x00A0)))
        ++pos;
    if (pos >= text.size())
        return {};
    const QChar open = text.at(pos);
    const QChar close = open == u'(' ? u')' : open == QChar(0x00AB) ? QChar(0x00BB) : QChar();
    if (close.isNull())
        return {};
    for (qsizetype i = pos + 1; i < text.size() && i - pos <= kMaxAliasLength; ++i) {
        if (text.at(i) == close)
            return text.mid(pos + 1, i - pos - 1).trimmed();
        if (text.at(i) == u'\n' || text.at(i) == open)
            break;
    }
    return {};
}

} // namespace

bool EntityIndex::isShortFormOf(QStringView shortKey, QStringView longKey)
{
    if (shortKey.isEmpty() || shortKey.contains(u' ') || !longKey.contains(u' ') || shortKey.size() >= longKey.size())
        return false;
    if (isLatinAcronym(shortKey))
        return true;
    // Arabic acronyms take letters from the words, not only initials (داعش, حماس): ask for the letters in
    // order, the first being a word's initial (after the article).
    bool initial = false;
    for (QStringView word : longKey.split(u' ', Qt::SkipEmptyParts)) {
        if (word.startsWith(u"ال") && word.size() > 3)
            word = word.mid(2);
        else if (word.startsWith(u"وال") && word.size() > 4)
            word = word.mid(3);
        initial = initial || word.front() == shortKey.front();
    }
    if (!initial)
        return false;
    qsizetype next = 0;
    for (QChar c : longKey) {
        if (next < shortKey.size() && c == shortKey.at(next))
            ++next;
    }
    return next == shortKey.size();
}

void EntityIndex::build(const AnnotationDocument &document, double threshold)
{
    build(document.article().text(), document.annotations(), document.labels(), threshold);
}

void EntityIndex::build(const QString &text, const QList<Annotation> &annotations, const QList<Label> &labels,
                        double threshold)
{
    m_groups.clear();
    m_aliasOf.clear();
    m_written.clear();
    m_known.clear();

    struct Item
    {
        const Annotation *annotation;
        QString key;
    };
    QList<Item> items;
    items.reserve(annotations.size());
    for (const Annotation &annotation : annotations) {
        if (annotation.status == AnnotationStatus::Rejected || annotation.isBelowThreshold(threshold)
            || annotation.end > text.size())
            continue;
        const QStringView written = QStringView(text).mid(annotation.start, annotation.length());
        QString key = TextSearch::matchKey(written);
        if (key.isEmpty())
            continue;
        const QString where = slot(annotation.label, key);
        m_known.insert(where);
        if (!m_written.contains(where))
            m_written.insert(where, written.trimmed().toString());
        // A short form defined right after a name, or a full name explaining a short form before it.
        const QStringView bracketed = bracketedAfter(text, annotation.end);
        if (!bracketed.isEmpty()) {
            const QString other = TextSearch::matchKey(bracketed);
            const QString otherWhere = slot(annotation.label, other);
            if (isShortFormOf(other, key) || isShortFormOf(key, other)) {
                const bool otherIsShort = isShortFormOf(other, key);
                m_aliasOf.insert(otherIsShort ? otherWhere : where, otherIsShort ? where : otherWhere);
                m_known.insert(otherWhere);
                if (!m_written.contains(otherWhere))
                    m_written.insert(otherWhere, bracketed.toString());
            }
        }
        items.append({&annotation, std::move(key)});
    }

    QHash<QString, qsizetype> groupIndex;
    for (const Label &label : labels) {
        groupIndex.insert(label.name, m_groups.size());
        m_groups.append({label.name, label.colour, {}, 0});
    }
    QHash<QString, qsizetype> entityIndex; // slot -> index in its group
    for (const Item &item : std::as_const(items)) {
        const QString &label = item.annotation->label;
        if (!groupIndex.contains(label)) {
            groupIndex.insert(label, m_groups.size());
            m_groups.append({label, {}, {}, 0});
        }
        Group &group = m_groups[groupIndex.value(label)];
        const QString key = canonical(label, item.key);
        const QString where = slot(label, key);
        auto found = entityIndex.constFind(where);
        if (found == entityIndex.constEnd()) {
            found = entityIndex.insert(where, group.entities.size());
            const QString written = m_written.value(where);
            group.entities.append({key, written.isEmpty() ? m_written.value(slot(label, item.key)) : written, {}, {}});
        }
        group.entities[*found].mentions.append({item.annotation->id, item.annotation->start, item.annotation->end});
        ++group.mentionCount;
    }
    for (auto it = m_aliasOf.cbegin(); it != m_aliasOf.cend(); ++it) {
        const qsizetype separator = it.key().indexOf(u'\x1f');
        const QString label = it.key().left(separator);
        const QString longWhere = slot(label, canonical(label, it.key().mid(separator + 1)));
        const auto found = entityIndex.constFind(longWhere);
        if (found == entityIndex.constEnd())
            continue;
        Entity &entity = m_groups[groupIndex.value(label)].entities[*found];
        const QString written = m_written.value(it.key());
        if (!entity.aliases.contains(written) && written != entity.name)
            entity.aliases.append(written);
    }
    // Labels without annotations have nothing to show.
    m_groups.removeIf([](const Group &group) { return group.entities.isEmpty(); });
    for (Group &group : m_groups) {
        for (Entity &entity : group.entities) {
            std::sort(entity.mentions.begin(), entity.mentions.end(),
                      [](const Mention &a, const Mention &b) { return a.start < b.start; });
            entity.aliases.sort();
        }
        std::stable_sort(group.entities.begin(), group.entities.end(), [](const Entity &a, const Entity &b) {
            if (a.mentions.size() != b.mentions.size())
                return a.mentions.size() > b.mentions.size();
            return a.mentions.first().start < b.mentions.first().start;
        });
    }
}

QString EntityIndex::withoutProclitics(const QString &label, const QString &key) const
{
    // Strip only what leaves a form the document knows (light stemming): وزارة stays وزارة.
    for (qsizetype length = 1; length <= 2 && key.size() - length >= 2; ++length) {
        const QString rest = key.mid(length);
        if (TextSearch::isProcliticPrefix(QStringView(key).left(length)) && m_known.contains(slot(label, rest)))
            return rest;
    }
    // للرقة, وللرقة: a preposition before the article, whose alef it swallowed.
    for (qsizetype length = 1; length <= 2 && key.size() - length >= 3; ++length) {
        if (TextSearch::isArticleLamPrefix(QStringView(key).left(length)) && key.at(length) == u'ل') {
            const QString withArticle = u"ا"_s + key.mid(length);
            if (m_known.contains(slot(label, withArticle)))
                return withArticle;
        }
    }
    return key;
}

QString EntityIndex::canonical(const QString &label, const QString &key) const
{
    QString where = slot(label, withoutProclitics(label, key));
    // Follow short form -> full name; a bounded walk, since a text could define each by the other.
    for (int step = 0; step < 4; ++step) {
        const auto found = m_aliasOf.constFind(where);
        if (found == m_aliasOf.constEnd())
            break;
        where = *found;
    }
    return where.mid(label.size() + 1);
}

QString EntityIndex::canonicalForm(const QString &label, QStringView text) const
{
    return canonical(label, TextSearch::matchKey(text));
}

const EntityIndex::Group *EntityIndex::group(const QString &label) const
{
    for (const Group &group : m_groups) {
        if (group.label == label)
            return &group;
    }
    return nullptr;
}

const EntityIndex::Entity *EntityIndex::entity(const QString &label, const QString &key) const
{
    const Group *found = group(label);
    if (!found)
        return nullptr;
    for (const Entity &entity : found->entities) {
        if (entity.key == key)
            return &entity;
    }
    return nullptr;
}

} // namespace Hamish
