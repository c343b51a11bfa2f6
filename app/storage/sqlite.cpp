// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sqlite.h"

#include "storage/logging.h"

#include <sqlite3.h>

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ok::db {

namespace {
constexpr int kBusyTimeoutMs = 5000;

/// Sales, staff PIN verifiers, the sync token: only the owner reads a database. The file is
/// created 0600 before SQLite opens it, whatever the umask, and an existing file (and its -wal
/// and -shm, which SQLite creates with the database file's mode) loses any group or other bits.
Result<void> restrictToOwner(const QString &path)
{
    const QByteArray file = QFile::encodeName(path);
    const int fd = ::open(file.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd >= 0) {
        ::close(fd);
        return {};
    }
    if (errno != EEXIST)
        return Error{QStringLiteral("db.create"), QStringLiteral("cannot create %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)))};
    for (const QByteArray &f : {file, QByteArray(file + "-wal"), QByteArray(file + "-shm")}) {
        struct stat st {};
        if (::stat(f.constData(), &st) != 0)
            continue; // no -wal or -shm yet
        if ((st.st_mode & (S_IRWXG | S_IRWXO)) != 0 && ::chmod(f.constData(), st.st_mode & S_IRWXU) != 0)
            return Error{QStringLiteral("db.mode"), QStringLiteral("cannot restrict %1 to its owner (mode 0600): %2")
                                                        .arg(QFile::decodeName(f), QString::fromLocal8Bit(std::strerror(errno)))};
    }
    return {};
}

Error makeError(sqlite3 *db, const QString &what, const QString &path)
{
    const int code = db ? sqlite3_extended_errcode(db) : SQLITE_ERROR;
    const char *msg = db ? sqlite3_errmsg(db) : "out of memory";
    return Error{QStringLiteral("db.sqlite-%1").arg(code),
                 QStringLiteral("%1 failed on %2: %3").arg(what, path, QString::fromUtf8(msg))};
}
} // namespace

// ---------------------------------------------------------------- Statement

Statement::Statement(Database *db, sqlite3_stmt *stmt, bool owned)
    : m_db(db)
    , m_stmt(stmt)
    , m_owned(owned)
{
}

Statement::Statement(Statement &&other) noexcept
    : m_db(other.m_db)
    , m_stmt(other.m_stmt)
    , m_owned(other.m_owned)
    , m_error(std::move(other.m_error))
{
    other.m_stmt = nullptr;
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        finalize();
        m_db = other.m_db;
        m_stmt = other.m_stmt;
        m_owned = other.m_owned;
        m_error = std::move(other.m_error);
        other.m_stmt = nullptr;
    }
    return *this;
}

Statement::~Statement()
{
    finalize();
}

void Statement::finalize()
{
    if (m_stmt && m_owned)
        sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
}

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &blob)
{
    sqlite3_bind_blob(m_stmt, index, blob.constData(), int(blob.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, std::string_view utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8.data(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc != SQLITE_DONE) {
        m_error = makeError(sqlite3_db_handle(m_stmt), QStringLiteral("Statement \"%1\"")
                                                           .arg(QString::fromUtf8(sqlite3_sql(m_stmt)).left(80)),
                            m_db ? m_db->path() : QString());
        qCWarning(lcStorage).noquote() << m_error->message;
    } else {
        m_error.reset();
    }
    return false;
}

Statement::Step Statement::next()
{
    if (step())
        return Step::Row;
    return m_error ? Step::Failed : Step::Done;
}

bool Statement::exec()
{
    while (step()) {
    }
    const bool ok = !m_error.has_value();
    sqlite3_reset(m_stmt);
    return ok;
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_error.reset();
}

qint64 Statement::int64(int col) const
{
    return sqlite3_column_int64(m_stmt, col);
}

QString Statement::text(int col) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, col)) : QString();
}

QByteArray Statement::blob(int col) const
{
    const auto *p = static_cast<const char *>(sqlite3_column_blob(m_stmt, col));
    return p ? QByteArray(p, sqlite3_column_bytes(m_stmt, col)) : QByteArray();
}

std::optional<qint64> Statement::optInt64(int col) const
{
    return isNull(col) ? std::nullopt : std::optional<qint64>(int64(col));
}

std::string_view Statement::textView(int col) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
    return p ? std::string_view(p, size_t(sqlite3_column_bytes(m_stmt, col))) : std::string_view();
}

std::string_view Statement::blobView(int col) const
{
    const auto *p = static_cast<const char *>(sqlite3_column_blob(m_stmt, col));
    return p ? std::string_view(p, size_t(sqlite3_column_bytes(m_stmt, col))) : std::string_view();
}

bool Statement::isNull(int col) const
{
    return sqlite3_column_type(m_stmt, col) == SQLITE_NULL;
}

// ---------------------------------------------------------------- Database

Database::~Database()
{
    m_cache.clear(); // finalize cached statements before closing
    if (m_db)
        sqlite3_close_v2(m_db);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Durability durability)
{
    auto db = std::make_unique<Database>();
    db->m_path = path;
    if (auto r = restrictToOwner(path); !r)
        return r.error();
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db->m_db,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                                   nullptr);
    if (rc != SQLITE_OK)
        return makeError(db->m_db, QStringLiteral("Opening database"), path);
    sqlite3_busy_timeout(db->m_db, kBusyTimeoutMs);
    sqlite3_extended_result_codes(db->m_db, 1);

    const char *sync = durability == Durability::Full     ? "FULL"
                       : durability == Durability::Normal ? "NORMAL"
                                                          : "OFF";
    const std::string pragmas = std::string("PRAGMA journal_mode=WAL;"
                                            "PRAGMA foreign_keys=ON;"
                                            "PRAGMA temp_store=MEMORY;"
                                            // bound the WAL: checkpoint every ~4 MiB, truncate
                                            // a grown WAL back to 16 MiB after a checkpoint
                                            "PRAGMA wal_autocheckpoint=1000;"
                                            "PRAGMA journal_size_limit=16777216;"
                                            "PRAGMA synchronous=")
                                + sync + ";";
    if (auto r = db->exec(pragmas); !r)
        return r.error();
    // journal_mode=WAL silently stays "memory"/"delete" on filesystems that cannot do WAL: check.
    auto mode = db->prepare("PRAGMA journal_mode");
    if (!mode || !mode->step() || mode->text(0) != QLatin1String("wal"))
        return Error{QStringLiteral("db.no-wal"),
                     QStringLiteral("%1: the file system does not support SQLite WAL mode; "
                                    "put the data directory on a local disk")
                         .arg(path)};
    return db;
}

Result<std::unique_ptr<Database>> Database::openReadOnly(const QString &path)
{
    auto db = std::make_unique<Database>();
    db->m_path = path;
    if (!QFileInfo::exists(path))
        return Error{QStringLiteral("db.missing"), QStringLiteral("%1 does not exist").arg(path)};
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db->m_db,
                                   SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK)
        return makeError(db->m_db, QStringLiteral("Opening database read-only"), path);
    sqlite3_busy_timeout(db->m_db, kBusyTimeoutMs);
    return db;
}

Result<void> Database::exec(std::string_view sql)
{
    const std::string s(sql);
    char *err = nullptr;
    if (sqlite3_exec(m_db, s.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
        Error e{QStringLiteral("db.sqlite-%1").arg(sqlite3_extended_errcode(m_db)),
                QStringLiteral("%1: %2 (in \"%3\")")
                    .arg(m_path, QString::fromUtf8(err ? err : "error"),
                         QString::fromUtf8(s.c_str()).simplified().left(120))};
        sqlite3_free(err);
        return e;
    }
    return {};
}

Result<Statement> Database::prepare(std::string_view sql)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v3(m_db, sql.data(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr)
        != SQLITE_OK) {
        return makeError(m_db, QStringLiteral("Preparing \"%1\"").arg(QString::fromUtf8(sql.data(), qsizetype(sql.size())).simplified().left(120)), m_path);
    }
    return Statement(this, stmt, true);
}

Statement &Database::cached(std::string_view sql)
{
    auto it = m_cache.find(sql);
    if (it == m_cache.end()) {
        auto prepared = prepare(sql);
        // A statement in our own source that does not prepare is a programmer error against the
        // schema we migrated ourselves to: say which, loudly.
        if (!prepared)
            qFatal("%s", qPrintable(prepared.error().message));
        it = m_cache.emplace(std::string(sql), std::make_unique<Statement>(std::move(prepared).value())).first;
    }
    it->second->reset();
    return *it->second;
}

std::optional<qint64> Database::queryInt(std::string_view sql)
{
    auto st = prepare(sql);
    if (!st || !st->step())
        return std::nullopt;
    return st->int64(0);
}

int Database::userVersion()
{
    return int(queryInt("PRAGMA user_version").value_or(-1));
}

Result<void> Database::setUserVersion(int version)
{
    return exec("PRAGMA user_version=" + std::to_string(version));
}

Error Database::lastError(const QString &what) const
{
    return makeError(m_db, what, m_path);
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

// ---------------------------------------------------------------- Transaction

Transaction::Transaction(Database &db)
    : m_db(db)
{
    auto r = m_db.exec("BEGIN IMMEDIATE");
    m_active = r.ok();
    if (!r)
        m_error = r.error();
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Result<void> Transaction::commit()
{
    if (!m_active)
        return m_error.value_or(Error{QStringLiteral("db.no-transaction"), QStringLiteral("No active transaction")});
    auto r = m_db.exec("COMMIT");
    if (!r) {
        rollback();
        return r.error();
    }
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    if (m_active) {
        (void)m_db.exec("ROLLBACK");
        m_active = false;
    }
}

} // namespace ok::db
