// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "central/store.h"

#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

typedef struct pg_conn PGconn;

namespace ok::central {

/// CentralStore on PostgreSQL 15 (libpq), for several central processes on one database.
///
/// Concurrency: within the process one Writer at a time (a mutex, as SqliteStore), so the
/// service's read-modify-write stays simple; across processes every Writer is one REPEATABLE
/// READ transaction, and what another process's transaction caused (serialization failure,
/// deadlock, the same event inserted twice) fails with code "db.conflict" (pghelpers.h
/// kRetryCode): nothing of the transaction is kept and the caller may run it again. Reads run
/// on a pool of connections, one per concurrent call. Versions come from a SEQUENCE; a scan
/// reads only up to the oldest writer still in flight (pgstore.cpp, docs/central.md).
class PgStore final : public CentralStore
{
public:
    ~PgStore() override;

    /// Connect to `conninfo` (postgresql://…) and migrate the schema.
    static Result<std::unique_ptr<PgStore>> open(const std::string &conninfo);

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
    // pgchannels.cpp
    Result<std::vector<Customer>> customers(CustomerKey key, std::string_view value, int limit) override;
    Result<std::vector<PointsEntry>> pointsLedger(std::string_view customerId, int limit) override;
    Result<std::vector<WebOrder>> webOrders(std::string_view customerId, int limit) override;
    Result<std::optional<WebOrder>> webOrder(std::string_view idOrNumber) override;
    Result<std::vector<Hold>> holds(std::string_view storeId, qint64 sinceMs, int limit) override;
    Result<bool> hasDueHolds(qint64 nowSec) override;
    Result<std::vector<Transfer>> transfers(std::string_view storeId, int limit) override;
    Result<std::unique_ptr<Writer>> write() override;

    /// The newest version a scan may serve now: below every writer still in flight.
    Result<qint64> horizon();

    class PgWriter;

private:
    PgStore() = default;

    using Connection = std::unique_ptr<PGconn, void (*)(PGconn *)>;

    /// A pooled connection for the duration of one call.
    class Lease
    {
    public:
        Lease(PgStore &store, Connection c);
        ~Lease();
        Lease(const Lease &) = delete;
        Lease &operator=(const Lease &) = delete;
        PGconn *get() const { return m_c.get(); }

    private:
        PgStore &m_store;
        Connection m_c;
    };
    Result<std::unique_ptr<Lease>> readConnection();
    /// `c` if it is still usable, else a fresh connection in its place.
    Result<void> ensure(Connection &c);

    std::string m_conninfo;
    std::mutex m_writeMutex; // guards m_writeConn and m_sideConn
    Connection m_writeConn{nullptr, nullptr};
    Connection m_sideConn{nullptr, nullptr}; // autocommit: writer_inflight
    std::unordered_map<std::string, std::string> m_prepared; // SQL → statement name on m_writeConn
    std::mutex m_poolMutex;
    std::vector<Connection> m_pool;
};

} // namespace ok::central
