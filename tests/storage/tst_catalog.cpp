// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/catalog.h"
#include "storage/sqlite.h"
#include "storage/stores.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ok;
using namespace ok::db;

namespace {
constexpr qint64 kNow = 1'800'000'000; // fixed "now" for price validity
constexpr qint64 kDay = 86400;
}

class TestCatalog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    void add(qint64 id, const QString &lang, const QString &name, const QString &barcode, qint64 price)
    {
        CatalogWriter w(*m_db);
        CatalogWriter::Product p;
        p.id = id;
        p.sku = QStringLiteral("SKU-%1").arg(id);
        p.taxClass = QStringLiteral("A");
        p.names = {{lang, name}};
        p.barcodes = {barcode};
        QVERIFY(w.upsertProduct(p));
        QVERIFY(w.setPrice(QStringLiteral("S001"), id, kNow - 10 * kDay, std::nullopt, price, QStringLiteral("PLN")));
    }

    QStringList names(const QString &query)
    {
        CatalogReader r(*m_db, QStringLiteral("S001"), QStringLiteral("pl"));
        QStringList out;
        auto found = r.search(query, 20, kNow);
        if (!found)
            return {QStringLiteral("search failed: ") + found.error().message};
        for (const auto &p : found.value())
            out << p.name;
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto db = openCache(m_dir.filePath(QStringLiteral("cache.db")));
        QVERIFY(db);
        m_db = std::move(db).value();
        CatalogWriter w(*m_db);
        QVERIFY(w.upsertTaxClass(QStringLiteral("A"), 2300, QStringLiteral("standard")));
        QVERIFY(w.upsertLocation(QStringLiteral("S001"), QStringLiteral("store"), QStringLiteral("Warszawa")));
        QVERIFY(w.upsertLocation(QStringLiteral("S002"), QStringLiteral("store"), QStringLiteral("Kraków")));
        QVERIFY(w.upsertLocation(QStringLiteral("W01"), QStringLiteral("warehouse"), QStringLiteral("Warehouse")));
        // Real words of all five languages, including letters unicode61 does not fold.
        add(1, QStringLiteral("pl"), QStringLiteral("Mydło żółciowe Żółć"), QStringLiteral("5901234123457"), 699);
        add(2, QStringLiteral("pl"), QStringLiteral("Łosoś wędzony"), QStringLiteral("4006381333931"), 2499);
        add(3, QStringLiteral("nb"), QStringLiteral("Smørbrød med rømme"), QStringLiteral("7000000000017"), 8990);
        add(4, QStringLiteral("nb"), QStringLiteral("Blåbær"), QStringLiteral("7000000000024"), 4990);
        add(5, QStringLiteral("it"), QStringLiteral("Caffè macinato perché sì"), QStringLiteral("8000000000015"), 499);
        add(6, QStringLiteral("ru"), QStringLiteral("Ёлка новогодняя"), QStringLiteral("4600000000012"), 159900);
        add(7, QStringLiteral("ru"), QStringLiteral("Сгущёнка"), QStringLiteral("4600000000029"), 12990);
        add(8, QStringLiteral("en"), QStringLiteral("Milk 2% 1 l"), QStringLiteral("5000000000011"), 399);
        add(9, QStringLiteral("de"), QStringLiteral("Straße Brot"), QStringLiteral("4000000000016"), 299);
    }

    void search_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected");
        QTest::newRow("pl ż ó ł ć") << "zolc" << "Mydło żółciowe Żółć";
        QTest::newRow("pl typed with diacritics") << "żółć" << "Mydło żółciowe Żółć";
        QTest::newRow("pl ł prefix") << "loso" << "Łosoś wędzony";
        QTest::newRow("pl two words") << "losos wedz" << "Łosoś wędzony";
        QTest::newRow("nb ø") << "smorbrod" << "Smørbrød med rømme";
        QTest::newRow("nb æ å") << "blabaer" << "Blåbær";
        QTest::newRow("nb as written") << "Blåbær" << "Blåbær";
        QTest::newRow("it è") << "caffe" << "Caffè macinato perché sì";
        QTest::newRow("it é") << "perche" << "Caffè macinato perché sì";
        QTest::newRow("ru ё typed as е") << "елка" << "Ёлка новогодняя";
        QTest::newRow("ru ё typed as ё") << "ёлка" << "Ёлка новогодняя";
        QTest::newRow("ru mid-word ё") << "сгущенка" << "Сгущёнка";
        QTest::newRow("ru upper case") << "СГУЩ" << "Сгущёнка";
        QTest::newRow("de ß") << "strasse" << "Straße Brot";
        QTest::newRow("by sku") << "sku-8" << "Milk 2% 1 l";
        QTest::newRow("by barcode prefix") << "400638" << "Łosoś wędzony";
    }

    void search()
    {
        QFETCH(QString, query);
        QFETCH(QString, expected);
        const QStringList got = names(query);
        QVERIFY2(got.contains(expected), qPrintable(query + QStringLiteral(" -> ") + got.join(QLatin1String(" | "))));
    }

    void searchIsSelective()
    {
        QCOMPARE(names(QStringLiteral("zolc losos")), QStringList());
        QCOMPARE(names(QStringLiteral("xyzzy")), QStringList());
        QCOMPARE(names(QString()), QStringList());
    }

    // Hostile input must not break out of the FTS5 query syntax.
    void queryIsEscaped_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("quote") << "\"";
        QTest::newRow("operators") << "NOT AND OR";
        QTest::newRow("column filter") << "search_terms:zolc";
        QTest::newRow("star and parens") << "*)(";
        QTest::newRow("near") << "NEAR(a b)";
    }

    void queryIsEscaped()
    {
        QFETCH(QString, query);
        CatalogReader r(*m_db, QStringLiteral("S001"), QStringLiteral("pl"));
        const auto found = r.search(query, 20, kNow); // must not fail the statement
        QVERIFY2(found, qPrintable(found ? QString() : found.error().message));
        const QString expr = CatalogReader::matchExpression(query);
        for (const QString &term : expr.split(QStringLiteral(" AND "), Qt::SkipEmptyParts))
            QVERIFY2(term.startsWith(QLatin1Char('"')) && term.endsWith(QLatin1String("\"*")) && term.count(QLatin1Char('"')) == 2,
                     qPrintable(expr));
    }

    void aBrokenIndexIsAnErrorNotAnEmptyList()
    {
        // A search that fails must say so: "nothing found" would send a cashier looking for a
        // product that is there.
        QTemporaryDir dir;
        auto db = openCache(dir.filePath(QStringLiteral("cache.db")));
        QVERIFY(db);
        {
            CatalogWriter w(*db.value());
            QVERIFY(w.upsertTaxClass(QStringLiteral("A"), 2300, QStringLiteral("23 %")));
            CatalogWriter::Product p;
            p.id = 1;
            p.sku = QStringLiteral("SKU-1");
            p.taxClass = QStringLiteral("A");
            p.names = {{QStringLiteral("pl"), QStringLiteral("Mleko")}};
            QVERIFY(w.upsertProduct(p));
        }
        CatalogReader r(*db.value(), QStringLiteral("S001"), QStringLiteral("pl"));
        QCOMPARE(r.search(QStringLiteral("mleko"), 5, kNow).value().size(), 1);
        QVERIFY(db.value()->exec("UPDATE product_search_data SET block = x'ffffffff' WHERE id > 1"));
        const auto broken = r.search(QStringLiteral("mleko"), 5, kNow);
        QVERIFY(!broken);
        QVERIFY2(broken.error().message.contains(QLatin1String("product_search")), qPrintable(broken.error().message));
    }

    void barcodeLookupWithPriceValidity()
    {
        CatalogWriter w(*m_db);
        // Product 2: promotion ended yesterday, regular price now, rise next week.
        QVERIFY(m_db->exec("DELETE FROM price WHERE product_id = 2"));
        QVERIFY(w.setPrice(QStringLiteral("S001"), 2, kNow - 20 * kDay, kNow - kDay, 1999, QStringLiteral("PLN")));
        QVERIFY(w.setPrice(QStringLiteral("S001"), 2, kNow - kDay, kNow + 7 * kDay, 2599, QStringLiteral("PLN")));
        QVERIFY(w.setPrice(QStringLiteral("S001"), 2, kNow + 7 * kDay, std::nullopt, 2799, QStringLiteral("PLN")));
        QVERIFY(w.setPrice(QStringLiteral("S002"), 2, kNow - kDay, std::nullopt, 1, QStringLiteral("PLN")));
        CatalogReader r(*m_db, QStringLiteral("S001"), QStringLiteral("pl"));
        auto p = r.findByBarcode(QStringLiteral("4006381333931"), kNow);
        QVERIFY(p);
        QCOMPARE(p->name, QStringLiteral("Łosoś wędzony"));
        QCOMPARE(p->price.value(), 2599);
        QCOMPARE(p->currency, QStringLiteral("PLN"));
        QCOMPARE(p->barcode, QStringLiteral("4006381333931"));
        QCOMPARE(r.findByBarcode(QStringLiteral("4006381333931"), kNow + 8 * kDay)->price.value(), 2799);
        QCOMPARE(r.findByBarcode(QStringLiteral("4006381333931"), kNow - 2 * kDay)->price.value(), 1999);
        QVERIFY(!r.findByBarcode(QStringLiteral("4006381333932"), kNow));
        // A store without a price: the product is found, the price is absent, never another store's.
        CatalogReader other(*m_db, QStringLiteral("S003"), QStringLiteral("pl"));
        auto q = other.findByBarcode(QStringLiteral("4006381333931"), kNow);
        QVERIFY(q);
        QVERIFY(!q->price);
    }

    void nameFallsBackWhenLanguageMissing()
    {
        CatalogReader r(*m_db, QStringLiteral("S001"), QStringLiteral("pl"));
        QCOMPARE(r.findById(3, kNow)->name, QStringLiteral("Smørbrød med rømme"));
    }

    void renamingReindexes()
    {
        CatalogWriter w(*m_db);
        CatalogWriter::Product p;
        p.id = 8;
        p.sku = QStringLiteral("SKU-8");
        p.taxClass = QStringLiteral("A");
        p.names = {{QStringLiteral("en"), QStringLiteral("Oat drink 1 l")}};
        p.barcodes = {QStringLiteral("5000000000011"), QStringLiteral("5000000000028")};
        QVERIFY(w.upsertProduct(p));
        QCOMPARE(names(QStringLiteral("milk")), QStringList());
        QCOMPARE(names(QStringLiteral("oat")), QStringList{QStringLiteral("Oat drink 1 l")});
        CatalogReader r(*m_db, QStringLiteral("S001"), QStringLiteral("en"));
        QCOMPARE(r.findByBarcode(QStringLiteral("5000000000028"), kNow)->id, 8);
        QCOMPARE(m_db->queryInt("SELECT count(*) FROM product_name WHERE product_id = 8").value(), 1);
        // FTS5 compares its index with the product table: fails if the old text was left behind.
        QVERIFY(m_db->exec("INSERT INTO product_search(product_search) VALUES('integrity-check')"));
    }

    void stockLevelsThisStoreFirst()
    {
        CatalogWriter w(*m_db);
        QVERIFY(w.setStock(1, QStringLiteral("W01"), 500, 0, 40, 1));
        QVERIFY(w.setStock(1, QStringLiteral("S002"), 3, 0, 0, 1));
        QVERIFY(w.setStock(1, QStringLiteral("S001"), 12, 2, 0, 1));
        CatalogReader r(*m_db, QStringLiteral("S001"), QStringLiteral("pl"));
        const auto levels = r.stockLevels(1);
        QCOMPARE(levels.size(), 3);
        QCOMPARE(levels[0].locationId, QStringLiteral("S001"));
        QCOMPARE(levels[1].locationId, QStringLiteral("S002"));
        QCOMPARE(levels[2].locationKind, QStringLiteral("warehouse"));
        QCOMPARE(levels[2].inTransit, 40);
        QCOMPARE(r.findById(1, kNow)->available.value(), 10); // on hand minus reserved
        QVERIFY(!r.findById(2, kNow)->available);              // not stocked here
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
