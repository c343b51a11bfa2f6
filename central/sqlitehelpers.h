// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to SqliteStore (sqlitestore.cpp, sqlitechannels.cpp): small helpers around the
// kiosk's SQLite wrapper.

#include "core/result.h"
#include "storage/sqlite.h"

#include <optional>
#include <string>
#include <string_view>

namespace ok::central::sqlitehelpers {

/// The error of a read statement that failed, saying what was being read.
inline Error queryError(const db::Statement &q, std::string_view what)
{
    return Error{QStringLiteral("internal"),
                 QStringLiteral("%1: %2").arg(QString::fromUtf8(what.data(), qsizetype(what.size())),
                                              q.lastError() ? q.lastError()->message : QStringLiteral("no row"))};
}

inline std::string str(const db::Statement &q, int c)
{
    return std::string(q.textView(c));
}

inline std::optional<std::string_view> optText(const db::Statement &q, int c)
{
    return q.isNull(c) ? std::nullopt : std::optional<std::string_view>(q.textView(c));
}

inline Error stepError(const db::Statement &st)
{
    return st.lastError().value_or(Error{QStringLiteral("internal"), QStringLiteral("SQLite statement failed")});
}

inline db::Statement &bindOpt(db::Statement &st, int i, const std::optional<qint64> &v)
{
    return v ? st.bind(i, *v) : st.bindNull(i);
}

inline db::Statement &bindOpt(db::Statement &st, int i, const std::optional<std::string> &v)
{
    return v ? st.bind(i, std::string_view(*v)) : st.bindNull(i);
}

} // namespace ok::central::sqlitehelpers
