// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <type_traits>
#include <utility>
#include <variant>

namespace Hamish {

// Why something in the core failed: a message for the user (already translated where it was made, with
// what is wrong and what to do) and a kind a caller can act on (forget a recent file that is gone, ...).
class Error
{
public:
    enum class Kind {
        Failed,        // anything not named below
        NotFound,      // the file, article, label or annotation does not exist
        AlreadyExists, // would replace something that must not be replaced
        Unreadable,    // permissions, a folder where a file was expected, an I/O error
        Unsupported,   // not something this Hamish reads (not a project, an unknown format)
        Corrupt,       // recognised but damaged
        NewerVersion,  // written by a newer Hamish: reading it here could lose data
        Locked,        // in use elsewhere in a way that forbids what was asked
        ReadOnly,      // the target is open read-only
        Moved,         // the project's file was moved, replaced or deleted while open: nothing more reaches it
        Invalid,       // the request itself is wrong (an empty name, a span outside the text)
        Cancelled,     // stopped on purpose (a dry run rolls back); not shown as a failure
    };

    Error() = default;
    explicit Error(QString message, Kind kind = Kind::Failed)
        : m_message(std::move(message))
        , m_kind(kind)
    {}

    const QString &message() const { return m_message; }
    Kind kind() const { return m_kind; }

private:
    QString m_message;
    Kind m_kind = Kind::Failed;
};

// A value, or the Error that kept it from being made: the one way the core reports failure. Test it
// like a pointer (`if (!result) show(result.error().message())`), then read value() or *result.
template<typename T>
class [[nodiscard]] Result
{
    static_assert(!std::is_same_v<T, bool>, "a Result<bool> would test true on a successful false");

public:
    Result(const T &value)
        : m_state(value)
    {}
    Result(T &&value)
        : m_state(std::move(value))
    {}
    Result(Error error)
        : m_state(std::move(error))
    {}
    // Any value T can be made from (an int for a qint64, a derived pointer for a base one).
    template<typename U>
    requires(
        std::is_constructible_v<
            T,
            U &&> && !std::is_same_v<std::decay_t<U>, T> && !std::is_same_v<std::decay_t<U>, Error> && !std::is_same_v<std::decay_t<U>, Result>)
        Result(U &&value)
        : m_state(std::in_place_index<0>, std::forward<U>(value))
    {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    // Only on success.
    const T &value() const & { return std::get<0>(m_state); }
    T &value() & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    T &&operator*() && { return std::move(*this).value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    T valueOr(T fallback) const & { return ok() ? value() : std::move(fallback); }

    // Only on failure.
    const Error &error() const { return std::get<1>(m_state); }
    // The error's message, or an empty string on success.
    QString errorMessage() const { return ok() ? QString() : error().message(); }

private:
    std::variant<T, Error> m_state;
};

// Success with nothing to hand back, or an Error.
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_failed(true)
    {}
    // The failure of another result, passed on.
    template<typename U>
    static Result fromError(const Result<U> &other)
    {
        return other.ok() ? Result() : Result(other.error());
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }
    QString errorMessage() const { return ok() ? QString() : m_error.message(); }

private:
    Error m_error;
    bool m_failed = false;
};

} // namespace Hamish
