// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Annotation.h"
#include "core/model/Label.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Hamish {

class AnnotationDocument;

// A document's entities: its annotations (rejected suggestions left out) grouped by label, then by
// canonical form — the normalised text without proclitics, with a short form defined in parentheses or
// guillemets right after a full name («قوات سورية الديمقراطية (قسد)») grouped with that name.
class EntityIndex
{
public:
    struct Mention
    {
        qint64 id = 0;
        qsizetype start = 0;
        qsizetype end = 0;
    };
    struct Entity
    {
        QString key;             // the canonical form, as TextSearch::matchKey spells it
        QString name;            // the full name as first written in the text
        QStringList aliases;     // short forms as written, e.g. "قسد"
        QList<Mention> mentions; // in text order
    };
    struct Group
    {
        QString label;
        QString colour;
        QList<Entity> entities; // most mentioned first
        qsizetype mentionCount = 0;
    };

    // Suggestions below `threshold` (the legend's slider) are left out like rejected ones.
    void build(const AnnotationDocument &document, double threshold = 0);
    void build(const QString &text, const QList<Annotation> &annotations, const QList<Label> &labels,
               double threshold = 0);

    const QList<Group> &groups() const { return m_groups; }
    const Group *group(const QString &label) const;
    const Entity *entity(const QString &label, const QString &key) const;
    // The canonical form `text` would have as an annotation of `label` in this document.
    QString canonicalForm(const QString &label, QStringView text) const;

    // Whether `shortKey` can abbreviate `longKey` (both match keys): a Latin acronym, or an Arabic one
    // whose letters appear in order in the full name, starting with the initial of one of its words.
    static bool isShortFormOf(QStringView shortKey, QStringView longKey);

private:
    QString canonical(const QString &label, const QString &key) const;
    QString withoutProclitics(const QString &label, const QString &key) const;

    QList<Group> m_groups;
    QHash<QString, QString> m_aliasOf; // (label, short key) -> (label, long key), keys joined by '\x1f'
    QHash<QString, QString> m_written; // (label, key) -> the form first written in the text
    QSet<QString> m_known;             // (label, key) of every mention and alias
};

} // namespace Hamish
