// SPDX-License-Identifier: GPL-3.0-or-later
// The central service seeds the same demo data as the kiosk's generator: what a terminal of S001
// pulls equals what omnikiosk-demo-data writes into an S001 cache.db. And the checksum of
// docs/sync-protocol.md, against FNV-1a's published test vectors.

#include "central/crypto.h"
#include "central/service.h"
#include "central/sqlitestore.h"
#include "central/wire.h"
#include "jsontest.h"
#include "demo-data/democache.h"
#include "storage/sqlite.h"
#include "storage/stores.h"

#include <nlohmann/json.hpp>
#include <openssl/evp.h>

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <set>
#include <tuple>

using namespace ok::central;
using nlohmann::json;
using ok::test::jb;
using ok::test::ji;
using ok::test::js;

namespace {
constexpr qint64 kNow = 1'795'000'000;

ok::demo::DemoParams params()
{
    ok::demo::DemoParams p;
    p.products = 400;
    p.orders = 4;
    p.now = kNow;
    return p;
}

json page(CentralService &svc, const Scope &scope, Stream s)
{
    auto body = svc.pageJson(scope, s, 0, kMaxPageLimit);
    if (!body)
        return json();
    return json::parse(body.value());
}

std::string hex(const QByteArray &b)
{
    return b.toHex().toStdString();
}
} // namespace

class TestCentralSeed : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ok::db::Database> m_cache;
    std::unique_ptr<SqliteStore> m_store;
    std::unique_ptr<CentralService> m_service;
    const Scope m_s001{"S001", "PL"};

private Q_SLOTS:
    void initTestCase()
    {
        auto cache = ok::db::openCache(m_dir.filePath(QStringLiteral("cache.db")), ok::db::Durability::Bulk);
        QVERIFY(cache);
        m_cache = std::move(cache).value();
        QVERIFY(ok::demo::generateDemoCatalog(*m_cache, params()));

        auto store = SqliteStore::open(m_dir.filePath(QStringLiteral("central.db")));
        QVERIFY(store);
        m_store = std::move(store).value();
        m_service = std::make_unique<CentralService>(*m_store);
        auto sum = m_service->seedDemo(params());
        if (!sum)
            QFAIL(qPrintable(sum.error().message));
        QCOMPARE(sum->products, 400);
        QCOMPARE(sum->pickups.size(), 20); // 4 per store
        QCOMPARE(sum->staff, 16);
    }

    void catalogEqualsTheKiosks()
    {
        const json items = page(*m_service, m_s001, Stream::Catalog)["items"];
        QCOMPARE(items.size(), size_t(400));
        auto prod = m_cache->prepare("SELECT sku, tax_class, unit FROM product WHERE id = ?1");
        auto names = m_cache->prepare("SELECT lang, name FROM product_name WHERE product_id = ?1");
        auto codes = m_cache->prepare("SELECT code FROM barcode WHERE product_id = ?1");
        for (const json &item : items) {
            const qint64 id = item["id"].get<qint64>();
            prod->reset();
            prod->bind(1, id);
            QVERIFY(prod->step());
            QCOMPARE(item["sku"].get<std::string>(), prod->text(0).toStdString());
            QCOMPARE(item["tax_class"].get<std::string>(), prod->text(1).toStdString());
            QCOMPARE(item["unit"].get<std::string>(), prod->text(2).toStdString());
            names->reset();
            names->bind(1, id);
            int n = 0;
            while (names->step()) {
                QCOMPARE(item["names"][names->text(0).toStdString()].get<std::string>(), names->text(1).toStdString());
                ++n;
            }
            QCOMPARE(size_t(n), item["names"].size());
            codes->reset();
            codes->bind(1, id);
            std::set<std::string> mine, theirs;
            while (codes->step())
                mine.insert(codes->text(0).toStdString());
            for (const json &b : item["barcodes"])
                theirs.insert(b.get<std::string>());
            QCOMPARE(theirs, mine);
        }
    }

    void pricesStockOrdersEqualTheKiosks()
    {
        using PriceRow = std::tuple<qint64, qint64, qint64, qint64, std::string>;
        std::set<PriceRow> central, kiosk;
        const json prices = page(*m_service, m_s001, Stream::Prices);
        for (const json &p : prices["items"])
            central.insert({p["product_id"].get<qint64>(), p["valid_from"].get<qint64>(),
                            p["valid_to"].is_null() ? -1 : p["valid_to"].get<qint64>(), p["amount"].get<qint64>(),
                            p["currency"].get<std::string>()});
        auto pr = m_cache->prepare("SELECT product_id, valid_from, coalesce(valid_to, -1), amount, currency FROM price");
        while (pr->step())
            kiosk.insert({pr->int64(0), pr->int64(1), pr->int64(2), pr->int64(3), pr->text(4).toStdString()});
        QVERIFY(!kiosk.empty());
        // The central seed adds one channel promotion per store when the generator made none
        // valid now (docs/central.md, "Demo data"): its product's rows are the only difference.
        std::set<qint64> promoted;
        for (const json &p : prices["items"])
            if (p.contains("promotion") && ji(p["valid_from"]) <= kNow && (p["valid_to"].is_null() || ji(p["valid_to"]) > kNow)) {
                promoted.insert(ji(p["product_id"]));
                QVERIFY(ji(p["regular_amount"]) > ji(p["amount"]));
            }
        QVERIFY(!promoted.empty());
        auto without = [&](const std::set<PriceRow> &rows) {
            std::set<PriceRow> out;
            for (const PriceRow &r : rows)
                if (!promoted.count(std::get<0>(r)))
                    out.insert(r);
            return out;
        };
        QVERIFY(without(central) == without(kiosk));
        QVERIFY(central.size() >= kiosk.size());

        using StockRow = std::tuple<qint64, std::string, qint64, qint64, qint64>;
        std::set<StockRow> cs, ks;
        const json stock = page(*m_service, m_s001, Stream::Stock);
        for (const json &s : stock["items"])
            cs.insert({s["product_id"].get<qint64>(), s["location_id"].get<std::string>(), s["on_hand"].get<qint64>(),
                       s["reserved"].get<qint64>(), s["in_transit"].get<qint64>()});
        auto st = m_cache->prepare("SELECT product_id, location_id, on_hand, reserved, in_transit FROM stock");
        while (st->step())
            ks.insert({st->int64(0), st->text(1).toStdString(), st->int64(2), st->int64(3), st->int64(4)});
        QVERIFY(!ks.empty());
        QVERIFY(cs == ks);

        const json orders = page(*m_service, m_s001, Stream::Orders)["items"];
        QCOMPARE(orders.size(), size_t(4));
        auto o = m_cache->prepare("SELECT number, pickup_salt, pickup_verifier, coalesce(compartment, ''), total, currency, "
                                  "status, expires_at, pickup_locator, pickup_iterations, parcels, id_check, compartments FROM cc_order WHERE id = ?1");
        auto lines = m_cache->prepare("SELECT line_no, product_id, name, quantity FROM cc_order_line WHERE order_id = ?1 ORDER BY line_no");
        for (const json &order : orders) {
            const QString id = QString::fromStdString(order["id"].get<std::string>());
            o->reset();
            o->bind(1, id);
            QVERIFY(o->step());
            QCOMPARE(order["number"].get<std::string>(), o->text(0).toStdString());
            QCOMPARE(order["pickup_salt"].get<std::string>(), hex(o->blob(1)));
            QCOMPARE(order["pickup_verifier"].get<std::string>(), hex(o->blob(2)));
            QCOMPARE(order["compartment"].is_null() ? std::string() : order["compartment"].get<std::string>(), o->text(3).toStdString());
            QCOMPARE(order["total"].get<qint64>(), o->int64(4));
            QVERIFY(order["total"].get<qint64>() > 0);
            QCOMPARE(order["currency"].get<std::string>(), o->text(5).toStdString());
            QCOMPARE(order["status"].get<std::string>(), o->text(6).toStdString());
            QCOMPARE(order["expires_at"].get<qint64>(), o->int64(7));
            // The click-and-collect fields the kiosk's cache v6 keeps (compartments comma-separated there).
            QCOMPARE(order["pickup_locator"].get<std::string>(), o->text(8).toStdString());
            QCOMPARE(order["pickup_iterations"].get<qint64>(), o->int64(9));
            QCOMPARE(order["parcels"].get<qint64>(), o->int64(10));
            QCOMPARE(order["id_check"].get<bool>(), o->int64(11) != 0);
            std::string compartments;
            for (const json &c : order["compartments"])
                compartments += (compartments.empty() ? "" : ",") + c.get<std::string>();
            QCOMPARE(compartments, o->text(12).toStdString());
            lines->reset();
            lines->bind(1, id);
            size_t n = 0;
            while (lines->step()) {
                const json &l = order["lines"][n++];
                QCOMPARE(l["line_no"].get<qint64>(), lines->int64(0));
                QCOMPARE(l["product_id"].get<qint64>(), lines->int64(1));
                QCOMPARE(l["name"].get<std::string>(), lines->text(2).toStdString());
                QCOMPARE(l["quantity"].get<qint64>(), lines->int64(3));
            }
            QCOMPARE(n, order["lines"].size());
        }
    }

    void referenceEqualsTheKiosks()
    {
        std::set<std::tuple<std::string, qint64, std::string>> taxC, taxK;
        std::set<std::tuple<std::string, std::string, std::string>> locC, locK;
        const json reference = page(*m_service, m_s001, Stream::Reference);
        for (const json &i : reference["items"]) {
            if (i["type"] == "tax_class")
                taxC.insert({i["code"].get<std::string>(), i["rate_bp"].get<qint64>(), i["label"].get<std::string>()});
            else
                locC.insert({i["id"].get<std::string>(), i["kind"].get<std::string>(), i["name"].get<std::string>()});
        }
        auto t = m_cache->prepare("SELECT code, rate_bp, label FROM tax_class");
        while (t->step())
            taxK.insert({t->text(0).toStdString(), t->int64(1), t->text(2).toStdString()});
        auto l = m_cache->prepare("SELECT id, kind, name FROM location");
        while (l->step())
            locK.insert({l->text(0).toStdString(), l->text(1).toStdString(), l->text(2).toStdString()});
        QVERIFY(taxC == taxK);
        QVERIFY(locC == locK);
        QCOMPARE(locC.size(), size_t(7)); // five stores, the warehouse, the online reserve
    }

    void staffPinsAreVerifiersOfTheDemoPins()
    {
        const json staff = page(*m_service, m_s001, Stream::Staff)["items"];
        QCOMPARE(staff.size(), size_t(4));
        const std::map<std::string, std::pair<std::string, std::string>> expected = {
            {"E1001", {"cashier", "1111"}}, {"E1002", {"supervisor", "2222"}}, {"E1003", {"manager", "3333"}}, {"E9001", {"manager", "4444"}}};
        for (const json &s : staff) {
            const auto &[role, pin] = expected.at(s["id"].get<std::string>());
            QCOMPARE(s["role"].get<std::string>(), role);
            QCOMPARE(s["store_id"].is_null(), js(s["id"]) == "E9001");
            // The area manager reads the staff screens in English everywhere; the others the store's.
            QCOMPARE(js(s["language"]), js(s["id"]) == "E9001" ? std::string("en") : std::string());
            const QByteArray salt = QByteArray::fromHex(QByteArray::fromStdString(s["pin_salt"].get<std::string>()));
            QCOMPARE(salt.size(), 16);
            unsigned char out[32];
            QCOMPARE(PKCS5_PBKDF2_HMAC(pin.data(), int(pin.size()), reinterpret_cast<const unsigned char *>(salt.constData()),
                                       int(salt.size()), s["pin_iterations"].get<int>(), EVP_sha256(), 32, out),
                     1);
            QCOMPARE(QByteArray(reinterpret_cast<const char *>(out), 32).toHex().toStdString(), s["pin_verifier"].get<std::string>());
        }
    }

    void seedingIsDeterministic()
    {
        QTemporaryDir dir;
        auto again = SqliteStore::open(dir.filePath(QStringLiteral("again.db")));
        QVERIFY(again);
        CentralService svc(*again.value());
        QVERIFY(svc.seedDemo(params()));
        for (Stream s : kAllStreams)
            QCOMPARE(svc.pageJson(m_s001, s, 0, kMaxPageLimit).value(), m_service->pageJson(m_s001, s, 0, kMaxPageLimit).value());

        auto other = SqliteStore::open(dir.filePath(QStringLiteral("other.db")));
        QVERIFY(other);
        CentralService svc2(*other.value());
        ok::demo::DemoParams p = params();
        p.seed += 1;
        QVERIFY(svc2.seedDemo(p));
        QVERIFY(svc2.pageJson(m_s001, Stream::Catalog, 0, 100).value() != m_service->pageJson(m_s001, Stream::Catalog, 0, 100).value());
    }

    void seedingNeedsAnEmptyDatabase()
    {
        auto r = m_service->seedDemo(params());
        QVERIFY(!r);
        QCOMPARE(r.error().code, QString::fromLatin1(errc::kInvalid));
    }

    void checksumFollowsTheDocument()
    {
        // FNV-1a 64 test vectors (Fowler/Noll/Vo): "" and "a".
        QCOMPARE(fnv1a64(""), 0xcbf29ce484222325ULL);
        QCOMPARE(fnv1a64("a"), 0xaf63dc4c8601ec8cULL);
        QCOMPARE(fnv1a64("foobar"), 0x85944171f73967e8ULL);
        // The summary is the wrapping sum over "<key>|<version>" of every row in scope.
        struct Sum : RowVisitor {
            quint64 sum = 0;
            qint64 n = 0;
            void product(const ProductView &r) override
            {
                sum += fnv1a64(std::to_string(r.id) + "|" + std::to_string(r.version));
                ++n;
            }
        } mine;
        QVERIFY(m_store->scan(m_s001, Stream::Catalog, 0, -1, mine, CentralStore::ScanFields::All));
        auto s = m_service->summary(m_s001, Stream::Catalog);
        QVERIFY(s);
        QCOMPARE(s->count, mine.n);
        QCOMPARE(s->checksum, mine.sum);
        QCOMPARE(wire::checksumHex(0x9f2c61e0a5b3d471ULL), std::string("9f2c61e0a5b3d471"));
        QCOMPARE(wire::checksumHex(1), std::string("0000000000000001"));
    }

    void pagesStopAtTheLimitAndSayMore()
    {
        auto first = json::parse(m_service->pageJson(m_s001, Stream::Catalog, 0, 10).value());
        QCOMPARE(first["items"].size(), size_t(10));
        QCOMPARE(jb(first["more"]), std::string("true"));
        QCOMPARE(first["cursor"].get<std::string>(), std::to_string(first["items"][9]["version"].get<qint64>()));
        const qint64 last = m_service->summary(m_s001, Stream::Catalog)->cursor;
        auto tail = json::parse(m_service->pageJson(m_s001, Stream::Catalog, last - 1, 10).value());
        QCOMPARE(tail["items"].size(), size_t(1));
        QCOMPARE(jb(tail["more"]), std::string("false"));
    }

    /// The admin sets a staff member's screen language: the staff stream carries it with a new
    /// version (terminals pull it); a language no terminal speaks and an unknown person are refused.
    void aStaffMembersLanguageIsSetCentrally()
    {
        const auto versionOf = [this](const std::string &id) -> std::pair<qint64, std::string> {
            const json staff = page(*m_service, m_s001, Stream::Staff);
            for (const json &s : staff["items"])
                if (js(s["id"]) == id)
                    return {s["version"].get<qint64>(), js(s["language"])};
            return {-1, {}};
        };
        const auto before = versionOf("E1002");
        QVERIFY(m_service->setStaffLanguage("E1002", "nb"));
        const auto after = versionOf("E1002");
        QCOMPARE(after.second, std::string("nb"));
        QVERIFY(after.first > before.first);
        QVERIFY(!m_service->setStaffLanguage("E1002", "de"));
        QVERIFY(!m_service->setStaffLanguage("E7777", "pl"));
        QCOMPARE(versionOf("E1002").second, std::string("nb"));
        QVERIFY(m_service->setStaffLanguage("E1002", ""));
        QCOMPARE(versionOf("E1002").second, std::string());
    }

    // Last: it writes. The issue 13 attributes travel in the streams when a row has them, and
    // are absent when it has none (the demo generator fills them in its own time).
    void variantFieldsTravelWhenSet()
    {
        qint64 cursor = 0;
        for (Stream st : {Stream::Reference, Stream::Catalog, Stream::Prices}) {
            auto sum = m_service->summary(m_s001, st);
            QVERIFY(sum);
            cursor = std::max(cursor, sum->cursor);
        }
        {
            auto w = m_store->write();
            QVERIFY(w);
            Product p;
            p.id = 999'001;
            p.sku = "SKU-0999001";
            p.unit = "piece";
            p.namesJson = R"({"en":"Trail shoe"})";
            p.barcodesJson = "[]";
            p.brand = "Nordwalk";
            p.model = "NW-RUN-0042";
            p.size = "42";
            p.colourJson = R"({"en":"black","pl":"czarny"})";
            p.popularity = 1234;
            QVERIFY(w.value()->putProduct(p));
            Location l{"S009", "store", "Gdańsk Długa", "PL", "PLN", "pl", "Gdańsk"};
            QVERIFY(w.value()->putLocation(l));
            Price pr;
            pr.storeId = "S001";
            pr.productId = p.id;
            pr.validFrom = kNow;
            pr.amount = 7999;
            pr.currency = "PLN";
            pr.promotion = "Black Week −20 %";
            pr.regularAmount = 9999;
            QVERIFY(w.value()->putPrice(pr));
            QVERIFY(w.value()->commit());
        }
        auto page = [&](Stream st) { return json::parse(m_service->pageJson(m_s001, st, cursor, 100).value())["items"]; };
        const json product = page(Stream::Catalog)[0];
        QCOMPARE(js(product["brand"]), std::string("Nordwalk"));
        QCOMPARE(js(product["model"]), std::string("NW-RUN-0042"));
        QCOMPARE(js(product["size"]), std::string("42"));
        QCOMPARE(js(product["colour"]["pl"]), std::string("czarny"));
        QCOMPARE(ji(product["popularity"]), 1234);
        const json location = page(Stream::Reference)[0];
        QCOMPARE(js(location["city"]), std::string("Gdańsk"));
        const json price = page(Stream::Prices)[0];
        QCOMPARE(js(price["promotion"]), std::string("Black Week −20 %"));
        QCOMPARE(ji(price["regular_amount"]), 9999);
    }
};

QTEST_GUILESS_MAIN(TestCentralSeed)
#include "tst_central_seed.moc"
