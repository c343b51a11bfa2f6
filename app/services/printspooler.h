// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/translations.h"

#include "core/result.h"
#include "core/printjob.h"
#include "core/result.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

namespace ok::db {
class Database;
class PrintJobs;
} // namespace ok::db
namespace ok::ports {
class ReceiptPrinter;
} // namespace ok::ports

namespace ok {

class ReceiptDocument;

/// The persistent print queue of ONE receipt printer: a committed sale whose receipt did not print
/// is offered for reprint, never rung again (docs/reliability.md#r2-one-transaction-per-fact,
/// docs/devices.md#d6-printed-means-confirmed).
///
/// Jobs live in ledger.db (db::PrintJobs), so a receipt that could not print (paper out, cover
/// open, printer offline or unplugged) waits there until it is printed or cancelled, across
/// restarts. The spooler sends the oldest queued job whenever the printer can print, one at a
/// time, and:
///
/// - marks it 'sending' (committed) before the first byte goes out;
/// - marks it 'printed' only when the printer confirmed it by a status round trip after its data
///   (ReceiptPrinter::jobFinished(printed = true)); for a receipt of a sale the ledger's
///   "receipt printed" mark is set in the same transaction;
/// - puts it back in the queue, with the printer's reason, when the printer failed it because it
///   cannot print (paper out, cover open, offline, cutter jam) or the link dropped: such a job
///   did not come out whole, and it is sent again by itself when the printer is back (paper
///   replaced, cover closed, reconnected);
/// - marks it 'uncertain' when the printer neither confirmed nor reported a reason (no answer in
///   time): it may have printed, so it is NOT sent again by itself.
///
/// A job still 'sending' when the spooler starts was cut off by a crash: it becomes 'uncertain'
/// and waits for staff (reprint as copy, mark printed, or cancel). Nothing prints twice unless a
/// person asked for it, and a reprint is marked as a COPY on paper.
///
/// Threading: lives in the thread of the printer and the database (the GUI thread).
class PrintSpooler : public QObject
{
    Q_OBJECT
public:
    /// `ledger` (migrated to v3 or later) and `printer` must outlive the spooler. Call start().
    PrintSpooler(db::Database &ledger, ports::ReceiptPrinter *printer, QObject *parent = nullptr);
    ~PrintSpooler() override;

    /// The language of what the spooler adds to the paper itself (the COPY banner): the store's.
    void setPaperWording(Wording wording) { m_paperWording = std::move(wording); }

    const QString &printerName() const { return m_name; }
    ports::ReceiptPrinter *printer() const;

    /// Settle jobs interrupted by a crash (sending -> uncertain), forget finished jobs older than
    /// 30 days, then send whatever is queued as soon as the printer can print.
    void start();

    /// Queue bytes already encoded for this printer. Kind: "receipt" (ref = sale id), "report",
    /// "test". Returns the job id; the job is sent when the printer is ready.
    Result<qint64> submit(const QString &kind, const QString &ref, const QString &label, const QByteArray &bytes);
    /// Encode `document` for this printer's profile and queue it.
    Result<qint64> submit(const QString &kind, const QString &ref, const QString &label,
                          const ReceiptDocument &document);

    /// Encode `document` with the "COPY" heading in front and queue it as a copy (a reprint of a
    /// committed sale's receipt, rebuilt from the ledger).
    Result<qint64> submitCopy(const QString &kind, const QString &ref, const QString &label, const ReceiptDocument &document);
    /// Staff: cancel a queued or uncertain job.
    Result<void> cancel(qint64 id);
    /// Staff: print a job again, as a COPY (any job that is not being sent right now). An
    /// uncertain original is settled as cancelled. Returns the new job's id.
    Result<qint64> reprint(qint64 id);
    /// Staff: an uncertain job did come out whole.
    Result<void> markPrinted(qint64 id);

    /// Open jobs oldest first, then up to `finished` printed or cancelled ones, newest first.
    QList<PrintJob> jobs(int finished = 10) const;
    std::optional<PrintJob> job(qint64 id) const;
    int queuedCount() const;
    int uncertainCount() const;
    /// The job on its way to the printer (0 = none).
    qint64 sendingJob() const { return m_sending; }

    /// The encoded "COPY" heading put before a reprinted job.
    QByteArray copyBanner() const;
    Wording m_paperWording; ///< the store's language: the COPY banner is part of the receipt

    /// For tests: milliseconds since the epoch.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

    /// "waiting", "printing", "printed", "cancelled", "uncertain: decide" (translated, short: the
    /// reason is in the job's lastError).
    static QString stateText(PrintJob::State state);

Q_SIGNALS:
    /// Any job was added or changed state (for the staff screen).
    void jobsChanged();
    void jobPrinted(qint64 id, const QString &kind);
    /// The job stays queued and will be sent again when the printer is ready.
    void jobWaiting(qint64 id, const QString &kind, const QString &reason);
    /// The job may or may not have printed; staff decide.
    void jobUncertain(qint64 id, const QString &kind, const QString &reason);

private:
    Result<qint64> enqueue(const QString &kind, const QString &ref, const QString &label, const QByteArray &bytes, bool copy);
    void scheduleKick();
    void kick();
    void onJobFinished(qint64 id, bool printed, const QString &message);
    qint64 now() const;
    Error forStaff(const Error &e, qint64 id) const;

    db::Database &m_db;
    std::unique_ptr<db::PrintJobs> m_jobs;
    QPointer<ports::ReceiptPrinter> m_printer;
    QString m_name;
    QTimer m_kick;
    bool m_started = false;
    qint64 m_sending = 0;
    QString m_sendingKind;
    QString m_lastWaitReason;
    std::function<qint64()> m_clock;
};

} // namespace ok
