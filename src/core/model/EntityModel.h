// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/AnnotationDocument.h"
#include "core/model/EntityIndex.h"

#include <QAbstractItemModel>
#include <QPointer>

class QTimer;

namespace Hamish {

// A tree over a document's EntityIndex for the entity panel: label (mentions) → entity (mentions) →
// each mention with its context. Rebuilds once after a burst of edits; for a document with many annotations
// (the engine's suggestions for a book-length article) the index is built on a worker thread, so that the
// window never waits for it.
class EntityModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class Kind { Label, Entity, Mention };
    enum Role {
        KindRole = Qt::UserRole + 1, // Kind as int
        LabelRole,                   // the label name
        KeyRole,                     // the entity's canonical form (entity and mention rows)
        StartRole,                   // the mention's range (mention rows; an entity's first mention)
        EndRole,
        AnnotationIdRole,
        FilterKeyRole, // the match key of what the row shows, for diacritic-insensitive filtering
    };

    explicit EntityModel(QObject *parent = nullptr);

    void setDocument(AnnotationDocument *document);
    AnnotationDocument *document() const { return m_document; }
    const EntityIndex &index() const { return m_index; }
    // Rebuilds now instead of after the pending edits (views call it before they need exact rows).
    void refresh();
    // Suggestions less certain than this are not listed (the legend's slider); 0 lists every one.
    void setConfidenceThreshold(double threshold);
    double confidenceThreshold() const { return m_threshold; }

    QModelIndex labelIndex(const QString &label) const;
    QModelIndex entityIndex(const QString &label, const QString &key) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    const EntityIndex::Group *groupAt(const QModelIndex &index) const;
    const EntityIndex::Entity *entityAt(const QModelIndex &index) const;
    QVariant mentionData(const EntityIndex::Entity &entity, const EntityIndex::Mention &mention, int role) const;
    void rebuild();
    void setIndex(EntityIndex index);

    QPointer<AnnotationDocument> m_document;
    EntityIndex m_index;
    QTimer *m_rebuildTimer = nullptr;
    double m_threshold = 0;
    quint64 m_generation = 0; // counts rebuilds asked for; a worker's result for an older one is dropped
};

} // namespace Hamish
