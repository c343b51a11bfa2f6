// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/textfold.h"
#include "storage/catalog.h"
#include "storage/sqlite.h"
#include "storage/stores.h"

#include <algorithm>

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


    /// A cache of its own for a test that needs exactly its products.
    std::unique_ptr<Database> freshCache()
    {
        auto db = openCache(m_dir.filePath(QStringLiteral("fresh-%1.db").arg(++m_fresh)));
        if (!db)
            return {};
        CatalogWriter w(*db.value());
        if (!w.upsertTaxClass(QStringLiteral("A"), 2300, QStringLiteral("standard")))
            return {};
        return std::move(db).value();
    }

    static CatalogWriter::Product item(qint64 id, const QString &plName, qint64 popularity)
    {
        CatalogWriter::Product p;
        p.id = id;
        p.sku = QStringLiteral("SKU-%1").arg(id);
        p.taxClass = QStringLiteral("A");
        p.names = {{QStringLiteral("pl"), plName}};
        p.barcodes = {QStringLiteral("20000%1").arg(id, 8, 10, QLatin1Char('0'))};
        p.popularity = popularity;
        return p;
    }

    static QList<qint64> ids(Database &db, const QString &query, int limit = 20)
    {
        CatalogReader r(db, QStringLiteral("S001"), QStringLiteral("pl"));
        QList<qint64> out;
        const auto found = r.search(query, limit, kNow);
        if (!found)
            return {-1};
        for (const auto &p : found.value())
            out << p.id;
        return out;
    }

    int m_fresh = 0;

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
    // ---------------------------------------------------------------- ranked search (issue 13)

    void rankedExactCodeThenStartsWithThenContains()
    {
        auto db = freshCache();
        QVERIFY(db);
        CatalogWriter w(*db);
        QVERIFY(w.upsertProduct(item(10, QStringLiteral("Buty do biegania Nordwalk czarny 42"), 50)));
        QVERIFY(w.upsertProduct(item(11, QStringLiteral("Buty trailowe Vento biały 42"), 500)));
        QVERIFY(w.upsertProduct(item(12, QStringLiteral("Sznurówki Buty Pro"), 10000)));
        QVERIFY(w.upsertProduct(item(13, QStringLiteral("Buty zimowe"), 500)));
        auto code = item(14, QStringLiteral("Pasta do obuwia"), 0);
        code.sku = QStringLiteral("BUTY");
        QVERIFY(w.upsertProduct(code));
        auto brand = item(15, QStringLiteral("Koszulka"), 20000);
        brand.brand = QStringLiteral("Butyfix");
        QVERIFY(w.upsertProduct(brand));
        // 14: the SKU equals the text; 11, 13, 10: names start with it (11 and 13 tie on
        // popularity: by name); 15, 12: a word starts with it (brand, then a later word).
        QCOMPARE(ids(*db, QStringLiteral("buty")), (QList<qint64>{14, 11, 13, 10, 15, 12}));
        // One letter less: no exact code any more, the SKU is only a word that starts with it.
        QCOMPARE(ids(*db, QStringLiteral("but")), (QList<qint64>{11, 13, 10, 15, 12, 14}));
        // An exact barcode comes first too, and the limit keeps the best.
        QCOMPARE(ids(*db, QStringLiteral("2000000000012")), QList<qint64>{12});
        QCOMPARE(ids(*db, QStringLiteral("buty"), 3), (QList<qint64>{14, 11, 13}));
        // The typed text as a whole must start the name: "buty z" is tier 2 only for 13.
        QCOMPARE(ids(*db, QStringLiteral("buty z")), QList<qint64>{13});
    }

    void rankedTiesByPopularityThenNameThenIdAndStableWhileTyping()
    {
        auto db = freshCache();
        QVERIFY(db);
        CatalogWriter w(*db);
        QVERIFY(w.upsertProduct(item(20, QStringLiteral("Kurtka Nordwalk"), 50)));
        QVERIFY(w.upsertProduct(item(21, QStringLiteral("Buty Nordwalk"), 50)));
        QVERIFY(w.upsertProduct(item(22, QStringLiteral("Nordwalk skarpety"), 5)));
        QVERIFY(w.upsertProduct(item(23, QStringLiteral("Buty Nordwalk"), 50))); // same name and popularity as 21
        QVERIFY(w.upsertProduct(item(24, QStringLiteral("Czapka Nordwalk"), 900)));
        const QList<qint64> expected{22, 24, 21, 23, 20};
        // Adding a letter that keeps the same matches keeps the same order, every time.
        for (const QString &typed : {QStringLiteral("nordw"), QStringLiteral("nordwa"), QStringLiteral("NORDWAL"),
                                     QStringLiteral("nordwalk"), QStringLiteral("nordw")})
            QCOMPARE(ids(*db, typed), expected);
    }

    void rankedFoldsDiacriticsAndCase()
    {
        auto db = freshCache();
        QVERIFY(db);
        CatalogWriter w(*db);
        QVERIFY(w.upsertProduct(item(30, QStringLiteral("Mydło żółte"), 1000)));
        QVERIFY(w.upsertProduct(item(31, QStringLiteral("Żółty ser"), 1)));
        QVERIFY(w.upsertProduct(item(32, QStringLiteral("Łosoś wędzony"), 1)));
        QVERIFY(w.upsertProduct(item(33, QStringLiteral("Smørbrød"), 1)));
        // The name that starts with it beats the more popular one that only contains it.
        QCOMPARE(ids(*db, QStringLiteral("zol")), (QList<qint64>{31, 30}));
        QCOMPARE(ids(*db, QStringLiteral("ŻÓŁ")), (QList<qint64>{31, 30}));
        QCOMPARE(ids(*db, QStringLiteral("losos w")), QList<qint64>{32});
        QCOMPARE(ids(*db, QStringLiteral("smorb")), QList<qint64>{33});
    }

    void brandSizeAndColourAreSearchable()
    {
        auto db = freshCache();
        QVERIFY(db);
        CatalogWriter w(*db);
        auto shirt = item(40, QStringLiteral("Koszulka"), 7);
        shirt.brand = QStringLiteral("Kolibri");
        shirt.size = QStringLiteral("XXL");
        shirt.colour = {{QStringLiteral("pl"), QStringLiteral("czerwony")}, {QStringLiteral("en"), QStringLiteral("red")},
                        {QStringLiteral("nb"), QStringLiteral("rød")}};
        QVERIFY(w.upsertProduct(shirt));
        QVERIFY(w.upsertProduct(item(41, QStringLiteral("Koszulka"), 7)));
        for (const QString &typed : {QStringLiteral("kolib"), QStringLiteral("xxl"), QStringLiteral("czerw"),
                                     QStringLiteral("red"), QStringLiteral("rod"), QStringLiteral("koszulka xxl czerwony")})
            QCOMPARE(ids(*db, typed), QList<qint64>{40});
        CatalogReader r(*db, QStringLiteral("S001"), QStringLiteral("pl"));
        const auto p = r.findById(40, kNow);
        QVERIFY(p);
        QCOMPARE(p->brand, QStringLiteral("Kolibri"));
        QCOMPARE(p->size, QStringLiteral("XXL"));
        QCOMPARE(p->colour, QStringLiteral("czerwony"));
        QCOMPARE(p->popularity, 7);
        // Italian is missing: the colour falls back to English, as names do.
        QCOMPARE(CatalogReader(*db, QStringLiteral("S001"), QStringLiteral("it")).findById(40, kNow)->colour, QStringLiteral("red"));
    }

    void rankedIsExactWhenTooManyMatchToSort_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("names start with it (walk by popularity)") << "mlek";
        QTest::newRow("a later word starts with it (walk by popularity)") << "mlekiem";
        QTest::newRow("one letter") << "m";
        QTest::newRow("a few: read and sorted") << "kawa z mlekiem 22";
    }

    void rankedIsExactWhenTooManyMatchToSort()
    {
        // More matches than the search sorts in memory: the walk in popularity order must give
        // exactly what sorting every match gives, ties by name included.
        QFETCH(QString, query);
        auto db = freshCache();
        QVERIFY(db);
        struct Row {
            qint64 id;
            qint64 popularity;
            QString name;
            int tier;
        };
        QList<Row> rows;
        {
            Transaction tx(*db);
            CatalogWriter w(*db);
            for (qint64 n = 1; n <= 2600; ++n) {
                const QString name = n <= 2200 ? QStringLiteral("Mleko %1").arg(n) : QStringLiteral("Kawa z mlekiem %1").arg(n);
                const qint64 popularity = (n * 7919) % 300; // many ties
                QVERIFY(w.upsertProduct(item(n, name, popularity), CatalogWriter::SearchIndex::Later));
                rows.append({n, popularity, name, 0});
            }
            for (qint64 n = 2601; n <= 4300; ++n) {
                const QString name = QStringLiteral("Kawa z mlekiem %1").arg(n);
                QVERIFY(w.upsertProduct(item(n, name, n % 97), CatalogWriter::SearchIndex::Later));
                rows.append({n, n % 97, name, 0});
            }
            QVERIFY(w.rebuildSearchIndex());
            QVERIFY(tx.commit());
        }
        const QString folded = foldForSearch(query);
        const QStringList words = folded.split(QLatin1Char(' '));
        QList<Row> expected;
        for (Row r : std::as_const(rows)) {
            const QString name = foldForSearch(r.name);
            const QStringList nameWords = name.split(QLatin1Char(' '));
            const bool all = std::all_of(words.cbegin(), words.cend(), [&](const QString &w) {
                return std::any_of(nameWords.cbegin(), nameWords.cend(), [&](const QString &nw) { return nw.startsWith(w); });
            });
            r.tier = name.startsWith(folded) ? 2 : all ? 3 : 0;
            if (r.tier)
                expected.append(r);
        }
        std::sort(expected.begin(), expected.end(), [](const Row &a, const Row &b) {
            if (a.tier != b.tier)
                return a.tier < b.tier;
            if (a.popularity != b.popularity)
                return a.popularity > b.popularity;
            if (const int c = QString::compare(foldForSearch(a.name), foldForSearch(b.name)))
                return c < 0;
            return a.id < b.id;
        });
        QList<qint64> want;
        for (qsizetype i = 0; i < expected.size() && i < 20; ++i)
            want.append(expected[i].id);
        QVERIFY(!want.isEmpty());
        QCOMPARE(ids(*db, query), want);
    }

    void variantsInNaturalSizeOrderThenColour()
    {
        QCOMPARE(CatalogReader::compareSizes(QStringLiteral("9"), QStringLiteral("10")) < 0, true);
        QCOMPARE(CatalogReader::compareSizes(QStringLiteral("42"), QStringLiteral("42,5")) < 0, true);
        QCOMPARE(CatalogReader::compareSizes(QStringLiteral("XL"), QStringLiteral("M")) > 0, true);
        QCOMPARE(CatalogReader::compareSizes(QStringLiteral("s"), QStringLiteral("XXL")) < 0, true);
        QCOMPARE(CatalogReader::compareSizes(QStringLiteral("46"), QStringLiteral("S")) < 0, true);
        QCOMPARE(CatalogReader::compareSizes(QStringLiteral("M"), QStringLiteral("one size")) < 0, true);

        auto db = freshCache();
        QVERIFY(db);
        CatalogWriter w(*db);
        QVERIFY(w.upsertLocation(QStringLiteral("S001"), QStringLiteral("store"), QStringLiteral("Warszawa"), QStringLiteral("Warszawa")));
        const struct {
            qint64 id;
            const char *size;
            const char *colourPl;
        } shirts[] = {{50, "XL", "zielony"}, {51, "S", "zielony"}, {52, "XXL", "czarny"}, {53, "M", "żółty"},
                      {54, "S", "czarny"},   {55, "L", "zielony"}, {56, "M", "czarny"}};
        for (const auto &v : shirts) {
            auto p = item(v.id, QStringLiteral("Koszulka %1").arg(QLatin1String(v.size)), 1);
            p.model = QStringLiteral("TEE-1");
            p.size = QString::fromLatin1(v.size);
            p.colour = {{QStringLiteral("pl"), QString::fromUtf8(v.colourPl)}};
            QVERIFY(w.upsertProduct(p));
            QVERIFY(w.setPrice(QStringLiteral("S001"), v.id, kNow - kDay, std::nullopt, 2999, QStringLiteral("PLN")));
        }
        QVERIFY(w.setStock(53, QStringLiteral("S001"), 4, 1, 0, 1));
        auto other = item(57, QStringLiteral("Koszulka inna"), 1);
        other.model = QStringLiteral("TEE-2");
        other.size = QStringLiteral("S");
        QVERIFY(w.upsertProduct(other));
        auto gone = item(58, QStringLiteral("Koszulka wycofana"), 1);
        gone.model = QStringLiteral("TEE-1");
        gone.size = QStringLiteral("S");
        gone.active = false;
        QVERIFY(w.upsertProduct(gone));

        CatalogReader r(*db, QStringLiteral("S001"), QStringLiteral("pl"));
        QList<qint64> order;
        const auto variants = r.variants(QStringLiteral("TEE-1"), kNow);
        for (const auto &v : variants)
            order << v.id;
        // S (czarny, zielony), M (czarny, żółty), L, XL, XXL; inactive and other models left out.
        QCOMPARE(order, (QList<qint64>{54, 51, 56, 53, 55, 50, 52}));
        QCOMPARE(variants.at(3).colour, QStringLiteral("żółty"));
        QCOMPARE(variants.at(3).available.value(), 3);
        QCOMPARE(variants.at(0).price.value(), 2999);
        QVERIFY(r.variants(QString(), kNow).isEmpty());
    }

    void promotionAndValidityAreRead()
    {
        auto db = freshCache();
        QVERIFY(db);
        CatalogWriter w(*db);
        QVERIFY(w.upsertProduct(item(60, QStringLiteral("Buty do biegania"), 1)));
        QVERIFY(w.setPrice(QStringLiteral("S001"), 60, kNow - 60 * kDay, kNow - 2 * kDay, 19999, QStringLiteral("PLN")));
        QVERIFY(w.setPrice(QStringLiteral("S001"), 60, kNow - 2 * kDay, kNow + 5 * kDay, 15999, QStringLiteral("PLN"),
                           QStringLiteral("Tydzień sportu −20 %"), 19999));
        QVERIFY(w.setPrice(QStringLiteral("S001"), 60, kNow + 5 * kDay, std::nullopt, 19999, QStringLiteral("PLN")));
        CatalogReader r(*db, QStringLiteral("S001"), QStringLiteral("pl"));
        const auto now = r.findById(60, kNow);
        QVERIFY(now);
        QCOMPARE(now->price.value(), 15999);
        QCOMPARE(now->promotion, QStringLiteral("Tydzień sportu −20 %"));
        QCOMPARE(now->regularPrice.value(), 19999);
        QCOMPARE(now->priceValidTo.value(), kNow + 5 * kDay);
        const auto later = r.findById(60, kNow + 6 * kDay);
        QCOMPARE(later->price.value(), 19999);
        QVERIFY(later->promotion.isEmpty());
        QVERIFY(!later->regularPrice);
        QVERIFY(!later->priceValidTo); // open-ended
        const auto before = r.findById(60, kNow - 3 * kDay);
        QCOMPARE(before->priceValidTo.value(), kNow - 2 * kDay);
    }

    void stockLevelsCarryCityAndVersion()
    {
        auto db = freshCache();
        QVERIFY(db);
        CatalogWriter w(*db);
        QVERIFY(w.upsertLocation(QStringLiteral("S001"), QStringLiteral("store"), QStringLiteral("Warszawa Marszałkowska"), QStringLiteral("Warszawa")));
        QVERIFY(w.upsertLocation(QStringLiteral("S005"), QStringLiteral("store"), QStringLiteral("Москва Тверская"), QStringLiteral("Москва")));
        QVERIFY(w.upsertLocation(QStringLiteral("WEB"), QStringLiteral("online"), QStringLiteral("Online shop reserve")));
        QVERIFY(w.upsertProduct(item(70, QStringLiteral("Buty"), 1)));
        QVERIFY(w.setStock(70, QStringLiteral("S005"), 3, 0, 0, 41));
        QVERIFY(w.setStock(70, QStringLiteral("S001"), 5, 1, 2, 42));
        QVERIFY(w.setStock(70, QStringLiteral("WEB"), 9, 0, 0, 43));
        const auto levels = CatalogReader(*db, QStringLiteral("S001"), QStringLiteral("pl")).stockLevels(70);
        QCOMPARE(levels.size(), 3);
        QCOMPARE(levels[0].city, QStringLiteral("Warszawa"));
        QCOMPARE(levels[0].version, 42);
        QCOMPARE(levels[1].city, QStringLiteral("Москва"));
        QCOMPARE(levels[1].version, 41);
        QCOMPARE(levels[2].city, QString());
        QCOMPARE(levels[2].version, 43);
    }

    void anInactiveProductIsNotFound()
    {
        auto db = freshCache();
        QVERIFY(db);
        CatalogWriter w(*db);
        auto p = item(80, QStringLiteral("Buty wycofane"), 1000);
        p.active = false;
        QVERIFY(w.upsertProduct(p));
        QVERIFY(w.upsertProduct(item(81, QStringLiteral("Buty nowe"), 1)));
        QCOMPARE(ids(*db, QStringLiteral("buty")), QList<qint64>{81});
        QCOMPARE(ids(*db, QStringLiteral("SKU-80")), QList<qint64>());
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
