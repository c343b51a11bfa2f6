// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "central/store.h"

#include <QString>

#include <memory>
#include <mutex>
#include <vector>

namespace ok::db {
class Database;
}

namespace ok::central {

/// CentralStore on one SQLite file (central.db) in WAL mode.
///
/// Concurrency: one write connection behind a mutex (SQLite has one writer per file anyway; the
/// mutex makes writers of this process queue instead of spinning on SQLITE_BUSY, and BEGIN
/// IMMEDIATE plus the busy timeout orders us with other processes such as the admin CLI). Reads
/// run on a pool of read-only connections, one per concurrent request: in WAL mode readers never
/// wait for the writer, and each scan is one statement, so one snapshot.
class SqliteStore final : public CentralStore
{
public:
    ~SqliteStore() override;

    /// Open (create, migrate) the database. synchronous=FULL: an acknowledged push is on disk.
    static Result<std::unique_ptr<SqliteStore>> open(const QString &path);

    Result<ScanResult> scan(const Scope &scope, Stream stream, qint64 afterVersion, qint64 limit,
                            RowVisitor &visitor, ScanFields fields) override;
    Result<std::optional<TerminalRecord>> terminalByToken(std::string_view tokenSha256) override;
    Result<std::vector<TerminalRecord>> terminals() override;
    Result<std::optional<Location>> location(std::string_view id) override;
    Result<std::vector<Location>> locations() override;
    Result<std::optional<std::vector<LiveStockLevel>>> stockLevels(qint64 productId) override;
    Result<std::optional<Order>> order(std::string_view id) override;
    Result<std::vector<Order>> orders(std::string_view storeId, std::string_view status, int limit) override;
    Result<std::vector<NotificationRecord>> notifications(std::string_view storeId, std::string_view orderId, int limit) override;
    Result<std::vector<RefundRecord>> refundList(std::string_view storeId, std::string_view orderId, int limit) override;
    Result<std::vector<SaleWithReturns>> salesWithReturns(std::string_view id) override;
    Result<std::optional<EnrolmentCode>> enrolmentCode(std::string_view codeSha256) override;
    Result<std::vector<EventRecord>> events(std::string_view terminal, int limit) override;
    Result<std::vector<ExceptionRecord>> exceptions(int limit) override;
    Result<std::vector<AlarmRecord>> alarms(int limit) override;
    Result<std::optional<std::string>> meta(std::string_view key) override;
    Result<bool> isEmpty() override;
    // sqlitechannels.cpp
    Result<std::vector<Customer>> customers(CustomerKey key, std::string_view value, int limit) override;
    Result<std::vector<PointsEntry>> pointsLedger(std::string_view customerId, int limit) override;
    Result<std::vector<WebOrder>> webOrders(std::string_view customerId, int limit) override;
    Result<std::optional<WebOrder>> webOrder(std::string_view idOrNumber) override;
    Result<std::vector<Hold>> holds(std::string_view storeId, qint64 sinceMs, int limit) override;
    Result<bool> hasDueHolds(qint64 nowSec) override;
    Result<std::vector<Transfer>> transfers(std::string_view storeId, int limit) override;
    Result<std::unique_ptr<Writer>> write() override;

    /// Bigger page cache on the write connection while seeding (bytes; 0 = back to the default).
    void setWriteCacheSize(qint64 bytes);

    class SqliteWriter;
    struct WriteStatements;

private:
    SqliteStore() = default;

    /// A read connection for the duration of one call; returned to the pool afterwards.
    class ReadLease
    {
    public:
        ReadLease(SqliteStore &store, std::unique_ptr<db::Database> db);
        ~ReadLease();
        ReadLease(const ReadLease &) = delete;
        ReadLease &operator=(const ReadLease &) = delete;
        db::Database &db() { return *m_db; }

    private:
        SqliteStore &m_store;
        std::unique_ptr<db::Database> m_db;
    };
    Result<std::unique_ptr<ReadLease>> readConnection();

    QString m_path;
    std::unique_ptr<db::Database> m_writeDb;
    std::unique_ptr<WriteStatements> m_ws;
    std::mutex m_writeMutex;
    std::mutex m_poolMutex;
    std::vector<std::unique_ptr<db::Database>> m_pool;
};

} // namespace ok::central
