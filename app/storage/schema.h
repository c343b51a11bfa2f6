// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/migrations.h"

#include <span>

namespace ok::db {

/// Schema steps of ledger.db: what the store cannot download again (sales, tenders, cash,
/// journal, outbox). See docs/storage.md.
std::span<const Migration> ledgerMigrations();

/// Schema steps of cache.db: what the central system can send again (catalog, prices, stock,
/// click-and-collect orders, sync cursors, search index).
std::span<const Migration> cacheMigrations();

} // namespace ok::db
