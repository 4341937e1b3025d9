// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Lets Catch print Qt strings in failure messages.
#include <catch2/catch.hpp>

#include "core/base/Result.h"

#include <QString>
#include <QStringView>

namespace Catch {
template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
// A result shows its error, so a failed CHECK(result) says why.
template<typename T>
struct StringMaker<Hamish::Result<T>>
{
    static std::string convert(const Hamish::Result<T> &value)
    {
        return value.ok() ? std::string("ok") : "error: " + value.errorMessage().toStdString();
    }
};
template<>
struct StringMaker<QStringView>
{
    static std::string convert(QStringView value) { return '"' + value.toString().toStdString() + '"'; }
};
} // namespace Catch

// Catch2 2 has no way to skip a test case; ctest has: a test whose output holds "HAMISH-SKIPPED:" is reported
// as skipped, not passed (SKIP_REGULAR_EXPRESSION in tests/CMakeLists.txt). For a prerequisite that is
// optional to the build; a missing required one is a failure.
#define HAMISH_SKIP(reason)                                                                                            \
    do {                                                                                                               \
        WARN("HAMISH-SKIPPED: " << reason);                                                                            \
        return;                                                                                                        \
    } while (false)
