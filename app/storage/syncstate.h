// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QList>
#include <QString>

namespace ok::db {

class Database;

/// The pull streams as cache.db knows them (docs/sync-protocol.md, "Pull streams"). Each one
/// fills its own tables and has one cursor and one health row.
enum class PullStream { Reference, Catalog, Prices, Stock, Orders, Staff };
inline constexpr PullStream kPullStreams[] = {PullStream::Reference, PullStream::Catalog, PullStream::Prices,
                                              PullStream::Stock,     PullStream::Orders,  PullStream::Staff};
/// The stream's key in sync_cursor and sync_stream: its protocol name ("catalog" ...).
QString pullStreamName(PullStream stream);

/// Per-stream bookkeeping of the pulls in cache.db: the server's cursor (sync_cursor), what the
/// last pulls did for staff (sync_stream), and the generation that marks rows before a stream is
/// pulled again from zero (docs/storage.md, "Pulling a stream again").
///
/// The rows themselves and their cursor are written together by PulledRows::apply; the methods
/// marked "inside the caller's transaction" exist for it. Not thread-safe: use from the thread
/// that owns the Database (the sync thread).
class SyncState
{
public:
    /// Longest stored error text; longer ones are cut.
    static constexpr qsizetype kMaxErrorChars = 500;

    explicit SyncState(Database &cache);

    /// The cursor stored with the last applied page; 0 before the first one.
    Result<qint64> cursor(PullStream stream);

    /// Why the last attempt failed, for staff (the cursor and rows stay as they were).
    Result<void> recordError(PullStream stream, const QString &message, qint64 nowMs);

    struct Health {
        PullStream stream = PullStream::Catalog;
        qint64 lastOkMs = 0;    ///< terminal clock of the last page applied; 0 = never
        QString lastError;      ///< empty when no attempt failed since then
        qint64 lastErrorMs = 0;
        qint64 rowsApplied = 0;
    };
    /// Every stream that was pulled at least once or failed, in kPullStreams order.
    Result<QList<Health>> health();

    /// Pull `stream` again from cursor 0, and mark every row it holds now: in one transaction the
    /// cursor is forgotten, the stream's generation goes up by one (every row carries an older
    /// one from then on), a sweep becomes pending and `reason` is recorded as the stream's error.
    /// The re-pull stamps each row it brings with the new generation; PulledRows::apply deletes
    /// the rows still unstamped when the re-pull has caught up, in the last page's transaction.
    /// A crash in between changes nothing of this: the marks and the cursor are on disk.
    Result<void> restart(PullStream stream, const QString &reason, qint64 nowMs);

    struct Generation {
        qint64 value = 0;
        bool sweepPending = false; ///< restart() ran and the re-pull has not caught up yet
    };
    /// Inside the caller's transaction.
    Result<Generation> generation(PullStream stream);
    /// Inside the caller's transaction: store the page's cursor and count its rows as applied
    /// (clears the last error).
    Result<void> advance(PullStream stream, qint64 cursor, qint64 rows, qint64 nowMs);
    /// Inside the caller's transaction: the re-pull has caught up and its sweep ran.
    Result<void> finishSweep(PullStream stream);

    /// The catalog is being written without its search index, which is rebuilt once when the
    /// stream has caught up (an initial pull; survives a crash). Inside the caller's transaction
    /// for the setter.
    bool searchStale();
    Result<void> setSearchStale(bool stale);

private:
    Database &m_db;
};

} // namespace ok::db
