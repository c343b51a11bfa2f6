// SPDX-License-Identifier: GPL-3.0-or-later
// omnikiosk-demo-data: writes a deterministic demo catalog into a fresh cache.db.

#include "core/pickup.h"
#include "demo-data/democache.h"
#include "storage/sqlite.h"
#include "storage/stores.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("omnikiosk-demo-data"));
    QCommandLineParser cli;
    cli.setApplicationDescription(QStringLiteral(
        "Generate a deterministic demo catalog (products with valid EAN-13 codes, names in five "
        "languages, prices, stock across stores and a warehouse, click-and-collect orders) into "
        "DIR/cache.db. An existing cache.db is replaced: it only holds data the central system can send again."));
    cli.addHelpOption();
    const QCommandLineOption dirOpt(QStringLiteral("data-dir"), QStringLiteral("Target directory (required)."), QStringLiteral("dir"));
    const QCommandLineOption countOpt(QStringLiteral("products"), QStringLiteral("Number of products (default 3000)."), QStringLiteral("n"), QStringLiteral("3000"));
    const QCommandLineOption storeOpt(QStringLiteral("store"), QStringLiteral("Store id S001..S005 (default S001)."), QStringLiteral("id"), QStringLiteral("S001"));
    const QCommandLineOption seedOpt(QStringLiteral("seed"), QStringLiteral("Random seed (default 20261122)."), QStringLiteral("n"), QStringLiteral("20261122"));
    const QCommandLineOption langOpt(QStringLiteral("languages"), QStringLiteral("Name languages, comma separated (default pl,en,it,ru,nb)."), QStringLiteral("list"), QStringLiteral("pl,en,it,ru,nb"));
    const QCommandLineOption ordersOpt(QStringLiteral("orders"), QStringLiteral("Click-and-collect orders (default 6)."), QStringLiteral("n"), QStringLiteral("6"));
    const QCommandLineOption nowOpt(QStringLiteral("now"), QStringLiteral("Unix time taken as today (default: the clock)."), QStringLiteral("secs"));
    cli.addOptions({dirOpt, countOpt, storeOpt, seedOpt, langOpt, ordersOpt, nowOpt});
    cli.process(app);

    if (!cli.isSet(dirOpt)) {
        std::fprintf(stderr, "omnikiosk-demo-data: --data-dir is required\n");
        return 2;
    }
    bool okCount = false, okSeed = false, okOrders = false;
    ok::demo::DemoParams p;
    p.products = cli.value(countOpt).toLongLong(&okCount);
    p.seed = cli.value(seedOpt).toULongLong(&okSeed);
    p.orders = cli.value(ordersOpt).toInt(&okOrders);
    p.storeId = cli.value(storeOpt);
    p.languages = cli.value(langOpt).split(QLatin1Char(','), Qt::SkipEmptyParts);
    p.now = cli.isSet(nowOpt) ? cli.value(nowOpt).toLongLong() : QDateTime::currentSecsSinceEpoch();
    if (!okCount || p.products < 0 || p.products > 100'000'000 || !okSeed || !okOrders || p.orders < 0) {
        std::fprintf(stderr, "omnikiosk-demo-data: --products, --seed and --orders take non-negative whole numbers\n");
        return 2;
    }

    const QString dir = QDir(cli.value(dirOpt)).absolutePath();
    QDir().mkpath(dir);
    const QString path = dir + QStringLiteral("/cache.db");
    // Build into a temporary file and rename: a half-built cache never replaces a good one.
    const QString tmp = path + QStringLiteral(".building");
    for (const QString &f : QStringList{tmp, tmp + QStringLiteral("-wal"), tmp + QStringLiteral("-shm")})
        QFile::remove(f);

    QElapsedTimer t;
    t.start();
    ok::demo::DemoSummary summary;
    {
        auto db = ok::db::openCache(tmp, ok::db::Durability::Bulk);
        if (!db) {
            std::fprintf(stderr, "omnikiosk-demo-data: %s\n", qPrintable(db.error().message));
            return 3;
        }
        (void)db.value()->exec("PRAGMA cache_size=-262144"); // 256 MiB page cache while building
        auto r = ok::demo::generateDemoCatalog(*db.value(), p);
        if (!r) {
            std::fprintf(stderr, "omnikiosk-demo-data: %s\n", qPrintable(r.error().message));
            return 3;
        }
        summary = r.value();
        (void)db.value()->exec("PRAGMA optimize; PRAGMA wal_checkpoint(TRUNCATE)");
    }
    for (const QString &suffix : QStringList{QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    QFile::remove(tmp + QStringLiteral("-wal"));
    QFile::remove(tmp + QStringLiteral("-shm"));
    if (!QFile::rename(tmp, path)) {
        std::fprintf(stderr, "omnikiosk-demo-data: cannot move %s to %s\n", qPrintable(tmp), qPrintable(path));
        return 3;
    }
    std::printf("%s: %lld products, %lld barcodes, %lld prices, %lld stock rows in %.1f s\n", qPrintable(path),
                static_cast<long long>(summary.products), static_cast<long long>(summary.barcodes),
                static_cast<long long>(summary.prices), static_cast<long long>(summary.stockRows), double(t.elapsed()) / 1000.0);
    if (!summary.pickups.isEmpty()) {
        std::printf("Click-and-collect orders at %s (pickup codes are shown only now; the cache keeps verifiers):\n",
                    qPrintable(p.storeId));
        for (const auto &o : summary.pickups) {
            QString where = o.status == QLatin1String("awaiting_pickup") ? QStringLiteral("awaiting loading")
                : o.compartments.isEmpty()                             ? QStringLiteral("ready at the counter")
                                                                       : QStringLiteral("ready in locker ") + o.compartments.join(QStringLiteral(", "));
            if (o.parcels > 1)
                where += QStringLiteral(", %1 parcels").arg(o.parcels);
            if (o.idCheck)
                where += QStringLiteral(", ID check");
            std::printf("  %s  code %s  %s\n", qPrintable(o.orderNumber), qPrintable(ok::pickup::display(o.pickupCode)),
                        qPrintable(where));
        }
    }
    return 0;
}
