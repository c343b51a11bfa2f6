// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/customer.h"
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
        // Stock of this store and the warehouse, as the stock stream serves it; other stores' stock
        // is asked live.
        QCOMPARE(d.queryInt("SELECT count(DISTINCT location_id) FROM stock").value(), 2);
        QCOMPARE(d.queryInt("SELECT count(*) FROM stock s JOIN location l ON l.id = s.location_id "
                            "WHERE l.kind = 'store' AND l.id <> 'S001'").value(), 0);
        QVERIFY(d.queryInt("SELECT count(*) FROM stock WHERE location_id = 'W01'").value() > 0);
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

    /// Issue 13: brands, popularity, apparel variants, cities and one channel promotion per store.
    void variantsBrandsPopularityCitiesAndPromotions()
    {
        QTemporaryDir dir;
        DemoParams p;
        p.products = 400;
        p.now = kNow;
        auto made = generate(dir.filePath(QStringLiteral("cache.db")), p);
        QVERIFY(made);
        Database &d = *made.value();
        QCOMPARE(d.queryInt("SELECT count(*) FROM product WHERE brand = ''").value(), 0);
        // Popularity is skewed: a few sell far more than the typical product.
        const qint64 median = d.queryInt("SELECT popularity FROM product ORDER BY popularity LIMIT 1 OFFSET 200").value();
        const qint64 top = d.queryInt("SELECT max(popularity) FROM product").value();
        QVERIFY2(top > 20 * std::max<qint64>(median, 1), qPrintable(QStringLiteral("median %1, top %2").arg(median).arg(top)));
        QVERIFY(d.queryInt("SELECT count(*) FROM product WHERE popularity > 10 * (SELECT avg(popularity) FROM product)").value() < 40);
        // Articles: ids 51.. of every hundred, 2 or 3 colours in every size, one model each.
        QCOMPARE(d.queryInt("SELECT count(DISTINCT model) FROM product WHERE model <> ''").value(), 4);
        QCOMPARE(d.queryInt("SELECT count(*) FROM product WHERE model <> '' AND (id - 1) % 100 < 50").value(), 0);
        auto models = d.prepare("SELECT model, count(*), count(DISTINCT size), min(id), max(id) FROM product WHERE model <> '' GROUP BY model");
        while (models->step()) {
            const int variants = models->int32(1), sizes = models->int32(2);
            QVERIFY2(sizes == 9 || sizes == 5, qPrintable(models->text(0)));
            QVERIFY(variants == 2 * sizes || variants == 3 * sizes);
            QCOMPARE(models->int64(4) - models->int64(3) + 1, variants); // consecutive ids
        }
        QCOMPARE(d.queryInt("SELECT count(*) FROM product WHERE model <> '' AND size NOT IN "
                            "('38','39','40','41','42','43','44','45','46','S','M','L','XL','XXL')").value(), 0);
        // Every variant: a colour in all five languages, and names that say article, size and colour.
        QCOMPARE(d.queryInt("SELECT count(*) FROM product p WHERE model <> '' AND (SELECT count(*) FROM product_colour "
                            "WHERE product_id = p.id) <> 5").value(), 0);
        QCOMPARE(d.queryInt("SELECT count(*) FROM product_name n JOIN product p ON p.id = n.product_id "
                            "JOIN product_colour c ON c.product_id = p.id AND c.lang = n.lang WHERE p.model <> '' "
                            "AND (instr(n.name, c.name) = 0 OR substr(n.name, -length(p.size)) <> p.size)").value(), 0);
        CatalogReader r(d, QStringLiteral("S001"), QStringLiteral("ru"));
        const auto first = r.findById(51, kNow);
        QVERIFY(first && !first->model.isEmpty());
        QVERIFY(QStringList({QStringLiteral("чёрный"), QStringLiteral("белый"), QStringLiteral("синий"), QStringLiteral("красный"),
                             QStringLiteral("зелёный"), QStringLiteral("серый")}).contains(first->colour));
        QVERIFY(r.variants(first->model, kNow).size() >= 10);
        // Every barcode of a variant is a proper EAN-13 too (catalogIsValid checks them all).
        // Cities.
        QCOMPARE(r.stockLevels(51).isEmpty(), false);
        auto city = [&d](const char *id) {
            auto st = d.prepare(std::string("SELECT city FROM location WHERE id = '") + id + "'");
            return st && st->step() ? st->text(0) : QStringLiteral("?");
        };
        QCOMPARE(city("S001"), QStringLiteral("Warszawa"));
        QCOMPARE(city("S002"), QStringLiteral("Kraków"));
        QCOMPARE(city("S005"), QStringLiteral("Москва"));
        QCOMPARE(city("W01"), QStringLiteral("Stryków"));
        QCOMPARE(city("WEB"), QString());
        // S001's channel promotion: valid now, on a variant, named in Polish, the regular price
        // next to it, and the expired promotions of before still there.
        auto promo = d.prepare("SELECT pr.product_id, pr.amount, pr.regular_amount, pr.promotion FROM price pr "
                               "JOIN product p ON p.id = pr.product_id WHERE pr.store_id = 'S001' AND pr.promotion <> ''");
        QVERIFY(promo->step());
        const auto promoted = r.findById(promo->int64(0), kNow);
        QVERIFY(promoted && !promoted->model.isEmpty());
        QCOMPARE(promoted->promotion, promo->text(3));
        QVERIFY(promoted->promotion.startsWith(QStringLiteral("Tydzień sportu")));
        QCOMPARE(promoted->price.value(), promo->int64(1));
        QVERIFY(promoted->regularPrice.value() > promoted->price.value());
        QVERIFY(promoted->priceValidTo.value() > kNow);
        QVERIFY(!promo->step()); // one per store
        QVERIFY(d.queryInt("SELECT count(*) FROM price WHERE valid_to <= 1795000000").value() > 0);
    }

    /// The data of product N does not depend on how many products are generated.
    void aProductDoesNotDependOnTheCatalogSize()
    {
        QTemporaryDir dir;
        DemoParams p;
        p.now = kNow;
        p.products = 160;
        auto small = generate(dir.filePath(QStringLiteral("small.db")), p);
        p.products = 400;
        auto large = generate(dir.filePath(QStringLiteral("large.db")), p);
        QVERIFY(small && large);
        const char *q = "SELECT group_concat(id || sku || brand || model || size || popularity || "
                        "(SELECT group_concat(lang || name) FROM product_name WHERE product_id = p.id) || "
                        "coalesce((SELECT group_concat(lang || name) FROM product_colour WHERE product_id = p.id), ''), '|') "
                        "FROM product p WHERE id <= 160";
        auto a = small.value()->prepare(q);
        auto b = large.value()->prepare(q);
        QVERIFY(a && a->step() && b && b->step());
        QCOMPARE(a->text(0), b->text(0));
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
            if (isLoyaltyId(code))
                continue; // a demo customer's loyalty card (the central service's seed), not a product
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
