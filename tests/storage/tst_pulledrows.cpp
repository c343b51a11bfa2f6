// SPDX-License-Identifier: GPL-3.0-or-later
// What the pulls write to cache.db: every stream's rows with their cursor in one transaction
// (docs/reliability.md#r4-server-order-not-clocks) and the keys the stream checksums cover.
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
            QByteArray(32, 'v'), true, version};
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
        for (const auto &p : reader.search(text, 10, 0))
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

};

QTEST_GUILESS_MAIN(TestPulledRows)
#include "tst_pulledrows.moc"
