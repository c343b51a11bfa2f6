// SPDX-License-Identifier: GPL-3.0-or-later
// What the pulls write to cache.db: every stream's rows with their cursor in one transaction
// (docs/reliability.md#r4-server-order-not-clocks), the keys the stream checksums cover, and the
// mark and sweep that leaves exactly the central service's rows after a stream was pulled again
// from zero (docs/storage.md, "Pulling a stream again").
#include "storage/catalog.h"
#include "storage/pulledrows.h"
#include "storage/sqlite.h"
#include "storage/stores.h"
#include "storage/syncstate.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ok;
using namespace ok::db;

namespace {

using Page = PulledRows::Page;

PulledRows::Product product(qint64 id, const QString &name, qint64 version, const QString &sku = {})
{
    PulledRows::Product p;
    p.id = id;
    p.sku = sku.isEmpty() ? QStringLiteral("SKU-%1").arg(id) : sku;
    p.taxClass = QStringLiteral("A");
    p.names = {{QStringLiteral("pl"), name}};
    p.barcodes = {QStringLiteral("590%1").arg(id, 10, 10, QLatin1Char('0'))};
    p.version = version;
    return p;
}

PulledRows::Order order(const QString &id, const QString &number, qint64 version)
{
    PulledRows::Order o;
    o.id = id;
    o.number = number;
    o.customerFirstName = QStringLiteral("Anna");
    o.contactMasked = QStringLiteral("a***@x");
    o.pickupSalt = QByteArray(16, 'a');
    o.pickupVerifier = QByteArray(32, 'b');
    o.status = QStringLiteral("ready");
    o.expiresAt = 1;
    o.total = 100;
    o.currency = QStringLiteral("PLN");
    o.lines = {{1, 1, QStringLiteral("Mleko"), 2}};
    o.version = version;
    return o;
}

PulledRows::Staff staff(const QString &id, qint64 version)
{
    return {id, QStringLiteral("Anna K."), QStringLiteral("cashier"), QStringLiteral("S001"), QByteArray(16, 's'), 120000,
            QByteArray(32, 'v'), true, version, QStringLiteral("nb")};
}

Page page(PullStream stream, qint64 from, qint64 to, bool more = false)
{
    Page p;
    p.stream = stream;
    p.cursorFrom = from;
    p.cursor = to;
    p.more = more;
    return p;
}

} // namespace

class TestPulledRows : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    int m_file = 0;
    std::unique_ptr<Database> m_db;

    qint64 count(const char *sql) { return m_db->queryInt(sql).value_or(-1); }
    QStringList keys(PullStream stream)
    {
        QStringList out;
        PulledRows rows(*m_db, QStringLiteral("S001"));
        const auto r = rows.forEachChecksumRow(stream, [&out](const QByteArray &key, qint64 version) {
            out.append(QString::fromUtf8(key) + QLatin1Char('|') + QString::number(version));
        });
        if (!r)
            return {QStringLiteral("error: ") + r.error().message};
        out.sort();
        return out;
    }
    bool searchIndexIsWhole()
    {
        auto check = m_db->prepare("INSERT INTO product_search(product_search) VALUES('integrity-check')");
        return check && check->exec();
    }
    QList<qint64> found(const QString &text)
    {
        CatalogReader reader(*m_db, QStringLiteral("S001"), QStringLiteral("pl"));
        QList<qint64> ids;
        const auto products = reader.search(text, 10, 0);
        if (!products)
            qFatal("search failed: %s", qPrintable(products.error().message));
        for (const auto &p : products.value())
            ids.append(p.id);
        return ids;
    }

    /// Every stream with two rows, as an ordinary first pull leaves them.
    void fill()
    {
        PulledRows rows(*m_db, QStringLiteral("S001"));
        Page ref = page(PullStream::Reference, 0, 4);
        ref.taxClasses = {{QStringLiteral("A"), 2300, QStringLiteral("standard"), 1}, {QStringLiteral("B"), 800, QStringLiteral("reduced"), 2}};
        ref.locations = {{QStringLiteral("S001"), QStringLiteral("store"), QStringLiteral("Kraków"), 3},
                         {QStringLiteral("W01"), QStringLiteral("warehouse"), QStringLiteral("Central"), 4}};
        QVERIFY(rows.apply(ref, 1));
        Page cat = page(PullStream::Catalog, 0, 11);
        cat.products = {product(1, QStringLiteral("Żółć"), 10), product(2, QStringLiteral("Smørbrød"), 11)};
        QVERIFY(rows.apply(cat, 1));
        QVERIFY(rows.caughtUp(PullStream::Catalog));
        Page prices = page(PullStream::Prices, 0, 21);
        prices.prices = {{1, 100, std::nullopt, 1299, QStringLiteral("PLN"), 20}, {2, 100, 200, 599, QStringLiteral("PLN"), 21}};
        QVERIFY(rows.apply(prices, 1));
        Page stock = page(PullStream::Stock, 0, 31);
        stock.stock = {{1, QStringLiteral("S001"), 5, 0, 0, 30}, {2, QStringLiteral("W01"), -3, 1, 2, 31}};
        QVERIFY(rows.apply(stock, 1));
        Page orders = page(PullStream::Orders, 0, 41);
        orders.orders = {order(QStringLiteral("S001-CC-1"), QStringLiteral("CC1"), 40), order(QStringLiteral("S001-CC-2"), QStringLiteral("CC2"), 41)};
        QVERIFY(rows.apply(orders, 1));
        Page people = page(PullStream::Staff, 0, 51);
        people.staff = {staff(QStringLiteral("E1"), 50), staff(QStringLiteral("E2"), 51)};
        QVERIFY(rows.apply(people, 1));
    }

private Q_SLOTS:
    void init()
    {
        m_db.reset();
        m_path = m_dir.filePath(QStringLiteral("cache-%1.db").arg(++m_file));
        auto db = openCache(m_path);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        m_db = std::move(db.value());
        fill();
    }

    void everyStreamIsWrittenWithItsCursor()
    {
        SyncState state(*m_db);
        QCOMPARE(state.cursor(PullStream::Reference).value(), 4);
        QCOMPARE(state.cursor(PullStream::Staff).value(), 51);
        QCOMPARE(count("SELECT count(*) FROM product_name"), 2);
        QCOMPARE(count("SELECT count(*) FROM cc_order_line"), 2);
        QCOMPARE(count("SELECT on_hand FROM stock WHERE product_id = 2"), -3);
        QCOMPARE(count("SELECT count(*) FROM price WHERE store_id = 'S001' AND valid_to = 200"), 1);
        QCOMPARE(found(QStringLiteral("zolc")), QList<qint64>{1});
        auto health = state.health();
        QVERIFY(health);
        QCOMPARE(health->size(), 6);
        QCOMPARE(health->at(1).stream, PullStream::Catalog);
        QCOMPARE(health->at(1).rowsApplied, 2);
    }

    // Issue 13: what the pulls bring beyond names and codes reaches the cache and the reader
    // (after the first pull of fill(), as the next pages of each stream).
    void issue13FieldsArePulledIntoTheCache()
    {
        PulledRows rows(*m_db, QStringLiteral("S001"));
        Page ref = page(PullStream::Reference, 4, 6);
        ref.taxClasses = {{QStringLiteral("A"), 2300, QStringLiteral("standard"), 5}};
        ref.locations = {{QStringLiteral("S001"), QStringLiteral("store"), QStringLiteral("Kraków Floriańska"), 6, QStringLiteral("Kraków")}};
        QVERIFY(rows.apply(ref, 1));
        Page cat = page(PullStream::Catalog, 11, 12);
        PulledRows::Product shoe = product(1, QStringLiteral("Buty do biegania Nordwalk czarny 42"), 12);
        shoe.brand = QStringLiteral("Nordwalk");
        shoe.model = QStringLiteral("RUN-0000051");
        shoe.size = QStringLiteral("42");
        shoe.colour = {{QStringLiteral("pl"), QStringLiteral("czarny")}, {QStringLiteral("en"), QStringLiteral("black")}};
        shoe.popularity = 1234;
        cat.products = {shoe};
        QVERIFY(rows.apply(cat, 1));
        QVERIFY(rows.caughtUp(PullStream::Catalog));
        Page prices = page(PullStream::Prices, 21, 22);
        PulledRows::Price promo{1, 100, std::nullopt, 15999, QStringLiteral("PLN"), 22};
        promo.promotion = QStringLiteral("Black Week −20 %");
        promo.regularAmount = 19999;
        prices.prices = {promo};
        QVERIFY(rows.apply(prices, 1));
        Page stock = page(PullStream::Stock, 31, 32);
        stock.stock = {{1, QStringLiteral("S001"), 5, 1, 0, 32}};
        QVERIFY(rows.apply(stock, 1));

        CatalogReader r(*m_db, QStringLiteral("S001"), QStringLiteral("en"));
        const auto p = r.findById(1, 200);
        QVERIFY(p);
        QCOMPARE(p->brand, QStringLiteral("Nordwalk"));
        QCOMPARE(p->model, QStringLiteral("RUN-0000051"));
        QCOMPARE(p->size, QStringLiteral("42"));
        QCOMPARE(p->colour, QStringLiteral("black"));
        QCOMPARE(p->popularity, 1234);
        QCOMPARE(p->promotion, QStringLiteral("Black Week −20 %"));
        QCOMPARE(p->regularPrice.value(), 19999);
        QCOMPARE(r.stockLevels(1).value(0).city, QStringLiteral("Kraków"));
        QCOMPARE(r.stockLevels(1).value(0).version, 32);
        QCOMPARE(found(QStringLiteral("nordwalk black")), QList<qint64>{1});
        QVERIFY(m_db->exec("INSERT INTO product_search(product_search) VALUES('integrity-check')"));
    }

    void aPageWithABadRowChangesNothing()
    {
        PulledRows rows(*m_db, QStringLiteral("S001"));
        Page bad = page(PullStream::Prices, 21, 23);
        bad.prices = {{1, 300, std::nullopt, 1, QStringLiteral("PLN"), 22}, {99, 300, std::nullopt, 1, QStringLiteral("PLN"), 23}};
        auto r = rows.apply(bad, 2);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QLatin1String("FOREIGN KEY")), qPrintable(r.error().message));
        QCOMPARE(SyncState(*m_db).cursor(PullStream::Prices).value(), 21);
        QCOMPARE(count("SELECT count(*) FROM price"), 2);

        Page stale = page(PullStream::Prices, 0, 22);
        stale.prices = {{1, 300, std::nullopt, 1, QStringLiteral("PLN"), 22}};
        QCOMPARE(rows.apply(stale, 2).error().code, QStringLiteral("sync.cursor-moved"));
        QCOMPARE(count("SELECT count(*) FROM price"), 2);
    }

    void checksumRowsFollowTheProtocolKeys()
    {
        QCOMPARE(keys(PullStream::Reference), (QStringList{QStringLiteral("location:S001|3"), QStringLiteral("location:W01|4"),
                                                           QStringLiteral("tax_class:A|1"), QStringLiteral("tax_class:B|2")}));
        QCOMPARE(keys(PullStream::Catalog), (QStringList{QStringLiteral("1|10"), QStringLiteral("2|11")}));
        QCOMPARE(keys(PullStream::Prices), (QStringList{QStringLiteral("1|100|20"), QStringLiteral("2|100|21")}));
        QCOMPARE(keys(PullStream::Stock), (QStringList{QStringLiteral("1|S001|30"), QStringLiteral("2|W01|31")}));
        QCOMPARE(keys(PullStream::Orders), (QStringList{QStringLiteral("S001-CC-1|40"), QStringLiteral("S001-CC-2|41")}));
        QCOMPARE(keys(PullStream::Staff), (QStringList{QStringLiteral("E1|50"), QStringLiteral("E2|51")}));
        // Another store's rows are not this terminal's scope.
        QVERIFY(CatalogWriter(*m_db).setPrice(QStringLiteral("S002"), 1, 100, std::nullopt, 1, QStringLiteral("PLN")));
        QCOMPARE(keys(PullStream::Prices).size(), 2);
    }

    // ------------------------------------------------------------ pulling a stream again

    void aRepullSweepsWhatItDidNotBringBack()
    {
        // Product 2 is no longer the central service's; its price and stock cannot be either.
        PulledRows rows(*m_db, QStringLiteral("S001"));
        SyncState state(*m_db);
        QVERIFY(state.restart(PullStream::Catalog, QStringLiteral("checksum differed"), 5));
        QCOMPARE(state.cursor(PullStream::Catalog).value(), 0);
        QCOMPARE(state.health()->at(1).lastError, QStringLiteral("checksum differed"));

        Page first = page(PullStream::Catalog, 0, 12, true);
        first.products = {product(1, QStringLiteral("Żółć"), 12)};
        QVERIFY(rows.apply(first, 6));
        // Nothing is swept before the re-pull has caught up: the till keeps its catalog meanwhile.
        QCOMPARE(count("SELECT count(*) FROM product"), 2);
        QCOMPARE(found(QStringLiteral("smorbrod")), QList<qint64>{2});

        Page last = page(PullStream::Catalog, 12, 13);
        last.products = {product(3, QStringLiteral("Kefir"), 13)};
        QVERIFY(rows.apply(last, 7));
        QCOMPARE(keys(PullStream::Catalog), (QStringList{QStringLiteral("1|12"), QStringLiteral("3|13")}));
        QCOMPARE(count("SELECT count(*) FROM product_name WHERE product_id = 2"), 0);
        QCOMPARE(count("SELECT count(*) FROM barcode WHERE product_id = 2"), 0);
        QCOMPARE(count("SELECT count(*) FROM price WHERE product_id = 2"), 0);
        QCOMPARE(count("SELECT count(*) FROM stock WHERE product_id = 2"), 0);
        QCOMPARE(count("SELECT count(*) FROM price WHERE product_id = 1"), 1);
        QCOMPARE(count("SELECT count(*) FROM sqlite_master WHERE name = 'sweep_price_product'"), 0);
        QVERIFY(found(QStringLiteral("smorbrod")).isEmpty());
        QCOMPARE(found(QStringLiteral("kefir")), QList<qint64>{3});
        QVERIFY(searchIndexIsWhole());
        QVERIFY(!state.generation(PullStream::Catalog)->sweepPending);
        QVERIFY(state.health()->at(1).lastError.isEmpty());

        // The sweep ran once: a later page that catches up sweeps nothing.
        QVERIFY(CatalogWriter(*m_db).upsertProduct(product(4, QStringLiteral("Lokalny"), 1)));
        QVERIFY(rows.apply(page(PullStream::Catalog, 13, 13), 8));
        QCOMPARE(count("SELECT count(*) FROM product WHERE id = 4"), 1);
    }

    void everyStreamSweeps_data()
    {
        QTest::addColumn<int>("stream");
        QTest::addColumn<QStringList>("left");
        QTest::newRow("prices") << int(PullStream::Prices) << QStringList{QStringLiteral("1|100|22")};
        QTest::newRow("stock") << int(PullStream::Stock) << QStringList{QStringLiteral("1|S001|32")};
        QTest::newRow("orders") << int(PullStream::Orders) << QStringList{QStringLiteral("S001-CC-1|42")};
        QTest::newRow("staff") << int(PullStream::Staff) << QStringList{QStringLiteral("E1|52")};
    }
    void everyStreamSweeps()
    {
        QFETCH(int, stream);
        QFETCH(QStringList, left);
        const auto s = PullStream(stream);
        QVERIFY(SyncState(*m_db).restart(s, QStringLiteral("checksum differed"), 5));
        Page again = page(s, 0, 60);
        switch (s) {
        case PullStream::Prices: again.prices = {{1, 100, std::nullopt, 1299, QStringLiteral("PLN"), 22}}; break;
        case PullStream::Stock: again.stock = {{1, QStringLiteral("S001"), 5, 0, 0, 32}}; break;
        case PullStream::Orders: again.orders = {order(QStringLiteral("S001-CC-1"), QStringLiteral("CC1"), 42)}; break;
        case PullStream::Staff: again.staff = {staff(QStringLiteral("E1"), 52)}; break;
        default: QFAIL("not in the data");
        }
        QVERIFY(PulledRows(*m_db, QStringLiteral("S001")).apply(again, 6));
        QCOMPARE(keys(s), left);
        QCOMPARE(count("SELECT count(*) FROM cc_order_line"), s == PullStream::Orders ? 1 : 2);
        auto fk = m_db->prepare("PRAGMA foreign_key_check");
        QVERIFY(fk && !fk->step());
    }

    void aSweptLocationTakesItsStockFirst()
    {
        QVERIFY(SyncState(*m_db).restart(PullStream::Reference, QStringLiteral("checksum differed"), 5));
        Page again = page(PullStream::Reference, 0, 60);
        again.taxClasses = {{QStringLiteral("A"), 2300, QStringLiteral("standard"), 57}, {QStringLiteral("B"), 800, QStringLiteral("reduced"), 58}};
        again.locations = {{QStringLiteral("S001"), QStringLiteral("store"), QStringLiteral("Kraków"), 60}};
        auto r = PulledRows(*m_db, QStringLiteral("S001")).apply(again, 6);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(keys(PullStream::Reference), (QStringList{QStringLiteral("location:S001|60"), QStringLiteral("tax_class:A|57"),
                                                           QStringLiteral("tax_class:B|58")}));
        QCOMPARE(count("SELECT count(*) FROM stock WHERE location_id = 'W01'"), 0); // no foreign key left dangling
        QCOMPARE(count("SELECT count(*) FROM stock"), 1);
        auto fk = m_db->prepare("PRAGMA foreign_key_check");
        QVERIFY(fk && !fk->step());
    }

    void aTaxClassAProductStillNamesStaysUntilTheCatalogLetsGo()
    {
        PulledRows rows(*m_db, QStringLiteral("S001"));
        SyncState state(*m_db);
        const auto referenceWithoutA = [&](qint64 from, qint64 to) {
            Page p = page(PullStream::Reference, from, to);
            p.taxClasses = {{QStringLiteral("B"), 800, QStringLiteral("reduced"), to - 2}};
            p.locations = {{QStringLiteral("S001"), QStringLiteral("store"), QStringLiteral("Kraków"), to - 1},
                           {QStringLiteral("W01"), QStringLiteral("warehouse"), QStringLiteral("Central"), to}};
            return p;
        };
        QVERIFY(state.restart(PullStream::Reference, QStringLiteral("checksum differed"), 5));
        QVERIFY(rows.apply(referenceWithoutA(0, 62), 6));
        QCOMPARE(count("SELECT count(*) FROM tax_class WHERE code = 'A'"), 1); // products 1 and 2 still name it
        QVERIFY(!state.generation(PullStream::Reference)->sweepPending);

        // The catalog's own check pulls it again: the central products name class B.
        QVERIFY(state.restart(PullStream::Catalog, QStringLiteral("checksum differed"), 7));
        Page cat = page(PullStream::Catalog, 0, 70);
        PulledRows::Product p1 = product(1, QStringLiteral("Żółć"), 69);
        p1.taxClass = QStringLiteral("B");
        PulledRows::Product p2 = product(2, QStringLiteral("Smørbrød"), 70);
        p2.taxClass = QStringLiteral("B");
        cat.products = {p1, p2};
        QVERIFY(rows.apply(cat, 8));
        // The next check of the reference stream finds A and sweeps it.
        QVERIFY(state.restart(PullStream::Reference, QStringLiteral("checksum differed"), 9));
        QVERIFY(rows.apply(referenceWithoutA(0, 75), 10));
        QCOMPARE(count("SELECT count(*) FROM tax_class WHERE code = 'A'"), 0);
    }

    void theMarksSurviveACrash()
    {
        QVERIFY(SyncState(*m_db).restart(PullStream::Catalog, QStringLiteral("checksum differed"), 5));
        {
            Page first = page(PullStream::Catalog, 0, 12, true);
            first.products = {product(1, QStringLiteral("Żółć"), 12)};
            QVERIFY(PulledRows(*m_db, QStringLiteral("S001")).apply(first, 6));
        }
        m_db.reset(); // the process ends here; the next one opens the file again
        auto db = openCache(m_path);
        QVERIFY(db);
        m_db = std::move(db.value());
        SyncState state(*m_db);
        QCOMPARE(state.cursor(PullStream::Catalog).value(), 12);
        QVERIFY(state.generation(PullStream::Catalog)->sweepPending);
        QVERIFY(PulledRows(*m_db, QStringLiteral("S001")).apply(page(PullStream::Catalog, 12, 12), 7));
        QCOMPARE(keys(PullStream::Catalog), QStringList{QStringLiteral("1|12")});
    }

    void ordinaryPullsSweepNothing()
    {
        QVERIFY(CatalogWriter(*m_db).upsertProduct(product(5, QStringLiteral("Lokalny"), 1)));
        Page delta = page(PullStream::Catalog, 11, 14);
        delta.products = {product(1, QStringLiteral("Żółć"), 14)};
        QVERIFY(PulledRows(*m_db, QStringLiteral("S001")).apply(delta, 6));
        QCOMPARE(count("SELECT count(*) FROM product"), 3);
    }

    void aStaleSkuOrOrderNumberGivesWayInARepull()
    {
        PulledRows rows(*m_db, QStringLiteral("S001"));
        SyncState state(*m_db);
        QVERIFY(state.restart(PullStream::Catalog, QStringLiteral("checksum differed"), 5));
        // The central service gave SKU-2 to product 3; product 2 comes later with a new SKU.
        Page first = page(PullStream::Catalog, 0, 12, true);
        first.products = {product(3, QStringLiteral("Kefir"), 12, QStringLiteral("SKU-2"))};
        auto r = rows.apply(first, 6);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(m_db->queryInt("SELECT id FROM product WHERE sku = 'SKU-2'").value(), 3);
        Page last = page(PullStream::Catalog, 12, 13);
        last.products = {product(2, QStringLiteral("Smørbrød"), 13, QStringLiteral("SKU-9"))};
        QVERIFY(rows.apply(last, 7));
        QCOMPARE(m_db->queryInt("SELECT id FROM product WHERE sku = 'SKU-9'").value(), 2);
        QCOMPARE(count("SELECT count(*) FROM product"), 2); // product 1 was not brought back
        QVERIFY(searchIndexIsWhole());

        // Order numbers: CC2 now belongs to order 3; order 2 is not the central service's.
        QVERIFY(state.restart(PullStream::Orders, QStringLiteral("checksum differed"), 8));
        Page orders = page(PullStream::Orders, 0, 50);
        orders.orders = {order(QStringLiteral("S001-CC-1"), QStringLiteral("CC1"), 49),
                         order(QStringLiteral("S001-CC-3"), QStringLiteral("CC2"), 50)};
        r = rows.apply(orders, 9);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(keys(PullStream::Orders), (QStringList{QStringLiteral("S001-CC-1|49"), QStringLiteral("S001-CC-3|50")}));

        // Outside a re-pull a clash is a refused page, as any broken constraint
        // (docs/reliability.md#r7-bad-input-changes-nothing).
        Page clash = page(PullStream::Catalog, 13, 14);
        clash.products = {product(6, QStringLiteral("Mleko"), 14, QStringLiteral("SKU-9"))};
        QVERIFY(!rows.apply(clash, 10));
        QCOMPARE(m_db->queryInt("SELECT id FROM product WHERE sku = 'SKU-9'").value(), 2);
    }
};

QTEST_GUILESS_MAIN(TestPulledRows)
#include "tst_pulledrows.moc"
