// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/ArticleListModel.h"

#include "app/InterfaceText.h"
#include "core/base/Bidi.h"
#include "core/model/AnnotationDocument.h"
#include "core/text/TextDirection.h"

#include <QFileInfo>

namespace Hamish {

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_documents.size());
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_documents.size())
        return {};
    const AnnotationDocument &document = *m_documents.at(index.row());
    const Article &article = document.article();
    switch (role) {
    case Qt::DisplayRole: {
        return entryText(data(index, TitleRole).toString(), document.annotations().size(), m_statuses.value(&document));
    }
    case TitleRole:
        return article.title().isEmpty() ? QFileInfo(article.sourcePath()).fileName() : article.title();
    case Qt::TextAlignmentRole:
        // An Arabic title reads from the right edge of the list, whatever the interface language.
        return QVariant::fromValue(
            Qt::AlignVCenter | Qt::AlignAbsolute
            | (detectDirection(article.title()) == TextDirection::RightToLeft ? Qt::AlignRight : Qt::AlignLeft));
    case Qt::ToolTipRole: {
        const QString tip = tr("%1\nEncoding: %2\nAnnotations: %3")
                                .arg(Bidi::path(article.sourcePath()), Bidi::leftToRight(article.encoding()),
                                     InterfaceText::number(document.annotations().size()));
        const QString status = m_statuses.value(&document);
        return status.isEmpty() ? tip : tip + u'\n' + tr("Assigned to: %1").arg(status);
    }
    case StatusRole:
        return m_statuses.value(&document);
    case SourcePathRole:
        return article.sourcePath();
    case EncodingRole:
        return article.encoding();
    case AnnotationCountRole:
        return qlonglong(document.annotations().size());
    default:
        return {};
    }
}

void ArticleListModel::watch(AnnotationDocument *document)
{
    document->setParent(this);
    connect(document, &AnnotationDocument::annotationsChanged, this, [this, document] {
        const int row = int(m_documents.indexOf(document));
        if (row >= 0)
            emit dataChanged(index(row), index(row), {Qt::DisplayRole, Qt::ToolTipRole, AnnotationCountRole});
    });
}

void ArticleListModel::refresh()
{
    if (!m_documents.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1));
}

int ArticleListModel::addOrReplace(AnnotationDocument *document)
{
    const int existing = rowForSource(document->article().sourcePath());
    if (existing < 0)
        return append(document);
    watch(document);
    AnnotationDocument *old = std::exchange(m_documents[existing], document);
    emit dataChanged(index(existing), index(existing));
    old->deleteLater();
    return existing;
}

int ArticleListModel::append(AnnotationDocument *document)
{
    watch(document);
    const int row = int(m_documents.size());
    beginInsertRows({}, row, row);
    m_documents.append(document);
    endInsertRows();
    return row;
}

void ArticleListModel::remove(int row)
{
    if (row < 0 || row >= m_documents.size())
        return;
    beginRemoveRows({}, row, row);
    AnnotationDocument *document = m_documents.takeAt(row);
    m_statuses.remove(document);
    endRemoveRows();
    document->deleteLater();
}

int ArticleListModel::rowForSource(const QString &sourcePath) const
{
    for (int row = 0; row < m_documents.size(); ++row) {
        if (m_documents.at(row)->article().sourcePath() == sourcePath)
            return row;
    }
    return -1;
}

AnnotationDocument *ArticleListModel::document(int row) const
{
    return row >= 0 && row < m_documents.size() ? m_documents.at(row) : nullptr;
}

std::shared_ptr<const Article> ArticleListModel::article(int row) const
{
    const AnnotationDocument *doc = document(row);
    return doc ? doc->sharedArticle() : nullptr;
}

QString ArticleListModel::entryText(const QString &title, qsizetype count, const QString &status)
{
    const QString counted = count > 0 ? tr("%1 (%2)").arg(Bidi::isolate(title), InterfaceText::number(count)) : title;
    return status.isEmpty() ? counted : tr("%1 · %2").arg(counted, Bidi::isolate(status));
}

void ArticleListModel::setStatus(const AnnotationDocument *document, const QString &status)
{
    const int row = int(m_documents.indexOf(const_cast<AnnotationDocument *>(document)));
    if (row < 0 || m_statuses.value(document) == status)
        return;
    if (status.isEmpty())
        m_statuses.remove(document);
    else
        m_statuses.insert(document, status);
    emit dataChanged(index(row), index(row));
}

} // namespace Hamish
