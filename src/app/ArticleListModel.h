#pragma once

#include "Article.h"

#include <QAbstractListModel>

#include <memory>

namespace Hamish {

// The articles open in the window, shown in the list the user switches between.
class ArticleListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles { SourcePathRole = Qt::UserRole + 1, EncodingRole };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    // Adds an article, or replaces the one from the same source; returns its row.
    int addOrReplace(std::shared_ptr<const Article> article);
    void remove(int row);
    int rowForSource(const QString &sourcePath) const;
    std::shared_ptr<const Article> article(int row) const;

private:
    QList<std::shared_ptr<const Article>> m_articles;
};

} // namespace Hamish
