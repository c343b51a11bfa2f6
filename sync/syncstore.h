// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/protocol.h"

namespace ok::sync {

struct OutboxStats {
    qint64 pending = 0;
    qint64 oldestPendingAgeMs = 0; ///< by the terminal clock; informational
    qint64 deadLetters = 0;
    qint64 lastAckedMs = 0;        ///< terminal clock of the newest acknowledgement; 0 = none yet
};

/// What the pulls of one stream last did, as stored with the pages (for staff and the heartbeat).
struct StreamState {
    Stream stream = Stream::Catalog;
    qint64 lastOkMs = 0;    ///< terminal clock of the last page applied; 0 = never
    QString lastError;      ///< why the last attempt since then failed; empty when it did not
    qint64 lastErrorMs = 0;
    qint64 rowsApplied = 0;
};

/// Where the sync engine reads and writes local state. The engine knows only this interface; the
/// implementation (services::LocalSyncStore) adapts it to the storage repositories of cache.db
/// and ledger.db (db::PulledRows, db::SyncState, db::Outbox).
///
/// Contract: applyPage() applies every row of the page and stores page.cursor in one
/// transaction, or changes nothing. recordPushResults() marks every answered event in one
/// transaction. Nothing is ever deleted from the outbox before the server acknowledged it.
class SyncStore
{
public:
    virtual ~SyncStore() = default;

    virtual Result<qint64> cursor(Stream stream) = 0;
    virtual Result<void> applyPage(const PullPage &page, qint64 nowMs) = 0;
    /// The stream has caught up with the server (a page with more=false was applied).
    virtual Result<void> streamCaughtUp(Stream stream) = 0;
    virtual void recordStreamError(Stream stream, const QString &message, qint64 nowMs) = 0;
    virtual Result<StreamSummary> localSummary(Stream stream) = 0;
    /// The stream disagrees with the central service: pull it again from the start. When that
    /// re-pull has caught up, the store holds exactly the rows it brought; rows it did not bring
    /// back are removed in the transaction of its last page, and until then the old rows stay
    /// usable (docs/storage.md, "Pulling a stream again").
    virtual Result<void> resetStream(Stream stream) = 0;

    virtual Result<QList<OutboxEvent>> pendingEvents(int limit) = 0;
    virtual Result<void> recordPushResults(const QList<EventResult> &results, qint64 nowMs) = 0;
    virtual void recordPushFailure(const QList<OutboxEvent> &events, const QString &message) = 0;
    virtual OutboxStats outboxStats(qint64 nowMs) = 0;
    /// Every stream that was pulled at least once or failed, in kAllStreams order.
    virtual QList<StreamState> streamStates() { return {}; }
};

} // namespace ok::sync
