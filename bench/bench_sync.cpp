// SPDX-License-Identifier: GPL-3.0-or-later
// bench_sync: the sync targets of docs/performance.md against the real central service on
// loopback (TLS with mutual authentication and a pinned key, as in production):
//   1. initial sync of N products with prices and stock into an empty kiosk cache: time, and the
//      peak resident memory of this process (the kiosk side; the server is another process);
//      baseline in the same run: the same pages fetched with the curl command line and loaded
//      into SQLite with the sqlite3 shell (json_each), no validation, no search index;
//   2. delta sync of 10,000 changes (5,000 prices of this store, 5,000 stock rows);
//   3. outbox drain of 10,000 sale events (2 lines each) after an outage.
// The central database is seeded once in --dir and reused; the kiosk side starts empty each run.
#include "centralprocess.h"
#include "services/localsyncstore.h"
#include "storage/ledger.h"
#include "storage/sqlite.h"
#include "storage/stores.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTextStream>

#include <sys/resource.h>

#include <cstdio>

using namespace ok;

namespace {

qint64 peakRssKb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

int fail(const QString &what)
{
    std::fprintf(stderr, "bench_sync: %s\n", qPrintable(what));
    return 1;
}

SaleRecord sale(int i)
{
    SaleRecord s;
    s.storeId = QStringLiteral("S001");
    s.terminalId = QStringLiteral("T01");
    s.cashierId = QStringLiteral("E1001");
    s.currency = QStringLiteral("PLN");
    s.createdAtMs = QDateTime::currentMSecsSinceEpoch();
    qint64 total = 0;
    for (int l = 0; l < 2; ++l) {
        SaleLineRecord line;
        line.productId = 1 + (i * 7 + l) % 1000;
        line.sku = QStringLiteral("SKU-%1").arg(line.productId, 7, 10, QLatin1Char('0'));
        line.name = QStringLiteral("Produkt");
        line.quantity = 1;
        line.unitPrice = 199 + l;
        line.amount = line.unitPrice;
        line.taxCode = QStringLiteral("A");
        line.taxBasisPoints = 2300;
        total += line.amount;
        s.lines.append(line);
    }
    s.subtotal = s.total = total;
    s.taxTotal = (total * 23 + 61) / 123;
    s.taxes = {{QStringLiteral("A"), 2300, total - s.taxTotal, s.taxTotal, total}};
    s.tenders = {{QStringLiteral("cash"), total, 0, QString()}};
    return s;
}

/// The curl + sqlite3 baseline: every page of every stream with the curl command line, then one
/// sqlite3 shell run that loads them with json_each.
struct Baseline {
    double downloadS = 0;
    double loadS = 0;
    qint64 rows = 0;
};

std::optional<Baseline> runBaseline(const test::CentralProcess &central, const QString &token, const QString &dir, int pageSize)
{
    QDir().mkpath(dir);
    Baseline b;
    QElapsedTimer t;
    t.start();
    static const QRegularExpression cursorRe(QStringLiteral(R"re("cursor":"(\d+)")re"));
    QStringList files;
    const char *streams[] = {"reference", "catalog", "prices", "stock", "orders", "staff"};
    for (const char *stream : streams) {
        QString cursor = QStringLiteral("0");
        for (int page = 0;; ++page) {
            const QString file = QStringLiteral("%1/%2-%3.json").arg(dir, QLatin1String(stream)).arg(page, 5, 10, QLatin1Char('0'));
            QProcess curl;
            curl.start(QStringLiteral("curl"),
                       {QStringLiteral("-sS"), QStringLiteral("--fail"), QStringLiteral("--compressed"),
                        QStringLiteral("--cacert"), central.caPath(), QStringLiteral("--cert"), central.certPath(QStringLiteral("S001-T01")),
                        QStringLiteral("--key"), central.keyPath(QStringLiteral("S001-T01")), QStringLiteral("--pinnedpubkey"),
                        central.serverPin(), QStringLiteral("-H"), QStringLiteral("Authorization: Bearer ") + token,
                        QStringLiteral("-o"), file,
                        QStringLiteral("%1/v1/streams/%2?cursor=%3&limit=%4").arg(central.url(), QLatin1String(stream), cursor).arg(pageSize)});
            if (!curl.waitForFinished(300000) || curl.exitCode() != 0) {
                std::fprintf(stderr, "curl failed: %s\n", curl.readAllStandardError().constData());
                return std::nullopt;
            }
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly))
                return std::nullopt;
            // Only the envelope is looked at here: the cursor and "more" are in the last bytes.
            const qint64 size = f.size();
            f.seek(std::max<qint64>(0, size - 4096));
            QByteArray tail = f.read(4096);
            f.seek(0);
            const QByteArray head = f.read(200);
            const QByteArray envelope = head + tail;
            const auto m = cursorRe.match(QString::fromLatin1(envelope));
            if (!m.hasMatch())
                return std::nullopt;
            cursor = m.captured(1);
            files.append(file);
            if (!envelope.contains("\"more\":true"))
                break;
        }
    }
    b.downloadS = double(t.nsecsElapsed()) / 1e9;

    // The same tables the kiosk fills, loaded by the sqlite3 shell straight from the JSON.
    QString sql = QStringLiteral(R"sql(
PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;
CREATE TABLE tax_class(code TEXT PRIMARY KEY, rate_bp INTEGER, label TEXT, version INTEGER);
CREATE TABLE location(id TEXT PRIMARY KEY, kind TEXT, name TEXT, version INTEGER);
CREATE TABLE product(id INTEGER PRIMARY KEY, sku TEXT, tax_class TEXT, unit TEXT, active INTEGER, version INTEGER);
CREATE TABLE product_name(product_id INTEGER, lang TEXT, name TEXT, PRIMARY KEY(product_id, lang)) WITHOUT ROWID;
CREATE TABLE barcode(code TEXT PRIMARY KEY, product_id INTEGER) WITHOUT ROWID;
CREATE TABLE price(product_id INTEGER, valid_from INTEGER, valid_to INTEGER, amount INTEGER, currency TEXT, version INTEGER, PRIMARY KEY(product_id, valid_from)) WITHOUT ROWID;
CREATE TABLE stock(product_id INTEGER, location_id TEXT, on_hand INTEGER, reserved INTEGER, in_transit INTEGER, version INTEGER, PRIMARY KEY(product_id, location_id)) WITHOUT ROWID;
CREATE TABLE orders(id TEXT PRIMARY KEY, body TEXT);
CREATE TABLE staff(id TEXT PRIMARY KEY, body TEXT);
BEGIN;
)sql");
    for (const QString &f : files) {
        const QString j = QStringLiteral("json_each(readfile('%1'), '$.items')").arg(f);
        if (f.contains(QLatin1String("/reference-"))) {
            sql += QStringLiteral("INSERT OR REPLACE INTO tax_class SELECT value->>'code', value->>'rate_bp', value->>'label', value->>'version' FROM %1 WHERE value->>'type' = 'tax_class';\n").arg(j);
            sql += QStringLiteral("INSERT OR REPLACE INTO location SELECT value->>'id', value->>'kind', value->>'name', value->>'version' FROM %1 WHERE value->>'type' = 'location';\n").arg(j);
        } else if (f.contains(QLatin1String("/catalog-"))) {
            sql += QStringLiteral("INSERT OR REPLACE INTO product SELECT value->>'id', value->>'sku', value->>'tax_class', value->>'unit', value->>'active', value->>'version' FROM %1;\n").arg(j);
            sql += QStringLiteral("INSERT OR REPLACE INTO product_name SELECT p.value->>'id', n.key, n.value FROM %1 AS p, json_each(p.value, '$.names') AS n;\n").arg(j);
            sql += QStringLiteral("INSERT OR REPLACE INTO barcode SELECT b.value, p.value->>'id' FROM %1 AS p, json_each(p.value, '$.barcodes') AS b;\n").arg(j);
        } else if (f.contains(QLatin1String("/prices-"))) {
            sql += QStringLiteral("INSERT OR REPLACE INTO price SELECT value->>'product_id', value->>'valid_from', value->>'valid_to', value->>'amount', value->>'currency', value->>'version' FROM %1;\n").arg(j);
        } else if (f.contains(QLatin1String("/stock-"))) {
            sql += QStringLiteral("INSERT OR REPLACE INTO stock SELECT value->>'product_id', value->>'location_id', value->>'on_hand', value->>'reserved', value->>'in_transit', value->>'version' FROM %1;\n").arg(j);
        } else if (f.contains(QLatin1String("/orders-"))) {
            sql += QStringLiteral("INSERT OR REPLACE INTO orders SELECT value->>'id', value FROM %1;\n").arg(j);
        } else {
            sql += QStringLiteral("INSERT OR REPLACE INTO staff SELECT value->>'id', value FROM %1;\n").arg(j);
        }
    }
    sql += QStringLiteral("COMMIT;\nSELECT (SELECT count(*) FROM product) + (SELECT count(*) FROM price) + (SELECT count(*) FROM stock);\n");
    QFile::remove(dir + QStringLiteral("/baseline.db"));
    QFile::remove(dir + QStringLiteral("/baseline.db-wal"));
    t.restart();
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"), {dir + QStringLiteral("/baseline.db")});
    sqlite.write(sql.toUtf8());
    sqlite.closeWriteChannel();
    if (!sqlite.waitForFinished(600000) || sqlite.exitCode() != 0) {
        std::fprintf(stderr, "sqlite3 failed: %s\n", sqlite.readAllStandardError().constData());
        return std::nullopt;
    }
    b.loadS = double(t.nsecsElapsed()) / 1e9;
    b.rows = sqlite.readAllStandardOutput().trimmed().split('\n').last().toLongLong(); // after PRAGMA's "wal"
    for (const QString &f : files)
        QFile::remove(f);
    return b;
}

/// 5,000 price changes at S001 and 5,000 stock changes at W01, written into the central database
/// the way the service writes them (each row takes the next value of the change counter).
bool makeCentralChanges(const QString &dbPath, int changes)
{
    auto d = db::Database::open(dbPath, db::Durability::Normal);
    if (!d)
        return false;
    db::Database &c = *d.value();
    db::Transaction tx(c);
    qint64 version = c.queryInt("SELECT value FROM counter WHERE name = 'version'").value_or(-1);
    if (version < 0)
        return false;
    auto prices = c.prepare("SELECT product_id, valid_from FROM price WHERE store_id = 'S001' ORDER BY product_id LIMIT ?1");
    auto stock = c.prepare("SELECT product_id FROM stock WHERE location_id = 'W01' ORDER BY product_id LIMIT ?1");
    if (!prices || !stock)
        return false;
    QList<std::pair<qint64, qint64>> p;
    prices->bind(1, changes / 2);
    while (prices->step())
        p.append({prices->int64(0), prices->int64(1)});
    QList<qint64> s;
    stock->bind(1, changes - changes / 2);
    while (stock->step())
        s.append(stock->int64(0));
    for (const auto &[product, from] : p) {
        db::Statement &u = c.cached("UPDATE price SET amount = amount + 1, version = ?3 WHERE store_id = 'S001' AND product_id = ?1 AND valid_from = ?2");
        if (!u.bind(1, product).bind(2, from).bind(3, ++version).exec())
            return false;
    }
    for (qint64 product : s) {
        db::Statement &u = c.cached("UPDATE stock SET on_hand = on_hand + 5, version = ?2 WHERE product_id = ?1 AND location_id = 'W01'");
        if (!u.bind(1, product).bind(2, ++version).exec())
            return false;
    }
    db::Statement &cnt = c.cached("UPDATE counter SET value = ?1 WHERE name = 'version'");
    if (!cnt.bind(1, version).exec())
        return false;
    return bool(tx.commit()) && p.size() + s.size() == changes;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    qint64 products = 1'000'000;
    QString dir = QDir::current().filePath(QStringLiteral("bench-sync"));
    int pageSize = 5000;
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--products"))
            products = args.at(i + 1).toLongLong();
        else if (args.at(i) == QLatin1String("--dir"))
            dir = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--page-size"))
            pageSize = args.at(i + 1).toInt();
        else
            return fail(QStringLiteral("usage: bench_sync [--products N] [--dir DIR] [--page-size N]"));
    }
    const QString centralDir = QStringLiteral("%1/central-%2").arg(dir).arg(products);
    QDir().mkpath(centralDir);
    test::CentralProcess::Options o;
    o.products = products;
    o.workDir = centralDir;
    o.startTimeoutMs = 3600 * 1000;
    o.extraArgs = {QStringLiteral("--gzip-level"), QStringLiteral("1")};
    test::CentralProcess central(o);
    QElapsedTimer seed;
    seed.start();
    QString error;
    if (!central.start(&error))
        return fail(QStringLiteral("central service: ") + error);
    std::printf("central service up with %lld products (%.1f s, seeding only on the first run)\n", static_cast<long long>(products),
                double(seed.elapsed()) / 1000);

    const QString kiosk = dir + QStringLiteral("/kiosk");
    QDir(kiosk).removeRecursively();
    QDir().mkpath(kiosk);
    sync::SyncConfig c;
    c.url = central.url();
    c.tls.caFile = central.caPath();
    c.tls.clientCertFile = central.certPath(QStringLiteral("S001-T01"));
    c.tls.clientKeyFile = central.keyPath(QStringLiteral("S001-T01"));
    c.tls.pins = {central.serverPin()};
    c.storeId = QStringLiteral("S001");
    c.terminalId = QStringLiteral("T01");
    c.tokenFile = kiosk + QStringLiteral("/sync-token");
    c.enrolmentCode = central.enrolmentCode(QStringLiteral("S001"), QStringLiteral("T01"));
    c.pageSize = pageSize;
    c.limits.totalTimeout = std::chrono::minutes(5);
    auto store = services::LocalSyncStore::open(kiosk + QStringLiteral("/cache.db"), kiosk + QStringLiteral("/ledger.db"), c.storeId);
    if (!store)
        return fail(store.error().message);
    sync::SyncEngine engine(c, *store.value());
    if (auto e = engine.ensureEnrolled(); !e)
        return fail(e.error().message);
    const qint64 rssBefore = peakRssKb();

    // 1. initial sync
    QElapsedTimer t;
    t.start();
    auto pulled = engine.pullAll();
    if (!pulled)
        return fail(pulled.error().message);
    const double initialS = double(t.nsecsElapsed()) / 1e9;
    const qint64 rss = peakRssKb();
    t.restart();
    bool verified = true;
    for (sync::Stream s : sync::kAllStreams) {
        auto v = engine.verify(s);
        verified = verified && v && v.value();
    }
    const double verifyS = double(t.nsecsElapsed()) / 1e9;
    const QByteArray token = [&] {
        QFile f(c.tokenFile);
        return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed() : QByteArray();
    }();
    auto base = runBaseline(central, QString::fromLatin1(token), dir + QStringLiteral("/baseline"), pageSize);
    if (!base)
        return fail(QStringLiteral("the curl + sqlite3 baseline failed"));

    std::printf("\ninitial sync: %lld rows in %d pages, %.1f s (%.0f rows/s); peak RSS %.0f MiB (before: %.0f MiB); "
                "checksums %s (verify %.1f s)\n",
                static_cast<long long>(pulled->rows), pulled->pages, initialS, double(pulled->rows) / initialS,
                double(rss) / 1024, double(rssBefore) / 1024, verified ? "match" : "DIFFER", verifyS);
    std::printf("  baseline curl CLI + sqlite3 shell: download %.1f s + load %.1f s = %.1f s (%lld rows, no validation, no search index)\n",
                base->downloadS, base->loadS, base->downloadS + base->loadS, static_cast<long long>(base->rows));
    std::printf("  ratio kiosk / baseline: %.2f; target <= 60 s: %s; RSS target <= 150 MB: %s\n",
                initialS / (base->downloadS + base->loadS), initialS <= 60 ? "met" : "NOT met",
                double(rss) * 1024 <= 150e6 ? "met" : "NOT met");

    // 2. delta sync of 10,000 changes
    if (!makeCentralChanges(central.dbPath(), 10000))
        return fail(QStringLiteral("could not make the central changes"));
    t.restart();
    auto delta = engine.pullAll();
    if (!delta)
        return fail(delta.error().message);
    const double deltaS = double(t.nsecsElapsed()) / 1e9;
    std::printf("\ndelta sync: %lld rows in %d pages, %.2f s; target <= 2 s: %s\n", static_cast<long long>(delta->rows), delta->pages,
                deltaS, deltaS <= 2 ? "met" : "NOT met");

    // 3. outbox drain of 10,000 sale events
    db::Ledger ledger(store.value()->ledger());
    for (int i = 0; i < 10000; ++i)
        if (!ledger.commitSale(sale(i)))
            return fail(QStringLiteral("commit failed"));
    t.restart();
    auto pushed = engine.push();
    if (!pushed)
        return fail(pushed.error().message);
    const double pushS = double(t.nsecsElapsed()) / 1e9;
    std::printf("\noutbox drain: %lld events acknowledged in %.2f s = %.0f events/s; target >= 1000/s: %s\n",
                static_cast<long long>(pushed->acked), pushS, double(pushed->acked) / pushS,
                double(pushed->acked) / pushS >= 1000 ? "met" : "NOT met");
    return 0;
}
