// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/migrations.h"

#include <span>

namespace ok::central {

/// The migrations of central.db, oldest first.
std::span<const db::Migration> centralMigrations();

} // namespace ok::central
