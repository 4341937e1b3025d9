// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/InterfaceStyle.h"

#include "core/base/Bidi.h"

#include <QGuiApplication>
#include <QStyleFactory>
#include <QStyleOptionMenuItem>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace Hamish {

InterfaceStyle::InterfaceStyle()
    : QProxyStyle(QStyleFactory::create(u"Fusion"_s))
{
    setObjectName(u"interfaceStyle"_s);
}

void InterfaceStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                                 const QWidget *widget) const
{
    // QMenu hands the style "text<Tab>shortcut"; only the part after the tab is a key sequence.
    if (const auto *item = qstyleoption_cast<const QStyleOptionMenuItem *>(option); item && element == CE_MenuItem) {
        const qsizetype tab = item->text.indexOf(u'\t');
        if (tab >= 0 && tab + 1 < item->text.size() && !Bidi::isIsolateMark(item->text.at(tab + 1))) {
            QStyleOptionMenuItem isolated(*item);
            isolated.text = item->text.left(tab + 1) + Bidi::leftToRight(item->text.mid(tab + 1));
            QProxyStyle::drawControl(element, &isolated, painter, widget);
            return;
        }
    }
    QProxyStyle::drawControl(element, option, painter, widget);
}

int InterfaceStyle::styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                              QStyleHintReturn *returnData) const
{
    if (hint == SH_UnderlineShortcut) {
        const Qt::LayoutDirection direction =
            widget ? widget->layoutDirection() : (option ? option->direction : QGuiApplication::layoutDirection());
        if (direction == Qt::RightToLeft)
            return 0;
    }
    return QProxyStyle::styleHint(hint, option, widget, returnData);
}

} // namespace Hamish
