// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/sqlite.h"

namespace ok::db {

/// Open (create, migrate) ledger.db: WAL, synchronous=FULL, foreign keys on.
Result<std::unique_ptr<Database>> openLedger(const QString &path);

/// Open (create, migrate) cache.db: WAL, synchronous=NORMAL (or Bulk while generating it).
Result<std::unique_ptr<Database>> openCache(const QString &path, Durability durability = Durability::Normal);

/// Register Omnikiosk's SQL functions on a connection: ok_fold(text) = ok::foldForSearch.
void registerFunctions(Database &db);

/// Checkpoint the WAL and truncate it (call when idle; see docs/reliability.md#r1-two-databases).
Result<void> checkpoint(Database &db);

} // namespace ok::db
