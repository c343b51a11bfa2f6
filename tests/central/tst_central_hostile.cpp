// SPDX-License-Identifier: GPL-3.0-or-later
// A terminal that lies: the real central process refuses what one store's terminal pushes about
// another store's truth, arithmetic that would overflow, sales its own ledger would never have
// committed, a squatted sale id, guessed enrolment codes, and escape sequences meant for the
// operator's screen. See docs/sync-protocol.md, "What a terminal may write".

#include "centralclient.h"
#include "centralprocess.h"
#include "jsontest.h"

#include <QDateTime>
#include <QTest>
#include <QUuid>

#include <functional>
#include <limits>

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

/// A sale as a till's ledger writes it (app/storage/ledger.cpp): `qty` pieces of `productId` at
/// 12.30 with 23 % VAT included, paid in cash with change, its stock taken at `store`.
json sale(const std::string &saleId, const std::string &store, const std::string &terminal, const std::string &currency,
          qint64 productId, qint64 qty)
{
    const qint64 amount = 1230 * qty;
    const qint64 tax = (amount * 2300 * 2 + 12300) / (12300 * 2); // round half up of amount × 23/123
    return json{{"sale_id", saleId},
                {"kind", "sale"},
                {"receipt_no", 7},
                {"store_id", store},
                {"terminal_id", terminal},
                {"cashier_id", "E1001"},
                {"currency", currency},
                {"subtotal", amount},
                {"discount_total", 0},
                {"tax_total", tax},
                {"total", amount},
                {"cash_rounding", 0},
                {"prices_include_tax", true},
                {"lines", json::array({{{"product_id", productId}, {"sku", "SKU"}, {"quantity", qty}, {"unit", "piece"},
                                        {"unit_price", 1230}, {"discount", 0}, {"amount", amount}, {"tax_code", "A"},
                                        {"tax_bp", 2300}, {"return_of_line", 0}}})},
                {"tenders", json::array({{{"kind", "cash"}, {"amount", amount + 70}, {"change", 70}, {"reference", ""}}})},
                {"stock_deltas", json::array({{{"product_id", productId}, {"location_id", store}, {"delta", -qty}}})},
                {"shift_id", "shift-1"},
                {"original_sale_id", ""},
                {"approvals", json::array()}};
}

json makeEvent(const std::string &kind, const json &payload, const std::string &id = uuid())
{
    return json{{"id", id}, {"kind", kind}, {"created_at_ms", 1795000000000LL}, {"payload", payload}};
}

} // namespace

class TestCentralHostile : public QObject
{
    Q_OBJECT

    std::unique_ptr<CentralProcess> m_central;
    std::unique_ptr<CentralClient> m_a;  ///< S001-T01: the terminal that lies
    std::unique_ptr<CentralClient> m_a2; ///< S001-T02
    std::unique_ptr<CentralClient> m_b;  ///< S002-T01: the store it lies about
    std::unique_ptr<CentralClient> m_c;  ///< S003-T01
    std::string m_currencyA, m_currencyC;

    std::unique_ptr<CentralClient> enrolled(const QString &store, const QString &terminal, std::string *currency = nullptr)
    {
        auto c = std::make_unique<CentralClient>(*m_central, store + QLatin1Char('-') + terminal);
        const QString code = m_central->enrolmentCode(store, terminal);
        const auto r = c->enrol(store.toStdString(), terminal.toStdString(), code.toStdString());
        if (code.isEmpty() || r.status != 200)
            return nullptr;
        if (currency)
            *currency = js(r.json["store"]["currency"]);
        return c;
    }

    json push(CentralClient &c, const json &e)
    {
        const auto r = c.post("/v1/events", json{{"events", json::array({e})}});
        if (r.status != 200)
            return json{{"status", "http " + std::to_string(r.status)}, {"reason", r.body}};
        return r.json["results"][0];
    }

    /// The level of `productId` at `location` from the live query: {on_hand, reserved}.
    std::pair<qint64, qint64> level(qint64 productId, const std::string &location)
    {
        const auto r = m_a->get("/v1/stock/" + std::to_string(productId));
        for (const json &l : r.json["levels"])
            if (l["location_id"] == location)
                return {ji(l["on_hand"]), ji(l["reserved"])};
        return {0, 0};
    }

    /// Pushes `e` as `c`, expects it rejected with a reason containing `because`.
    void expectRejected(CentralClient &c, const json &e, const std::string &because)
    {
        const json r = push(c, e);
        QVERIFY2(r["status"] == "rejected", qPrintable(QString::fromStdString(r.dump())));
        QVERIFY2(js(r["reason"]).find(because) != std::string::npos,
                 qPrintable(QStringLiteral("reason \"%1\" lacks \"%2\"").arg(QString::fromStdString(js(r["reason"])),
                                                                            QString::fromStdString(because))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        CentralProcess::Options o;
        o.products = 60;
        o.orders = 1;
        o.terminals = {QStringLiteral("S001-T01"), QStringLiteral("S001-T02"), QStringLiteral("S002-T01"), QStringLiteral("S003-T01")};
        m_central = std::make_unique<CentralProcess>(o);
        QString error;
        QVERIFY2(m_central->start(&error), qPrintable(error));
        m_a = enrolled(QStringLiteral("S001"), QStringLiteral("T01"), &m_currencyA);
        m_a2 = enrolled(QStringLiteral("S001"), QStringLiteral("T02"));
        m_b = enrolled(QStringLiteral("S002"), QStringLiteral("T01"));
        m_c = enrolled(QStringLiteral("S003"), QStringLiteral("T01"), &m_currencyC);
        QVERIFY(m_a && m_a2 && m_b && m_c);
        for (const char *loc : {"S001", "S002", "W01"})
            QCOMPARE(m_central->admin({QStringLiteral("stock-receive"), QString::fromLatin1(loc), QStringLiteral("5"), QStringLiteral("50")})
                         .exitCode,
                     0);
        // The honest sale is accepted: everything refused below is refused for its lie.
        QCOMPARE(js(push(*m_a, makeEvent("sale.completed", sale(uuid(), "S001", "T01", m_currencyA, 5, 2)))["status"]), std::string("accepted"));
    }

    void anotherStoresStockIsNotThisTerminals()
    {
        const auto before = level(5, "S002");
        // A sale whose stock delta is at store B.
        json s = sale(uuid(), "S001", "T01", m_currencyA, 5, 3);
        s["stock_deltas"][0]["location_id"] = "S002";
        expectRejected(*m_a, makeEvent("sale.completed", s), "S002");
        // A count of B's shelf.
        qint64 version = 0;
        for (const json &l : m_a->get("/v1/stock/5").json["levels"])
            if (l["location_id"] == "S002")
                version = ji(l["version"]);
        expectRejected(*m_a, makeEvent("stock.counted", {{"product_id", 5}, {"location_id", "S002"}, {"counted", 0}, {"expected_version", version}}),
                       "S002");
        // A hold, and a reservation in the old form, at B.
        expectRejected(*m_a,
                       makeEvent("reservation.requested", {{"hold_id", uuid()}, {"product_id", 5}, {"location_id", "S002"}, {"quantity", 10},
                                                       {"expires_at", QDateTime::currentSecsSinceEpoch() + 3600}}),
                       "S002");
        expectRejected(*m_a, makeEvent("reservation.requested", {{"product_id", 5}, {"location_id", "S002"}, {"quantity", 10}, {"order_ref", "WEB-1"}}),
                       "S002");
        QCOMPARE(level(5, "S002"), before);
        // What the protocol lets a store do elsewhere still works: a web order's reservation at
        // the warehouse.
        const auto warehouse = level(5, "W01");
        QCOMPARE(js(push(*m_a, makeEvent("reservation.requested", {{"product_id", 5}, {"location_id", "W01"}, {"quantity", 1}, {"order_ref", "WEB-2"}}))["status"]),
                 std::string("accepted"));
        QCOMPARE(level(5, "W01").second, warehouse.second + 1);
    }

    void arithmeticNeverOverflows()
    {
        const auto before = level(5, "S001");
        constexpr qint64 kMax = std::numeric_limits<qint64>::max();
        // A delta near INT64_MAX would wrap the on-hand to a huge negative number.
        json s = sale(uuid(), "S001", "T01", m_currencyA, 5, 1);
        s["stock_deltas"][0]["delta"] = kMax - 5;
        expectRejected(*m_a, makeEvent("sale.completed", s), "outside");
        // Deltas each within bounds whose running on-hand leaves them.
        json twice = sale(uuid(), "S001", "T01", m_currencyA, 5, 1);
        twice["stock_deltas"] = json::array({{{"product_id", 5}, {"location_id", "S001"}, {"delta", 1'000'000'000}},
                                              {{"product_id", 5}, {"location_id", "S001"}, {"delta", -1'000'000'000}},
                                              {{"product_id", 5}, {"location_id", "S001"}, {"delta", -1}}});
        expectRejected(*m_a, makeEvent("sale.completed", twice), "beyond");
        // unit_price × quantity above what a till's basket allows (and beyond 2^63 if multiplied).
        json huge = sale(uuid(), "S001", "T01", m_currencyA, 5, 1);
        huge["lines"][0]["quantity"] = 1'000'000'000;
        huge["lines"][0]["unit_price"] = 100'000'000'000LL;
        huge["stock_deltas"][0]["delta"] = -1'000'000'000;
        expectRejected(*m_a, makeEvent("sale.completed", huge), "unit_price");
        // A reservation of INT64_MAX pieces.
        expectRejected(*m_a, makeEvent("reservation.requested", {{"product_id", 5}, {"location_id", "W01"}, {"quantity", kMax}, {"order_ref", "WEB-3"}}),
                       "quantity");
        QCOMPARE(level(5, "S001"), before);
    }

    void salesTheLedgerWouldRefuseAreRefused()
    {
        using Change = std::function<void(json &)>;
        const std::vector<std::tuple<const char *, Change, std::string>> lies = {
            {"a negative total", [](json &s) {
                 s["total"] = -100;
                 s["subtotal"] = -100;
             }, "negative total"},
            {"lines not adding up", [](json &s) {
                 s["total"] = ji(s["total"]) + 1000;
                 s["tenders"][0]["amount"] = ji(s["tenders"][0]["amount"]) + 1000;
             }, "lines add up to"},
            {"a line amount that is not price × quantity", [](json &s) {
                 s["lines"][0]["amount"] = 1;
                 s["subtotal"] = 1;
                 s["total"] = 1;
                 s["tax_total"] = 0;
                 s["tenders"][0]["amount"] = 71;
             }, "unit_price × quantity"},
            {"tenders that do not pay the total", [](json &s) { s["tenders"][0]["change"] = 500; }, "tenders pay"},
            {"change from a card", [](json &s) { s["tenders"][0]["kind"] = "card"; }, "only given in cash"},
            {"a tax total that is not the lines' tax", [](json &s) { s["tax_total"] = 0; }, "tax_total"},
            {"another terminal's id", [](json &s) { s["terminal_id"] = "T02"; }, "terminal_id"},
            {"another store", [](json &s) { s["store_id"] = "S002"; }, "store"},
            {"more stock out than the lines sold", [](json &s) { s["stock_deltas"][0]["delta"] = -40; }, "stock_deltas"},
            {"no lines", [](json &s) { s["lines"] = json::array(); }, "lines"},
        };
        for (const auto &[what, change, because] : lies) {
            const std::string saleId = uuid();
            json s = sale(saleId, "S001", "T01", m_currencyA, 5, 2);
            change(s);
            qInfo("%s", what);
            expectRejected(*m_a, makeEvent("sale.completed", s), because);
            if (QTest::currentTestFailed())
                return;
            // Not served to another store's return lookup either.
            QCOMPARE(m_c->get("/v1/sales/" + saleId).status, 404);
        }
        // A return that takes money in.
        json r = sale(uuid(), "S001", "T01", m_currencyA, 5, 1);
        r["kind"] = "return";
        expectRejected(*m_a, makeEvent("return.completed", r), "return");
    }

    void aSaleIdCannotBeSquatted()
    {
        // S003's terminal learns a sale id from S001 (a receipt of an offline till) and pushes a
        // sale of its own under it first.
        // Both name the same customer's loyalty card.
        const std::string id = uuid();
        QVERIFY(!m_central->customers().isEmpty());
        const std::string card = m_central->customers().first().loyaltyId.toStdString();
        auto points = [&] { return ji(m_a->get("/v1/customers?loyalty_id=" + card).json["customers"][0]["points"]); };
        const qint64 before = points();
        json squat = sale(id, "S003", "T01", m_currencyC, 6, 1);
        squat["loyalty_id"] = card;
        QCOMPARE(js(push(*m_c, makeEvent("sale.completed", squat))["status"]), std::string("accepted"));
        const qint64 squatted = points() - before;
        // The genuine sale still counts, and earns its own points ...
        json real = sale(id, "S001", "T01", m_currencyA, 6, 4);
        real["loyalty_id"] = card;
        const json genuine = push(*m_a, makeEvent("sale.completed", real));
        QVERIFY2(genuine["status"] == "accepted", qPrintable(QString::fromStdString(genuine.dump())));
        QCOMPARE(points() - before - squatted, 4 * 1230 / 100);
        // ... and the genuine store's return lookup gets the genuine sale, never the squatter's.
        const auto mine = m_a2->get("/v1/sales/" + id);
        QCOMPARE(mine.status, 200);
        QCOMPARE(js(mine.json["sale"]["store_id"]), std::string("S001"));
        QCOMPARE(ji(mine.json["sale"]["lines"][0]["quantity"]), 4);
        // A third store cannot tell which is the sale: it gets neither.
        QCOMPARE(m_b->get("/v1/sales/" + id).status, 409);
        // The same terminal pushing the same sale under another event id is still a duplicate.
        const json again = push(*m_a, makeEvent("sale.completed", real));
        QCOMPARE(js(again["status"]), std::string("rejected"));
    }

    void guessedEnrolmentCodesRaiseOneAlarmPerMinute()
    {
        CentralClient guesser(*m_central, QStringLiteral("S001-T02"));
        // Fewer than the HTTP layer's per-peer limit (10 a minute), so the good code below is
        // not throttled: the alarms are the service's, whatever the front door does.
        for (int i = 0; i < 8; ++i) {
            const int status = guesser.enrol("S001", "T02", "AAAA-BBBB-CC" + std::to_string(10 + i)).status;
            QVERIFY2(status == 401 || status == 429, qPrintable(QString::number(status))); // 429: the HTTP layer's rate limit
        }
        const auto alarms = m_central->admin({QStringLiteral("alarms")});
        QCOMPARE(alarms.exitCode, 0);
        QCOMPARE(alarms.out.count(QStringLiteral("enrol.failed")), 1);
        QVERIFY2(alarms.out.contains(QStringLiteral("failed enrolment as S001-T02")), qPrintable(alarms.out));
        // A good code is not held up by the flood.
        QVERIFY(enrolled(QStringLiteral("S001"), QStringLiteral("T02")));
    }

    void theOperatorSeesEscapesNotEscapeSequences()
    {
        const json r = push(*m_a, makeEvent("order.bogus", json::object(), "evil\x1b[2J\x1b]0;owned\x07id"));
        QCOMPARE(js(r["status"]), std::string("rejected"));
        const auto ev = m_central->admin({QStringLiteral("events"), QStringLiteral("--terminal"), QStringLiteral("S001-T01")});
        QCOMPARE(ev.exitCode, 0);
        QVERIFY2(ev.out.contains(QLatin1String("evil\\x1b[2J\\x1b]0;owned\\x07id")), qPrintable(ev.out));
        QVERIFY(!ev.out.contains(QChar(0x1b)));
        QVERIFY(!ev.out.contains(QChar(0x07)));
    }

    void cleanupTestCase()
    {
        if (m_central)
            QCOMPARE(m_central->stop(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCentralHostile)
#include "tst_central_hostile.moc"
