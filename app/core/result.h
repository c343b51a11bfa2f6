// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/permission.h"

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace ok {

/// An error as a value: a stable machine-readable code and a message a person can act on.
/// Messages shown to people go through tr() at the layer that knows the context; storage and
/// driver messages are for operators and logs and name the thing that failed.
struct Error {
    QString code;    ///< stable identifier, e.g. "db.newer-schema", "config.bad-value"
    QString message; ///< what went wrong and what to do about it
    /// Set when the action was refused only for want of a permission (code "approval.required").
    std::optional<ApprovalRequired> approval = std::nullopt;
};

/// Either a value or an Error (a small std::expected stand-in: we build as C++20).
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_v(std::move(value)) {}             // NOLINT(google-explicit-constructor)
    Result(Error error) : m_v(std::move(error)) {}         // NOLINT(google-explicit-constructor)

    bool ok() const { return std::holds_alternative<T>(m_v); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_v); }
    T &value() & { return std::get<T>(m_v); }
    T &&value() && { return std::get<T>(std::move(m_v)); }
    const T *operator->() const { return &std::get<T>(m_v); }
    T *operator->() { return &std::get<T>(m_v); }
    const Error &error() const { return std::get<Error>(m_v); }

private:
    std::variant<T, Error> m_v;
};

/// Result of an operation that yields nothing but can fail.
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_failed(true) {} // NOLINT
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

} // namespace ok
