#include "ArticleListModel.h"

#include "TextDirection.h"

#include <QFileInfo>

namespace Hamish {

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_articles.size());
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_articles.size())
        return {};
    const Article &article = *m_articles.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return article.title().isEmpty() ? QFileInfo(article.sourcePath()).fileName() : article.title();
    case Qt::TextAlignmentRole:
        // An Arabic title reads from the right edge of the list, whatever the interface language.
        return QVariant::fromValue(
            Qt::AlignVCenter | Qt::AlignAbsolute
            | (detectDirection(article.title()) == TextDirection::RightToLeft ? Qt::AlignRight : Qt::AlignLeft));
    case Qt::ToolTipRole:
        return tr("%1\nEncoding: %2").arg(article.sourcePath(), article.encoding());
    case SourcePathRole:
        return article.sourcePath();
    case EncodingRole:
        return article.encoding();
    default:
        return {};
    }
}

int ArticleListModel::addOrReplace(std::shared_ptr<const Article> article)
{
    const int existing = rowForSource(article->sourcePath());
    if (existing >= 0) {
        m_articles[existing] = std::move(article);
        emit dataChanged(index(existing), index(existing));
        return existing;
    }
    const int row = int(m_articles.size());
    beginInsertRows({}, row, row);
    m_articles.append(std::move(article));
    endInsertRows();
    return row;
}

void ArticleListModel::remove(int row)
{
    if (row < 0 || row >= m_articles.size())
        return;
    beginRemoveRows({}, row, row);
    m_articles.removeAt(row);
    endRemoveRows();
}

int ArticleListModel::rowForSource(const QString &sourcePath) const
{
    for (int row = 0; row < m_articles.size(); ++row) {
        if (m_articles.at(row)->sourcePath() == sourcePath)
            return row;
    }
    return -1;
}

std::shared_ptr<const Article> ArticleListModel::article(int row) const
{
    return row >= 0 && row < m_articles.size() ? m_articles.at(row) : nullptr;
}

} // namespace Hamish
