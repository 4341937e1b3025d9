// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/EntityModel.h"

#include "core/model/AnnotationDocument.h"
#include "core/model/ValueText.h"
#include "core/text/TextSearch.h"

#include <QColor>
#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {

// An index's internal id names its parent: 0 for a label row, label + 1 for an entity row, and
// (label + 1) << 32 | (entity + 1) for a mention row.
constexpr quintptr kEntityShift = 32;
// From this many annotations on, the index is built on a worker thread (about 10 ms of work per 5,000).
constexpr qsizetype kBackgroundAnnotations = 5000;
// Context each side of a mention: a few words, short enough that the mention stays in view in a narrow
// panel, and never past the paragraph.
constexpr int kContextWords = 3;
constexpr qsizetype kContextChars = 40;

// A DATE or TIME entity's value for a reader (dates as Gregorian and Hijri side by side, أمس as the day
// before the article's); empty for other labels.
QString dateDescription(const AnnotationDocument *document, const QString &label, qint64 annotationId)
{
    if (!document || (label != u"DATE" && label != u"TIME"))
        return {};
    const Annotation *annotation = document->annotation(annotationId);
    return annotation ? describeValue(label, annotation->value, QLocale()) : QString();
}

qsizetype contextStart(const QString &text, qsizetype start)
{
    int spaces = 0;
    qsizetype from = start;
    while (from > 0 && text.at(from - 1) != u'\n' && start - from < kContextChars) {
        if (text.at(from - 1).isSpace() && ++spaces > kContextWords)
            break;
        --from;
    }
    return from;
}

qsizetype contextEnd(const QString &text, qsizetype end)
{
    int spaces = 0;
    qsizetype to = end;
    while (to < text.size() && text.at(to) != u'\n' && to - end < kContextChars) {
        if (text.at(to).isSpace() && ++spaces > kContextWords)
            break;
        ++to;
    }
    return to;
}

quintptr mentionParentId(int labelRow, int entityRow)
{
    return (quintptr(labelRow + 1) << kEntityShift) | quintptr(entityRow + 1);
}

} // namespace

EntityModel::EntityModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_rebuildTimer(new QTimer(this))
{
    static_assert(sizeof(quintptr) >= 8, "mention ids need 64-bit internal ids");
    m_rebuildTimer->setSingleShot(true);
    m_rebuildTimer->setInterval(0);
    connect(m_rebuildTimer, &QTimer::timeout, this, &EntityModel::rebuild);
}

void EntityModel::setDocument(AnnotationDocument *document)
{
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    if (document) {
        connect(document, &AnnotationDocument::annotationsChanged, m_rebuildTimer, qOverload<>(&QTimer::start));
        connect(document, &AnnotationDocument::labelsChanged, m_rebuildTimer, qOverload<>(&QTimer::start));
        connect(document, &QObject::destroyed, this, [this] { refresh(); });
    }
    refresh();
}

void EntityModel::refresh()
{
    m_rebuildTimer->stop();
    ++m_generation;
    EntityIndex index;
    if (m_document)
        index.build(*m_document, m_threshold);
    setIndex(std::move(index));
}

void EntityModel::setConfidenceThreshold(double threshold)
{
    if (threshold == m_threshold)
        return;
    m_threshold = threshold;
    rebuild();
}

void EntityModel::rebuild()
{
    // Small documents are indexed at once; tens of thousands of annotations take a noticeable moment.
    if (!m_document || m_document->annotations().size() < kBackgroundAnnotations) {
        refresh();
        return;
    }
    const quint64 generation = ++m_generation;
    auto *watcher = new QFutureWatcher<EntityIndex>(this);
    connect(watcher, &QFutureWatcher<EntityIndex>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation)
            setIndex(watcher->future().result());
    });
    // The text is shared and never changes; the annotations and labels are a snapshot.
    watcher->setFuture(QtConcurrent::run([text = m_document->article().text(), annotations = m_document->annotations(),
                                          labels = m_document->labels(), threshold = m_threshold] {
        EntityIndex index;
        index.build(text, annotations, labels, threshold);
        return index;
    }));
}

void EntityModel::setIndex(EntityIndex index)
{
    beginResetModel();
    m_index = std::move(index);
    endResetModel();
}

const EntityIndex::Group *EntityModel::groupAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() != 0 || index.row() >= m_index.groups().size())
        return nullptr;
    return &m_index.groups().at(index.row());
}

const EntityIndex::Entity *EntityModel::entityAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0 || index.internalId() >> kEntityShift)
        return nullptr;
    const auto &groups = m_index.groups();
    const qsizetype labelRow = qsizetype(index.internalId()) - 1;
    if (labelRow >= groups.size() || index.row() >= groups.at(labelRow).entities.size())
        return nullptr;
    return &groups.at(labelRow).entities.at(index.row());
}

QModelIndex EntityModel::labelIndex(const QString &label) const
{
    for (int row = 0; row < m_index.groups().size(); ++row) {
        if (m_index.groups().at(row).label == label)
            return index(row, 0);
    }
    return {};
}

QModelIndex EntityModel::entityIndex(const QString &label, const QString &key) const
{
    const QModelIndex parent = labelIndex(label);
    if (!parent.isValid())
        return {};
    const auto &entities = m_index.groups().at(parent.row()).entities;
    for (int row = 0; row < entities.size(); ++row) {
        if (entities.at(row).key == key)
            return index(row, 0, parent);
    }
    return {};
}

QModelIndex EntityModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column != 0 || row >= rowCount(parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, 0, quintptr(0));
    if (parent.internalId() == 0)
        return createIndex(row, 0, quintptr(parent.row() + 1));
    return createIndex(row, 0, mentionParentId(int(parent.internalId()) - 1, parent.row()));
}

QModelIndex EntityModel::parent(const QModelIndex &child) const
{
    const quintptr id = child.isValid() ? child.internalId() : 0;
    if (id == 0)
        return {};
    if ((id >> kEntityShift) == 0)
        return createIndex(int(id) - 1, 0, quintptr(0));
    const int labelRow = int(id >> kEntityShift) - 1;
    const int entityRow = int(id & ((quintptr(1) << kEntityShift) - 1)) - 1;
    return createIndex(entityRow, 0, quintptr(labelRow + 1));
}

int EntityModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_index.groups().size());
    if (parent.column() != 0)
        return 0;
    if (const EntityIndex::Group *group = groupAt(parent))
        return int(group->entities.size());
    if (const EntityIndex::Entity *entity = entityAt(parent))
        return int(entity->mentions.size());
    return 0;
}

int EntityModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant EntityModel::data(const QModelIndex &index, int role) const
{
    if (const EntityIndex::Group *group = groupAt(index)) {
        switch (role) {
        case Qt::DisplayRole:
            // Counts in the interface's digits (QLocale's default), like every number shown.
            return tr("%1 (%2)").arg(labelDisplayName(group->label), QLocale().toString(group->mentionCount));
        case Qt::DecorationRole:
            return group->colour.isEmpty() ? QVariant() : QVariant(QColor(group->colour));
        case KindRole:
            return int(Kind::Label);
        case LabelRole:
            return group->label;
        case FilterKeyRole:
            return group->label.toLower();
        default:
            return {};
        }
    }
    if (const EntityIndex::Entity *entity = entityAt(index)) {
        const QString label = m_index.groups().at(qsizetype(index.internalId()) - 1).label;
        switch (role) {
        case Qt::DisplayRole: {
            const QString name = entity->aliases.isEmpty()
                                     ? entity->name
                                     : tr("%1 (%2)").arg(entity->name, entity->aliases.join(tr(", ")));
            const QString date = dateDescription(m_document, label, entity->mentions.first().id);
            const QString entry = tr("%1 (%2)").arg(name, QLocale().toString(entity->mentions.size()));
            return date.isEmpty() ? entry : entry + u"  ·  "_s + date;
        }
        case Qt::ToolTipRole: {
            const QString date = dateDescription(m_document, label, entity->mentions.first().id);
            const QString count =
                tr("%n mention(s) labelled %1", nullptr, int(entity->mentions.size())).arg(labelDisplayName(label));
            return date.isEmpty() ? count : count + u'\n' + date;
        }
        case KindRole:
            return int(Kind::Entity);
        case LabelRole:
            return label;
        case KeyRole:
            return entity->key;
        case StartRole:
            return entity->mentions.first().start;
        case EndRole:
            return entity->mentions.first().end;
        case AnnotationIdRole:
            return entity->mentions.first().id;
        case FilterKeyRole:
            return QString(TextSearch::matchKey(QString(entity->aliases.join(u' ') + u' ' + entity->name)) + u' '
                           + entity->key);
        default:
            return {};
        }
    }
    const QModelIndex parentIndex = index.parent();
    const EntityIndex::Entity *entity = entityAt(parentIndex);
    if (!entity || index.row() >= entity->mentions.size())
        return {};
    if (role == LabelRole)
        return data(parentIndex, LabelRole);
    return mentionData(*entity, entity->mentions.at(index.row()), role);
}

QVariant EntityModel::mentionData(const EntityIndex::Entity &entity, const EntityIndex::Mention &mention,
                                  int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: {
        if (!m_document)
            return {};
        const QString &text = m_document->article().text();
        const qsizetype from = contextStart(text, mention.start);
        const qsizetype to = contextEnd(text, mention.end);
        QString context = text.mid(from, to - from).simplified();
        if (from > 0 && text.at(from - 1) != u'\n')
            context.prepend(u'…');
        if (to < text.size() && text.at(to) != u'\n')
            context.append(u'…');
        return context;
    }
    case KindRole:
        return int(Kind::Mention);
    case KeyRole:
        return entity.key;
    case StartRole:
        return mention.start;
    case EndRole:
        return mention.end;
    case AnnotationIdRole:
        return mention.id;
    case FilterKeyRole:
        return m_document
                   ? TextSearch::matchKey(m_document->article().text().mid(mention.start, mention.end - mention.start))
                   : QString();
    default:
        return {};
    }
}

} // namespace Hamish
