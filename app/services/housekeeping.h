// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArrayList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QThread>

#include <atomic>
#include <chrono>

namespace ok {

struct Config;

/// How much of what grows is kept (the [limits] section, docs/configuration.md#limits).
struct HousekeepingLimits {
    int printHistoryDays = 14;   ///< printed and cancelled print jobs
    int printHistoryRows = 5000; ///< and at most this many of them
    int outboxKeepDays = 30;     ///< acknowledged outbox events stay this long, then are archived
    int archiveKeepMonths = 24;  ///< outbox archive files (DATA/archive/outbox-YYYY-MM.jsonl.gz)
    int exportKeepDays = 90;     ///< files in DATA/exports, and moved-aside cache files
    int exportKeepFiles = 50;

    static HousekeepingLimits fromConfig(const Config &config);
};

/// What one pass did.
struct HousekeepingReport {
    int printJobsPruned = 0;
    int outboxArchived = 0;      ///< acknowledged events removed from the outbox, each in an archive file
    int archiveFilesRemoved = 0; ///< archive files past archive_keep_months
    int filesRemoved = 0;        ///< exports, moved-aside cache files, stale temporary files
    QStringList problems;        ///< for the log: what could not be done (nothing was lost by it)
    qint64 elapsedMs = 0;
};

/// Keeps what grows in the data directory within its limits (docs/operations.md#limits):
///
/// - finished print jobs: older than print_history_days, or past the newest print_history_rows;
///   open jobs (queued, sending, uncertain) never;
/// - outbox events the central service acknowledged more than outbox_keep_days ago: appended to
///   DATA/archive/outbox-YYYY-MM.jsonl.gz (the month of the acknowledgement), and only once that
///   file is written to a temporary file, fsynced, renamed into place, its directory fsynced and
///   read back with every event present, removed from the outbox in transactions of kBatchRows.
///   An event already in the file is not written again, so a crash between the archive and the
///   delete leaves no duplicate. Pending and refused ('dead') events are never removed. Sales,
///   the journal and cash movements are the legal record and are never touched;
/// - archive files older than archive_keep_months; files in DATA/exports past export_keep_days
///   or export_keep_files, moved-aside `cache.db.*` files past export_keep_days (none younger than
///   an hour). Nothing named ledger* and nothing in DATA/backups is touched.
///
/// Threading: construct and start on the GUI thread; every pass runs on the object's own thread
/// with its own ledger connection, in short transactions, so a sale waits at most for one batch.
class Housekeeping : public QObject
{
    Q_OBJECT
public:
    static constexpr int kBatchRows = 500;

    Housekeeping(QString dataDir, HousekeepingLimits limits, std::chrono::hours every, QObject *parent = nullptr);
    ~Housekeeping() override;

    /// The first pass waits until the kiosk's start is over: its integrity check reads every page.
    static constexpr std::chrono::milliseconds kFirstPassDelay = std::chrono::minutes(2);

    /// Run a pass after `firstPassAfter` (on the housekeeping thread), then every `every`.
    void start(std::chrono::milliseconds firstPassAfter = kFirstPassDelay);

    /// One pass on the caller's thread (the housekeeping thread; tests; an operator's command).
    /// `stop`, when set, ends it between batches.
    static HousekeepingReport run(const QString &dataDir, const HousekeepingLimits &limits, qint64 nowMs,
                                  const std::atomic_bool *stop = nullptr);

    /// "outbox-2026-11.jsonl.gz": the archive file of an event acknowledged at `ackedAtMs` (UTC).
    static QString archiveFileName(qint64 ackedAtMs);
    /// Every line of an archive file (all its gzip members), or an error naming the file.
    static Result<QByteArrayList> readArchive(const QString &path);

Q_SIGNALS:
    void finished(const ok::HousekeepingReport &report);

private:
    QString m_dataDir;
    HousekeepingLimits m_limits;
    std::chrono::hours m_every;
    QThread m_thread;
    QObject *m_worker = nullptr;
    std::atomic_bool m_stop{false};
};

} // namespace ok
