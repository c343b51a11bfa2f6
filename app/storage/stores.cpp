// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/stores.h"

#include "core/textfold.h"
#include "storage/schema.h"

#include <sqlite3.h>

namespace ok::db {

namespace {
void sqlFold(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    if (argc != 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(ctx);
        return;
    }
    const auto *p = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const QByteArray folded = ok::foldForSearch(QString::fromUtf8(p, sqlite3_value_bytes(argv[0]))).toUtf8();
    sqlite3_result_text(ctx, folded.constData(), int(folded.size()), SQLITE_TRANSIENT);
}

Result<std::unique_ptr<Database>> openAndMigrate(const QString &path, Durability durability,
                                                 std::span<const Migration> steps, std::string_view name)
{
    auto db = Database::open(path, durability);
    if (!db)
        return db.error();
    registerFunctions(*db.value());
    if (auto r = migrate(*db.value(), steps, name); !r)
        return r.error();
    return db;
}
} // namespace

void registerFunctions(Database &db)
{
    sqlite3_create_function_v2(db.handle(), "ok_fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                               nullptr, &sqlFold, nullptr, nullptr, nullptr);
}

Result<std::unique_ptr<Database>> openLedger(const QString &path)
{
    return openAndMigrate(path, Durability::Full, ledgerMigrations(), "ledger.db");
}

Result<std::unique_ptr<Database>> openCache(const QString &path, Durability durability)
{
    return openAndMigrate(path, durability, cacheMigrations(), "cache.db");
}

Result<void> checkpoint(Database &db)
{
    return db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

} // namespace ok::db
