// SPDX-License-Identifier: GPL-3.0-or-later
// One truth across channels (issue 13) at the real central process over mutual TLS: customer
// lookups and their masking, web orders, loyalty (redeem, tender, earn once, return, cancel),
// holds with their expiry, transfers up to the click-and-collect order they become, web orders
// collected here and returned in a store, and the refusals of each. See docs/sync-protocol.md.

#include "centralclient.h"
#include "centralprocess.h"
#include "jsontest.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTest>
#include <QThread>
#include <QUuid>

using ok::test::CentralClient;
using ok::test::CentralProcess;
using nlohmann::json;
using ok::test::ji;
using ok::test::js;

namespace {

std::string uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
}

qint64 nowSec()
{
    return QDateTime::currentSecsSinceEpoch();
}

/// A sale (total ≥ 0) or a return (total < 0, of `original`) by S001-T01 of one piece of product 1
/// for |total| PLN, consistent as a till's ledger writes it (the central service checks that).
json saleBody(const std::string &saleId, qint64 total, const json &tenders, const std::string &loyaltyId = {},
              const std::string &original = {})
{
    const bool back = total < 0;
    json p{{"sale_id", saleId}, {"kind", back ? "return" : "sale"}, {"store_id", "S001"}, {"terminal_id", "T01"}, {"currency", "PLN"},
           {"subtotal", total}, {"discount_total", 0}, {"tax_total", 0}, {"total", total}, {"cash_rounding", 0},
           {"prices_include_tax", true},
           {"lines", json::array({json{{"product_id", 1}, {"sku", "SKU"}, {"quantity", back ? -1 : 1}, {"unit", "piece"},
                                       {"unit_price", back ? -total : total}, {"discount", 0}, {"amount", total}, {"tax_code", "D"},
                                       {"tax_bp", 0}, {"return_of_line", back ? 1 : 0}}})},
           {"tenders", tenders}, {"original_sale_id", original}};
    if (!loyaltyId.empty())
        p["loyalty_id"] = loyaltyId;
    return p;
}

} // namespace

class TestCentralChannels : public QObject
{
    Q_OBJECT

    std::unique_ptr<CentralProcess> m_central;
    std::unique_ptr<CentralClient> m_t1; ///< S001-T01
    std::unique_ptr<CentralClient> m_t2; ///< S002-T01

    std::unique_ptr<CentralClient> enrolled(const QString &store, const QString &terminal)
    {
        auto c = std::make_unique<CentralClient>(*m_central, store + QLatin1Char('-') + terminal);
        const QString code = m_central->enrolmentCode(store, terminal);
        if (code.isEmpty() || c->enrol(store.toStdString(), terminal.toStdString(), code.toStdString()).status != 200)
            return nullptr;
        return c;
    }

    /// New connections with the same tokens: cpp-httplib's client fails the first request on a
    /// keep-alive connection the server closed while the test slept.
    void reconnect()
    {
        for (auto *c : {&m_t1, &m_t2}) {
            const std::string token = (*c)->token();
            *c = std::make_unique<CentralClient>(*m_central, c == &m_t1 ? QStringLiteral("S001-T01") : QStringLiteral("S002-T01"));
            (*c)->setToken(token);
        }
    }

    json push(CentralClient &c, const std::string &kind, const json &payload, const std::string &id = uuid())
    {
        const json batch{{"events", json::array({json{{"id", id}, {"kind", kind}, {"created_at_ms", 1795000000000LL}, {"payload", payload}}})}};
        return c.post("/v1/events", batch).json["results"][0];
    }

    std::string status(CentralClient &c, const std::string &kind, const json &payload)
    {
        const json r = push(c, kind, payload);
        if (r["status"] != "accepted")
            qInfo("%s: %s %s", kind.c_str(), js(r["status"]).c_str(), js(r["reason"]).c_str());
        return js(r["status"]);
    }

    json level(CentralClient &c, qint64 productId, const std::string &location)
    {
        const auto r = c.get("/v1/stock/" + std::to_string(productId)); // kept: the loop reads into it
        for (const json &l : r.json["levels"])
            if (l["location_id"] == location)
                return l;
        return json{{"on_hand", 0}, {"reserved", 0}, {"in_transit", 0}};
    }

    qint64 points(const std::string &loyaltyId)
    {
        return ji(m_t1->get("/v1/customers?loyalty_id=" + loyaltyId).json["customers"][0]["points"]);
    }

    json webOrder(const std::string &number) { return m_t1->get("/v1/web-orders/" + number).json; }

    /// The first order of the customer with this status.
    json orderWithStatus(const std::string &customerId, const std::string &wanted)
    {
        const auto r = m_t1->get("/v1/customers/" + customerId + "/orders");
        for (const json &o : r.json["orders"])
            if (o["status"] == wanted)
                return o;
        return json();
    }

    json ccOrderRow(CentralClient &c, const std::string &id)
    {
        json found;
        const auto r = c.get("/v1/streams/orders?cursor=0&limit=10000");
        for (const json &o : r.json["items"])
            if (o["id"] == id)
                found = o;
        return found;
    }

    std::string anna() const { return m_central->customers().value(0).loyaltyId.toStdString(); }
    std::string piotr() const { return m_central->customers().value(1).loyaltyId.toStdString(); }

private Q_SLOTS:
    void initTestCase()
    {
        CentralProcess::Options o;
        o.products = 200;
        o.orders = 1;
        o.terminals = {QStringLiteral("S001-T01"), QStringLiteral("S002-T01")};
        o.extraArgs = {QStringLiteral("--hold-sweep-seconds"), QStringLiteral("1")};
        m_central = std::make_unique<CentralProcess>(o);
        QString error;
        QVERIFY2(m_central->start(&error), qPrintable(error));
        m_t1 = enrolled(QStringLiteral("S001"), QStringLiteral("T01"));
        m_t2 = enrolled(QStringLiteral("S002"), QStringLiteral("T01"));
        QVERIFY(m_t1 && m_t2);
        // The seed report: six customers with valid loyalty ids, e-mail and phone to type.
        const auto customers = m_central->customers();
        QCOMPARE(customers.size(), 6);
        for (const auto &c : customers) {
            QVERIFY2(QRegularExpression(QStringLiteral("^298\\d{10}$")).match(c.loyaltyId).hasMatch(), qPrintable(c.loyaltyId));
            QVERIFY(c.email.contains(QLatin1Char('@')) && c.phone.startsWith(QLatin1Char('+')));
            QVERIFY(c.points >= 500 && c.points <= 5000);
        }
        QCOMPARE(customers[0].promotions, QStringLiteral("P-VIP10"));
    }

    void customerLookupByEachKeyIsMasked()
    {
        const auto c = m_central->customers()[0]; // Anna Nowak, S001
        const std::string phoneDigits = c.phone.mid(1).toStdString();
        const std::vector<std::string> queries = {"loyalty_id=" + c.loyaltyId.toStdString(), "phone=%2B" + phoneDigits,
                                                  "phone=" + phoneDigits, "email=" + c.email.toUpper().toStdString()};
        for (const std::string &query : queries) {
            const auto r = m_t2->get("/v1/customers?" + query); // any enrolled terminal of the retailer
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json["customers"].size(), size_t(1));
            const json &found = r.json["customers"][0];
            QCOMPARE(js(found["id"]), c.id.toStdString());
            QCOMPARE(js(found["name"]), std::string("Anna Nowak"));
            QCOMPARE(js(found["email_masked"]), std::string("a***@example.com"));
            QCOMPARE(js(found["phone_masked"]), std::string("+48 *** *** 321"));
            QCOMPARE(js(found["currency"]), std::string("PLN"));
            QCOMPARE(js(found["promotions"][0]["id"]), std::string("P-VIP10"));
            QCOMPARE(ji(found["promotions"][0]["percent_bp"]), 1000);
            // The full contacts never leave the central service.
            QVERIFY(r.body.find(c.email.toStdString()) == std::string::npos);
            QVERIFY(r.body.find(phoneDigits) == std::string::npos);
        }
        const auto none = m_t1->get("/v1/customers?email=nobody@example.com");
        QCOMPARE(none.status, 200);
        QVERIFY(none.json["customers"].is_array() && none.json["customers"].empty());
        // Exact match only: a part of an address finds nobody.
        QVERIFY(m_t1->get("/v1/customers?email=anna@example.com").json["customers"].empty());
    }

    void malformedLookupsAre400()
    {
        const std::string id = anna();
        std::string badCheck = id;
        badCheck.back() = char('0' + (badCheck.back() - '0' + 1) % 10);
        const std::vector<std::string> queries = {std::string(), "loyalty_id=" + badCheck, "loyalty_id=5901234123457", "loyalty_id=298",
                                                  "phone=abc", "phone=12", "email=nope", "name=Anna", "loyalty_id=" + id + "&email=a@b.cd",
                                                  "email=a@b.cd&email=c@d.ef"};
        for (const std::string &query : queries) {
            const auto r = m_t1->get("/v1/customers?" + query);
            QVERIFY2(r.status == 400, query.c_str());
            QCOMPARE(js(r.json["error"]["code"]), std::string("bad_request"));
        }
        CentralClient stranger(*m_central, QStringLiteral("S001-T01")); // the certificate, but no token
        QCOMPARE(stranger.get("/v1/customers?loyalty_id=" + id).status, 401);
    }

    void webOrdersOfACustomer()
    {
        const std::string customer = m_central->customers()[0].id.toStdString();
        const auto r = m_t1->get("/v1/customers/" + customer + "/orders");
        QCOMPARE(r.status, 200);
        const json &orders = r.json["orders"];
        QVERIFY(orders.size() >= 2);
        for (size_t i = 1; i < orders.size(); ++i) // newest first
            QVERIFY(ji(orders[i - 1]["created_at_ms"]) >= ji(orders[i]["created_at_ms"]));
        const json delivered = orderWithStatus(customer, "delivered");
        QVERIFY(!delivered.is_null());
        QCOMPARE(js(delivered["delivery"]), std::string("home"));
        QCOMPARE(js(delivered["store_id"]), std::string());
        QVERIFY(!orderWithStatus(customer, "paid").is_null());
        const json one = webOrder(js(delivered["number"]));
        QCOMPARE(one.dump(), delivered.dump());
        qint64 sum = 0;
        for (const json &l : one["lines"]) {
            sum += ji(l["amount"]);
            QCOMPARE(ji(l["returned"]), 0);
        }
        QCOMPARE(ji(one["total"]), sum);
        QCOMPARE(js(one["payments"][0]["method"]), std::string("card-online"));
        QCOMPARE(ji(one["payments"][0]["amount"]), sum);
        QVERIFY(one["history"].size() >= 1);
        QCOMPARE(m_t1->get("/v1/web-orders/W999999").status, 404);
        QCOMPARE(m_t1->get("/v1/customers/C99999/orders").status, 404);
    }

    void redeemIsIdempotentAndChecked()
    {
        const auto c = m_central->customers()[1]; // Piotr, 3400 points
        const json body{{"redemption_id", uuid()}, {"customer_id", c.id.toStdString()}, {"points", 500}, {"sale_id", "S001-T01-42"},
                        {"store_id", "S001"}};
        auto r = m_t1->post("/v1/loyalty/redeem", body);
        QCOMPARE(r.status, 200);
        QCOMPARE(ji(r.json["points"]), 500);
        QCOMPARE(ji(r.json["amount"]), 500);
        QCOMPARE(js(r.json["currency"]), std::string("PLN"));
        QCOMPARE(ji(r.json["balance"]), c.points - 500);
        // The same request again: the same answer, debited once.
        const auto again = m_t1->post("/v1/loyalty/redeem", body);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json.dump(), r.json.dump());
        QCOMPARE(points(piotr()), c.points - 500);
        // The id with another body: 409, nothing debited.
        json other = body;
        other["points"] = 600;
        r = m_t1->post("/v1/loyalty/redeem", other);
        QCOMPARE(r.status, 409);
        QCOMPARE(js(r.json["error"]["code"]), std::string("conflict"));
        // More than the balance: 409 with the reason.
        other["redemption_id"] = uuid();
        other["points"] = 1'000'000;
        r = m_t1->post("/v1/loyalty/redeem", other);
        QCOMPARE(r.status, 409);
        QCOMPARE(js(r.json["error"]["code"]), std::string("insufficient_points"));
        QCOMPARE(points(piotr()), c.points - 500);
        // Another store's redemption, a malformed body, an unknown customer.
        other["points"] = 10;
        other["store_id"] = "S002";
        QCOMPARE(m_t1->post("/v1/loyalty/redeem", other).status, 403);
        other["store_id"] = "S001";
        other["points"] = "10";
        QCOMPARE(m_t1->post("/v1/loyalty/redeem", other).status, 400);
        other["points"] = 10;
        other["customer_id"] = "C99999";
        QCOMPARE(m_t1->post("/v1/loyalty/redeem", other).status, 404);
    }

    void loyaltyTenderMustMatchARedemption()
    {
        const auto c = m_central->customers()[1];
        auto redeem = [&](qint64 pts, const std::string &sale) {
            const std::string id = uuid();
            const auto r = m_t1->post("/v1/loyalty/redeem", json{{"redemption_id", id}, {"customer_id", c.id.toStdString()},
                                                                  {"points", pts}, {"sale_id", sale}, {"store_id", "S001"}});
            return r.status == 200 ? id : std::string();
        };
        auto sale = [&](const std::string &saleId, qint64 total, const json &tenders, const std::string &loyaltyId) {
            return saleBody(saleId, total, tenders, loyaltyId);
        };
        const std::string r1 = redeem(300, "T-LOY-1");
        QVERIFY(!r1.empty());
        const qint64 before = points(piotr());
        const json paid = json::array({json{{"kind", "loyalty"}, {"amount", 300}, {"reference", r1}}, json{{"kind", "cash"}, {"amount", 10000}}});
        QCOMPARE(status(*m_t1, "sale.completed", sale("T-LOY-1", 10300, paid, piotr())), std::string("accepted"));
        QCOMPARE(points(piotr()), before + 100); // earned on the 10000 paid with money, not on the points
        // A redemption pays one sale.
        QCOMPARE(status(*m_t1, "sale.completed", sale("T-LOY-2", 10300, paid, piotr())), std::string("rejected"));
        // Forged: an unknown redemption, another amount, another customer's redemption, no customer.
        const json forged = json::array({json{{"kind", "loyalty"}, {"amount", 300}, {"reference", uuid()}}});
        QCOMPARE(status(*m_t1, "sale.completed", sale("T-LOY-3", 300, forged, piotr())), std::string("rejected"));
        const std::string r2 = redeem(200, "T-LOY-4");
        const json wrongAmount = json::array({json{{"kind", "loyalty"}, {"amount", 250}, {"reference", r2}}});
        QCOMPARE(status(*m_t1, "sale.completed", sale("T-LOY-4", 250, wrongAmount, piotr())), std::string("rejected"));
        const json right = json::array({json{{"kind", "loyalty"}, {"amount", 200}, {"reference", r2}}});
        QCOMPARE(status(*m_t1, "sale.completed", sale("T-LOY-5", 200, right, anna())), std::string("rejected"));
        QCOMPARE(status(*m_t1, "sale.completed", sale("T-LOY-6", 200, right, std::string())), std::string("rejected"));
        QCOMPARE(status(*m_t1, "sale.completed", sale("T-LOY-4", 200, right, piotr())), std::string("accepted"));
    }

    void earnedExactlyOnceAndTakenBackByAReturn()
    {
        const std::string id = anna();
        const qint64 before = points(id);
        const json batch{{"events", json::array({json{{"id", uuid()}, {"kind", "sale.completed"},
                                                      {"payload", saleBody("T-EARN-1", 4599,
                                                                           json::array({json{{"kind", "card"}, {"amount", 4599}}}), id)}}})}};
        const auto first = m_t1->post("/v1/events", batch);
        QCOMPARE(js(first.json["results"][0]["status"]), std::string("accepted"));
        QCOMPARE(points(id), before + 45);
        // The same batch again (an outbox that never saw the answer): replayed, earned once.
        const auto second = m_t1->post("/v1/events", batch);
        QCOMPARE(js(second.json["results"][0]["status"]), std::string("accepted"));
        QCOMPARE(ok::test::jb(second.json["results"][0]["replayed"]), std::string("true"));
        QCOMPARE(points(id), before + 45);
        const auto ledger = m_central->admin({QStringLiteral("points"), m_central->customers()[0].id});
        QCOMPARE(ledger.exitCode, 0);
        QCOMPARE(ledger.out.count(QStringLiteral(" earn ")), 1);
        // Half of it returned: half of the points taken back (rounded down on the running total).
        QCOMPARE(status(*m_t1, "return.completed",
                        saleBody("T-EARN-1-R1", -2300, json::array({json{{"kind", "card"}, {"amount", -2300}}}), {}, "T-EARN-1")),
                 std::string("accepted"));
        QCOMPARE(points(id), before + 45 - 22);
        QCOMPARE(status(*m_t1, "return.completed",
                        saleBody("T-EARN-1-R2", -2299, json::array({json{{"kind", "card"}, {"amount", -2299}}}), {}, "T-EARN-1")),
                 std::string("accepted"));
        QCOMPARE(points(id), before); // everything returned: exactly what was earned
    }

    void aCancelledRedemptionGivesPointsBackOnce()
    {
        const auto c = m_central->customers()[0];
        const std::string rid = uuid();
        const auto r = m_t1->post("/v1/loyalty/redeem", json{{"redemption_id", rid}, {"customer_id", c.id.toStdString()}, {"points", 100},
                                                              {"sale_id", "T-CANCEL"}, {"store_id", "S001"}});
        QCOMPARE(r.status, 200);
        const qint64 after = points(anna());
        const json cancel{{"redemption_id", rid}, {"customer_id", c.id.toStdString()}};
        QCOMPARE(status(*m_t2, "loyalty.redemption_cancelled", cancel), std::string("rejected")); // not S002's
        QCOMPARE(status(*m_t1, "loyalty.redemption_cancelled", cancel), std::string("accepted"));
        QCOMPARE(points(anna()), after + 100);
        QCOMPARE(status(*m_t1, "loyalty.redemption_cancelled", cancel), std::string("accepted")); // another event: nothing
        QCOMPARE(points(anna()), after + 100);
        QCOMPARE(status(*m_t1, "loyalty.redemption_cancelled", json{{"redemption_id", uuid()}, {"customer_id", "C00001"}}),
                 std::string("accepted")); // the redeem never arrived
        // The cancelled redemption cannot pay a sale any more.
        const json tender = json::array({json{{"kind", "loyalty"}, {"amount", 100}, {"reference", rid}}});
        QCOMPARE(status(*m_t1, "sale.completed",
                        saleBody("T-CANCEL", 100, tender, anna())),
                 std::string("rejected"));
    }

    void aHoldLowersWhatTheWebSellsAndExpiresByItself()
    {
        constexpr qint64 kProduct = 21;
        QCOMPARE(m_central->admin({QStringLiteral("stock-receive"), QStringLiteral("S001"), QString::number(kProduct), QStringLiteral("10")}).exitCode, 0);
        const auto before = m_t1->get("/v1/stock/" + std::to_string(kProduct)).json;
        QVERIFY(ji(before["server_time_ms"]) > 0);
        QVERIFY(before["levels"][0].contains("city"));
        const qint64 sellable = ji(before["web_sellable"]);
        QVERIFY(sellable >= 10);
        const qint64 reserved = ji(level(*m_t1, kProduct, "S001")["reserved"]);
        const std::string holdId = uuid();
        const json hold{{"hold_id", holdId}, {"product_id", kProduct}, {"location_id", "S001"}, {"quantity", 2},
                        {"expires_at", nowSec() + 3}, {"customer_name", "Anna"}, {"staff_id", "E1001"}};
        QCOMPARE(status(*m_t1, "reservation.requested", hold), std::string("accepted"));
        QCOMPARE(ji(m_t1->get("/v1/stock/" + std::to_string(kProduct)).json["web_sellable"]), sellable - 2); // at once
        QCOMPARE(ji(level(*m_t1, kProduct, "S001")["reserved"]), reserved + 2);
        const auto holds = m_t1->get("/v1/holds?store_id=S001");
        QCOMPARE(holds.status, 200);
        QCOMPARE(js(holds.json["holds"][0]["hold_id"]), holdId);
        QCOMPARE(js(holds.json["holds"][0]["state"]), std::string("active"));
        QCOMPARE(js(holds.json["holds"][0]["customer_name"]), std::string("Anna"));

        // Nobody reads: the server's sweep releases it. The admin's stock command reads the
        // database without releasing anything, so this sees the sweep's work.
        QThread::sleep(5);
        reconnect(); // the server closed the idle keep-alive connections meanwhile
        const auto stock = m_central->admin({QStringLiteral("stock"), QString::number(kProduct)});
        const auto row = QRegularExpression(QStringLiteral("^S001 +store +\\S+ +(-?\\d+) +(\\d+) "), QRegularExpression::MultilineOption).match(stock.out);
        QVERIFY2(row.hasMatch(), qPrintable(stock.out));
        QCOMPARE(row.captured(2).toLongLong(), reserved);
        QVERIFY2(stock.out.contains(QStringLiteral("web-sellable %1").arg(sellable)), qPrintable(stock.out));
        const auto listed = m_t1->get("/v1/holds?store_id=S001");
        QVERIFY2(listed.status == 200, (listed.body + listed.error).c_str());
        QCOMPARE(js(listed.json["holds"][0]["state"]), std::string("expired"));
        // Released by hand after it expired: accepted, nothing changes.
        QCOMPARE(status(*m_t1, "reservation.released", json{{"hold_id", holdId}, {"reason", "cancelled"}}), std::string("accepted"));
        QCOMPARE(ji(level(*m_t1, kProduct, "S001")["reserved"]), reserved);
    }

    void holdsAreCheckedAndReleased()
    {
        constexpr qint64 kProduct = 22;
        QCOMPARE(m_central->admin({QStringLiteral("stock-receive"), QStringLiteral("S001"), QString::number(kProduct), QStringLiteral("5")}).exitCode, 0);
        const qint64 reserved = ji(level(*m_t1, kProduct, "S001")["reserved"]);
        auto hold = [&](const std::string &id, const char *location, qint64 quantity, qint64 expiresAt) {
            return json{{"hold_id", id}, {"product_id", kProduct}, {"location_id", location}, {"quantity", quantity}, {"expires_at", expiresAt}};
        };
        // Only at the terminal's own store, 1..1000 pieces, up to 14 days ahead, in the future.
        QCOMPARE(status(*m_t1, "reservation.requested", hold(uuid(), "W01", 1, nowSec() + 3600)), std::string("rejected"));
        QCOMPARE(status(*m_t2, "reservation.requested", hold(uuid(), "S001", 1, nowSec() + 3600)), std::string("rejected"));
        QCOMPARE(status(*m_t1, "reservation.requested", hold(uuid(), "S001", 1001, nowSec() + 3600)), std::string("rejected"));
        QCOMPARE(status(*m_t1, "reservation.requested", hold(uuid(), "S001", 1, nowSec() + 15 * 86400)), std::string("rejected"));
        QCOMPARE(status(*m_t1, "reservation.requested", hold(uuid(), "S001", 1, nowSec() - 10)), std::string("rejected"));
        QCOMPARE(ji(level(*m_t1, kProduct, "S001")["reserved"]), reserved);
        const std::string id = uuid();
        QCOMPARE(status(*m_t1, "reservation.requested", hold(id, "S001", 1, nowSec() + 3600)), std::string("accepted"));
        QCOMPARE(ji(level(*m_t1, kProduct, "S001")["reserved"]), reserved + 1);
        QCOMPARE(status(*m_t1, "reservation.requested", hold(id, "S001", 1, nowSec() + 3600)), std::string("rejected")); // its id, again
        const json release{{"hold_id", id}, {"reason", "sold"}};
        QCOMPARE(status(*m_t2, "reservation.released", release), std::string("rejected")); // another store's hold
        QCOMPARE(status(*m_t1, "reservation.released", release), std::string("accepted"));
        QCOMPARE(ji(level(*m_t1, kProduct, "S001")["reserved"]), reserved);
        QCOMPARE(status(*m_t1, "reservation.released", release), std::string("accepted")); // released already: nothing
        QCOMPARE(ji(level(*m_t1, kProduct, "S001")["reserved"]), reserved);
        QCOMPARE(status(*m_t1, "reservation.released", json{{"hold_id", uuid()}, {"reason", "sold"}}), std::string("rejected"));
        QCOMPARE(m_t1->get("/v1/holds?store_id=S002").status, 403);
        QCOMPARE(m_t1->get("/v1/holds").status, 400);
    }

    void aShipToStoreTransferBecomesAClickAndCollectOrder()
    {
        constexpr qint64 kProduct = 23;
        QCOMPARE(m_central->admin({QStringLiteral("stock-receive"), QStringLiteral("W01"), QString::number(kProduct), QStringLiteral("5")}).exitCode, 0);
        const json w01 = level(*m_t1, kProduct, "W01");
        const json s001 = level(*m_t1, kProduct, "S001");
        const std::string id = uuid();
        json request{{"request_id", id}, {"product_id", kProduct}, {"quantity", 2}, {"from_location", "W01"}, {"to", "store"},
                     {"store_id", "S001"}, {"customer", {{"name", "Anna Nowak"}, {"phone", "+48601234321"}}}, {"staff_id", "E1001"}};
        QCOMPARE(status(*m_t1, "transfer.requested", request), std::string("accepted"));
        QCOMPARE(ji(level(*m_t1, kProduct, "W01")["reserved"]), ji(w01["reserved"]) + 2);
        auto list = m_t1->get("/v1/transfers?store_id=S001").json["transfers"];
        QCOMPARE(js(list[0]["request_id"]), id);
        QCOMPARE(js(list[0]["state"]), std::string("requested"));
        QCOMPARE(js(list[0]["to"]), std::string("store"));

        const auto shipped = m_central->admin({QStringLiteral("transfer-ship"), QString::fromStdString(id)});
        QVERIFY2(shipped.exitCode == 0 && shipped.out.contains(QLatin1String(" state shipped ")), qPrintable(shipped.out + shipped.err));
        QCOMPARE(ji(level(*m_t1, kProduct, "W01")["on_hand"]), ji(w01["on_hand"]) - 2);
        QCOMPARE(ji(level(*m_t1, kProduct, "W01")["reserved"]), ji(w01["reserved"]));
        QCOMPARE(ji(level(*m_t1, kProduct, "S001")["in_transit"]), ji(s001["in_transit"]) + 2);

        const auto arrived = m_central->admin({QStringLiteral("transfer-arrive"), QString::fromStdString(id)});
        QCOMPARE(arrived.exitCode, 0);
        const auto m = QRegularExpression(QStringLiteral("^transfer \\S+ store S001 state arrived .* order (S001-CC-\\d+) .*\\n"
                                                         "order (\\S+) number \\S+ pickup-code [2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4} .*status awaiting_pickup.*\\n"
                                                         "token OKP1:\\S+\\n$"))
                           .match(arrived.out);
        QVERIFY2(m.hasMatch(), qPrintable(arrived.out));
        QCOMPARE(m.captured(1), m.captured(2));
        const std::string orderId = m.captured(1).toStdString();
        const json order = ccOrderRow(*m_t1, orderId); // in the orders stream of S001
        QCOMPARE(js(order["status"]), std::string("awaiting_pickup"));
        QCOMPARE(ji(order["lines"][0]["product_id"]), kProduct);
        QCOMPARE(ji(order["lines"][0]["quantity"]), 2);
        QCOMPARE(js(order["customer_first_name"]), std::string("Anna"));
        QCOMPARE(ji(level(*m_t1, kProduct, "S001")["in_transit"]), ji(s001["in_transit"]));
        QCOMPARE(ji(level(*m_t1, kProduct, "S001")["on_hand"]), ji(s001["on_hand"]) + 2);
        QCOMPARE(ji(level(*m_t1, kProduct, "S001")["reserved"]), ji(s001["reserved"]) + 2);
        list = m_t1->get("/v1/transfers?store_id=S001").json["transfers"];
        QCOMPARE(js(list[0]["state"]), std::string("arrived"));
        QCOMPARE(js(list[0]["order_id"]), orderId);
        // Collected like any click-and-collect order: the request is done.
        QCOMPARE(status(*m_t1, "order.handed_over", json{{"order_id", orderId}, {"via", "counter"}}), std::string("accepted"));
        QCOMPARE(js(m_t1->get("/v1/transfers?store_id=S001").json["transfers"][0]["state"]), std::string("collected"));
        QCOMPARE(m_central->admin({QStringLiteral("transfer-arrive"), QString::fromStdString(id)}).exitCode, 1);
    }

    void transferRequestsAreChecked()
    {
        constexpr qint64 kProduct = 24;
        QCOMPARE(m_central->admin({QStringLiteral("stock-receive"), QStringLiteral("W01"), QString::number(kProduct), QStringLiteral("3")}).exitCode, 0);
        const qint64 available = ji(level(*m_t1, kProduct, "W01")["on_hand"]) - ji(level(*m_t1, kProduct, "W01")["reserved"]);
        auto request = [&](const char *from, qint64 quantity, const char *to, const json &customer) {
            return json{{"request_id", uuid()}, {"product_id", kProduct}, {"quantity", quantity}, {"from_location", from}, {"to", to},
                        {"store_id", "S001"}, {"customer", customer}};
        };
        const json contact{{"name", "Jan"}, {"email", "jan@example.com"}};
        QCOMPARE(status(*m_t1, "transfer.requested", request("S001", 1, "store", contact)), std::string("rejected"));
        QCOMPARE(status(*m_t1, "transfer.requested", request("W01", available + 1, "store", contact)), std::string("rejected"));
        QCOMPARE(status(*m_t1, "transfer.requested", request("WEB", 1, "store", contact)), std::string("rejected"));
        QCOMPARE(status(*m_t1, "transfer.requested", request("W01", 1, "home", contact)), std::string("rejected")); // no address
        QCOMPARE(status(*m_t1, "transfer.requested", request("W01", 1, "store", json{{"name", "Jan"}})), std::string("rejected"));
        QCOMPARE(status(*m_t2, "transfer.requested", request("W01", 1, "store", contact)), std::string("rejected")); // store_id S001
        QCOMPARE(m_t1->get("/v1/transfers?store_id=S002").status, 403);
        // Ship to the customer's home: delivered, no order in the store.
        json home = request("W01", 1, "home", json{{"name", "Jan"}, {"email", "jan@example.com"}, {"address", "ul. Długa 1, Kraków"}});
        QCOMPARE(status(*m_t1, "transfer.requested", home), std::string("accepted"));
        const QString id = QString::fromStdString(js(home["request_id"]));
        QCOMPARE(m_central->admin({QStringLiteral("transfer-ship"), id}).exitCode, 0);
        const auto arrived = m_central->admin({QStringLiteral("transfer-arrive"), id});
        QVERIFY2(arrived.exitCode == 0 && arrived.out.contains(QLatin1String(" state delivered ")), qPrintable(arrived.out));
        QVERIFY(!arrived.out.contains(QLatin1String("pickup-code")));
    }

    void aWebOrderIsReturnedInTheStore()
    {
        const std::string customer = m_central->customers()[0].id.toStdString();
        const json order = orderWithStatus(customer, "delivered");
        QVERIFY(!order.is_null());
        const std::string id = js(order["id"]), number = js(order["number"]);
        const json &line1 = order["lines"][0];
        QCOMPARE(ji(line1["quantity"]), 2);
        const qint64 half = ji(line1["amount"]) / 2;
        const qint64 product = ji(line1["product_id"]);
        const qint64 onHand = ji(level(*m_t1, product, "S001")["on_hand"]);
        auto ret = [&](const json &lines, const std::string &method, qint64 amount, const std::string &currency = "PLN",
                       const std::string &location = "S001", const std::string &returnId = uuid()) {
            return json{{"return_id", returnId}, {"order_id", id}, {"store_id", "S001"}, {"terminal_id", "T01"}, {"staff_id", "E1001"},
                        {"lines", lines}, {"refund", {{"method", method}, {"amount", amount}, {"currency", currency}}},
                        {"stock_deltas", json::array({json{{"product_id", product}, {"location_id", location}, {"delta", 1}}})}};
        };
        const json one = json::array({json{{"line_no", 1}, {"quantity", 1}, {"amount", half}}});
        // Refusals: more than bought, more than paid, a sum that is not the refund, another
        // currency, stock at another store, a line the order lacks.
        QCOMPARE(status(*m_t1, "web_return.completed", ret(json::array({json{{"line_no", 1}, {"quantity", 3}, {"amount", 1}}}), "cash", 1)),
                 std::string("rejected"));
        QCOMPARE(status(*m_t1, "web_return.completed",
                        ret(json::array({json{{"line_no", 1}, {"quantity", 1}, {"amount", half + 1}}}), "cash", half + 1)),
                 std::string("rejected"));
        QCOMPARE(status(*m_t1, "web_return.completed", ret(one, "cash", half + 5)), std::string("rejected"));
        QCOMPARE(status(*m_t1, "web_return.completed", ret(one, "cash", half, "EUR")), std::string("rejected"));
        QCOMPARE(status(*m_t1, "web_return.completed", ret(one, "cash", half, "PLN", "S002")), std::string("rejected"));
        QCOMPARE(status(*m_t1, "web_return.completed", ret(json::array({json{{"line_no", 9}, {"quantity", 1}, {"amount", 0}}}), "cash", 0)),
                 std::string("rejected"));
        QCOMPARE(ji(webOrder(number)["lines"][0]["returned"]), 0);

        // One piece back to the card: a refund record, returned grows, the history says so.
        const std::string returnId = uuid();
        QCOMPARE(status(*m_t1, "web_return.completed", ret(one, "original-payment", half, "PLN", "S001", returnId)), std::string("accepted"));
        json after = webOrder(number);
        QCOMPARE(ji(after["lines"][0]["returned"]), 1);
        QCOMPARE(js(after["status"]), std::string("delivered"));
        QCOMPARE(after["history"].size(), order["history"].size() + 1);
        const std::string what = js(after["history"].back()["what"]);
        QVERIFY2(what.find("returned in store S001: 1 × line 1, refund " + std::to_string(half) + " to card-online") == 0, what.c_str());
        QCOMPARE(ji(level(*m_t1, product, "S001")["on_hand"]), onHand + 1);
        const auto refunds = m_central->admin({QStringLiteral("refunds"), QStringLiteral("--order"), QString::fromStdString(id)});
        QVERIFY2(refunds.out.contains(QLatin1String("original-payment")) && refunds.out.contains(QString::number(half)), qPrintable(refunds.out));
        const auto detail = m_central->admin({QStringLiteral("web-order"), QString::fromStdString(number)});
        QVERIFY2(detail.out.contains(QStringLiteral("refund ")) && detail.out.contains(QString::fromStdString(returnId)), qPrintable(detail.out));
        // The same return again under another event: refused (it would refund twice).
        QCOMPARE(status(*m_t1, "web_return.completed", ret(one, "original-payment", half, "PLN", "S001", returnId)), std::string("rejected"));
        // Over-return of what is left.
        QCOMPARE(status(*m_t1, "web_return.completed", ret(json::array({json{{"line_no", 1}, {"quantity", 2}, {"amount", 0}}}), "cash", 0)),
                 std::string("rejected"));

        // The rest as store credit: everything is back, the order is returned.
        const qint64 credit = ji(m_t1->get("/v1/customers?loyalty_id=" + anna()).json["customers"][0]["store_credit"]);
        json rest = json::array({json{{"line_no", 1}, {"quantity", 1}, {"amount", ji(line1["amount"]) - half}}});
        qint64 sum = ji(line1["amount"]) - half;
        for (size_t i = 1; i < order["lines"].size(); ++i) {
            rest.push_back(json{{"line_no", order["lines"][i]["line_no"]}, {"quantity", order["lines"][i]["quantity"]},
                                {"amount", order["lines"][i]["amount"]}});
            sum += ji(order["lines"][i]["amount"]);
        }
        QCOMPARE(status(*m_t1, "web_return.completed", ret(rest, "store-credit", sum)), std::string("accepted"));
        after = webOrder(number);
        QCOMPARE(js(after["status"]), std::string("returned"));
        QCOMPARE(ji(m_t1->get("/v1/customers?loyalty_id=" + anna()).json["customers"][0]["store_credit"]), credit + sum);
        // A paid order not delivered yet is not returned in a store.
        const json paid = orderWithStatus(customer, "paid");
        json early = ret(json::array({json{{"line_no", 1}, {"quantity", 1}, {"amount", 0}}}), "cash", 0);
        early["order_id"] = paid["id"];
        QCOMPARE(status(*m_t1, "web_return.completed", early), std::string("rejected"));
    }

    void aPaidWebOrderIsCollectedHere()
    {
        const std::string customer = m_central->customers()[0].id.toStdString();
        const json paid = orderWithStatus(customer, "paid");
        QVERIFY(!paid.is_null());
        const qint64 product = ji(paid["lines"][0]["product_id"]);
        const qint64 reserved = ji(level(*m_t1, product, "S001")["reserved"]);
        const json here{{"order_id", paid["id"]}, {"store_id", "S001"}};
        QCOMPARE(status(*m_t2, "web_order.collect_here", here), std::string("rejected")); // store_id is not S002
        QCOMPARE(status(*m_t1, "web_order.collect_here", here), std::string("accepted"));
        const json after = webOrder(js(paid["number"]));
        QCOMPARE(js(after["status"]), std::string("collect_in_store"));
        QCOMPARE(js(after["delivery"]), std::string("store"));
        QCOMPARE(js(after["store_id"]), std::string("S001"));
        QCOMPARE(ji(level(*m_t1, product, "S001")["reserved"]), reserved + ji(paid["lines"][0]["quantity"]));
        const std::string ccId = js(after["pickup_order_id"]);
        const json cc = ccOrderRow(*m_t1, ccId);
        QCOMPARE(js(cc["status"]), std::string("awaiting_pickup"));
        QCOMPARE(ji(cc["total"]), ji(paid["total"])); // what the customer paid, not today's price
        QCOMPARE(status(*m_t1, "web_order.collect_here", here), std::string("rejected")); // already
        // Handed over at the counter: the web order is collected.
        QCOMPARE(status(*m_t1, "order.handed_over", json{{"order_id", ccId}}), std::string("accepted"));
        QCOMPARE(js(webOrder(js(paid["number"]))["status"]), std::string("collected"));

        // A store without the goods refuses with what to do instead; a shipped order is too late.
        const auto made = m_central->admin({QStringLiteral("web-order-create"), QString::fromStdString(customer), QStringLiteral("--lines"),
                                            QStringLiteral("2:1000")});
        QCOMPARE(made.exitCode, 0);
        const auto number = QRegularExpression(QStringLiteral("^web-order (\\S+) number (\\S+) .* status paid ")).match(made.out);
        QVERIFY2(number.hasMatch(), qPrintable(made.out));
        const json big = push(*m_t2, "web_order.collect_here", json{{"order_id", number.captured(1).toStdString()}, {"store_id", "S002"}});
        QCOMPARE(js(big["status"]), std::string("rejected"));
        QVERIFY2(js(big["reason"]).find("order it to the store instead") != std::string::npos, js(big["reason"]).c_str());
        const json shipped = orderWithStatus(customer, "shipped");
        QCOMPARE(status(*m_t1, "web_order.collect_here", json{{"order_id", shipped["id"]}, {"store_id", "S001"}}), std::string("rejected"));
    }

    void channelPromotionsAreInThePricesStream()
    {
        // The seed's promotion of S001, and one the admin sets: the same row is the web shop's price.
        auto promotions = [&] {
            std::vector<json> out;
            const auto r = m_t1->get("/v1/streams/prices?cursor=0&limit=10000");
            for (const json &p : r.json["items"])
                if (p.contains("promotion"))
                    out.push_back(p);
            return out;
        };
        QVERIFY(!promotions().empty());
        for (const json &p : promotions())
            QVERIFY(ji(p["regular_amount"]) > ji(p["amount"]));
        const auto set = m_central->admin({QStringLiteral("promotion-set"), QStringLiteral("S001"), QStringLiteral("30"), QStringLiteral("25"),
                                           QStringLiteral("Spring"), QStringLiteral("sale"), QStringLiteral("--days"), QStringLiteral("3")});
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        const json latest = promotions().back();
        QCOMPARE(ji(latest["product_id"]), 30);
        QCOMPARE(js(latest["promotion"]), std::string("Spring sale"));
        QCOMPARE(ji(latest["amount"]), ji(latest["regular_amount"]) * 75 / 100);
        QCOMPARE(ji(latest["valid_to"]) - ji(latest["valid_from"]), 3 * 86400);
        QCOMPARE(m_central->admin({QStringLiteral("promotion-set"), QStringLiteral("S001"), QStringLiteral("30"), QStringLiteral("0"),
                                   QStringLiteral("x")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCentralChannels)
#include "tst_central_channels.moc"
