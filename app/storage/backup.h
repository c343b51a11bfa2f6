// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QList>
#include <QString>

#include <atomic>
#include <QStringList>

#include <optional>

namespace ok::db {

/// What a look at a ledger file found (docs/operations.md, "Back up and restore").
struct LedgerCheck {
    QString path;
    int schemaVersion = 0;
    QString integrity; ///< "ok", or what PRAGMA integrity_check reported
    std::optional<qint64> journalBrokenAt; ///< nullopt: the hash chain is intact
    qint64 journalEntries = 0;
    qint64 sales = 0; ///< rows in sale (sales, returns, exchanges)
    qint64 firstReceipt = 0; ///< receipt numbers of the ledger's terminal
    qint64 lastReceipt = 0;
    QString storeId; ///< store and terminal of the newest sale; empty: no sale yet
    QString terminalId;

    bool ok() const { return integrity == QLatin1String("ok") && !journalBrokenAt; }
    /// "ok: 1234 sales, receipts 1..1234 of terminal T01 (store S001), journal intact, integrity ok"
    QString summary() const;
};

/// Look at a ledger without changing it (read-only): integrity_check, the journal's hash chain,
/// sales and receipt numbers, and whose ledger it is. An error only when the file cannot be read
/// as a database at all.
Result<LedgerCheck> checkLedger(const QString &path);

/// Copy a ledger that may be in use (by the kiosk, in another process) to `destPath` with
/// SQLite's online backup API: a consistent snapshot of every sale committed before the copy
/// began, copied in small steps from one read transaction (WAL: the till's commits are never
/// blocked). Written to a temporary name (mode 0600), fsynced, checked (checkLedger, and the same
/// number of sales as the snapshot), then renamed over `destPath`. A copy that does not check out
/// is removed and the error says why. The copy is one self-contained file (no -wal).
/// `requireIntactJournal` off (the backup before a migration): a broken hash chain is copied as
/// it is instead of failing the backup; integrity and the sale count are still checked.
Result<LedgerCheck> backupLedger(const QString &sourcePath, const QString &destPath, bool requireIntactJournal = true);

/// DATA/backups (created, mode 0700, when `create`).
QString backupDir(const QString &dataDir);
Result<QString> ensureBackupDir(const QString &dataDir);
/// "20261207T190102Z": UTC, sorts by time.
QString fileTimestamp();
/// `path`, or `path` with "-2", "-3"... before its suffix if it exists already.
QString freePath(const QString &path);
/// DATA/backups/ledger-<terminal>-<timestamp>.db
QString automaticBackupPath(const QString &dataDir, const QString &terminalId);
/// Keep the newest `keep` automatic backups (ledger-<terminal>-<timestamp>.db) in `dir`; returns
/// the removed paths. Backups taken before a migration are never removed here.
QStringList pruneBackups(const QString &dir, int keep);
/// The newest verified backup in DATA/backups (automatic or before a migration), or empty.
QString newestBackup(const QString &dataDir);

/// Whether a database file is damaged, read-only: not a database (SQLITE_NOTADB), SQLITE_CORRUPT,
/// or PRAGMA quick_check finds a problem. nullopt = not damaged, no file, or it could not be looked
/// at for another reason (busy, permissions: the normal open reports those). Never writes to it.
/// `stop`, when set, interrupts the check (then: nullopt).
std::optional<QString> quickCheckProblem(const QString &path, const std::atomic_bool *stop = nullptr);

/// What a start looks at, in milliseconds whatever the size of the file: a damage marker left by
/// deepCheck (`<path>.damaged`), or a file SQLite cannot open as a database (header, schema page).
/// A full quick_check of a 1,000,000-product cache takes seconds; that runs in deepCheck, off the
/// GUI thread. nullopt = nothing known to be wrong.
std::optional<QString> startupProblem(const QString &path);

/// `<path>.damaged`: written by deepCheck, read by startupProblem at the next start.
QString damageMarker(const QString &path);

/// The full check of DATA/ledger.db and DATA/cache.db (quick_check on read-only connections),
/// for housekeeping's thread. A damaged file gets its damage marker, naming the finding, so the
/// next start acts on it: the cache is moved aside and pulled again, the ledger is refused.
/// Returns one line per damaged file, for the log.
QStringList deepCheck(const QString &dataDir, const std::atomic_bool *stop = nullptr);

/// Another process uses the data directory: the kiosk holds DATA/omnikiosk.lock (flock) while it
/// runs, and whoever has ledger.db open is found in /proc. Empty: nobody.
QString dataDirInUse(const QString &dataDir);

/// Take DATA/omnikiosk.lock for the rest of this process (the kiosk calls it once at start; a
/// second call in the same process succeeds). Fails when another process holds it.
Result<void> holdDataDirLock(const QString &dataDir);

/// What restoreLedger did.
struct RestoreResult {
    LedgerCheck restored;
    QString movedAside; ///< ledger.db.before-restore-<timestamp>, or empty if there was no ledger
    qint64 previousLastReceipt = 0; ///< of this terminal in the ledger moved aside (0: none or unreadable)
};

/// Put `backupPath` in place as DATA/ledger.db. Refuses (code "db.restore-refused") a file that
/// does not verify, a ledger of another store or terminal, one newer than this program, and a
/// running kiosk; and, unless `force`, a backup that ends at an older receipt than the sound
/// ledger it would replace (the next sale would reuse a receipt number). Never overwrites: the
/// current ledger.db (checkpointed first if it is sound) is moved aside with its -wal and -shm.
Result<RestoreResult> restoreLedger(const QString &backupPath, const QString &dataDir, const QString &storeId,
    const QString &terminalId, bool force = false);

} // namespace ok::db
