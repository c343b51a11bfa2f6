// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo-data/demodata.h"

namespace ok::db {
class Database;
}

namespace ok::demo {

/// Fill an empty, migrated cache.db with the home store's view of the demo network
/// (`p.storeId`): tax classes of the store's country, every location, every product with names in
/// `p.languages`, the store's prices, stock of every location, and the store's click-and-collect
/// orders, and the store's and the network-wide staff with PBKDF2 PIN verifiers (never the PINs).
/// Runs in one transaction.
Result<DemoSummary> generateDemoCatalog(db::Database &cache, const DemoParams &p);

} // namespace ok::demo
