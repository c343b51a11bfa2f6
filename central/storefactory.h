// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Which CentralStore a `--db` value names: a postgresql:// (or postgres://) URL opens a PgStore,
// anything else is the path of a SQLite file (SqliteStore).

#include "central/store.h"

#include <memory>
#include <string_view>

namespace ok::central {

/// Is `db` a PostgreSQL connection URL?
bool isPostgresUrl(std::string_view db);

/// Open (create, migrate) the store `db` names.
Result<std::unique_ptr<CentralStore>> openCentralStore(std::string_view db);

/// A bigger write cache while seeding (bytes; 0 = back to the default). SQLite only: PostgreSQL's
/// buffers are the server's.
void setWriteCacheSize(CentralStore &store, qint64 bytes);

} // namespace ok::central
