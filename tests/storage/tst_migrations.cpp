// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/pulledrows.h"
#include "storage/schema.h"
#include "storage/staff.h"
#include "storage/sqlite.h"
#include "storage/stores.h"
#include "storage/syncstate.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace ok;
using namespace ok::db;

class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freshFilesReachLatestVersion()
    {
        QTemporaryDir dir;
        auto ledger = openLedger(dir.filePath(QStringLiteral("ledger.db")));
        QVERIFY2(ledger, qPrintable(ledger ? QString() : ledger.error().message));
        QCOMPARE(ledger.value()->userVersion(), ledgerMigrations().back().version);
        QCOMPARE(ledger.value()->queryInt("PRAGMA synchronous").value(), 2); // FULL
        auto cache = openCache(dir.filePath(QStringLiteral("cache.db")));
        QVERIFY(cache);
        QCOMPARE(cache.value()->userVersion(), cacheMigrations().back().version);
        QCOMPARE(cache.value()->queryInt("PRAGMA synchronous").value(), 1); // NORMAL
        auto mode = cache.value()->prepare("PRAGMA journal_mode");
        QVERIFY(mode && mode->step());
        QCOMPARE(mode->text(0), QStringLiteral("wal"));
        QCOMPARE(ledger.value()->queryInt("PRAGMA foreign_keys").value(), 1);
    }

    void onlyTheOwnerReadsTheDatabases()
    {
        // Sales and staff PIN verifiers: 0600 for the databases and their -wal and -shm, whatever
        // the umask; a file left readable by an older version is tightened when opened.
        const mode_t oldMask = ::umask(022);
        QTemporaryDir dir;
        const auto modeOf = [&dir](const char *name) {
            struct stat st {};
            return ::stat(QFile::encodeName(dir.filePath(QLatin1String(name))).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
        };
        {
            auto ledger = openLedger(dir.filePath(QStringLiteral("ledger.db")));
            auto cache = openCache(dir.filePath(QStringLiteral("cache.db")));
            QVERIFY(ledger && cache);
            QVERIFY(ledger.value()->exec("CREATE TABLE probe(x); INSERT INTO probe VALUES(1);"));
            for (const char *f : {"ledger.db", "ledger.db-wal", "ledger.db-shm", "cache.db", "cache.db-wal", "cache.db-shm"})
                QVERIFY2(modeOf(f) == 0600, qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(f)).arg(modeOf(f), 0, 8)));
        }
        QVERIFY(QFile::setPermissions(dir.filePath(QStringLiteral("ledger.db")),
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QCOMPARE(modeOf("ledger.db"), 0644);
        QVERIFY(openLedger(dir.filePath(QStringLiteral("ledger.db"))));
        QCOMPARE(modeOf("ledger.db"), 0600);
        ::umask(oldMask);
    }

    void newerDatabaseIsRefusedAndLeftUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ledger.db"));
        {
            auto db = openLedger(path);
            QVERIFY(db);
            QVERIFY(db.value()->setUserVersion(99));
            QVERIFY(db.value()->exec("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
        f.close();
        auto again = openLedger(path);
        QVERIFY(!again);
        QCOMPARE(again.error().code, QStringLiteral("db.newer-schema"));
        QVERIFY2(again.error().message.contains(QLatin1String("version 99")), qPrintable(again.error().message));
        QVERIFY(again.error().message.contains(QLatin1String("not changed")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256), before);
    }

    // Build a version-1 ledger with a sale in it, then upgrade it with every later step.
    void ledgerUpgradesFromVersionOneKeepingSales()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ledger.db"));
        {
            auto db = Database::open(path, Durability::Full);
            QVERIFY(db);
            QVERIFY(migrate(*db.value(), ledgerMigrations(), "ledger.db", 1));
            QCOMPARE(db.value()->userVersion(), 1);
            QVERIFY(db.value()->exec(R"sql(
                INSERT INTO sale(id, kind, store_id, terminal_id, receipt_no, created_at, currency, subtotal,
                                 discount_total, tax_total, total, line_count, tender_count)
                VALUES('old-sale', 'sale', 'S001', 'T01', 1, 0, 'PLN', 1000, 0, 187, 1000, 1, 1);
                INSERT INTO sale_line VALUES('old-sale', 1, 7, 'SKU-7', 'Mleko', 1, 'piece', 1000, 0, 1000, 'A', 2300);
                INSERT INTO outbox(event_id, kind, ref, payload, created_at) VALUES('e1', 'sale.completed', 'old-sale', '{}', 0);)sql"));
            // Version 1 has no printing state yet.
            QVERIFY(!db.value()->prepare("SELECT receipt_printed_at FROM sale"));
        }
        auto db = openLedger(path);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        QCOMPARE(db.value()->userVersion(), ledgerMigrations().back().version);
        auto st = db.value()->prepare("SELECT total, receipt_printed_at IS NULL FROM sale WHERE id = 'old-sale'");
        QVERIFY(st && st->step());
        QCOMPARE(st->int64(0), 1000);
        QCOMPARE(st->int64(1), 1); // an old sale counts as not printed: offered for reprint, never rung again
        QCOMPARE(db.value()->queryInt("SELECT count(*) FROM outbox WHERE state = 'pending'").value(), 1);
    }

    void cacheUpgradeIndexesExistingCatalog()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.db"));
        {
            auto db = Database::open(path, Durability::Normal);
            QVERIFY(db);
            registerFunctions(*db.value());
            QVERIFY(migrate(*db.value(), cacheMigrations(), "cache.db", 1));
            QVERIFY(db.value()->exec(R"sql(
                INSERT INTO tax_class VALUES('A', 2300, 'standard');
                INSERT INTO product(id, sku, tax_class, unit) VALUES(1, 'SKU-1', 'A', 'piece');
                INSERT INTO product_name VALUES(1, 'pl', 'Mydło żółciowe Żółć');
                INSERT INTO barcode VALUES('5901234123457', 1);)sql"));
        }
        auto db = openCache(path);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        auto st = db.value()->prepare("SELECT rowid FROM product_search WHERE product_search MATCH '\"zolc\"*'");
        QVERIFY(st && st->step());
        QCOMPARE(st->int64(0), 1);
        auto byCode = db.value()->prepare("SELECT rowid FROM product_search WHERE product_search MATCH '\"590123\"*'");
        QVERIFY(byCode && byCode->step());
    }

    // A version-3 cache (before mark and sweep) keeps its rows, all unmarked; a stream pulled
    // again afterwards is swept as in a fresh file.
    void cacheUpgradeToMarkAndSweepMarksNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.db"));
        {
            auto db = Database::open(path, Durability::Normal);
            QVERIFY(db);
            registerFunctions(*db.value());
            QVERIFY(migrate(*db.value(), cacheMigrations(), "cache.db", 3));
            QVERIFY(db.value()->exec(R"sql(
                INSERT INTO tax_class(code, rate_bp, label, version) VALUES('A', 2300, 'standard', 1);
                INSERT INTO product(id, sku, tax_class, unit, version) VALUES(1, 'SKU-1', 'A', 'piece', 5);
                INSERT INTO staff(id, name, role, pin_salt, pin_iterations, pin_verifier, version)
                    VALUES('E1', 'Anna', 'cashier', x'00', 120000, x'00', 7);
                INSERT INTO sync_cursor(stream, cursor, updated_at) VALUES('staff', '7', 1);
                INSERT INTO sync_stream(stream, last_ok_at, rows_applied) VALUES('staff', 1, 1);)sql"));
        }
        auto db = openCache(path);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        Database &cache = *db.value();
        QCOMPARE(cache.userVersion(), int(cacheMigrations().size()));
        QCOMPARE(cache.queryInt("SELECT sum(sync_gen) FROM product").value(), 0);
        // v5: a staff member pulled before it has no language of their own: the store's.
        QCOMPARE(StaffDirectory(cache, QStringLiteral("S001")).all().value(0).language, QString());
        QCOMPARE(cache.queryInt("SELECT generation + sweep_pending FROM sync_stream WHERE stream = 'staff'").value(), 0);
        SyncState state(cache);
        QCOMPARE(state.cursor(PullStream::Staff).value(), 7);
        QVERIFY(!state.generation(PullStream::Staff)->sweepPending);

        QVERIFY(state.restart(PullStream::Staff, QStringLiteral("checksum differed"), 2));
        PulledRows::Page empty;
        empty.stream = PullStream::Staff;
        QVERIFY(PulledRows(cache, QStringLiteral("S001")).apply(empty, 3)); // the central service has no staff left
        QCOMPARE(cache.queryInt("SELECT count(*) FROM staff").value(), 0);
        QCOMPARE(cache.queryInt("SELECT count(*) FROM product").value(), 1); // another stream: untouched
    }

    // Version 7 (issue 13): a version-6 catalog keeps every row, is found by the ranked search,
    // reads its new fields as empty, and pulls the streams that bring them again from the start.
    void cacheUpgradeToVersion7KeepsTheCatalog()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.db"));
        {
            auto db = Database::open(path, Durability::Normal);
            QVERIFY(db);
            registerFunctions(*db.value());
            QVERIFY(migrate(*db.value(), cacheMigrations(), "cache.db", 6));
            QVERIFY(db.value()->exec(R"sql(
                INSERT INTO tax_class(code, rate_bp, label, version) VALUES('A', 2300, 'standard', 1);
                INSERT INTO location(id, kind, name, version) VALUES('S001', 'store', 'Warszawa Marszałkowska', 2);
                INSERT INTO product(id, sku, tax_class, unit, version) VALUES(1, 'SKU-1', 'A', 'piece', 5);
                INSERT INTO product(id, sku, tax_class, unit, version) VALUES(2, 'SKU-2', 'A', 'piece', 6);
                INSERT INTO product(id, sku, tax_class, unit, version, active) VALUES(3, 'SKU-3', 'A', 'piece', 7, 0);
                INSERT INTO product_name VALUES(1, 'pl', 'Żółty ser');
                INSERT INTO product_name VALUES(2, 'pl', 'Mydło żółciowe');
                INSERT INTO product_name VALUES(3, 'pl', 'Żółte mydło wycofane');
                INSERT INTO barcode VALUES('5901234123457', 1);
                INSERT INTO price(store_id, product_id, valid_from, amount, currency, version) VALUES('S001', 1, 0, 1299, 'PLN', 8);
                INSERT INTO stock(product_id, location_id, on_hand, version) VALUES(1, 'S001', 4, 9);
                INSERT INTO sync_cursor(stream, cursor, updated_at) VALUES('catalog', '7', 1), ('prices', '8', 1),
                    ('reference', '2', 1), ('stock', '9', 1);
                INSERT INTO product_search(product_search) VALUES('rebuild');)sql"));
        }
        auto db = openCache(path);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        Database &cache = *db.value();
        QCOMPARE(cache.userVersion(), 7);
        QCOMPARE(cache.queryInt("SELECT count(*) FROM product").value(), 3);
        QVERIFY(cache.exec("INSERT INTO product_search(product_search) VALUES('integrity-check')"));
        CatalogReader r(cache, QStringLiteral("S001"), QStringLiteral("pl"));
        const auto found = r.search(QStringLiteral("zol"), 10, 100);
        QVERIFY(found);
        QCOMPARE(found->size(), 2); // the name that starts with it first; the inactive one never
        QCOMPARE(found->at(0).id, 1);
        QCOMPARE(found->at(1).id, 2);
        QCOMPARE(r.search(QStringLiteral("5901234123457"), 10, 100)->value(0).id, 1);
        const auto p = r.findById(1, 100);
        QVERIFY(p && p->brand.isEmpty() && p->model.isEmpty() && p->colour.isEmpty() && p->popularity == 0);
        QCOMPARE(p->price.value(), 1299);
        QVERIFY(p->promotion.isEmpty() && !p->regularPrice);
        QCOMPARE(r.stockLevels(1).value(0).version, 9);
        QCOMPARE(r.stockLevels(1).value(0).city, QString());
        // The streams that carry the new fields start again (nothing is deleted meanwhile).
        SyncState state(cache);
        QCOMPARE(state.cursor(PullStream::Catalog).value(), 0);
        QCOMPARE(state.cursor(PullStream::Prices).value(), 0);
        QCOMPARE(state.cursor(PullStream::Reference).value(), 0);
        QCOMPARE(state.cursor(PullStream::Stock).value(), 9);
    }

    void failedStepLeavesTheOldVersion()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("x.db")), Durability::Normal);
        QVERIFY(db);
        const Migration steps[] = {
            {1, "good", "CREATE TABLE a(x);", {}},
            {2, "broken", "CREATE TABLE b(y); INSERT INTO nowhere VALUES(1);", {}},
        };
        auto r = migrate(*db.value(), steps, "x.db");
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QLatin1String("version 2")));
        QCOMPARE(db.value()->userVersion(), 1);
        // Table b from the failed step was rolled back with it.
        QVERIFY(!db.value()->prepare("SELECT * FROM b"));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
