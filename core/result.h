// SPDX-FileCopyrightText: 2026 LinkPoint contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// lp::Result<T> has the interface of C++23's std::expected<T, lp::Error>, so it can become an
// alias once every compiler we need (clang 14 for the tools) accepts <expected>. Calling value()
// or error() on the wrong alternative is a programmer mistake and aborts, as there are no
// exceptions in LinkPoint's control flow.
#pragma once

#include <type_traits>
#include <utility>
#include <variant>

#include <QtGlobal>

#include "core/error.h"

namespace lp {

template <typename E>
class Unexpected final {
public:
    explicit Unexpected(E error)
        : m_error(std::move(error))
    {}
    const E& error() const& noexcept { return m_error; }
    E&& error() && noexcept { return std::move(m_error); }

private:
    E m_error;
};

template <typename E>
Unexpected(E) -> Unexpected<E>;

// Shorthand for the common case: return fail(ErrorCode::X, tr("..."), detail);
inline Unexpected<Error> fail(ErrorCode code, QString message, QString detail = {})
{
    return Unexpected<Error>(Error{code, std::move(message), std::move(detail)});
}
inline Unexpected<Error> fail(Error error)
{
    return Unexpected<Error>(std::move(error));
}

template <typename T>
class [[nodiscard]] Result final {
public:
    using value_type = T;
    using error_type = Error;

    Result() requires std::is_default_constructible_v<T> : m_storage(std::in_place_index<0>) {}
    template <typename U = T>
    requires(std::is_constructible_v<T, U&&> && !std::is_same_v<std::remove_cvref_t<U>, Result> &&
             !std::is_same_v<std::remove_cvref_t<U>, Unexpected<Error>>) Result(U&& value)
        : m_storage(std::in_place_index<0>, std::forward<U>(value))
    {}
    Result(Unexpected<Error> error)
        : m_storage(std::in_place_index<1>, std::move(error).error())
    {}

    [[nodiscard]] bool has_value() const noexcept { return m_storage.index() == 0; }
    explicit operator bool() const noexcept { return has_value(); }

    T& value() & { return checkedValue(), std::get<0>(m_storage); }
    const T& value() const& { return checkedValue(), std::get<0>(m_storage); }
    T&& value() && { return checkedValue(), std::move(std::get<0>(m_storage)); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T&& operator*() && { return std::move(*this).value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

    const Error& error() const&
    {
        Q_ASSERT_X(!has_value(), "lp::Result", "error() on a value");
        return std::get<1>(m_storage);
    }
    Error&& error() &&
    {
        Q_ASSERT_X(!has_value(), "lp::Result", "error() on a value");
        return std::move(std::get<1>(m_storage));
    }

    template <typename U = T>
    T value_or(U&& fallback) const&
    {
        return has_value() ? std::get<0>(m_storage) : static_cast<T>(std::forward<U>(fallback));
    }

    // f: T -> Result<U>
    template <typename F>
    auto and_then(F&& f) const& -> std::invoke_result_t<F, const T&>
    {
        if (!has_value())
            return Unexpected<Error>(error());
        return std::forward<F>(f)(std::get<0>(m_storage));
    }

    // f: T -> U, wrapped into Result<U>
    template <typename F>
    auto transform(F&& f) const& -> Result<std::invoke_result_t<F, const T&>>
    {
        if (!has_value())
            return Unexpected<Error>(error());
        return std::forward<F>(f)(std::get<0>(m_storage));
    }

private:
    int checkedValue() const
    {
        if (!has_value())
            qFatal("lp::Result::value() on an error: %s", qPrintable(error().toLogString()));
        return 0;
    }

    std::variant<T, Error> m_storage;
};

template <>
class [[nodiscard]] Result<void> final {
public:
    using value_type = void;
    using error_type = Error;

    Result() = default;
    Result(Unexpected<Error> error)
        : m_error(std::move(error).error())
        , m_failed(true)
    {}

    [[nodiscard]] bool has_value() const noexcept { return !m_failed; }
    explicit operator bool() const noexcept { return has_value(); }
    void value() const
    {
        if (m_failed)
            qFatal("lp::Result::value() on an error: %s", qPrintable(m_error.toLogString()));
    }
    const Error& error() const&
    {
        Q_ASSERT_X(m_failed, "lp::Result", "error() on a value");
        return m_error;
    }
    Error&& error() &&
    {
        Q_ASSERT_X(m_failed, "lp::Result", "error() on a value");
        return std::move(m_error);
    }

private:
    Error m_error;
    bool m_failed = false;
};

// The error of the first of `results` that failed, or nullptr when all succeeded: for code that
// reads several things and gives up on the first failure.
template <typename... Ts>
[[nodiscard]] const Error* firstError(const Result<Ts>&... results)
{
    const Error* found = nullptr;
    ((found = found ? found : (results ? nullptr : &results.error())), ...);
    return found;
}

} // namespace lp
