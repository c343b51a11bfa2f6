// SPDX-License-Identifier: GPL-3.0-or-later
// Click-and-collect at the central service, in process: pickup locators drawn around the store's
// open orders, the signing key file (created once, never replaced), tokens that verify with the
// public key only, and the migration of orders made before pickup locators.

#include "central/pickupkey.h"
#include "central/service.h"
#include "central/sqliteschema.h"
#include "central/sqlitestore.h"
#include "core/pickup.h"
#include "demo-data/demodata.h"
#include "jsontest.h"
#include "storage/sqlite.h"

#include <nlohmann/json.hpp>

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <thread>

using namespace ok::central;
using nlohmann::json;
using ok::test::js;

namespace {
constexpr qint64 kNow = 1'795'000'000;

std::unique_ptr<SqliteStore> seeded(const QString &path)
{
    auto store = SqliteStore::open(path);
    if (!store)
        return nullptr;
    CentralService svc(*store.value(), [] { return kNow * 1000; });
    ok::demo::DemoParams p;
    p.products = 20;
    p.orders = 0; // no PBKDF2 in the seed: the tests make their own orders
    p.now = kNow;
    if (!svc.seedDemo(p))
        return nullptr;
    return std::move(store).value();
}

CentralService::OrderRequest request(CentralService::Placement placement = CentralService::Placement::AwaitingLoading)
{
    CentralService::OrderRequest r;
    r.storeId = "S001";
    r.lines = {{3, 2}, {4, 1}};
    r.placement = placement;
    r.customerFirstName = "Anna";
    r.contactMasked = "a***@example.com";
    return r;
}

json ordersPage(CentralService &svc, const std::string &store)
{
    auto body = svc.pageJson(Scope{store, "PL"}, Stream::Orders, 0, kMaxPageLimit);
    return body ? json::parse(body.value()) : json();
}

QByteArray keyOf(const QString &db)
{
    auto k = loadPickupKey(db);
    return k ? k.value() : QByteArray();
}

QString fileMode(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return QString::number(st.st_mode & 0777, 8);
}
} // namespace

class TestCentralOrders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void codeVerifiesAndLocatorAvoidsOpenOrders()
    {
        QTemporaryDir dir;
        auto store = seeded(dir.filePath(QStringLiteral("central.db")));
        QVERIFY(store);
        CentralService svc(*store, [] { return kNow * 1000; });

        // Half of all locators taken by open orders of S001, and the other half by closed ones
        // and by another store's: a new order must pick from the free half. Without the check each
        // draw would hit a taken locator half the time, so twenty orders would not all miss.
        QSet<QString> taken;
        {
            auto w = store->write();
            QVERIFY(w);
            int n = 0;
            for (int a = 0; a < ok::pickup::kAlphabetSize; ++a)
                for (int b = 0; b < ok::pickup::kAlphabetSize; ++b, ++n) {
                    const QString locator = QString(QLatin1Char(ok::pickup::kAlphabet[a])) + QLatin1Char(ok::pickup::kAlphabet[b]);
                    Order o;
                    o.storeId = n % 2 ? "S001" : "S002";
                    o.id = o.storeId + "-CC-" + std::to_string(500000 + n);
                    o.number = "CC" + std::to_string(500000 + n);
                    o.pickupSalt = std::string(16, 's');
                    o.pickupVerifier = std::string(32, 'v');
                    o.pickupLocator = locator.toStdString();
                    o.pickupIterations = ok::pickup::kDefaultIterations;
                    o.status = n % 4 == 1 ? "ready" : n % 4 == 3 ? "awaiting_pickup" : "collected";
                    o.expiresAt = kNow + 86400;
                    o.currency = "PLN";
                    o.createdAtMs = kNow * 1000;
                    if (o.storeId == "S001" && (o.status == "ready" || o.status == "awaiting_pickup"))
                        taken.insert(locator);
                    QVERIFY(w.value()->putOrder(o));
                }
            QVERIFY(w.value()->commit());
        }
        QVERIFY(taken.size() > 400);

        for (int i = 0; i < 20; ++i) {
            auto created = svc.createOrder(request());
            QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
            const QString code = QString::fromStdString(created->pickupCode);
            QVERIFY2(ok::pickup::normalize(code) == code, qPrintable(code));
            const QString locator = ok::pickup::locatorOf(code);
            QVERIFY2(!taken.contains(locator), qPrintable(locator));
            taken.insert(locator); // this order is open too now

            // What is stored: the locator, the rounds, a verifier of exactly this code.
            auto o = store->order(created->order.id);
            QVERIFY(o && o.value());
            const Order &stored = *o.value();
            QCOMPARE(QString::fromStdString(stored.pickupLocator), locator);
            QCOMPARE(stored.pickupIterations, ok::pickup::kDefaultIterations);
            QCOMPARE(stored.status, std::string("awaiting_pickup"));
            const QByteArray salt = QByteArray::fromStdString(stored.pickupSalt);
            const QByteArray verifier = QByteArray::fromStdString(stored.pickupVerifier);
            QCOMPARE(salt.size(), 16);
            QVERIFY(ok::pickup::verify(code, salt, stored.pickupIterations, verifier));
            if (i == 0) {
                QString wrong = code;
                wrong[5] = wrong[5] == QLatin1Char('2') ? QLatin1Char('3') : QLatin1Char('2');
                QVERIFY(!ok::pickup::verify(wrong, salt, stored.pickupIterations, verifier));
                // The line amounts are kept for refunds and add up to the total.
                qint64 sum = 0;
                for (const OrderLine &l : stored.lines) {
                    QVERIFY(l.amount > 0);
                    sum += l.amount;
                }
                QCOMPARE(sum, stored.total);
            }
        }
    }

    void placementsAndNotifications()
    {
        QTemporaryDir dir;
        auto store = seeded(dir.filePath(QStringLiteral("central.db")));
        QVERIFY(store);
        CentralService svc(*store, [] { return kNow * 1000; });

        auto locker = request(CentralService::Placement::Locker);
        locker.compartment = "A07";
        locker.parcels = 2;
        locker.idCheck = true;
        auto a = svc.createOrder(locker);
        QVERIFY(a);
        auto counter = svc.createOrder(request(CentralService::Placement::Counter));
        QVERIFY(counter);
        auto waiting = svc.createOrder(request());
        QVERIFY(waiting);
        // A compartment that already holds an open order is refused at creation.
        QVERIFY(!svc.createOrder(locker));
        locker.compartment = "A07\x1b";
        QVERIFY(!svc.createOrder(locker));
        auto tooMany = request();
        tooMany.parcels = kMaxParcels + 1;
        QVERIFY(!svc.createOrder(tooMany));

        const json items = ordersPage(svc, "S001")["items"];
        QCOMPARE(items.size(), size_t(3));
        for (const json &o : items) {
            if (o["id"] == a->order.id) {
                QCOMPARE(js(o["status"]), std::string("ready"));
                QCOMPARE(js(o["compartment"]), std::string("A07"));
                QCOMPARE(o["compartments"].dump(), std::string(R"(["A07"])"));
                QCOMPARE(o["parcels"].get<int>(), 2);
                QCOMPARE(o["id_check"].get<bool>(), true);
            } else if (o["id"] == counter->order.id) {
                QCOMPARE(js(o["status"]), std::string("ready"));
                QVERIFY(o["compartment"].is_null());
                QVERIFY(o["compartments"].empty());
                QCOMPARE(o["id_check"].get<bool>(), false);
            } else {
                QCOMPARE(js(o["status"]), std::string("awaiting_pickup"));
                QCOMPARE(o["parcels"].get<int>(), 1);
            }
            QCOMPARE(o["pickup_iterations"].get<int>(), ok::pickup::kDefaultIterations);
            QCOMPARE(o["pickup_locator"].get<std::string>().size(), size_t(2));
        }

        // Ready orders notify the customer, the waiting one does not yet; no code anywhere.
        auto notes = store->notifications("S001", "", 100);
        QVERIFY(notes);
        QCOMPARE(notes.value().size(), size_t(2));
        for (const NotificationRecord &n : notes.value()) {
            QCOMPARE(n.kind, std::string("order.ready"));
            QCOMPARE(n.contactMasked, std::string("a***@example.com"));
            QVERIFY(n.orderId == a->order.id || n.orderId == counter->order.id);
            for (const auto *created : {&a.value(), &counter.value()}) {
                QVERIFY(n.detail.find(created->pickupCode) == std::string::npos);
                QVERIFY(n.detail.find(ok::pickup::display(QString::fromStdString(created->pickupCode)).toStdString()) == std::string::npos);
            }
        }
        QVERIFY(notes.value().back().detail.find("A07") != std::string::npos
                || notes.value().front().detail.find("A07") != std::string::npos);
    }

    void keyFileIsMadeOnceAndTokensVerify()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("central.db"));
        const QString path = pickupKeyPath(db);
        QCOMPARE(path, dir.filePath(QStringLiteral("pickup-signing.key")));
        QVERIFY(!QFile::exists(path));

        // Two processes' first need at once: one key for both.
        QByteArray k1, k2;
        std::thread t([&] { k1 = keyOf(db); });
        k2 = keyOf(db);
        t.join();
        QCOMPARE(k1.size(), 32);
        QCOMPARE(k1, k2);
        QCOMPARE(fileMode(path), QStringLiteral("600"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        f.close();
        QCOMPARE(text, k1.toHex() + '\n');
        QCOMPARE(keyOf(db), k1);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1); // no temporary file left

        // Tokens: deterministic, verify with the public key alone, and any changed field fails.
        Order o;
        o.id = "S001-CC-100042";
        o.storeId = "S001";
        o.expiresAt = kNow + 3 * 86400;
        const QString token = QString::fromStdString(pickupToken(o, k1));
        QCOMPARE(QString::fromStdString(pickupToken(o, k1)), token);
        const QByteArray pub = ok::pickup::publicKeyOf(k1);
        const auto parsed = ok::pickup::parseToken(token);
        QVERIFY(parsed);
        QCOMPARE(parsed->orderId, QStringLiteral("S001-CC-100042"));
        QCOMPARE(parsed->expiresAt, o.expiresAt);
        QVERIFY(ok::pickup::verifyToken(*parsed, pub));
        auto changed = *parsed;
        changed.storeId = QStringLiteral("S002");
        QVERIFY(!ok::pickup::verifyToken(changed, pub));
        changed = *parsed;
        changed.expiresAt += 1;
        QVERIFY(!ok::pickup::verifyToken(changed, pub));
        changed = *parsed;
        changed.orderId = QStringLiteral("S001-CC-100043");
        QVERIFY(!ok::pickup::verifyToken(changed, pub));
        QVERIFY(!ok::pickup::verifyToken(*parsed, ok::pickup::publicKeyOf(ok::pickup::generatePrivateKey())));

        // A malformed key file is an error naming it, and stays as it is.
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("not a key\n");
        f.close();
        auto bad = loadPickupKey(db);
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.contains(path), qPrintable(bad.error().message));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("not a key\n"));
        f.close();
        // So is a good key that others may read.
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(k1.toHex() + '\n');
        f.close();
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
        QVERIFY(!loadPickupKey(db));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QCOMPARE(keyOf(db), k1);
    }

    void ordersFromBeforeLocatorsAreServedWithoutOne()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("central.db"));
        {
            // A version 2 database with an order of the old kind (SHA-256 verifier).
            auto db = ok::db::Database::open(path, ok::db::Durability::Full);
            QVERIFY(db);
            QVERIFY(ok::db::migrate(*db.value(), centralMigrations(), "central.db", 2));
            QVERIFY(db.value()->exec(R"sql(
                INSERT INTO location(id, kind, name, country, currency, language, version) VALUES('S001', 'store', 'S', 'PL', 'PLN', 'pl', 1);
                INSERT INTO cc_order(id, store_id, number, customer_first_name, contact_masked, pickup_salt, pickup_verifier,
                                     compartment, status, expires_at, total, currency, lines, created_at_ms, version)
                VALUES('S001-CC-100001', 'S001', 'CC100001', 'Anna', 'a***', zeroblob(16), zeroblob(32), 'A03', 'ready',
                       1795000000, 100, 'PLN', '[{"line_no":1,"product_id":1,"name":"x","quantity":1}]', 0, 2);
                UPDATE counter SET value = 2 WHERE name = 'version';)sql"));
        }
        auto store = SqliteStore::open(path);
        QVERIFY(store);
        CentralService svc(*store.value());
        const json items = ordersPage(svc, "S001")["items"];
        QCOMPARE(items.size(), size_t(1));
        QVERIFY(items[0]["pickup_locator"].is_null());
        QVERIFY(!items[0].contains("pickup_iterations"));
        QCOMPARE(items[0]["compartments"].dump(), std::string(R"(["A03"])"));
        QCOMPARE(items[0]["parcels"].get<int>(), 1);
        QCOMPARE(items[0]["id_check"].get<bool>(), false);
    }
};

QTEST_GUILESS_MAIN(TestCentralOrders)
#include "tst_central_orders.moc"
