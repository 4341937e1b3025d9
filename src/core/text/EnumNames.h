// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <cstddef>
#include <optional>

namespace Hamish {

// One value of an enum and the name files, settings and exports spell it with. A table of them is the one
// place that maps the enum both ways; a value may have several names (aliases read, the first one written).
template<typename Enum>
struct EnumName
{
    Enum value;
    QStringView name;
};

// The first name `names` gives `value`; the table's first name when it has none for it.
template<typename Enum, std::size_t N>
QString enumName(const EnumName<Enum> (&names)[N], Enum value)
{
    for (const EnumName<Enum> &entry : names) {
        if (entry.value == value)
            return entry.name.toString();
    }
    return names[0].name.toString();
}

// The value `name` spells in `names`, or nothing when it is none of them.
template<typename Enum, std::size_t N>
std::optional<Enum> enumFromName(const EnumName<Enum> (&names)[N], QStringView name)
{
    for (const EnumName<Enum> &entry : names) {
        if (entry.name == name)
            return entry.value;
    }
    return std::nullopt;
}

// The same, with `fallback` for a name it does not know; *ok (when given) says whether it knew it.
template<typename Enum, std::size_t N>
Enum enumFromName(const EnumName<Enum> (&names)[N], QStringView name, Enum fallback, bool *ok = nullptr)
{
    const std::optional<Enum> value = enumFromName(names, name);
    if (ok)
        *ok = value.has_value();
    return value.value_or(fallback);
}

} // namespace Hamish
