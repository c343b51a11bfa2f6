// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/sqlite.h"

namespace ok::db {

/// Open (create, migrate) ledger.db: WAL, synchronous=FULL, foreign keys on.
/// A file that is not a database or fails PRAGMA quick_check is refused ("db.ledger-corrupt",
/// see ledgerCorrupt) and never written to. A ledger at an older schema version is first backed
/// up to DATA/backups/ledger-before-v<N>-<timestamp>.db (verified); if that fails it is not
/// migrated ("db.backup-before-migration") and left unchanged.
Result<std::unique_ptr<Database>> openLedger(const QString &path);

/// Open (create, migrate) cache.db: WAL, synchronous=NORMAL (or Bulk while generating it).
/// A damaged cache.db (not a database, or PRAGMA quick_check fails) is moved aside with
/// moveCorruptCacheAside and created again empty; the sync then pulls everything again.
Result<std::unique_ptr<Database>> openCache(const QString &path, Durability durability = Durability::Normal);

/// The error for a damaged ledger: what happened, that the file was not modified, what to do
/// (copy it for support, "omnikiosk-ctl restore" with the newest backup in DATA/backups).
Error ledgerCorrupt(const QString &path, const QString &problem);

/// Rename cache.db (and its -wal, -shm) to cache.db.corrupt-<timestamp>, keeping the last two such
/// copies. Returns the new name.
Result<QString> moveCorruptCacheAside(const QString &path);

/// Register Omnikiosk's SQL functions on a connection: ok_fold(text) = ok::foldForSearch.
void registerFunctions(Database &db);

/// Checkpoint the WAL and truncate it (call when idle; see docs/reliability.md#r1-two-databases).
Result<void> checkpoint(Database &db);

} // namespace ok::db
