// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/syncstore.h"

#include <memory>

namespace ok::db {
class Database;
class Outbox;
class PulledRows;
class SyncState;
} // namespace ok::db

namespace ok::services {

/// SyncStore over this terminal's two databases, as a thin adapter: it maps the sync protocol's
/// types to the storage repositories' own and back. Pulled rows go to cache.db with the stream's
/// cursor in the page's transaction (db::PulledRows, db::SyncState); push state lives in
/// ledger.db's outbox (db::Outbox, docs/reliability.md#r3-idempotent-events-never-dropped).
/// Opens its own connections, so it belongs to the sync thread that created it.
class LocalSyncStore final : public sync::SyncStore
{
public:
    /// storeId: the terminal's store (prices and orders of the store arrive without it).
    static Result<std::unique_ptr<LocalSyncStore>> open(const QString &cachePath, const QString &ledgerPath,
                                                        const QString &storeId);
    ~LocalSyncStore() override;

    Result<qint64> cursor(sync::Stream stream) override;
    Result<void> applyPage(const sync::PullPage &page, qint64 nowMs) override;
    Result<void> streamCaughtUp(sync::Stream stream) override;
    void recordStreamError(sync::Stream stream, const QString &message, qint64 nowMs) override;
    Result<sync::StreamSummary> localSummary(sync::Stream stream) override;
    /// Pulls the stream again from zero and marks its rows; what the re-pull does not bring back
    /// is swept when it has caught up (db::SyncState::restart).
    Result<void> resetStream(sync::Stream stream) override;

    Result<QList<sync::OutboxEvent>> pendingEvents(int limit) override;
    /// A conflict is stored as a refusal whose reason starts with "ALARM: " (the staff screen
    /// shows it as an alarm, not as an ordinary refusal).
    Result<void> recordPushResults(const QList<sync::EventResult> &results, qint64 nowMs) override;
    void recordPushFailure(const QList<sync::OutboxEvent> &events, const QString &message) override;
    sync::OutboxStats outboxStats(qint64 nowMs) override;
    QList<sync::StreamState> streamStates() override;

    /// The connections, for tests and benchmarks that look at what was written.
    db::Database &cache() { return *m_cache; }
    db::Database &ledger() { return *m_ledger; }

private:
    LocalSyncStore(std::unique_ptr<db::Database> cache, std::unique_ptr<db::Database> ledger, const QString &storeId);

    std::unique_ptr<db::Database> m_cache;
    std::unique_ptr<db::Database> m_ledger;
    std::unique_ptr<db::SyncState> m_state;
    std::unique_ptr<db::PulledRows> m_rows;
    std::unique_ptr<db::Outbox> m_outbox;
};

} // namespace ok::services
