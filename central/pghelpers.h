// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to PgStore (pgstore.cpp, pgchannels.cpp, pgschema.cpp): a thin layer over libpq.
// Values always travel as parameters of PQexecParams (text format; byte strings in binary
// format), never inside the SQL text. Results come back in text format.

#include "core/result.h"

#include <QtGlobal>

#include <libpq-fe.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ok::central::pg {

/// The code of an error a caller may retry: another process's transaction touched the same
/// rows (SQLSTATE 40001 serialization failure, 40P01 deadlock, 23505 unique violation: e.g. the
/// same event pushed to two central processes at once). Nothing of the transaction was kept.
inline constexpr const char *kRetryCode = "db.conflict";

/// Parameters $1, $2, … in order.
class Params
{
public:
    Params &text(std::string_view v)
    {
        push(std::string(v), 0, false);
        return *this;
    }
    Params &bytes(std::string_view v)
    {
        push(std::string(v), 1, false);
        return *this;
    }
    Params &num(qint64 v)
    {
        push(std::to_string(v), 0, false);
        return *this;
    }
    Params &boolean(bool v)
    {
        push(v ? "t" : "f", 0, false);
        return *this;
    }
    Params &null()
    {
        push({}, 0, true);
        return *this;
    }
    Params &opt(const std::optional<qint64> &v) { return v ? num(*v) : null(); }
    Params &opt(const std::optional<std::string> &v) { return v ? text(*v) : null(); }
    /// '' → NULL
    Params &textOrNull(std::string_view v) { return v.empty() ? null() : text(v); }

    int count() const { return int(m_values.size()); }
    const char *const *values()
    {
        m_ptrs.clear();
        for (size_t i = 0; i < m_values.size(); ++i)
            m_ptrs.push_back(m_null[i] ? nullptr : m_values[i].c_str());
        return m_ptrs.data();
    }
    const int *lengths() const { return m_lengths.data(); }
    const int *formats() const { return m_formats.data(); }

private:
    void push(std::string v, int format, bool isNull)
    {
        m_lengths.push_back(int(v.size()));
        m_values.push_back(std::move(v));
        m_formats.push_back(format);
        m_null.push_back(isNull);
    }
    std::vector<std::string> m_values;
    std::vector<int> m_lengths, m_formats;
    std::vector<bool> m_null;
    std::vector<const char *> m_ptrs;
};

/// A result set (text format).
class Rows
{
public:
    explicit Rows(PGresult *r) : m_r(r, &PQclear) {}
    int size() const { return PQntuples(m_r.get()); }
    bool isNull(int row, int col) const { return PQgetisnull(m_r.get(), row, col) != 0; }
    std::string_view text(int row, int col) const
    {
        return std::string_view(PQgetvalue(m_r.get(), row, col), size_t(PQgetlength(m_r.get(), row, col)));
    }
    std::string str(int row, int col) const { return std::string(text(row, col)); }
    qint64 i64(int row, int col) const
    {
        return isNull(row, col) ? 0 : qint64(std::strtoll(PQgetvalue(m_r.get(), row, col), nullptr, 10));
    }
    std::optional<qint64> optI64(int row, int col) const
    {
        return isNull(row, col) ? std::nullopt : std::optional<qint64>(i64(row, col));
    }
    std::optional<std::string_view> optText(int row, int col) const
    {
        return isNull(row, col) ? std::nullopt : std::optional<std::string_view>(text(row, col));
    }
    bool boolean(int row, int col) const { return text(row, col) == "t"; }
    /// A bytea column (text format "\x0a1b…") as raw bytes.
    std::string bytes(int row, int col) const
    {
        const std::string_view t = text(row, col);
        std::string out;
        if (t.size() < 2 || t[0] != '\\' || t[1] != 'x')
            return out;
        auto hex = [](char c) { return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10; };
        out.reserve((t.size() - 2) / 2);
        for (size_t i = 2; i + 1 < t.size(); i += 2)
            out.push_back(char((hex(t[i]) << 4) | hex(t[i + 1])));
        return out;
    }
    PGresult *get() const { return m_r.get(); }

private:
    std::unique_ptr<PGresult, void (*)(PGresult *)> m_r;
};

/// The error of a failed command: kRetryCode for what another transaction caused, else
/// "db.postgresql-SQLSTATE".
inline Error resultError(PGconn *c, const PGresult *r, std::string_view what)
{
    const char *state = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : nullptr;
    const std::string sqlstate = state ? state : "";
    const char *msg = r ? PQresultErrorMessage(r) : PQerrorMessage(c);
    QString code = QStringLiteral("db.postgresql-") + QString::fromStdString(sqlstate.empty() ? "connection" : sqlstate);
    if (sqlstate == "40001" || sqlstate == "40P01" || sqlstate == "23505")
        code = QString::fromLatin1(kRetryCode);
    return Error{code, QStringLiteral("%1: %2").arg(QString::fromUtf8(what.data(), qsizetype(what.size())),
                                                    QString::fromUtf8(msg ? msg : "").trimmed())};
}

/// Run `sql` with `params`; an error for anything but a command or rows.
/// `types`: the parameters' type OIDs when the SQL does not name every parameter (else nullptr).
inline Result<Rows> exec(PGconn *c, std::string_view sql, Params params, std::string_view what, const Oid *types = nullptr)
{
    const std::string s(sql);
    Rows rows(PQexecParams(c, s.c_str(), params.count(), types, params.values(), params.lengths(), params.formats(), 0));
    const ExecStatusType st = rows.get() ? PQresultStatus(rows.get()) : PGRES_FATAL_ERROR;
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK)
        return resultError(c, rows.get(), what);
    return rows;
}

/// A command without parameters (may hold several statements: BEGIN, SAVEPOINT, a migration).
inline Result<void> command(PGconn *c, std::string_view sql, std::string_view what)
{
    const std::string s(sql);
    Rows rows(PQexec(c, s.c_str()));
    const ExecStatusType st = rows.get() ? PQresultStatus(rows.get()) : PGRES_FATAL_ERROR;
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK)
        return resultError(c, rows.get(), what);
    return {};
}

/// Number of rows a command changed.
inline qint64 affected(const Rows &r)
{
    return qint64(std::strtoll(PQcmdTuples(r.get()), nullptr, 10));
}

/// The first row as `read` makes it, nullopt when there is none.
template<typename Read>
auto selectOne(PGconn *c, std::string_view sql, std::string_view what, Read read, Params params = {})
    -> Result<std::optional<std::invoke_result_t<Read &, const Rows &, int>>>
{
    using T = std::invoke_result_t<Read &, const Rows &, int>;
    auto r = exec(c, sql, std::move(params), what);
    if (!r)
        return r.error();
    if (r->size() == 0)
        return std::optional<T>();
    return std::optional<T>(read(r.value(), 0));
}

template<typename Read>
auto selectAll(PGconn *c, std::string_view sql, std::string_view what, Read read, Params params = {})
    -> Result<std::vector<std::invoke_result_t<Read &, const Rows &, int>>>
{
    auto r = exec(c, sql, std::move(params), what);
    if (!r)
        return r.error();
    std::vector<std::invoke_result_t<Read &, const Rows &, int>> out;
    out.reserve(size_t(r->size()));
    for (int i = 0; i < r->size(); ++i)
        out.push_back(read(r.value(), i));
    return out;
}

/// The integer in the first column of the first row (a count, a max, EXISTS as 0/1).
inline Result<qint64> selectInt(PGconn *c, std::string_view sql, std::string_view what, Params params = {})
{
    auto r = exec(c, sql, std::move(params), what);
    if (!r)
        return r.error();
    if (r->size() == 0)
        return Error{QStringLiteral("internal"), QStringLiteral("%1: no row").arg(QString::fromUtf8(what.data(), qsizetype(what.size())))};
    if (r->text(0, 0) == "t")
        return qint64(1);
    if (r->text(0, 0) == "f")
        return qint64(0);
    return r->i64(0, 0);
}

/// A libpq connection, closed when destroyed.
using Connection = std::unique_ptr<PGconn, void (*)(PGconn *)>;

/// Connect to `conninfo` (a postgresql:// URL or key=value string).
inline Result<Connection> connect(const std::string &conninfo)
{
    Connection c(PQconnectdb(conninfo.c_str()), &PQfinish);
    if (!c || PQstatus(c.get()) != CONNECTION_OK)
        return Error{QStringLiteral("db.postgresql-connection"),
                     QStringLiteral("Cannot connect to PostgreSQL: %1").arg(QString::fromUtf8(c ? PQerrorMessage(c.get()) : "out of memory").trimmed())};
    // Quiet NOTICEs (e.g. "relation already exists, skipping").
    PQsetNoticeProcessor(c.get(), [](void *, const char *) {}, nullptr);
    return c;
}

} // namespace ok::central::pg
