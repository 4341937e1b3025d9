// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/LabelSwatch.h"

#include <QPainter>
#include <QPixmap>

namespace Hamish {

QIcon labelSwatch(const QString &colour)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    // A faint border keeps light colours visible on a light background.
    painter.setPen(QColor(0, 0, 0, 96));
    painter.setBrush(QColor(colour));
    painter.drawRect(pixmap.rect().adjusted(1, 1, -2, -2));
    return QIcon(pixmap);
}

} // namespace Hamish
