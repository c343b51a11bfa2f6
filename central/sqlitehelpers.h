// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to SqliteStore (sqlitestore.cpp, sqlitechannels.cpp): small helpers around the
// kiosk's SQLite wrapper.

#include "core/result.h"
#include "storage/sqlite.h"

#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

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

// Reading rows. `args` are bound to ?1, ?2, … in order (a std::string_view, qint64 or int each:
// a null string_view binds NULL, so pass std::string_view("") where '' is meant); `read` makes
// one value of a row; `what` names the read in the error of a step that failed.

/// `sql` prepared on `h` with `args` bound.
template<typename... Args>
Result<db::Statement> prepareBound(db::Database &h, std::string_view sql, const Args &...args)
{
    auto q = h.prepare(sql);
    if (q) {
        int i = 0;
        (q.value().bind(++i, args), ...);
    }
    return q;
}

/// The first row as `read` makes it; nullopt when there is none.
template<typename Read, typename... Args>
auto selectOne(db::Database &h, std::string_view sql, std::string_view what, Read read, const Args &...args)
    -> Result<std::optional<std::invoke_result_t<Read &, const db::Statement &>>>
{
    using T = std::invoke_result_t<Read &, const db::Statement &>;
    auto qPrepared = prepareBound(h, sql, args...);
    if (!qPrepared)
        return qPrepared.error();
    db::Statement &q = qPrepared.value();
    const auto rc = q.next();
    if (rc == db::Statement::Step::Row)
        return std::optional<T>(read(q));
    if (rc != db::Statement::Step::Done)
        return queryError(q, what);
    return std::optional<T>();
}

/// Every row as `read` makes it.
template<typename Read, typename... Args>
auto selectAll(db::Database &h, std::string_view sql, std::string_view what, Read read, const Args &...args)
    -> Result<std::vector<std::invoke_result_t<Read &, const db::Statement &>>>
{
    auto qPrepared = prepareBound(h, sql, args...);
    if (!qPrepared)
        return qPrepared.error();
    db::Statement &q = qPrepared.value();
    std::vector<std::invoke_result_t<Read &, const db::Statement &>> out;
    while (q.next() == db::Statement::Step::Row)
        out.push_back(read(q));
    if (q.lastError().has_value())
        return queryError(q, what);
    return out;
}

/// The integer in the first column of a query that always yields a row (a count, a max, EXISTS).
template<typename... Args>
Result<qint64> selectInt(db::Database &h, std::string_view sql, std::string_view what, const Args &...args)
{
    auto qPrepared = prepareBound(h, sql, args...);
    if (!qPrepared)
        return qPrepared.error();
    db::Statement &q = qPrepared.value();
    if (q.next() != db::Statement::Step::Row)
        return queryError(q, what);
    return q.int64(0);
}

} // namespace ok::central::sqlitehelpers
