// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/EntityPanel.h"

#include "app/LabelSwatch.h"
#include "core/model/EntityModel.h"
#include "core/text/TextSearch.h"
#include "core/workspace/Annotating.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Hamish {

// Keeps the rows whose text contains the filter once both are normalised (so دمشق finds دِمَشْق), with
// the ancestors of a match and the mentions of a matching entity.
class EntityFilterModel : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setFilterKey(const QString &key)
    {
        m_key = key;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        if (m_key.isEmpty())
            return true;
        const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
        return index.data(EntityModel::FilterKeyRole).toString().contains(m_key);
    }

private:
    QString m_key;
};

namespace {

EntityModel::Kind kindOf(const QModelIndex &index)
{
    return EntityModel::Kind(index.data(EntityModel::KindRole).toInt());
}

QString joinedKey(const QModelIndex &entity)
{
    return entity.data(EntityModel::LabelRole).toString() + u'\x1f' + entity.data(EntityModel::KeyRole).toString();
}

} // namespace

EntityPanel::EntityPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new EntityModel(this))
    , m_filter(new EntityFilterModel(this))
{
    setObjectName(u"entityPanel"_s);
    m_filter->setSourceModel(m_model);
    m_filter->setRecursiveFilteringEnabled(true);
    m_filter->setAutoAcceptChildRows(true);

    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(u"entityFilterLineEdit"_s);
    m_filterEdit->setPlaceholderText(tr("Filter entities"));
    m_filterEdit->setAccessibleName(tr("Filter entities"));
    m_filterEdit->setClearButtonEnabled(true);

    m_tree = new QTreeView(this);
    m_tree->setObjectName(u"entityTreeView"_s);
    m_tree->setAccessibleName(tr("Entities"));
    m_tree->setModel(m_filter);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->installEventFilter(this);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &EntityPanel::showContextMenu);

    m_previousButton = new QToolButton(this);
    m_previousButton->setObjectName(u"previousMentionToolButton"_s);
    m_previousButton->setArrowType(Qt::UpArrow);
    m_previousButton->setText(tr("Previous Mention"));
    m_previousButton->setAccessibleName(tr("Previous mention"));
    m_previousButton->setToolTip(tr("Previous mention of the selected entity"));
    m_nextButton = new QToolButton(this);
    m_nextButton->setObjectName(u"nextMentionToolButton"_s);
    m_nextButton->setArrowType(Qt::DownArrow);
    m_nextButton->setText(tr("Next Mention"));
    m_nextButton->setAccessibleName(tr("Next mention"));
    m_nextButton->setToolTip(tr("Next mention of the selected entity"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_filterEdit, 1);
    top->addWidget(m_previousButton);
    top->addWidget(m_nextButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_tree, 1);

    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterKey(TextSearch::matchKey(text));
        if (!text.isEmpty())
            m_tree->expandToDepth(0);
        updateButtons();
    });
    // Enter in the filter goes to the first entity that matches.
    connect(m_filterEdit, &QLineEdit::returnPressed, this, [this] {
        const QModelIndex first = m_filter->index(0, 0);
        const QModelIndex entity = m_filter->index(0, 0, first);
        if (!entity.isValid())
            return;
        m_tree->setCurrentIndex(entity);
        activate(entity);
    });
    connect(m_tree, &QTreeView::activated, this, &EntityPanel::activate);
    if (!style()->styleHint(QStyle::SH_ItemView_ActivateItemOnSingleClick, nullptr, m_tree))
        connect(m_tree, &QTreeView::clicked, this, &EntityPanel::activate);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &EntityPanel::updateButtons);
    connect(m_previousButton, &QToolButton::clicked, this, &EntityPanel::previousMention);
    connect(m_nextButton, &QToolButton::clicked, this, &EntityPanel::nextMention);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &EntityPanel::rememberState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &EntityPanel::restoreState);
    updateButtons();
}

void EntityPanel::setDocument(AnnotationDocument *document)
{
    m_expanded.clear();
    m_selectedKey.clear();
    m_model->setDocument(document);
    m_tree->expandToDepth(0);
}

void EntityPanel::activate(const QModelIndex &index)
{
    switch (kindOf(index)) {
    case EntityModel::Kind::Label:
        break; // a label has no place in the text; the tree expands it (Right, +, double-click)
    case EntityModel::Kind::Entity:
    case EntityModel::Kind::Mention:
        emit mentionActivated(index.data(EntityModel::StartRole).toLongLong(),
                              index.data(EntityModel::EndRole).toLongLong());
        break;
    }
}

QList<qint64> EntityPanel::annotationIds(const QModelIndex &index) const
{
    QList<qint64> ids;
    if (!index.isValid())
        return ids;
    const QModelIndex source = index.model() == m_filter ? m_filter->mapToSource(index) : index;
    switch (kindOf(source)) {
    case EntityModel::Kind::Label:
        break;
    case EntityModel::Kind::Entity:
        for (int row = 0; row < m_model->rowCount(source); ++row)
            ids.append(m_model->index(row, 0, source).data(EntityModel::AnnotationIdRole).toLongLong());
        break;
    case EntityModel::Kind::Mention:
        ids.append(source.data(EntityModel::AnnotationIdRole).toLongLong());
        break;
    }
    return ids;
}

namespace {

// An entity row's name, or the entity a mention row belongs to.
QString entityName(const QModelIndex &index)
{
    return index.data(EntityModel::KeyRole).toString();
}

QModelIndex entityOf(const QModelIndex &index)
{
    return kindOf(index) == EntityModel::Kind::Mention ? index.parent() : index;
}

} // namespace

int EntityPanel::rejectEntity(const QModelIndex &index)
{
    AnnotationDocument *document = m_model->document();
    if (!document || !index.isValid() || kindOf(index) == EntityModel::Kind::Label)
        return 0;
    const QModelIndex entity = entityOf(index);
    return Annotating::reviewEntity(*document, annotationIds(entity), entityName(entity), AnnotationStatus::Rejected);
}

int EntityPanel::relabelEntity(const QModelIndex &index, const QString &label)
{
    AnnotationDocument *document = m_model->document();
    if (!document || !index.isValid() || kindOf(index) == EntityModel::Kind::Label)
        return 0;
    const QModelIndex entity = entityOf(index);
    return Annotating::relabelEntity(*document, annotationIds(entity), entityName(entity), label);
}

void EntityPanel::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_tree->indexAt(pos);
    AnnotationDocument *document = m_model->document();
    if (!document || !index.isValid() || kindOf(index) == EntityModel::Kind::Label)
        return;
    const QPersistentModelIndex entity(entityOf(index));
    QMenu menu(this);
    menu.setObjectName(u"entityContextMenu"_s);
    menu.addAction(tr("&Reject Entity"), this, [this, entity] { rejectEntity(entity); });
    QMenu *relabel = menu.addMenu(tr("&Label Entity As"));
    relabel->setObjectName(u"relabelEntityMenu"_s);
    const QString current = entity.data(EntityModel::LabelRole).toString();
    for (const Label &label : document->labels()) {
        if (label.name == current)
            continue;
        const QString name = label.name;
        relabel->addAction(labelSwatch(label.colour), labelDisplayName(name), this,
                           [this, entity, name] { relabelEntity(entity, name); });
    }
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

bool EntityPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Delete on an entity rejects all of it, as Reject Entity does.
    if (watched == m_tree && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) && m_tree->currentIndex().isValid()
            && kindOf(m_tree->currentIndex()) != EntityModel::Kind::Label) {
            rejectEntity(m_tree->currentIndex());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void EntityPanel::nextMention()
{
    stepMention(1);
}

void EntityPanel::previousMention()
{
    stepMention(-1);
}

void EntityPanel::stepMention(int step)
{
    QModelIndex current = m_tree->currentIndex();
    if (!current.isValid())
        return;
    QModelIndex entity;
    int row = -1;
    switch (kindOf(current)) {
    case EntityModel::Kind::Label:
        entity = m_filter->index(0, 0, current);
        break;
    case EntityModel::Kind::Entity:
        entity = current;
        break;
    case EntityModel::Kind::Mention:
        entity = current.parent();
        row = current.row();
        break;
    }
    const int count = m_filter->rowCount(entity);
    if (count == 0)
        return;
    row = row < 0 ? (step > 0 ? 0 : count - 1) : (row + step + count) % count;
    setCurrentMention(m_filter->index(row, 0, entity));
}

void EntityPanel::setCurrentMention(const QModelIndex &mention)
{
    m_tree->expand(mention.parent().parent());
    m_tree->expand(mention.parent());
    m_tree->setCurrentIndex(mention);
    m_tree->scrollTo(mention);
    activate(mention);
}

void EntityPanel::updateButtons()
{
    const QModelIndex current = m_tree->currentIndex();
    const bool enabled = current.isValid() && kindOf(current) != EntityModel::Kind::Label;
    m_previousButton->setEnabled(enabled);
    m_nextButton->setEnabled(enabled);
}

void EntityPanel::rememberState()
{
    m_expanded.clear();
    for (int labelRow = 0; labelRow < m_filter->rowCount(); ++labelRow) {
        const QModelIndex label = m_filter->index(labelRow, 0);
        if (m_tree->isExpanded(label))
            m_expanded.append(label.data(EntityModel::LabelRole).toString());
        for (int entityRow = 0; entityRow < m_filter->rowCount(label); ++entityRow) {
            const QModelIndex entity = m_filter->index(entityRow, 0, label);
            if (m_tree->isExpanded(entity))
                m_expanded.append(joinedKey(entity));
        }
    }
    const QModelIndex current = m_tree->currentIndex();
    m_selectedLabel = current.data(EntityModel::LabelRole).toString();
    m_selectedKey = current.data(EntityModel::KeyRole).toString();
    m_selectedStart = current.isValid() && kindOf(current) == EntityModel::Kind::Mention
                          ? current.data(EntityModel::StartRole).toLongLong()
                          : -1;
}

void EntityPanel::restoreState()
{
    for (const QString &expanded : std::as_const(m_expanded)) {
        const qsizetype separator = expanded.indexOf(u'\x1f');
        const QModelIndex source = separator < 0
                                       ? m_model->labelIndex(expanded)
                                       : m_model->entityIndex(expanded.left(separator), expanded.mid(separator + 1));
        m_tree->expand(m_filter->mapFromSource(source));
    }
    QModelIndex selected = m_model->labelIndex(m_selectedLabel);
    if (!m_selectedKey.isEmpty()) {
        const QModelIndex entity = m_model->entityIndex(m_selectedLabel, m_selectedKey);
        selected = entity.isValid() ? entity : selected;
        for (int row = 0; entity.isValid() && m_selectedStart >= 0 && row < m_model->rowCount(entity); ++row) {
            const QModelIndex mention = m_model->index(row, 0, entity);
            if (mention.data(EntityModel::StartRole).toLongLong() == m_selectedStart)
                selected = mention;
        }
    }
    if (selected.isValid())
        m_tree->selectionModel()->setCurrentIndex(m_filter->mapFromSource(selected),
                                                  QItemSelectionModel::ClearAndSelect);
    updateButtons();
}

} // namespace Hamish
