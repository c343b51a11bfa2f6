// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/syncstore.h"

#include <memory>

namespace ok::db {
class Database;
}

namespace ok::services {

/// SyncStore over this terminal's two databases: pulled rows go to cache.db (with the stream's
/// cursor, in the page's transaction), push state lives in ledger.db's outbox. Opens its own
/// connections, so it belongs to the sync thread that created it.
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
    Result<void> resetStream(sync::Stream stream) override;

    Result<QList<sync::OutboxEvent>> pendingEvents(int limit) override;
    Result<void> recordPushResults(const QList<sync::EventResult> &results, qint64 nowMs) override;
    void recordPushFailure(const QList<sync::OutboxEvent> &events, const QString &message) override;
    sync::OutboxStats outboxStats(qint64 nowMs) override;
    QList<sync::StreamState> streamStates() override;

    db::Database &cache() { return *m_cache; }
    db::Database &ledger() { return *m_ledger; }

private:
    LocalSyncStore(std::unique_ptr<db::Database> cache, std::unique_ptr<db::Database> ledger, QString storeId);
    Result<void> applyRows(const sync::PullPage &page);
    Result<void> applyProducts(const QList<sync::ProductItem> &products, bool indexLater);

    std::unique_ptr<db::Database> m_cache;
    std::unique_ptr<db::Database> m_ledger;
    QString m_storeId;
};

/// One event the central service refused (outbox row in state 'dead'), as staff see it.
struct DeadLetter {
    qint64 seq = 0;
    QString eventId;
    QString kind;        ///< "sale.completed" ...
    QString ref;         ///< the business fact it reports (sale id ...)
    qint64 createdAtMs = 0; ///< terminal clock, informational
    int attempts = 0;
    QString reason;      ///< the server's reason; "ALARM: ..." for an id used with another body
    qint64 receiptNo = 0; ///< sales and returns: the receipt number people know it by; else 0
};

/// The dead-letter list of the outbox (docs/reliability.md#r3-idempotent-events-never-dropped), on a ledger connection the caller
/// owns: the GUI thread's, for the staff sync screen. Rows are never deleted.
///
/// retry() puts a refused event back to 'pending' with the same id and the same bytes, and
/// journals it (kind "outbox.retried", ref "outbox:<event id>") in the same transaction. That
/// journal entry is also what makes the next push mark the event as a retry, so the server
/// evaluates it again instead of replaying its stored refusal (docs/sync-protocol.md).
/// Not thread-safe: use from the thread that owns the Database.
class OutboxDeadLetters
{
public:
    static constexpr auto kRetriedKind = "outbox.retried";

    explicit OutboxDeadLetters(db::Database &ledger);

    /// Oldest first, at most `limit`.
    Result<QList<DeadLetter>> list(int limit = 500);
    qint64 count();
    /// Errors: "outbox.not-found" (no such event), "outbox.not-dead" (the row is pending or
    /// acknowledged: nothing to retry), or a database error. Nothing changes then.
    Result<void> retry(const QString &eventId, const QString &actor, qint64 nowMs);

private:
    db::Database &m_db;
};

} // namespace ok::services
