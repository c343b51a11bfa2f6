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

} // namespace ok::services
