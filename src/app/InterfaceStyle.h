// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProxyStyle>

namespace Hamish {

// The application's style: Fusion (which honours every palette role, dark themes included), with the key
// sequences that menus draw beside their items laid out left to right (a menu lays its shortcut out in the
// menu's direction, so in Arabic "Ctrl+]" came out as «[+Ctrl», the key of the opposite command), and in a
// right-to-left interface no underlined mnemonics: an underline inside an Arabic word breaks its letters'
// joins, and the word, drawn wider than it was measured, is clipped («عتامة التظليل»). Alt and the letter
// still work.
class InterfaceStyle : public QProxyStyle
{
    Q_OBJECT

public:
    InterfaceStyle();

    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;
    int styleHint(StyleHint hint, const QStyleOption *option = nullptr, const QWidget *widget = nullptr,
                  QStyleHintReturn *returnData = nullptr) const override;
};

} // namespace Hamish
