// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Lets Catch print Qt strings in failure messages.
#include <catch2/catch.hpp>

#include <QString>
#include <QStringView>

namespace Catch {
template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
template<>
struct StringMaker<QStringView>
{
    static std::string convert(QStringView value) { return '"' + value.toString().toStdString() + '"'; }
};
} // namespace Catch
