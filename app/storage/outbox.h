// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/outbox.h"
#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ok::db {

class Database;

/// The outbox of ledger.db as the push and the staff sync screen see it
/// (docs/reliability.md#r3-idempotent-events-never-dropped). Events are written by the facts
/// themselves (outbox::append, in the fact's transaction); this repository only moves them
/// between states:
///
///   pending ──server accepted──► acked
///      │  ▲                        ▲
///      │  └── staff: retry() ──┐   │ (the server's acceptance is the truth, even for a dead row)
///      └──server refused──► dead ──┘
///
/// A row leaves the table only once the central service acknowledged it and housekeeping has it
/// in a durable archive file (services/housekeeping.h): pending and dead rows are never deleted.
/// Every write is one BEGIN IMMEDIATE transaction.
/// Not thread-safe: use from the thread that owns the Database (the sync thread has its own
/// connection; the staff screen uses the GUI thread's).
class Outbox
{
public:
    /// Journal kind of a staff retry; its entry also marks every later delivery as a retry.
    static constexpr auto kRetriedKind = "outbox.retried";
    /// Longest stored reason (the server's refusal, a network error): longer ones are cut.
    static constexpr qsizetype kMaxReasonChars = 1000;

    explicit Outbox(Database &ledger);

    /// An event waiting for the central service, with the payload bytes exactly as stored.
    struct Event {
        qint64 seq = 0;
        QString eventId;
        QString kind;
        QByteArray payload;
        qint64 createdAtMs = 0;
        bool retry = false; ///< staff sent it again after a refusal (an outbox.retried entry exists)
    };
    /// Pending events, oldest first, at most `limit`.
    Result<QList<Event>> pendingEvents(int limit);

    /// The central service's answer for one event.
    struct Answer {
        enum class Outcome { Accepted, Refused };
        QString eventId;
        Outcome outcome = Outcome::Refused;
        QString reason; ///< Refused: why (stored, cut to kMaxReasonChars)
    };
    /// Marks every answered event in one transaction: Accepted makes a pending or dead row
    /// 'acked' (two pushers may race with a retried event; the acceptance wins); Refused makes a
    /// pending row 'dead' with the reason and never reopens an acknowledged one. Attempts + 1.
    Result<void> recordAnswers(const QList<Answer> &answers, qint64 nowMs);
    /// A delivery failed before any answer: attempts + 1 and the reason, states unchanged, in one
    /// transaction.
    Result<void> recordFailure(const QStringList &eventIds, const QString &reason);

    struct Stats {
        qint64 pending = 0;
        std::optional<qint64> oldestPendingAtMs; ///< terminal clock of the oldest pending event
        qint64 dead = 0;
        std::optional<qint64> lastAckedAtMs;     ///< terminal clock of the newest acknowledgement
    };
    Result<Stats> stats();

    /// Refused events, oldest first, at most `limit`, with the receipt number of sales and
    /// returns.
    Result<QList<DeadLetter>> deadLetters(int limit = 500);
    qint64 deadLetterCount();
    /// Staff send a refused event again: the row goes back to 'pending' with the same id and the
    /// same payload bytes, and the retry is journaled (kRetriedKind, ref "outbox:<event id>",
    /// `actor`) in the same transaction. Errors: "outbox.not-found" (no such event),
    /// "outbox.not-dead" (pending or acknowledged: nothing to retry), or a database error;
    /// nothing changes then.
    Result<void> retry(const QString &eventId, const QString &actor, qint64 nowMs);

    /// An acknowledged event as housekeeping archives it.
    struct Acknowledged {
        qint64 seq = 0;
        QString eventId;
        QString kind;
        QString ref;
        QByteArray payload;
        qint64 createdAtMs = 0;
        qint64 ackedAtMs = 0; ///< terminal clock when the acknowledgement was recorded
        int attempts = 0;
    };
    /// Acknowledged events recorded before `ackedBeforeMs` with seq > `afterSeq`, by seq, at most
    /// `limit`. The newest acknowledged event is never among them: stats().lastAckedAtMs reads it.
    Result<QList<Acknowledged>> acknowledgedBefore(qint64 ackedBeforeMs, qint64 afterSeq, int limit);
    /// Delete the events `seqs` in one transaction, but only rows that are 'acked': a pending or
    /// dead row is never deleted, whatever it is asked. Call only once the rows are in a durable
    /// archive. Returns how many rows went.
    Result<int> removeAcknowledged(const QList<qint64> &seqs);

private:
    Database &m_db;
};

} // namespace ok::db
