// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace ok::db {

class Database;

/// A prepared statement. Move-only; finalizes on destruction. Bind indexes are 1-based like
/// SQLite's, column indexes 0-based. Statements obtained from Database::cached() are owned by the
/// database and reset (bindings cleared) every time they are handed out again.
class Statement
{
public:
    Statement() = default;
    Statement(Database *db, sqlite3_stmt *stmt, bool owned);
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    bool isValid() const { return m_stmt != nullptr; }

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const QByteArray &blob);
    Statement &bind(int index, std::string_view utf8);
    Statement &bindNull(int index);

    /// Advance. true = a row is available; false = done or failed (see lastError()).
    bool step();
    enum class Step { Row, Done, Failed };
    /// step() with the three outcomes told apart.
    Step next();
    /// Run to completion, for statements that return no rows. Returns false on error.
    bool exec();
    void reset();

    qint64 int64(int col) const;
    int int32(int col) const { return int(int64(col)); }
    QString text(int col) const;
    QByteArray blob(int col) const;
    bool isNull(int col) const;
    std::optional<qint64> optInt64(int col) const;
    /// Views into SQLite's buffer, valid until the next step(), reset() or column conversion:
    /// for hot read paths that copy only what they keep (the central service's pages).
    std::string_view textView(int col) const;
    std::string_view blobView(int col) const;

    /// The error of the last step()/exec() that failed, or nullopt.
    const std::optional<Error> &lastError() const { return m_error; }

private:
    void finalize();
    Database *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_owned = true;
    std::optional<Error> m_error;
};

enum class Durability {
    Full,   ///< WAL + synchronous=FULL: every commit is on disk when commit() returns (ledger.db)
    Normal, ///< WAL + synchronous=NORMAL: may lose the last commits on power loss, never corrupts (cache.db)
    Bulk,   ///< synchronous=OFF, for rebuilding a re-downloadable file from scratch only
};

/// One SQLite connection, used from one thread. Thin by design: it owns the handle, applies the
/// pragmas every Omnikiosk database needs, hands out prepared statements (cached on hot paths) and
/// reports errors as values naming the file.
class Database
{
public:
    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Open (creating if needed) with WAL, foreign keys, a busy timeout and the given durability.
    static Result<std::unique_ptr<Database>> open(const QString &path, Durability durability);
    /// Open an existing file read-only (no creation, no pragmas that write).
    static Result<std::unique_ptr<Database>> openReadOnly(const QString &path);

    const QString &path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }

    /// Execute one or more statements without results.
    Result<void> exec(std::string_view sql);
    /// A new, caller-owned prepared statement.
    Result<Statement> prepare(std::string_view sql);
    /// A prepared statement owned and reused by this connection: for hot paths. The returned
    /// Statement is a non-owning view; it is reset when handed out. Do not hold two views of the
    /// same SQL at once.
    Statement &cached(std::string_view sql);

    /// A single integer from a query like "PRAGMA user_version" (nullopt on error / no row).
    std::optional<qint64> queryInt(std::string_view sql);

    int userVersion();
    Result<void> setUserVersion(int version);

    /// Error built from the connection's current error state.
    Error lastError(const QString &what) const;

    qint64 lastInsertRowId() const;
    int changes() const;

private:
    QString m_path;
    sqlite3 *m_db = nullptr;
    /// Looked up by the SQL text without copying it (cached() runs millions of times in a bulk load).
    struct SqlHash {
        using is_transparent = void;
        size_t operator()(std::string_view sql) const { return std::hash<std::string_view>{}(sql); }
    };
    std::unordered_map<std::string, std::unique_ptr<Statement>, SqlHash, std::equal_to<>> m_cache;
};

/// The error of a statement that failed (its message names the SQL), for Result returns.
inline Error statementError(const Statement &st)
{
    return st.lastError().value_or(Error{QStringLiteral("db.error"), QStringLiteral("statement failed")});
}

/// RAII transaction. Begin with BEGIN IMMEDIATE (takes the write lock up front, so a writer never
/// fails half-way with SQLITE_BUSY on upgrade). Rolls back unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    const std::optional<Error> &beginError() const { return m_error; }
    Result<void> commit();
    void rollback();

private:
    Database &m_db;
    bool m_active = false;
    std::optional<Error> m_error;
};

} // namespace ok::db
