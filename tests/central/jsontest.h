// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// QCOMPARE cannot take nlohmann::json directly (its implicit conversions make QTest's overload
// set ambiguous): compare through these, which also print well when a comparison fails.

#include <nlohmann/json.hpp>

#include <QTest>

#include <limits>
#include <string>

namespace QTest {
template<>
inline char *toString(const std::string &s)
{
    return qstrdup(s.c_str());
}
} // namespace QTest

namespace ok::test {

/// A string value as is, anything else as its JSON text.
inline std::string js(const nlohmann::json &j)
{
    return j.is_string() ? j.get<std::string>() : j.dump();
}

/// An integer value, or the smallest qint64 when it is not an integer.
inline qint64 ji(const nlohmann::json &j)
{
    return j.is_number_integer() ? j.get<qint64>() : std::numeric_limits<qint64>::min();
}

/// "true"/"false"/"null"/...: booleans compared as text, so a missing value shows as what it is.
inline std::string jb(const nlohmann::json &j)
{
    return j.dump();
}

} // namespace ok::test
