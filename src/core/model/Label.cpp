// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/Label.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Hamish {

QList<Label> defaultLabels()
{
    // Colours are distinct for colour-blind readers where possible (Okabe-Ito first) and light enough
    // to sit behind black text.
    return {
        {0, u"PERSON"_s, u"#e69f00"_s, u"1"_s},
        {0, u"LOCATION"_s, u"#56b4e9"_s, u"2"_s},
        {0, u"ORGANIZATION"_s, u"#009e73"_s, u"3"_s},
        {0, u"MISC"_s, u"#cc79a7"_s, u"4"_s},
        {0, u"NUMBER"_s, u"#f0e442"_s, u"5"_s},
        {0, u"ORDINAL"_s, u"#d55e00"_s, u"6"_s},
        {0, u"PERCENT"_s, u"#0072b2"_s, u"7"_s},
        {0, u"MONEY"_s, u"#7fbf7b"_s, u"8"_s},
        {0, u"QUANTITY"_s, u"#b2abd2"_s, u"9"_s},
        {0, u"DATE"_s, u"#fdb863"_s, {}},
        {0, u"TIME"_s, u"#80cdc1"_s, {}},
    };
}

bool isNumericLabel(const QString &name)
{
    static const QStringList numeric = {u"NUMBER"_s,   u"ORDINAL"_s, u"PERCENT"_s, u"MONEY"_s,
                                        u"QUANTITY"_s, u"DATE"_s,    u"TIME"_s};
    return numeric.contains(name);
}

QString labelDisplayName(const QString &name)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("Hamish::Label", "PERSON"),       QT_TRANSLATE_NOOP("Hamish::Label", "LOCATION"),
        QT_TRANSLATE_NOOP("Hamish::Label", "ORGANIZATION"), QT_TRANSLATE_NOOP("Hamish::Label", "MISC"),
        QT_TRANSLATE_NOOP("Hamish::Label", "NUMBER"),       QT_TRANSLATE_NOOP("Hamish::Label", "ORDINAL"),
        QT_TRANSLATE_NOOP("Hamish::Label", "PERCENT"),      QT_TRANSLATE_NOOP("Hamish::Label", "MONEY"),
        QT_TRANSLATE_NOOP("Hamish::Label", "QUANTITY"),     QT_TRANSLATE_NOOP("Hamish::Label", "DATE"),
        QT_TRANSLATE_NOOP("Hamish::Label", "TIME"),
    };
    for (const char *known : names) {
        if (name == QLatin1StringView(known))
            return QCoreApplication::translate("Hamish::Label", known);
    }
    return name;
}

} // namespace Hamish
