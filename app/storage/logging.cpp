// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/logging.h"

Q_LOGGING_CATEGORY(lcStorage, "omnikiosk.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMigrations, "omnikiosk.storage.migrations", QtInfoMsg)
