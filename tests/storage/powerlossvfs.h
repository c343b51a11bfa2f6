// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace ok::test {

/// A power-loss simulator for SQLite files, in the manner of SQLite's own crash tests (test6.c):
/// a VFS shim over the default unix VFS, registered as the default VFS while installed, so the
/// product code (db::openLedger, db::Ledger) runs unchanged on top of it.
///
/// - Every xWrite/xTruncate on a database, WAL or rollback-journal file goes to an in-memory image
///   of the file (reads and xFileSize see it) and to a list of pending operations. xSync on that
///   file writes its pending operations to the real file: only synced data is "on the platter".
///   The real fsync is not called: durability is what this class decides, and it saves time.
/// - Write, truncate and sync calls are counted across all files. The `crashAt`-th call does not
///   happen: power is lost. From then on every read, write, truncate, sync, size query, open and
///   delete fails with an SQLITE_IOERR code (locks and shared memory still work, so connections
///   can be closed).
/// - reboot(), with every connection closed: each pending (unsynced) operation is, independently
///   and drawn from the seed, applied or dropped; applied ones land in a random order (a disk
///   cache reorders), and a write may be torn: only some of its 512-byte sectors land. Then the
///   real default VFS is the default again.
/// - Creating and deleting files is immediate and durable (as on a journaling file system that
///   commits directory changes before the data): only file contents are cached. Pending writes of
///   a deleted file are dropped with it.
/// - Temporary files (no name, or not a database, WAL or journal) pass through untouched.
///
/// One process-wide instance; not for use from several threads at once.
class PowerLoss
{
public:
    /// Become the default VFS. `crashAt` = the write/truncate/sync call at which power is lost
    /// (1 = the first); 0 = never (until cut()).
    static void install(quint64 seed, qint64 crashAt);
    /// Lose power now (if it was not lost yet).
    static void cut();
    static bool lost();
    /// Write, truncate and sync calls so far (the calls after the power loss not counted).
    static qint64 operations();

    struct Reboot {
        bool ok = false; ///< false: a file was still open (a test bug)
        int applied = 0;
        int dropped = 0;
        int torn = 0;
    };
    /// Apply the power loss to the real files (see above; a reboot without cut() loses the power
    /// too) and put the real VFS back as the default.
    static Reboot reboot();
};

} // namespace ok::test
