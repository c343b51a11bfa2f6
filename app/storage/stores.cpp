// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/stores.h"

#include "core/textfold.h"
#include "storage/backup.h"
#include "storage/logging.h"
#include "storage/schema.h"

#include <sqlite3.h>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

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
    // A damaged ledger is looked at read-only and left exactly as it is: it holds the only copy
    // of sales not yet sent, and support may still get them out of it.
    if (const auto problem = startupProblem(path))
        return ledgerCorrupt(path, *problem);
    auto db = Database::open(path, Durability::Full);
    if (!db)
        return db.error();
    registerFunctions(*db.value());
    const auto steps = ledgerMigrations();
    const int current = db.value()->userVersion();
    if (current > 0 && current < steps.back().version) {
        // Never migrate without a way back: a verified copy of the old version first.
        const QString dataDir = QFileInfo(path).absolutePath();
        const QString dest = freePath(QDir(backupDir(dataDir)).absoluteFilePath(
            QStringLiteral("ledger-before-v%1-%2.db").arg(current).arg(fileTimestamp())));
        auto dir = ensureBackupDir(dataDir);
        auto copy = dir ? backupLedger(path, dest, false) : Result<LedgerCheck>(dir.error());
        if (!copy)
            return Error{QStringLiteral("db.backup-before-migration"),
                         QStringLiteral("ledger.db (%1) has schema version %2 and must be migrated to version %3, but "
                                        "the backup taken before migrating failed, so it was not migrated and not "
                                        "changed. %4 Free space in %5 (df -h %5) and start again.")
                             .arg(path)
                             .arg(current)
                             .arg(steps.back().version)
                             .arg(copy.error().message, dataDir)};
        qCInfo(lcStorage).noquote() << "before migrating ledger.db from version" << current << "backed it up to" << dest << "-"
                                    << copy->summary();
    }
    if (auto r = migrate(*db.value(), steps, "ledger.db"); !r)
        return r.error();
    return db;
}

Result<std::unique_ptr<Database>> openCache(const QString &path, Durability durability)
{
    // cache.db holds only what the central service sends again: a damaged one is moved aside
    // and the sync pulls everything into a fresh one (its cursors lived in the damaged file).
    if (const auto problem = startupProblem(path)) {
        auto moved = moveCorruptCacheAside(path);
        if (!moved)
            return moved.error();
        qCWarning(lcStorage).noquote() << QStringLiteral("cache.db %1 is damaged (%2): moved aside to %3 and created again; "
                                                         "the catalog, prices, stock and staff are pulled again from the "
                                                         "central service")
                                              .arg(path, problem->simplified(), moved.value());
    }
    return openAndMigrate(path, durability, cacheMigrations(), "cache.db");
}

Error ledgerCorrupt(const QString &path, const QString &problem)
{
    const QString backup = newestBackup(QFileInfo(path).absolutePath());
    const QString restore = backup.isEmpty()
        ? QStringLiteral("restore the last verified backup (none in %1; look for one on USB) with "
                         "\"omnikiosk-ctl restore BACKUP_FILE\"")
              .arg(backupDir(QFileInfo(path).absolutePath()))
        : QStringLiteral("restore the last verified backup with \"omnikiosk-ctl restore %1\"").arg(backup);
    return Error{QStringLiteral("db.ledger-corrupt"),
                 QStringLiteral("The ledger %1 is damaged (%2). The terminal does not sell with it. The file was NOT "
                                "modified: do not delete it. Copy %1* (ledger.db, ledger.db-wal, ledger.db-shm) for "
                                "support, then %3 while the kiosk is stopped. See docs/operations.md, \"Corrupt ledger\".")
                     .arg(path, problem, restore)};
}

Result<QString> moveCorruptCacheAside(const QString &path)
{
    // milliseconds: two damaged caches in one second still sort in the order they were found
    const QString aside = freePath(path + QStringLiteral(".corrupt-")
                                   + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss.zzz'Z'")));
    for (const QString &side : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".damaged")}) {
        if (QFileInfo::exists(path + side) && !QFile::rename(path + side, aside + side))
            return Error{QStringLiteral("db.cache-corrupt"),
                         QStringLiteral("cache.db (%1) is damaged and cannot be moved aside to %2. Stop the kiosk, "
                                        "move or delete %1* by hand (it holds nothing the central service cannot "
                                        "send again) and start again.")
                             .arg(path, aside)};
    }
    // Keep the last two damaged copies for support, not every one since the terminal was installed.
    const QFileInfo fi(path);
    QStringList old = QDir(fi.absolutePath()).entryList({fi.fileName() + QStringLiteral(".corrupt-*")}, QDir::Files, QDir::Name);
    old.erase(std::remove_if(old.begin(), old.end(), [](const QString &n) {
                  return n.endsWith(QLatin1String("-wal")) || n.endsWith(QLatin1String("-shm")) || n.endsWith(QLatin1String(".damaged"));
              }),
              old.end());
    for (qsizetype i = 0; i + 2 < old.size(); ++i)
        for (const QString &side : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".damaged")})
            QFile::remove(QDir(fi.absolutePath()).absoluteFilePath(old.at(i) + side));
    return aside;
}

Result<void> checkpoint(Database &db)
{
    return db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

} // namespace ok::db
