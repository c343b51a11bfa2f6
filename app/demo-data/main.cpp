// SPDX-License-Identifier: GPL-3.0-or-later
// omnikiosk-demo-data: writes a deterministic demo catalog into a fresh cache.db.

#include "core/pickup.h"
#include "demo-data/democache.h"
#include "storage/ledger.h"
#include "storage/migrations.h"
#include "storage/schema.h"
#include "storage/sqlite.h"
#include "storage/stores.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

namespace {

/// N consistent cash sales (lines, 23 % tax included, change given) through the ledger's own
/// commit, so they carry journal entries and outbox events like a cashier's.
ok::Result<void> commitDemoSales(const QString &ledgerPath, const QString &storeId, const QString &terminalId, int count, qint64 now,
                                 int schema)
{
    // At an older schema version (a new ledger only): a ledger as an older Omnikiosk left it, to
    // rehearse an upgrade's migration (packaging/test-install).
    auto db = schema > 0 ? ok::db::Database::open(ledgerPath, ok::db::Durability::Full) : ok::db::openLedger(ledgerPath);
    if (!db)
        return db.error();
    if (schema > 0) {
        const int at = db.value()->userVersion();
        if (at > 0 && at != schema)
            return ok::Error{QStringLiteral("demo.schema"), QStringLiteral("%1 is at schema version %2 already, not %3")
                                                                .arg(ledgerPath).arg(at).arg(schema)};
        if (auto r = ok::db::migrate(*db.value(), ok::db::ledgerMigrations(), "ledger.db", schema); !r)
            return r.error();
    }
    ok::db::Ledger ledger(*db.value());
    const qint64 first = ledger.saleCount();
    for (int n = 0; n < count; ++n) {
        ok::SaleRecord s;
        s.storeId = storeId;
        s.terminalId = terminalId;
        s.cashierId = QStringLiteral("C001");
        s.currency = QStringLiteral("PLN");
        s.createdAtMs = now * 1000 + n;
        qint64 total = 0;
        for (int i = 0; i < 1 + n % 4; ++i) {
            ok::SaleLineRecord l;
            l.productId = 1 + (n * 7 + i) % 50;
            l.sku = QStringLiteral("DEMO-%1").arg(l.productId);
            l.name = QStringLiteral("Demo product %1").arg(l.productId);
            l.quantity = 1 + (n + i) % 3;
            l.unitPrice = 199 + 100 * qint64(l.productId);
            l.amount = l.quantity * l.unitPrice;
            l.taxCode = QStringLiteral("A");
            l.taxBasisPoints = 2300;
            total += l.amount;
            s.lines.append(l);
        }
        s.subtotal = total;
        s.total = total;
        const qint64 tax = (total * 23 + 61) / 123; // gross * 23/123, half up
        s.taxTotal = tax;
        s.taxes = {{QStringLiteral("A"), 2300, total - tax, tax, total}};
        const qint64 given = (total / 1000 + 1) * 1000;
        s.tenders = {{QStringLiteral("cash"), given, given - total, QString()}};
        if (auto r = ledger.commitSale(std::move(s)); !r)
            return r.error();
    }
    std::printf("%s: %d demo sales committed (%lld in all)\n", qPrintable(ledgerPath), count, static_cast<long long>(first + count));
    return {};
}

} // namespace

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
    const QCommandLineOption salesOpt(QStringLiteral("sales"),
                                      QStringLiteral("Also commit N demo cash sales of terminal --terminal into DIR/ledger.db (created if "
                                                     "missing, added to if not): for training, reports and the package upgrade test."),
                                      QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption terminalOpt(QStringLiteral("terminal"), QStringLiteral("Terminal id of the --sales (default T01)."),
                                         QStringLiteral("id"), QStringLiteral("T01"));
    const QCommandLineOption schemaOpt(QStringLiteral("ledger-schema"),
                                       QStringLiteral("With --sales: write the sales into a ledger at this older schema version "
                                                      "(10 or later), as an older Omnikiosk would have, to rehearse an upgrade."),
                                       QStringLiteral("version"), QStringLiteral("0"));
    const QCommandLineOption noCatalogOpt(QStringLiteral("no-catalog"), QStringLiteral("Leave cache.db alone (with --sales)."));
    cli.addOptions({dirOpt, countOpt, storeOpt, seedOpt, langOpt, ordersOpt, nowOpt, salesOpt, terminalOpt, schemaOpt, noCatalogOpt});
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

    bool okSales = false;
    const int sales = cli.value(salesOpt).toInt(&okSales);
    if (!okSales || sales < 0 || sales > 10'000'000) {
        std::fprintf(stderr, "omnikiosk-demo-data: --sales takes a whole number from 0 to 10000000\n");
        return 2;
    }
    bool okSchema = false;
    const int schema = cli.value(schemaOpt).toInt(&okSchema);
    const int latest = ok::db::ledgerMigrations().back().version;
    if (!okSchema || (schema != 0 && (schema < 10 || schema > latest))) {
        std::fprintf(stderr, "omnikiosk-demo-data: --ledger-schema takes a version from 10 to %d\n", latest);
        return 2;
    }
    const QString dir = QDir(cli.value(dirOpt)).absolutePath();
    QDir().mkpath(dir);
    if (sales > 0) {
        auto r = commitDemoSales(dir + QStringLiteral("/ledger.db"), p.storeId, cli.value(terminalOpt), sales, p.now, schema);
        if (!r) {
            std::fprintf(stderr, "omnikiosk-demo-data: %s\n", qPrintable(r.error().message));
            return 3;
        }
    }
    if (cli.isSet(noCatalogOpt))
        return 0;
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
