// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/ArticleListDelegate.h"

#include "app/ArticleListModel.h"
#include "app/InterfaceText.h"
#include "core/base/Bidi.h"
#include "core/text/TextDirection.h"

#include <QApplication>
#include <QStyle>

namespace Hamish {

void ArticleListDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QString title = index.data(ArticleListModel::TitleRole).toString();
    const qlonglong count = index.data(ArticleListModel::AnnotationCountRole).toLongLong();
    option->direction = detectDirection(title) == TextDirection::RightToLeft ? Qt::RightToLeft : Qt::LeftToRight;
    const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
    const int width = style->subElementRect(QStyle::SE_ItemViewItemText, option, option->widget).width();
    const QString countText =
        count > 0 ? ArticleListModel::tr("%1 (%2)").arg(QString(), InterfaceText::number(count)) : QString();
    // QFontMetrics cuts a text at its logical end; laid out in the title's direction the ellipsis lands there.
    const QString shown =
        option->fontMetrics.elidedText(title, Qt::ElideRight, width - option->fontMetrics.horizontalAdvance(countText));
    option->text =
        count > 0 ? ArticleListModel::tr("%1 (%2)").arg(Bidi::isolate(shown), InterfaceText::number(count)) : shown;
    option->textElideMode = Qt::ElideNone;
}

} // namespace Hamish
