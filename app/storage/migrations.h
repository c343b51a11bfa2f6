// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <functional>
#include <span>
#include <string_view>

namespace ok::db {

class Database;

/// One schema step. Version N takes a database from user_version N-1 to N. Steps are append-only:
/// a released step is never edited, a fix is a new step.
struct Migration {
    int version;
    std::string_view description;
    std::string_view sql;                          ///< run as one script
    std::function<Result<void>(Database &)> code;  ///< optional extra step after sql (data moves)
};

/// Bring `db` up to the last version in `steps`, each step in its own BEGIN IMMEDIATE transaction
/// together with its user_version bump, so a crash leaves the file at a whole version.
/// A database whose user_version is newer than the program knows is refused (error code
/// "db.newer-schema") and left untouched: an older program must not write a newer schema.
/// `upTo` stops early (tests use it to build an old-version file).
Result<void> migrate(Database &db, std::span<const Migration> steps, std::string_view dbName, int upTo = -1);

} // namespace ok::db
