// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/printjob.h"
#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace ok::db {

class Database;

/// The print queue in ledger.db. Every change is one BEGIN IMMEDIATE transaction; a state change
/// names the states it may start from and fails ("printjob.wrong-state") when the job is in any
/// other, so two parties (the spooler, a person pressing Cancel) can never both win.
/// Not thread-safe: use from the thread that owns the Database.
class PrintJobs
{
public:
    explicit PrintJobs(Database &ledger);

    /// Queue a job; returns its id. Kind must be receipt, report or test; the payload non-empty.
    Result<qint64> enqueue(const NewPrintJob &job, qint64 nowMs);

    /// One job, with its payload.
    std::optional<PrintJob> job(qint64 id);
    /// The job to send next: the oldest queued job of `printer`, with its payload.
    std::optional<PrintJob> oldestQueued(const QString &printer);
    /// The open jobs of `printer` (queued, sending, uncertain) oldest first, then at most
    /// `finished` printed or cancelled jobs, most recent first. Without payloads.
    QList<PrintJob> list(const QString &printer, int finished = 10);
    /// Open jobs of `printer` in the given state (all open states when nullopt).
    int count(const QString &printer, std::optional<PrintJob::State> state = std::nullopt);
    /// True if a queued, sending or uncertain job refers to `ref` (e.g. a sale's receipt is still
    /// in a queue: do not offer to print it again elsewhere).
    bool hasOpenJobFor(const QString &ref);

    /// queued -> sending, attempts + 1. Commit this before writing the job to the printer.
    Result<void> markSending(qint64 id, qint64 nowMs);
    /// sending or uncertain -> printed. For a receipt whose sale is in the ledger and not yet
    /// marked, Ledger::markReceiptPrinted runs in the same transaction.
    Result<void> markPrinted(qint64 id, qint64 nowMs);
    /// sending -> queued, keeping the printer's reason (it will be sent again).
    Result<void> requeue(qint64 id, const QString &reason, qint64 nowMs);
    /// sending -> uncertain, with the reason (staff decide).
    Result<void> markUncertain(qint64 id, const QString &reason, qint64 nowMs);
    /// The printer cannot take jobs right now: note why on every queued job of `printer` (state
    /// unchanged). Returns how many jobs got a new reason.
    Result<int> noteWaiting(const QString &printer, const QString &reason, qint64 nowMs);
    /// queued or uncertain -> cancelled.
    Result<void> cancel(qint64 id, qint64 nowMs);
    /// Queue a copy of job `id` (any state but sending): `banner` (the encoded "COPY" heading)
    /// followed by the original payload, copy = 1. An uncertain original is settled as cancelled
    /// ("replaced by copy N") in the same transaction. Returns the new job's id.
    Result<qint64> reprintAsCopy(qint64 id, const QByteArray &banner, qint64 nowMs);
    /// At start-up, before anything is sent: every 'sending' job of `printer` becomes 'uncertain'
    /// with `reason`. Returns how many.
    Result<int> recoverInterrupted(const QString &printer, const QString &reason, qint64 nowMs);
    /// Delete printed and cancelled jobs last changed before `beforeMs`. Open jobs are never pruned.
    Result<int> pruneFinished(qint64 beforeMs);
    /// Housekeeping (docs/operations.md#limits): delete at most `batch` finished jobs (printed or
    /// cancelled, any printer), oldest first, that were last changed before `beforeMs` or are not
    /// among the newest `keepRows` finished jobs, in one transaction. Open jobs (queued, sending,
    /// uncertain) are never pruned, whatever their age. Returns how many; call again until 0.
    Result<int> pruneHistory(qint64 beforeMs, int keepRows, int batch);

private:
    Result<void> transition(qint64 id, std::initializer_list<PrintJob::State> from, PrintJob::State to,
                            const std::optional<QString> &reason, qint64 nowMs);
    Error wrongState(qint64 id, const QString &wanted);

    Database &m_db;
};

} // namespace ok::db
