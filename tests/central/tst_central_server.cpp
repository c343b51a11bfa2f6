// SPDX-License-Identifier: GPL-3.0-or-later
// The reference central service as a real process: TLS with mutual TLS, enrolment, pull paging
// against the summary, the idempotent push, the admin CLI. See docs/sync-protocol.md.

#include "centralclient.h"
#include "centralprocess.h"
#include "saleevent.h"
#include "jsontest.h"

#include "core/pickup.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QTest>
#include <QUuid>

#include <atomic>
#include <set>
#include <thread>

using ok::test::CentralClient;
using ok::test::CentralProcess;
using ok::test::saleEvent;
using nlohmann::json;
using ok::test::jb;
using ok::test::ji;
using ok::test::js;

namespace {

/// FNV-1a 64, written here again on purpose: the test checks the server against the protocol
/// document, not against the server's own helper.
quint64 fnv1a(const std::string &s)
{
    quint64 h = 14695981039346656037ULL;
    for (unsigned char c : s) {
        h ^= c;
        h *= 1099511628211ULL;
    }
    return h;
}

std::string checksumKey(const std::string &stream, const json &item)
{
    if (stream == "reference")
        return item["type"].get<std::string>() == "tax_class" ? "tax_class:" + item["code"].get<std::string>()
                                                              : "location:" + item["id"].get<std::string>();
    if (stream == "catalog")
        return std::to_string(item["id"].get<qint64>());
    if (stream == "prices")
        return std::to_string(item["product_id"].get<qint64>()) + "|" + std::to_string(item["valid_from"].get<qint64>());
    if (stream == "stock")
        return std::to_string(item["product_id"].get<qint64>()) + "|" + item["location_id"].get<std::string>();
    return item["id"].get<std::string>(); // orders, staff
}

std::string uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
}

/// A sale of -delta pieces at 9.99 PLN each by S001-T01, consistent as a till's ledger writes it.

json batch(std::initializer_list<json> events)
{
    json list = json::array();
    for (const json &e : events)
        list.push_back(e);
    return json{{"events", list}};
}

/// on_hand of `productId` at `location` from the live query (0 when the location has no row).
qint64 onHand(CentralClient &c, qint64 productId, const std::string &location, qint64 *version = nullptr)
{
    const auto r = c.get("/v1/stock/" + std::to_string(productId));
    if (r.status != 200)
        return -999999;
    for (const json &l : r.json["levels"])
        if (l["location_id"] == location) {
            if (version)
                *version = l["version"].get<qint64>();
            return l["on_hand"].get<qint64>();
        }
    if (version)
        *version = 0;
    return 0;
}

struct Pulled {
    std::vector<json> items;
    qint64 count = 0;
    quint64 checksum = 0;
    qint64 cursor = 0;
    int pages = 0;
};

} // namespace

class TestCentralServer : public QObject
{
    Q_OBJECT

    std::unique_ptr<CentralProcess> m_central;
    std::unique_ptr<CentralClient> m_t1; ///< S001-T01, enrolled

    std::unique_ptr<CentralClient> enrolled(const QString &store, const QString &terminal)
    {
        auto c = std::make_unique<CentralClient>(*m_central, store + QLatin1Char('-') + terminal);
        const QString code = m_central->enrolmentCode(store, terminal);
        if (code.isEmpty())
            return nullptr;
        const auto r = c->enrol(store.toStdString(), terminal.toStdString(), code.toStdString());
        return r.status == 200 ? std::move(c) : nullptr;
    }

    /// Pull a whole stream from `cursor` in pages of `limit`, checking every page's contract.
    Pulled pull(CentralClient &c, const std::string &stream, qint64 cursor, int limit, QString *problem)
    {
        Pulled p;
        p.cursor = cursor;
        for (;;) {
            const auto r = c.get("/v1/streams/" + stream + "?cursor=" + std::to_string(p.cursor) + "&limit=" + std::to_string(limit));
            if (r.status != 200) {
                *problem = QStringLiteral("status %1: %2").arg(r.status).arg(QString::fromStdString(r.body));
                return p;
            }
            ++p.pages;
            const qint64 sent = p.cursor;
            qint64 last = sent;
            if (r.json["stream"] != stream || !r.json["items"].is_array() || r.json["items"].size() > size_t(limit)) {
                *problem = QStringLiteral("bad page envelope");
                return p;
            }
            for (const json &item : r.json["items"]) {
                const qint64 v = item["version"].get<qint64>();
                if (v <= last) {
                    *problem = QStringLiteral("versions not increasing: %1 after %2").arg(v).arg(last);
                    return p;
                }
                last = v;
                p.checksum += fnv1a(checksumKey(stream, item) + "|" + std::to_string(v));
                ++p.count;
                p.items.push_back(item);
            }
            const qint64 next = std::stoll(r.json["cursor"].get<std::string>());
            if (next != last) {
                *problem = QStringLiteral("page cursor %1, last version %2").arg(next).arg(last);
                return p;
            }
            p.cursor = next;
            if (!r.json["more"].get<bool>())
                return p;
            if (r.json["items"].empty()) {
                *problem = QStringLiteral("an empty page said more");
                return p;
            }
        }
    }

    json summary(CentralClient &c, const std::string &stream)
    {
        return c.get("/v1/streams/" + stream + "/summary").json;
    }

    qint64 streamCursor(CentralClient &c, const std::string &stream)
    {
        return std::stoll(summary(c, stream)["cursor"].get<std::string>());
    }

private Q_SLOTS:
    void initTestCase()
    {
        CentralProcess::Options o;
        o.products = 300;
        o.orders = 3;
        o.terminals = {QStringLiteral("S001-T01"), QStringLiteral("S001-T02"), QStringLiteral("S001-T03"),
                       QStringLiteral("S003-T01")};
        m_central = std::make_unique<CentralProcess>(o);
        QString error;
        QVERIFY2(m_central->start(&error), qPrintable(error));
        QVERIFY(m_central->port() > 0);
        QCOMPARE(m_central->pickups().size(), 15); // 3 orders in each of 5 stores
        QVERIFY(m_central->serverPin().startsWith(QLatin1String("sha256//")));
    }

    void enrolment()
    {
        CentralClient c(*m_central, QStringLiteral("S001-T01"));
        const QString code = m_central->enrolmentCode(QStringLiteral("S001"), QStringLiteral("T01"));
        QVERIFY(QRegularExpression(QStringLiteral("^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$")).match(code).hasMatch());

        auto r = c.enrol("S001", "T01", code.toStdString());
        QCOMPARE(r.status, 200);
        QCOMPARE(js(r.json["terminal"]), std::string("S001-T01"));
        QCOMPARE(js(r.json["store"]["currency"]), std::string("PLN"));
        QCOMPARE(js(r.json["store"]["country"]), std::string("PL"));
        QCOMPARE(r.json["token"].get<std::string>().size(), size_t(64));
        QVERIFY(r.json["server_time_ms"].get<qint64>() > 1'600'000'000'000LL);
        const std::string firstToken = c.token();
        QCOMPARE(c.get("/v1/streams/staff/summary").status, 200);

        // A code works once.
        CentralClient again(*m_central, QStringLiteral("S001-T01"));
        r = again.enrol("S001", "T01", code.toStdString());
        QCOMPARE(r.status, 401);
        QCOMPARE(js(r.json["error"]["code"]), std::string("unauthorized"));
        // A made-up code, and a code made for another terminal.
        QCOMPARE(again.enrol("S001", "T01", "AAAA-BBBB-CCCC").status, 401);
        const QString forT02 = m_central->enrolmentCode(QStringLiteral("S001"), QStringLiteral("T02"));
        QCOMPARE(again.enrol("S001", "T01", forT02.toStdString()).status, 401);
        // Malformed enrolment requests.
        QCOMPARE(again.post("/v1/enrol", std::string("{not json")).status, 400);
        QCOMPARE(again.enrol("", "T01", "x").status, 400);
        // An unknown store cannot get a code at all.
        QCOMPARE(m_central->admin({QStringLiteral("enrol-code"), QStringLiteral("S999"), QStringLiteral("T01")}).exitCode, 1);

        // Re-enrolment with a new code (typed in lower case, without dashes) replaces the token.
        const QString code2 = m_central->enrolmentCode(QStringLiteral("S001"), QStringLiteral("T01"));
        CentralClient fresh(*m_central, QStringLiteral("S001-T01"));
        QCOMPARE(fresh.enrol("S001", "T01", code2.toLower().remove(QLatin1Char('-')).toStdString()).status, 200);
        QVERIFY(fresh.token() != firstToken);
        QCOMPARE(c.get("/v1/streams/staff/summary").status, 401); // the old token is gone
        QCOMPARE(fresh.get("/v1/streams/staff/summary").status, 200);

        m_t1 = enrolled(QStringLiteral("S001"), QStringLiteral("T01"));
        QVERIFY(m_t1);
    }

    void wrongCertificate()
    {
        // The right token with another terminal's certificate (same CA): 403.
        CentralClient t2(*m_central, QStringLiteral("S001-T02"));
        t2.setToken(m_t1->token());
        auto r = t2.get("/v1/streams/reference/summary");
        QCOMPARE(r.status, 403);
        QCOMPARE(js(r.json["error"]["code"]), std::string("forbidden"));
        // The right certificate without a token: 401.
        CentralClient noToken(*m_central, QStringLiteral("S001-T01"));
        QCOMPARE(noToken.get("/v1/streams/reference/summary").status, 401);
        noToken.setToken(std::string(64, 'a'));
        QCOMPARE(noToken.get("/v1/streams/reference/summary").status, 401);
        // No client certificate, or one from an unrelated CA: the handshake fails, no HTTP at all.
        CentralClient anonymous(*m_central, QString());
        anonymous.setToken(m_t1->token());
        QCOMPARE(anonymous.get("/v1/streams/reference/summary").status, 0);
        CentralClient rogue(QStringLiteral("127.0.0.1"), m_central->port(), m_central->caPath(),
                            m_central->otherClientCertPath(), m_central->otherClientKeyPath());
        rogue.setToken(m_t1->token());
        QCOMPARE(rogue.get("/v1/streams/reference/summary").status, 0);
        // And a client that trusts another CA refuses our server.
        CentralClient distrustful(QStringLiteral("127.0.0.1"), m_central->port(), m_central->otherCaPath(),
                                  m_central->certPath(QStringLiteral("S001-T01")), m_central->keyPath(QStringLiteral("S001-T01")));
        distrustful.setToken(m_t1->token());
        QCOMPARE(distrustful.get("/v1/streams/reference/summary").status, 0);
        // The enrolled terminal is still fine.
        QCOMPARE(m_t1->get("/v1/streams/reference/summary").status, 200);
    }

    void pullPagingMatchesSummary_data()
    {
        QTest::addColumn<QString>("stream");
        QTest::addColumn<int>("limit");
        QTest::newRow("reference") << QStringLiteral("reference") << 3;
        QTest::newRow("catalog") << QStringLiteral("catalog") << 97;
        QTest::newRow("prices") << QStringLiteral("prices") << 101;
        QTest::newRow("stock") << QStringLiteral("stock") << 250;
        QTest::newRow("orders") << QStringLiteral("orders") << 2;
        QTest::newRow("staff") << QStringLiteral("staff") << 1;
    }

    void pullPagingMatchesSummary()
    {
        QFETCH(QString, stream);
        QFETCH(int, limit);
        const std::string s = stream.toStdString();
        QString problem;
        const Pulled p = pull(*m_t1, s, 0, limit, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(p.pages > 1);
        const json sum = summary(*m_t1, s);
        QCOMPARE(js(sum["stream"]), std::string(s));
        QCOMPARE(sum["count"].get<qint64>(), p.count);
        char hex[17];
        std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(p.checksum));
        QCOMPARE(sum["checksum"].get<std::string>(), std::string(hex));
        QCOMPARE(std::stoll(sum["cursor"].get<std::string>()), p.cursor);

        // A pull from the end returns an empty page with the same cursor.
        const auto end = m_t1->get("/v1/streams/" + s + "?cursor=" + std::to_string(p.cursor));
        QCOMPARE(end.status, 200);
        QVERIFY(end.json["items"].empty());
        QCOMPARE(js(end.json["cursor"]), std::string(std::to_string(p.cursor)));
        QCOMPARE(jb(end.json["more"]), std::string("false"));

        // The scope of an S001 terminal.
        std::set<std::string> seen;
        for (const json &item : p.items) {
            if (s == "catalog") {
                seen.insert(item["tax_class"].get<std::string>());
                QVERIFY(item["names"].contains("pl") && item["names"].contains("en"));
                QVERIFY(!item["barcodes"].empty());
            } else if (s == "prices") {
                QCOMPARE(js(item["currency"]), std::string("PLN"));
                QVERIFY(item["amount"].get<qint64>() >= 0);
            } else if (s == "staff") {
                QVERIFY(item["store_id"].is_null() || item["store_id"] == "S001");
                QCOMPARE(ji(item["pin_iterations"]), qint64(120000));
            } else if (s == "orders") {
                QVERIFY(QString::fromStdString(item["id"].get<std::string>()).startsWith(QLatin1String("S001-")));
            } else if (s == "reference" && item["type"] == "tax_class") {
                seen.insert(item["code"].get<std::string>());
            }
        }
        if (s == "catalog" || s == "reference")
            QVERIFY(std::includes(std::set<std::string>{"A", "B", "C", "D"}.begin(), std::set<std::string>{"A", "B", "C", "D"}.end(),
                                  seen.begin(), seen.end()) && !seen.empty());
        if (s == "staff")
            QCOMPARE(p.count, 4); // cashier, supervisor, manager of S001 and the area manager
    }

    void pullRequestErrors()
    {
        QCOMPARE(m_t1->get("/v1/streams/nonsense").status, 404);
        QCOMPARE(js(m_t1->get("/v1/streams/nonsense").json["error"]["code"]), std::string("not_found"));
        QCOMPARE(m_t1->get("/v1/streams/catalog?cursor=-1").status, 400);
        QCOMPARE(m_t1->get("/v1/streams/catalog?cursor=abc").status, 400);
        QCOMPARE(m_t1->get("/v1/streams/catalog?limit=0").status, 400);
        // Above the maximum the limit is clamped to 10000; the default is 2000.
        const auto big = m_t1->get("/v1/streams/stock?limit=50000");
        QCOMPARE(big.status, 200);
        QVERIFY(big.json["items"].size() <= 10000);
        const auto dflt = m_t1->get("/v1/streams/stock");
        QCOMPARE(dflt.json["items"].size(), size_t(std::min<qint64>(2000, summary(*m_t1, "stock")["count"].get<qint64>())));
        QCOMPARE(dflt.contentEncoding, "gzip"); // the client accepts gzip; pages travel compressed
    }

    void taxClassesFollowTheStoreCountry()
    {
        auto milano = enrolled(QStringLiteral("S003"), QStringLiteral("T01"));
        QVERIFY(milano);
        const auto mine = m_t1->get("/v1/streams/catalog?limit=60");
        const auto theirs = milano->get("/v1/streams/catalog?limit=60");
        QCOMPARE(theirs.status, 200);
        QCOMPARE(mine.json["items"].size(), theirs.json["items"].size());
        const std::map<std::string, std::string> plToIt = {{"A", "22"}, {"B", "10"}, {"C", "4"}, {"D", "0"}};
        for (size_t i = 0; i < mine.json["items"].size(); ++i) {
            const json &a = mine.json["items"][i];
            const json &b = theirs.json["items"][i];
            QCOMPARE(js(a["id"]), js(b["id"]));
            QCOMPARE(plToIt.at(a["tax_class"].get<std::string>()), b["tax_class"].get<std::string>());
        }
        const auto prices = milano->get("/v1/streams/prices?limit=20");
        for (const json &p : prices.json["items"])
            QCOMPARE(js(p["currency"]), std::string("EUR"));
    }

    void idempotentPush()
    {
        const qint64 before = onHand(*m_t1, 5, "S001");
        const std::string id = uuid();
        const json body = batch({saleEvent(id, 5, "S001", -2)});
        auto r = m_t1->post("/v1/events", body);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json["results"].size(), size_t(1));
        QCOMPARE(js(r.json["results"][0]["id"]), std::string(id));
        QCOMPARE(js(r.json["results"][0]["status"]), std::string("accepted"));
        QCOMPARE(jb(r.json["results"][0]["replayed"]), std::string("false"));
        const qint64 seq = r.json["results"][0]["seq"].get<qint64>();
        QVERIFY(seq > 0);

        // Delivered again (the response was lost): the stored answer, one effect.
        r = m_t1->post("/v1/events", body);
        QCOMPARE(r.status, 200);
        QCOMPARE(js(r.json["results"][0]["status"]), std::string("accepted"));
        QCOMPARE(jb(r.json["results"][0]["replayed"]), std::string("true"));
        QCOMPARE(r.json["results"][0]["seq"].get<qint64>(), seq);
        QCOMPARE(onHand(*m_t1, 5, "S001"), before - 2);

        // The same key with another body: conflict, an alarm, no effect.
        r = m_t1->post("/v1/events", batch({saleEvent(id, 5, "S001", -3)}));
        QCOMPARE(js(r.json["results"][0]["status"]), std::string("conflict"));
        QVERIFY(!r.json["results"][0]["reason"].get<std::string>().empty());
        QCOMPARE(onHand(*m_t1, 5, "S001"), before - 2);
        const auto alarms = m_central->admin({QStringLiteral("alarms")});
        QCOMPARE(alarms.exitCode, 0);
        QVERIFY2(alarms.out.contains(QString::fromStdString(id)) && alarms.out.contains(QLatin1String("idempotency.conflict")),
                 qPrintable(alarms.out));

        // The same event id from another terminal is another key.
        auto t3 = enrolled(QStringLiteral("S001"), QStringLiteral("T03"));
        QVERIFY(t3);
        r = t3->post("/v1/events", batch({[&] {
                         json e = saleEvent(id, 5, "S001", -1);
                         e["payload"]["sale_id"] = "t3-" + id;
                         e["payload"]["terminal_id"] = "T03";
                         return e;
                     }()}));
        QCOMPARE(js(r.json["results"][0]["status"]), std::string("accepted"));
        QCOMPARE(jb(r.json["results"][0]["replayed"]), std::string("false"));
        QCOMPARE(onHand(*m_t1, 5, "S001"), before - 3);

        // The same sale under a second event id would apply its stock twice: refused, alarmed.
        r = m_t1->post("/v1/events", batch({[&] {
                           json e = saleEvent(uuid(), 5, "S001", -2);
                           e["payload"]["sale_id"] = "sale-" + id;
                           return e;
                       }()}));
        QCOMPARE(js(r.json["results"][0]["status"]), std::string("rejected"));
        QCOMPARE(onHand(*m_t1, 5, "S001"), before - 3);
    }

    void concurrentPushersHaveOneEffect()
    {
        constexpr int kEvents = 40;
        const qint64 before = onHand(*m_t1, 7, "S001");
        json events = json::array();
        std::vector<std::string> ids;
        for (int i = 0; i < kEvents; ++i) {
            ids.push_back(uuid());
            events.push_back(saleEvent(ids.back(), 7, "S001", -1));
        }
        const json body{{"events", events}};

        // Two pushers (a retry overlapping the original, twice) deliver the same batch at once.
        std::vector<std::unique_ptr<CentralClient>> clients;
        for (int i = 0; i < 2; ++i) {
            clients.push_back(std::make_unique<CentralClient>(*m_central, QStringLiteral("S001-T01")));
            clients.back()->setToken(m_t1->token());
        }
        std::atomic<int> accepted{0}, replayed{0}, other{0};
        std::vector<std::thread> threads;
        for (auto &c : clients)
            threads.emplace_back([&, client = c.get()] {
                for (int round = 0; round < 3; ++round) {
                    const auto r = client->post("/v1/events", body);
                    if (r.status != 200) {
                        other += kEvents;
                        continue;
                    }
                    for (const json &res : r.json["results"]) {
                        if (res["status"] != "accepted")
                            ++other;
                        else if (res["replayed"].get<bool>())
                            ++replayed;
                        else
                            ++accepted;
                    }
                }
            });
        for (auto &t : threads)
            t.join();
        QCOMPARE(other.load(), 0);
        QCOMPARE(accepted.load(), kEvents);         // each event applied exactly once ...
        QCOMPARE(replayed.load(), 5 * kEvents);     // ... and answered from the record 5 times
        QCOMPARE(onHand(*m_t1, 7, "S001"), before - kEvents);
        const auto log = m_central->admin({QStringLiteral("events"), QStringLiteral("--terminal"), QStringLiteral("S001-T01"),
                                           QStringLiteral("--limit"), QStringLiteral("100000")});
        for (const std::string &id : ids)
            QCOMPARE(log.out.count(QString::fromStdString(id)), 1);
    }

    void negativeStockIsAcceptedWithAnException()
    {
        const qint64 before = onHand(*m_t1, 9, "S001");
        const auto r = m_t1->post("/v1/events", batch({saleEvent(uuid(), 9, "S001", -(before + 5))}));
        QCOMPARE(js(r.json["results"][0]["status"]), std::string("accepted"));
        QCOMPARE(onHand(*m_t1, 9, "S001"), -5);
        const auto ex = m_central->admin({QStringLiteral("exceptions")});
        QVERIFY2(ex.out.contains(QLatin1String("stock.negative")) && ex.out.contains(QLatin1String("9|S001")), qPrintable(ex.out));
    }

    void stockCountIsCompareAndSet()
    {
        const auto received = m_central->admin({QStringLiteral("stock-receive"), QStringLiteral("S001"), QStringLiteral("11"), QStringLiteral("5")});
        QCOMPARE(received.exitCode, 0);
        qint64 version = 0;
        onHand(*m_t1, 11, "S001", &version);
        QVERIFY(version > 0);
        auto counted = [&](qint64 expected, qint64 value, const char *location = "S001") {
            return json{{"id", uuid()}, {"kind", "stock.counted"},
                        {"payload", {{"product_id", 11}, {"location_id", location}, {"counted", value}, {"expected_version", expected}, {"staff_id", "E1003"}}}};
        };
        auto r = m_t1->post("/v1/events", batch({counted(version, 42)}));
        QCOMPARE(js(r.json["results"][0]["status"]), std::string("accepted"));
        qint64 after = 0;
        QCOMPARE(onHand(*m_t1, 11, "S001", &after), 42);
        QVERIFY(after > version);
        // Counted against a version that is gone: rejected, nothing changes.
        r = m_t1->post("/v1/events", batch({counted(version, 7)}));
        QCOMPARE(js(r.json["results"][0]["status"]), std::string("rejected"));
        QCOMPARE(js(r.json["results"][0]["reason"]), std::string("stock changed since it was counted: count again"));
        QCOMPARE(onHand(*m_t1, 11, "S001"), 42);
        // Another location's stock is counted by its own staff, even at the current version.
        qint64 warehouseVersion = 0;
        const qint64 warehouse = onHand(*m_t1, 11, "W01", &warehouseVersion);
        r = m_t1->post("/v1/events", batch({counted(warehouseVersion, warehouse + 3, "W01")}));
        QCOMPARE(js(r.json["results"][0]["status"]), std::string("rejected"));
        QCOMPARE(onHand(*m_t1, 11, "W01"), warehouse);
    }

    void unknownKindIsRejected()
    {
        const json ev{{"id", uuid()}, {"kind", "teleport.requested"}, {"payload", json::object()}};
        auto r = m_t1->post("/v1/events", batch({ev}));
        QCOMPARE(js(r.json["results"][0]["status"]), std::string("rejected"));
        QCOMPARE(js(r.json["results"][0]["reason"]), std::string("unknown event kind"));
        r = m_t1->post("/v1/events", batch({ev})); // the stored answer, as it was
        QCOMPARE(js(r.json["results"][0]["status"]), std::string("rejected"));
        QCOMPARE(jb(r.json["results"][0]["replayed"]), std::string("true"));
    }

    void reservationNeedsAvailableStock()
    {
        QCOMPARE(m_central->admin({QStringLiteral("stock-receive"), QStringLiteral("W01"), QStringLiteral("11"), QStringLiteral("5")}).exitCode, 0);
        qint64 version = 0;
        const qint64 stock = onHand(*m_t1, 11, "W01", &version);
        auto reserve = [&](qint64 qty) {
            return json{{"id", uuid()}, {"kind", "reservation.requested"},
                        {"payload", {{"product_id", 11}, {"location_id", "W01"}, {"quantity", qty}, {"order_ref", "WEB-1"}}}};
        };
        auto r = m_t1->post("/v1/events", batch({reserve(stock + 1), reserve(2)}));
        QCOMPARE(js(r.json["results"][0]["status"]), std::string("rejected"));
        QCOMPARE(js(r.json["results"][1]["status"]), std::string("accepted"));
        const auto levels = m_t1->get("/v1/stock/11").json["levels"];
        for (const json &l : levels)
            if (l["location_id"] == "W01")
                QCOMPARE(l["reserved"].get<qint64>(), 2);
    }

    void malformedPushesChangeNothing()
    {
        const qint64 before = onHand(*m_t1, 5, "S001");
        QCOMPARE(m_t1->post("/v1/events", std::string("{\"events\": [")).status, 400);
        QCOMPARE(m_t1->post("/v1/events", json{{"nope", 1}}).status, 400);
        // One event without an id refuses the whole request, the good event included.
        const auto r = m_t1->post("/v1/events", batch({saleEvent(uuid(), 5, "S001", -1), json{{"kind", "sale.voided"}, {"payload", json::object()}}}));
        QCOMPARE(r.status, 400);
        QCOMPARE(js(r.json["error"]["code"]), std::string("bad_request"));
        json many = json::array();
        for (int i = 0; i < 501; ++i)
            many.push_back(json{{"id", uuid()}, {"kind", "sale.voided"}, {"payload", {{"sale_id", "x"}}}});
        QCOMPARE(m_t1->post("/v1/events", json{{"events", many}}).status, 400);
        QCOMPARE(onHand(*m_t1, 5, "S001"), before);
        // Nesting beyond what any event needs, and bodies that are not JSON, are refused whole.
        const std::string deep = R"({"events":[{"id":"deep","kind":"sale.voided","payload":{"x":)" + std::string(100, '[')
                                 + std::string(100, ']') + "}}]}";
        QCOMPARE(m_t1->post("/v1/events", deep).status, 400);
        const auto form = m_t1->post("/v1/events", std::string(20000, 'a'), {{"Content-Type", "application/x-www-form-urlencoded"}});
        QCOMPARE(form.status, 415);
        QCOMPARE(js(form.json["error"]["code"]), std::string("unsupported_media_type"));
        // A payload without what its kind needs: that event is rejected, not the request.
        const auto bad = m_t1->post("/v1/events", batch({json{{"id", uuid()}, {"kind", "sale.completed"}, {"payload", {{"total", 1}}}}}));
        QCOMPARE(bad.status, 200);
        QCOMPARE(js(bad.json["results"][0]["status"]), std::string("rejected"));
    }

    void oversizedRequestIs413()
    {
        const std::string huge(9 * 1024 * 1024, ' ');
        const auto r = m_t1->post("/v1/events", huge);
        QCOMPARE(r.status, 413);
        QCOMPARE(js(r.json["error"]["code"]), std::string("too_large"));
        QCOMPARE(m_t1->get("/v1/streams/staff/summary").status, 200); // the server is fine
        // A compressed body could inflate past the limit after the check: refused before reading.
        const auto zipped = m_t1->post("/v1/events", std::string("\x1f\x8b"), {{"Content-Encoding", "gzip"}});
        QCOMPARE(zipped.status, 415);
        QCOMPARE(js(zipped.json["error"]["code"]), std::string("unsupported_media_type"));
    }

    void adminChangesWhatStreamsReturn()
    {
        // price-set: a new row with a higher version; the price it replaces is closed.
        const qint64 priceCursor = streamCursor(*m_t1, "prices");
        auto a = m_central->admin({QStringLiteral("price-set"), QStringLiteral("S001"), QStringLiteral("5"), QStringLiteral("12345")});
        QVERIFY2(a.exitCode == 0, qPrintable(a.err));
        QString problem;
        Pulled p = pull(*m_t1, "prices", priceCursor, 100, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        bool found = false;
        for (const json &item : p.items) {
            QVERIFY(item["version"].get<qint64>() > priceCursor);
            QCOMPARE(ji(item["product_id"]), qint64(5));
            if (item["amount"] == 12345) {
                found = true;
                QVERIFY(item["valid_to"].is_null());
            } else {
                QVERIFY(!item["valid_to"].is_null()); // the old price ends where the new one starts
            }
        }
        QVERIFY(found);

        // stock-receive shows in the stock stream.
        const qint64 stockCursor = streamCursor(*m_t1, "stock");
        QCOMPARE(m_central->admin({QStringLiteral("stock-receive"), QStringLiteral("W01"), QStringLiteral("5"), QStringLiteral("10")}).exitCode, 0);
        p = pull(*m_t1, "stock", stockCursor, 100, &problem);
        QCOMPARE(p.count, 1);
        QCOMPARE(ji(p.items[0]["product_id"]), qint64(5));
        QCOMPARE(js(p.items[0]["location_id"]), std::string("W01"));

        // order-create: the order arrives with a verifier of the printed pickup code.
        const qint64 orderCursor = streamCursor(*m_t1, "orders");
        a = m_central->admin({QStringLiteral("order-create"), QStringLiteral("S001"), QStringLiteral("--lines"),
                              QStringLiteral("5:2,6:1"), QStringLiteral("--compartment"), QStringLiteral("A07")});
        QVERIFY2(a.exitCode == 0, qPrintable(a.err));
        const auto m = QRegularExpression(QStringLiteral("^order (\\S+) number (\\S+) pickup-code (\\S+) ")).match(a.out);
        QVERIFY2(m.hasMatch(), qPrintable(a.out));
        const std::string orderId = m.captured(1).toStdString();
        const QByteArray code = m.captured(3).toUtf8();
        p = pull(*m_t1, "orders", orderCursor, 100, &problem);
        QCOMPARE(p.count, 1);
        const json &order = p.items[0];
        QCOMPARE(js(order["id"]), std::string(orderId));
        QCOMPARE(js(order["status"]), std::string("ready"));
        QCOMPARE(js(order["compartment"]), std::string("A07"));
        QCOMPARE(order["lines"].size(), size_t(2));
        QCOMPARE(order["total"].get<qint64>(), 2 * 12345 + [&] {
            // product 6's current price, from the prices stream
            qint64 amount = 0;
            Pulled all = pull(*m_t1, "prices", 0, 10000, &problem);
            const qint64 now = QDateTime::currentSecsSinceEpoch();
            for (const json &pr : all.items)
                if (pr["product_id"] == 6 && pr["valid_from"].get<qint64>() <= now
                    && (pr["valid_to"].is_null() || pr["valid_to"].get<qint64>() > now))
                    amount = pr["amount"].get<qint64>();
            return amount;
        }());
        const QByteArray salt = QByteArray::fromHex(QByteArray::fromStdString(order["pickup_salt"].get<std::string>()));
        const auto normal = ok::pickup::normalize(QString::fromUtf8(code));
        QVERIFY2(normal, code.constData());
        QCOMPARE(js(order["pickup_locator"]), ok::pickup::locatorOf(*normal).toStdString());
        QVERIFY(ok::pickup::verify(*normal, salt, int(ji(order["pickup_iterations"])),
                                   QByteArray::fromHex(QByteArray::fromStdString(order["pickup_verifier"].get<std::string>()))));

        // order-cancel: the stream and the live query say so; a handover afterwards is accepted
        // as a fact and raises an exception.
        QCOMPARE(m_central->admin({QStringLiteral("order-cancel"), QString::fromStdString(orderId)}).exitCode, 0);
        p = pull(*m_t1, "orders", p.cursor, 100, &problem);
        QCOMPARE(p.count, 1);
        QCOMPARE(js(p.items[0]["status"]), std::string("cancelled"));
        QCOMPARE(js(m_t1->get("/v1/orders/" + orderId).json["status"]), std::string("cancelled"));
        const auto r = m_t1->post("/v1/events", batch({json{{"id", uuid()}, {"kind", "order.handed_over"},
                                                            {"payload", {{"order_id", orderId}, {"via", "locker"}, {"staff_id", "E1001"}}}}}));
        QCOMPARE(js(r.json["results"][0]["status"]), std::string("accepted"));
        QVERIFY(m_central->admin({QStringLiteral("exceptions")}).out.contains(QLatin1String("order.handed-over-after-cancellation")));

        // Refusals and usage errors have their own exit codes.
        QCOMPARE(m_central->admin({QStringLiteral("order-cancel"), QString::fromStdString(orderId)}).exitCode, 1);
        QCOMPARE(m_central->admin({QStringLiteral("price-set"), QStringLiteral("S999"), QStringLiteral("5"), QStringLiteral("1")}).exitCode, 1);
        QCOMPARE(m_central->admin({QStringLiteral("price-set"), QStringLiteral("S001"), QStringLiteral("5"), QStringLiteral("-1")}).exitCode, 1);
        QCOMPARE(m_central->admin({QStringLiteral("order-create"), QStringLiteral("S001"), QStringLiteral("--lines"), QStringLiteral("999999:1")}).exitCode, 1);
        QCOMPARE(m_central->admin({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(m_central->admin({QStringLiteral("events"), QStringLiteral("--bogus")}).exitCode, 2);
        const qint64 w01 = onHand(*m_t1, 5, "W01");
        QCOMPARE(m_central->admin({QStringLiteral("stock-receive"), QStringLiteral("W01"), QStringLiteral("5"), QStringLiteral("-3")}).exitCode, 0);
        QCOMPARE(onHand(*m_t1, 5, "W01"), w01 - 3); // a write-off: negative quantities are arguments
        QCOMPARE(m_central->admin({QStringLiteral("price-set"), QStringLiteral("S001")}).exitCode, 2);

        // summary STORE agrees with what the terminal's /summary says.
        const auto s = m_central->admin({QStringLiteral("summary"), QStringLiteral("S001")});
        QCOMPARE(s.exitCode, 0);
        for (const char *stream : {"reference", "catalog", "prices", "stock", "orders", "staff"}) {
            const json sum = summary(*m_t1, stream);
            const QString line = QStringLiteral("%1 %2 %3 %4").arg(QString::fromLatin1(stream)).arg(sum["count"].get<qint64>())
                                     .arg(QString::fromStdString(sum["checksum"].get<std::string>()), QString::fromStdString(sum["cursor"].get<std::string>()));
            QVERIFY2(s.out.simplified().contains(line), qPrintable(line + QStringLiteral(" in\n") + s.out));
        }
    }

    void lockerLoadingAndLiveQueries()
    {
        const auto pickups = m_central->pickups();
        QString own, foreign;
        for (const auto &p : pickups) {
            if (p.storeId == QLatin1String("S001") && own.isEmpty())
                own = p.orderId;
            if (p.storeId == QLatin1String("S002") && foreign.isEmpty())
                foreign = p.orderId;
        }
        const auto r = m_t1->post("/v1/events", batch({json{{"id", uuid()}, {"kind", "locker.loaded"},
                                                            {"payload", {{"order_id", own.toStdString()}, {"compartment", "B02"}, {"staff_id", "E1001"}}}},
                                                       json{{"id", uuid()}, {"kind", "locker.loaded"},
                                                            {"payload", {{"order_id", foreign.toStdString()}, {"compartment", "B03"}, {"staff_id", "E1001"}}}}}));
        QCOMPARE(js(r.json["results"][0]["status"]), std::string("accepted"));
        QCOMPARE(js(r.json["results"][1]["status"]), std::string("rejected")); // another store's order
        const auto o = m_t1->get("/v1/orders/" + own.toStdString());
        QCOMPARE(o.status, 200);
        QCOMPARE(js(o.json["status"]), std::string("ready"));
        QCOMPARE(m_t1->get("/v1/orders/" + foreign.toStdString()).status, 404);
        QCOMPARE(m_t1->get("/v1/stock/99999999").status, 404);
        const auto levels = m_t1->get("/v1/stock/1");
        QCOMPARE(levels.status, 200);
        QVERIFY(!levels.json["levels"].empty());
        QVERIFY(levels.json["levels"][0].contains("kind") && levels.json["levels"][0].contains("name"));
    }

    void heartbeat()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const auto r = m_t1->post("/v1/heartbeat", json{{"terminal_time_ms", now}, {"sync_lag_s", 12}, {"outbox_depth", 0},
                                                        {"oldest_unsent_age_s", 0}, {"dead_letters", 0},
                                                        {"devices", json::array({{{"name", "printer"}, {"online", true}, {"health", "Ready"}}})},
                                                        {"version", "0.1.0"}});
        QCOMPARE(r.status, 200);
        QVERIFY(std::abs(r.json["server_time_ms"].get<qint64>() - now) < 10000);
        const auto t = m_central->admin({QStringLiteral("terminals")});
        QVERIFY2(t.out.contains(QLatin1String("S001-T01")) && t.out.contains(QLatin1String("outbox_depth")), qPrintable(t.out));
    }

    void sigtermStopsCleanlyAndRestartKeepsRecords()
    {
        const std::string id = uuid();
        const json body = batch({saleEvent(id, 12, "S001", -1)});
        QCOMPARE(jb(m_t1->post("/v1/events", body).json["results"][0]["replayed"]), std::string("false"));
        QCOMPARE(m_central->stop(), 0);
        QString error;
        QVERIFY2(m_central->start(&error), qPrintable(error)); // same database, same port
        QVERIFY(m_central->startOutput().contains(QLatin1String("not seeding")));
        CentralClient again(*m_central, QStringLiteral("S001-T01"));
        again.setToken(m_t1->token());
        const auto r = again.post("/v1/events", body);
        QCOMPARE(js(r.json["results"][0]["status"]), std::string("accepted"));
        QCOMPARE(jb(r.json["results"][0]["replayed"]), std::string("true"));
    }

    void cleanupTestCase()
    {
        if (m_central)
            QCOMPARE(m_central->stop(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCentralServer)
#include "tst_central_server.moc"
