// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/Theme.h"

#include "core/text/EnumNames.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Hamish {

namespace {

struct Colours
{
    QColor window, base, alternateBase, text, button, highlight, highlightedText, link, mid, disabledText;
};

Colours coloursOf(Theme::Id theme)
{
    switch (theme) {
    case Theme::Id::Dark:
        return {QColor(0x2b, 0x2d, 0x30), QColor(0x1e, 0x1f, 0x22), QColor(0x26, 0x28, 0x2b), QColor(0xe8, 0xe6, 0xe3),
                QColor(0x35, 0x37, 0x3b), QColor(0x3d, 0x6f, 0xb4), QColor(0xff, 0xff, 0xff), QColor(0x8a, 0xb4, 0xf8),
                QColor(0x55, 0x58, 0x5d), QColor(0x8c, 0x8f, 0x94)};
    case Theme::Id::Sepia:
        return {QColor(0xea, 0xdf, 0xc8), QColor(0xf4, 0xec, 0xd8), QColor(0xee, 0xe4, 0xcc), QColor(0x3b, 0x2f, 0x1e),
                QColor(0xe4, 0xd8, 0xbe), QColor(0x8b, 0x5e, 0x34), QColor(0xff, 0xff, 0xff), QColor(0x7a, 0x3e, 0x10),
                QColor(0xb8, 0xa8, 0x88), QColor(0x85, 0x77, 0x62)};
    case Theme::Id::Light:
        break;
    }
    return {QColor(0xef, 0xef, 0xef), QColor(0xff, 0xff, 0xff), QColor(0xf5, 0xf5, 0xf5), QColor(0x1a, 0x1a, 0x1a),
            QColor(0xe6, 0xe6, 0xe6), QColor(0x1f, 0x6b, 0xa5), QColor(0xff, 0xff, 0xff), QColor(0x00, 0x55, 0xaa),
            QColor(0xa0, 0xa0, 0xa0), QColor(0x70, 0x70, 0x70)};
}

double linear(double channel)
{
    return channel <= 0.03928 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

} // namespace

QPalette Theme::palette(Id theme)
{
    const Colours c = coloursOf(theme);
    QPalette palette;
    palette.setColor(QPalette::Window, c.window);
    palette.setColor(QPalette::WindowText, c.text);
    palette.setColor(QPalette::Base, c.base);
    palette.setColor(QPalette::AlternateBase, c.alternateBase);
    palette.setColor(QPalette::ToolTipBase, c.base);
    palette.setColor(QPalette::ToolTipText, c.text);
    palette.setColor(QPalette::PlaceholderText, c.disabledText);
    palette.setColor(QPalette::Text, c.text);
    palette.setColor(QPalette::Button, c.button);
    palette.setColor(QPalette::ButtonText, c.text);
    palette.setColor(QPalette::BrightText, Qt::red);
    palette.setColor(QPalette::Highlight, c.highlight);
    palette.setColor(QPalette::HighlightedText, c.highlightedText);
    palette.setColor(QPalette::Link, c.link);
    palette.setColor(QPalette::LinkVisited, c.link);
    palette.setColor(QPalette::Light, c.button.lighter(130));
    palette.setColor(QPalette::Midlight, c.button.lighter(115));
    palette.setColor(QPalette::Mid, c.mid);
    palette.setColor(QPalette::Dark, c.mid.darker(130));
    palette.setColor(QPalette::Shadow, Qt::black);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, c.disabledText);
    return palette;
}

void Theme::apply(Id theme)
{
    // Fusion honours every palette role on every platform; native styles may ignore a dark palette.
    if (QApplication::style()->name() != u"fusion") {
        if (QStyle *fusion = QStyleFactory::create(u"Fusion"_s))
            QApplication::setStyle(fusion);
    }
    QApplication::setPalette(palette(theme));
}

QColor Theme::highlightColour(Id theme, const QColor &labelColour)
{
    if (theme != Id::Dark)
        return labelColour;
    // Keep the hue and saturation that tell labels apart, but no more than a third of full lightness.
    constexpr double kMaxLightness = 0.32;
    float hue = 0, saturation = 0, lightness = 0, alpha = 0;
    labelColour.getHslF(&hue, &saturation, &lightness, &alpha);
    return QColor::fromHslF(hue, saturation, std::min<float>(lightness, kMaxLightness), alpha);
}

QColor Theme::highlightColour(const QPalette &palette, const QColor &labelColour)
{
    const bool dark = luminance(palette.color(QPalette::Base)) < 0.2;
    return highlightColour(dark ? Id::Dark : Id::Light, labelColour);
}

namespace {
constexpr EnumName<Theme::Id> kThemeKeys[] = {
    {Theme::Id::Light, u"light"}, {Theme::Id::Dark, u"dark"}, {Theme::Id::Sepia, u"sepia"}};
} // namespace

QString Theme::key(Id theme)
{
    return enumName(kThemeKeys, theme);
}

Theme::Id Theme::fromKey(const QString &key)
{
    return enumFromName(kThemeKeys, key, Id::Light);
}

double Theme::luminance(const QColor &colour)
{
    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF());
}

double Theme::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor Theme::blend(const QColor &top, const QColor &bottom, double alpha)
{
    auto mix = [alpha](double t, double b) {
        return alpha * t + (1 - alpha) * b;
    };
    return QColor::fromRgbF(float(mix(top.redF(), bottom.redF())), float(mix(top.greenF(), bottom.greenF())),
                            float(mix(top.blueF(), bottom.blueF())));
}

} // namespace Hamish
