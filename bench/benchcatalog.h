// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The large demo cache.db the storage benchmarks run on, built once and reused: shared by
// bench_storage (names in pl and en) and bench_search (all five languages). Header-only, like
// benchstats.h.

#include "benchstats.h"
#include "demo-data/democache.h"
#include "storage/schema.h"
#include "storage/sqlite.h"
#include "storage/stores.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <functional>

namespace ok::bench {

// "Today" of the generated catalog and of every lookup (2026-11-22 12:00 UTC): fixed, so that the
// data (price validity windows included) and therefore the figures are the same on every run.
constexpr qint64 kCatalogNow = 1795348800;

struct CatalogBuild {
    bool reused = false;
    qint64 ns = 0;
    qint64 products = 0;
    qint64 rows = 0; ///< rows written to the catalog tables (FTS index not counted)
};

struct CatalogSpec {
    QString path; ///< the cache.db to reuse or build
    qint64 products = 0;
    QStringList languages; ///< product name languages kept
    QString storeId = QStringLiteral("S001");
    /// Called on the new connection before generating and after it (e.g. to trace statements).
    std::function<void(ok::db::Database &)> beforeBuild;
    std::function<void(ok::db::Database &)> afterBuild;
};

[[noreturn]] inline void dieBuilding(const QString &message)
{
    std::fprintf(stderr, "bench: %s\n", message.toUtf8().constData());
    std::exit(1);
}

/// Where a benchmark keeps its files: `dirOption` when given (created if needed, so a big cache is
/// reused by the next run), else `scratch`, a temporary directory removed at exit.
inline QString benchDirectory(const QString &dirOption, const QTemporaryDir &scratch)
{
    if (!dirOption.isEmpty()) {
        const QString dir = QDir(dirOption).absolutePath();
        if (!QDir().mkpath(dir))
            dieBuilding(QStringLiteral("cannot create %1").arg(dir));
        return dir;
    }
    if (!scratch.isValid())
        dieBuilding(QStringLiteral("cannot create a temporary directory"));
    return scratch.path();
}

inline void removeDatabaseFiles(const QString &path)
{
    for (const char *suffix : { "", "-wal", "-shm" })
        QFile::remove(path + QString::fromLatin1(suffix));
}

/// Reuse `spec.path` when it has the current cache schema and holds `products` products with
/// names in `languages`; otherwise build it exactly as `omnikiosk-demo-data --products N
/// --languages L --now kCatalogNow` does (same parameters, Bulk durability, a 256 MiB page cache,
/// into a side file that is renamed when complete), and time that.
inline CatalogBuild ensureCatalog(const CatalogSpec &spec)
{
    CatalogBuild report;
    if (QFileInfo::exists(spec.path)) {
        auto db = ok::db::Database::openReadOnly(spec.path);
        if (db && db.value()->userVersion() == ok::db::cacheMigrations().back().version
            && db.value()->queryInt("SELECT count(*) FROM product") == spec.products
            && db.value()->queryInt("SELECT count(*) FROM product_name") == spec.products * spec.languages.size()) {
            report.reused = true;
            report.products = spec.products;
            return report;
        }
    }

    const QString side = spec.path + QStringLiteral(".building");
    removeDatabaseFiles(side);
    std::fprintf(stderr, "bench: building %lld products (%s) into %s ...\n", static_cast<long long>(spec.products),
        spec.languages.join(QLatin1Char(',')).toUtf8().constData(), side.toUtf8().constData());
    const auto start = Clock::now();
    {
        auto opened = ok::db::openCache(side, ok::db::Durability::Bulk);
        if (!opened)
            dieBuilding(QStringLiteral("opening the new cache: ") + opened.error().message);
        ok::db::Database &db = *opened.value();
        (void)db.exec("PRAGMA cache_size=-262144"); // 256 MiB page cache while building, as the tool does
        if (spec.beforeBuild)
            spec.beforeBuild(db);
        ok::demo::DemoParams params;
        params.products = spec.products;
        params.storeId = spec.storeId;
        params.languages = spec.languages;
        params.now = kCatalogNow;
        auto sum = ok::demo::generateDemoCatalog(db, params);
        if (!sum)
            dieBuilding(QStringLiteral("generating the catalog: ") + sum.error().message);
        report.products = sum->products;
        report.rows = sum->products * (1 + spec.languages.size()) + sum->barcodes + sum->prices + sum->stockRows;
        (void)db.exec("PRAGMA optimize; PRAGMA wal_checkpoint(TRUNCATE)");
        if (spec.afterBuild)
            spec.afterBuild(db);
    }
    removeDatabaseFiles(spec.path);
    QFile::remove(side + QStringLiteral("-wal"));
    QFile::remove(side + QStringLiteral("-shm"));
    if (!QFile::rename(side, spec.path))
        dieBuilding(QStringLiteral("cannot rename %1 to %2").arg(side, spec.path));
    report.ns = nsSince(start);
    return report;
}

} // namespace ok::bench
