// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Hamish {

// Draws an entry of the article list: the title in its own direction, cut at its end when it is too long
// (the left for an Arabic title, the right for an English one, whatever the interface language), and the
// annotation count always shown after it.
class ArticleListDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Hamish
