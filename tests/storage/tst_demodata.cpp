// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/gtin.h"
#include "core/pickup.h"
#include "storage/catalog.h"
#include "demo-data/democache.h"
#include "storage/sqlite.h"
#include "storage/stores.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSet>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace ok;
using namespace ok::db;
using namespace ok::demo;

namespace {
constexpr qint64 kNow = 1'795'000'000;

/// A digest of every generated table, row by row in key order.
QByteArray digest(Database &db)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    const char *queries[] = {
        "SELECT id || sku || tax_class || unit FROM product ORDER BY id",
        "SELECT product_id || lang || name FROM product_name ORDER BY product_id, lang",
        "SELECT code || product_id FROM barcode ORDER BY code",
        "SELECT product_id || valid_from || coalesce(valid_to, '-') || amount FROM price ORDER BY product_id, valid_from",
        "SELECT product_id || location_id || on_hand || reserved || in_transit FROM stock ORDER BY product_id, location_id",
        "SELECT number || hex(pickup_verifier) || coalesce(compartment, '-') || pickup_locator || pickup_iterations || status "
        "|| compartments || parcels || id_check FROM cc_order ORDER BY number",
    };
    for (const char *q : queries) {
        auto st = db.prepare(q);
        while (st && st->step())
            h.addData(st->text(0).toUtf8());
    }
    return h.result();
}

ok::Result<std::unique_ptr<Database>> generate(const QString &path, DemoParams p, DemoSummary *summary = nullptr)
{
    auto db = openCache(path, Durability::Bulk);
    if (!db)
        return db;
    auto r = generateDemoCatalog(*db.value(), p);
    if (!r)
        return r.error();
    if (summary)
        *summary = r.value();
    return db;
}
} // namespace

class TestDemoData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSeedSameData()
    {
        QTemporaryDir dir;
        DemoParams p;
        p.products = 500;
        p.now = kNow;
        auto a = generate(dir.filePath(QStringLiteral("a.db")), p);
        auto b = generate(dir.filePath(QStringLiteral("b.db")), p);
        QVERIFY(a && b);
        QCOMPARE(digest(*a.value()), digest(*b.value()));
        p.seed += 1;
        auto c = generate(dir.filePath(QStringLiteral("c.db")), p);
        QVERIFY(c);
        QVERIFY(digest(*a.value()) != digest(*c.value()));
    }

    void catalogIsValid()
    {
        QTemporaryDir dir;
        DemoParams p;
        p.products = 2000;
        p.now = kNow;
        DemoSummary sum;
        auto db = generate(dir.filePath(QStringLiteral("cache.db")), p, &sum);
        QVERIFY(db);
        Database &d = *db.value();
        QCOMPARE(sum.products, 2000);
        QCOMPARE(d.queryInt("SELECT count(*) FROM product").value(), 2000);
        // Every barcode is a valid EAN-13.
        auto codes = d.prepare("SELECT code FROM barcode");
        int n = 0;
        while (codes->step()) {
            QVERIFY2(ok::isValidGtin(codes->text(0)) && codes->text(0).size() == 13, qPrintable(codes->text(0)));
            ++n;
        }
        QCOMPARE(n, sum.barcodes);
        QVERIFY(n > 2000); // some products have a second code
        // Names in all five languages, with their own letters.
        for (const char *lang : {"pl", "en", "it", "ru", "nb"})
            QCOMPARE(d.queryInt(std::string("SELECT count(*) FROM product_name WHERE lang = '") + lang + "'").value(), 2000);
        QVERIFY(d.queryInt("SELECT count(*) FROM product_name WHERE lang = 'ru' AND name GLOB '*[а-я]*'").value() > 1000);
        // Every product has a price valid today; some have a future price too.
        CatalogReader r(d, QStringLiteral("S001"), QStringLiteral("pl"));
        QCOMPARE(d.queryInt("SELECT count(DISTINCT product_id) FROM price WHERE valid_from <= 1795000000 AND (valid_to IS NULL OR valid_to > 1795000000)").value(), 2000);
        QVERIFY(d.queryInt("SELECT count(*) FROM price WHERE valid_from > 1795000000").value() > 0);
        QVERIFY(d.queryInt("SELECT min(amount) FROM price").value() > 0);
        // Stock for several stores and the warehouse.
        QCOMPARE(d.queryInt("SELECT count(DISTINCT location_id) FROM stock").value(), 6);
        // Orders: only verifiers are stored; every printed code is an ok::pickup code whose
        // locator the cache holds (distinct per store) and which verifies with the stored rounds,
        // while the same code with one secret symbol changed does not.
        QCOMPARE(sum.pickups.size(), 6);
        QSet<QString> locators;
        for (const DemoPickup &pk : sum.pickups) {
            const auto code = pickup::normalize(pk.pickupCode);
            QVERIFY2(code, qPrintable(pk.pickupCode));
            auto o = d.prepare("SELECT pickup_salt, pickup_verifier, pickup_locator, pickup_iterations, status, "
                               "coalesce(compartment, ''), compartments, parcels, id_check FROM cc_order WHERE number = ?1");
            o->bind(1, pk.orderNumber);
            QVERIFY(o->step());
            QCOMPARE(o->text(2), pickup::locatorOf(*code));
            QCOMPARE(o->int32(3), pickup::kDefaultIterations);
            QVERIFY(pickup::verify(*code, o->blob(0), o->int32(3), o->blob(1)));
            QString wrong = *code;
            wrong[pickup::kCodeLength - 1] = wrong.back() == QLatin1Char('2') ? QLatin1Char('3') : QLatin1Char('2');
            QVERIFY(!pickup::verify(wrong, o->blob(0), o->int32(3), o->blob(1)));
            locators.insert(o->text(2));
            // What the summary says is what the cache holds.
            QCOMPARE(o->text(4), pk.status);
            QCOMPARE(o->text(5), pk.compartment);
            QCOMPARE(o->text(6), pk.compartments.join(QLatin1Char(',')));
            QCOMPARE(o->int32(7), pk.parcels);
            QCOMPARE(o->int32(8) != 0, pk.idCheck);
            QCOMPARE(pk.compartments.size(), pk.compartments.isEmpty() ? 0 : pk.parcels);
        }
        QCOMPARE(locators.size(), 6);
        // The mix a demo needs: ready in the locker (one with two parcels), ready at the counter,
        // awaiting loading, one with an ID check.
        const auto count = [&](auto pred) { return std::count_if(sum.pickups.cbegin(), sum.pickups.cend(), pred); };
        QVERIFY(count([](const DemoPickup &k) { return k.status == QLatin1String("ready") && !k.compartments.isEmpty(); }) >= 2);
        QVERIFY(count([](const DemoPickup &k) { return k.status == QLatin1String("ready") && k.compartments.isEmpty(); }) >= 1);
        QVERIFY(count([](const DemoPickup &k) { return k.status == QLatin1String("awaiting_pickup") && k.compartments.isEmpty(); }) >= 1);
        QVERIFY(count([](const DemoPickup &k) { return k.parcels == 2 && k.compartments.size() == 2; }) == 1);
        QVERIFY(count([](const DemoPickup &k) { return k.idCheck; }) >= 1);
        // Search works on the generated names.
        // Search works on the generated names: the index is complete (FTS5's own check) and finds
        // a product by the first word of its name.
        QVERIFY(db.value()->exec("INSERT INTO product_search(product_search) VALUES('integrity-check')"));
        auto first = r.findById(1, kNow);
        QVERIFY(first);
        const auto found = r.search(first->name.section(QLatin1Char(' '), 0, 0) + QLatin1Char(' ') + first->sku, 5, kNow);
        QVERIFY(found);
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().id, qint64(1));
    }

    void theReadmesScanExampleIsInTheDemoCatalog()
    {
        // README.md tells a newcomer to scan a code with the scanner simulator: the demo store
        // (S001, the default seed and size that scripts/demo uses) must sell it.
        QFile readme(QStringLiteral(OMNIKIOSK_SOURCE_DIR "/README.md"));
        QVERIFY(readme.open(QIODevice::ReadOnly));
        const QRegularExpression example(QStringLiteral("scan ean13 (\\d{13})"));
        const QString text = QString::fromUtf8(readme.readAll());
        auto matches = example.globalMatch(text);
        QVERIFY2(matches.hasNext(), "README.md has no scanner example");
        QTemporaryDir dir;
        DemoParams p; // what scripts/demo seeds
        p.now = kNow;
        auto db = generate(dir.filePath(QStringLiteral("demo.db")), p);
        QVERIFY(db);
        CatalogReader r(*db.value(), QStringLiteral("S001"), QStringLiteral("pl"));
        while (matches.hasNext()) {
            const QString code = matches.next().captured(1);
            QVERIFY2(gtinCheckDigit(code.left(12)) == code.back().digitValue(), qPrintable(code));
            const auto product = r.findByBarcode(code, kNow);
            QVERIFY2(product, qPrintable(code + QStringLiteral(" is not in the demo catalog")));
            QVERIFY2(product->price.value_or(0) > 0, qPrintable(code + QStringLiteral(" has no price in S001")));
        }
    }

    void unknownStoreOrLanguageIsRefused()
    {
        QTemporaryDir dir;
        DemoParams p;
        p.products = 10;
        p.storeId = QStringLiteral("S999");
        auto a = generate(dir.filePath(QStringLiteral("a.db")), p);
        QVERIFY(!a);
        QVERIFY(a.error().message.contains(QLatin1String("S999")));
        p.storeId = QStringLiteral("S001");
        p.languages = {QStringLiteral("xx")};
        auto b = generate(dir.filePath(QStringLiteral("b.db")), p);
        QVERIFY(!b);
        QCOMPARE(b.error().code, QStringLiteral("demo.unknown-language"));
    }
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
