#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace hectare {

// An error as a value: what went wrong, said so that a user can find it.
// `where` names the object and field (`Hall "B", row 3, rack 12: design kW`) or the
// file or JSON path; `message` says what is wrong with it. Both are translated.
struct Error
{
    QString where;
    QString message;

    QString text() const { return where.isEmpty() ? message : where + QStringLiteral(": ") + message; }
};

// A value or an Error (std::expected arrives with C++23; this is the small part we need).
template<typename T>
class Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template<>
class Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_failed(true) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

using Status = Result<void>;

} // namespace hectare
