// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <algorithm>

namespace ok::services {

/// What the pulls of one stream last did, for the staff sync screen and the stock lookup.
struct SyncStreamStatus {
    QString name;          ///< "reference", "catalog", "prices", "stock", "orders", "staff"
    qint64 lastOkMs = 0;   ///< terminal clock of the last page applied; 0 = never
    QString lastError;     ///< why the last attempt since then failed; empty when it did not
    qint64 lastErrorMs = 0;
    qint64 rowsApplied = 0;

    /// The last attempt failed after the last page applied.
    bool failing() const { return !lastError.isEmpty() && lastErrorMs >= lastOkMs; }
};

/// How sync with the central service is doing, as the sync thread last reported it: what the
/// screens and the composition read (SyncService::status()). Times are the terminal's clock and
/// only for people; nothing is decided by them.
struct SyncStatus {
    bool configured = false;
    bool online = false;       ///< the last request reached the service
    bool enrolled = false;
    bool plainHttp = false;    ///< the development flag is in use: the UI says so
    QString lastError;
    qint64 lastPullOkMs = 0;
    qint64 lastPushOkMs = 0;
    /// Every pull stream, in pull order (a stream never pulled has lastOkMs 0).
    QList<SyncStreamStatus> streams;
    qint64 outboxPending = 0;
    qint64 oldestPendingAgeMs = 0;
    qint64 deadLetters = 0;
    qint64 lastAckedMs = 0;    ///< the newest acknowledgement of a pushed event; 0 = none yet
    qint64 clockSkewMs = 0;    ///< server minus terminal, from the last heartbeat
    qint64 rowsPulled = 0;     ///< rows applied since the sync thread started: new data to show

    /// The stream named `name`, or an empty one of that name.
    SyncStreamStatus stream(const QString &name) const
    {
        for (const SyncStreamStatus &s : streams)
            if (s.name == name)
                return s;
        SyncStreamStatus none;
        none.name = name;
        return none;
    }
    /// The newest successful pull of any stream.
    qint64 newestPullMs() const
    {
        qint64 last = lastPullOkMs;
        for (const SyncStreamStatus &s : streams)
            last = std::max(last, s.lastOkMs);
        return last;
    }
};

} // namespace ok::services
