// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to PgStore: the schema of the central database on PostgreSQL and its migrations.

#include "core/result.h"

#include <libpq-fe.h>

#include <span>
#include <string_view>

namespace ok::central::pgschema {

struct Migration {
    int version;
    std::string_view description;
    std::string_view sql;
};

/// The migrations, oldest first.
std::span<const Migration> migrations();

/// Bring the database to the newest schema. Each step is one transaction; concurrent starts
/// queue on an advisory lock. A database newer than this program is refused (db.newer-schema).
Result<void> migrate(PGconn *c);

} // namespace ok::central::pgschema
