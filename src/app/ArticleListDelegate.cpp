// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/ArticleListDelegate.h"

#include "app/ArticleListModel.h"
#include "core/text/TextDirection.h"

#include <QApplication>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace Hamish {

void ArticleListDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QString title = index.data(ArticleListModel::TitleRole).toString();
    const qlonglong count = index.data(ArticleListModel::AnnotationCountRole).toLongLong();
    const QString status = index.data(ArticleListModel::StatusRole).toString();
    option->direction = detectDirection(title) == TextDirection::RightToLeft ? Qt::RightToLeft : Qt::LeftToRight;
    const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
    // The style draws the text inside a margin on each side of the text rectangle (as QCommonStyle does).
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, option->widget) + 1;
    const int width = style->subElementRect(QStyle::SE_ItemViewItemText, option, option->widget).width() - 2 * margin;
    const auto entry = [count, &status](const QString &shown) {
        return ArticleListModel::entryText(shown, count, status);
    };
    // QFontMetrics cuts a text at its logical end; laid out in the title's direction the ellipsis lands there.
    // The title and the count measured apart can come out a pixel or two narrower than together: cut again
    // until the whole entry fits.
    const QFontMetrics &metrics = option->fontMetrics;
    int room = width - metrics.horizontalAdvance(entry(QString()));
    option->text = entry(metrics.elidedText(title, Qt::ElideRight, room));
    for (int tries = 0; tries < 4 && metrics.horizontalAdvance(option->text) > width; ++tries) {
        room -= metrics.horizontalAdvance(option->text) - width;
        option->text = entry(metrics.elidedText(title, Qt::ElideRight, room));
    }
    option->textElideMode = Qt::ElideNone;
}

} // namespace Hamish
