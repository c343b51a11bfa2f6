// SPDX-License-Identifier: GPL-3.0-or-later
// Click-and-collect at the real central process: the admin commands (order-create with its code
// and token, order-token, pickup-key, orders, notifications, refunds), the orders stream, and the
// events terminals push (locker.loaded, order.handed_over, order.refused, order.extended,
// order.expired, locker.incident) with their effects and refusals. See docs/central.md.

#include "centralclient.h"
#include "centralprocess.h"
#include "jsontest.h"

#include "core/pickup.h"

#include <QDateTime>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QUuid>

#include <limits>
#include <map>
#include <set>

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

json makeEvent(const std::string &kind, const json &payload, const std::string &id = uuid())
{
    return json{{"id", id}, {"kind", kind}, {"created_at_ms", 1795000000000LL}, {"payload", payload}};
}

struct Created {
    std::string id;
    QString code;  ///< normalized
    QString token;
};

} // namespace

class TestCentralPickup : public QObject
{
    Q_OBJECT

    std::unique_ptr<CentralProcess> m_central;
    std::unique_ptr<CentralClient> m_t1; ///< S001-T01
    std::unique_ptr<CentralClient> m_t2; ///< S002-T01
    QByteArray m_publicKey;

    std::unique_ptr<CentralClient> enrolled(const QString &store, const QString &terminal)
    {
        auto c = std::make_unique<CentralClient>(*m_central, store + QLatin1Char('-') + terminal);
        const QString code = m_central->enrolmentCode(store, terminal);
        if (code.isEmpty() || c->enrol(store.toStdString(), terminal.toStdString(), code.toStdString()).status != 200)
            return nullptr;
        return c;
    }

    /// order-create with `extra` options; the printed id, code and token.
    Created create(const QString &store, const QStringList &extra = {}, const QString &lines = QStringLiteral("5:2,6:1"))
    {
        const auto a = m_central->admin(QStringList{QStringLiteral("order-create"), store, QStringLiteral("--lines"), lines} + extra);
        if (a.exitCode != 0) {
            qWarning("order-create failed: %s", qPrintable(a.err));
            return {};
        }
        const auto m = QRegularExpression(QStringLiteral("^order (\\S+) number (\\S+) pickup-code (\\S+) .*\\ntoken (\\S+)\\n$"))
                           .match(a.out);
        if (!m.hasMatch()) {
            qWarning("unexpected order-create output: %s", qPrintable(a.out));
            return {};
        }
        return Created{m.captured(1).toStdString(), ok::pickup::normalize(m.captured(3)).value_or(QString()), m.captured(4)};
    }

    /// The order's latest row in the orders stream of `c`'s store.
    json orderRow(CentralClient &c, const std::string &id)
    {
        const auto r = c.get("/v1/streams/orders?cursor=0&limit=10000");
        json found;
        for (const json &o : r.json["items"])
            if (o["id"] == id)
                found = o;
        return found;
    }

    json push(CentralClient &c, const json &e)
    {
        return c.post("/v1/events", json{{"events", json::array({e})}}).json["results"][0];
    }

    QString adminOut(const QStringList &args)
    {
        const auto a = m_central->admin(args);
        return a.exitCode == 0 ? a.out : QStringLiteral("exit %1: %2").arg(a.exitCode).arg(a.err);
    }

    qint64 onHand(CentralClient &c, qint64 productId, const std::string &location)
    {
        const auto r = c.get("/v1/stock/" + std::to_string(productId)); // kept: the loop reads into it
        for (const json &l : r.json["levels"])
            if (l["location_id"] == location)
                return l["on_hand"].get<qint64>();
        return 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        CentralProcess::Options o;
        o.products = 200;
        o.orders = 3;
        o.terminals = {QStringLiteral("S001-T01"), QStringLiteral("S002-T01")};
        m_central = std::make_unique<CentralProcess>(o);
        QString error;
        QVERIFY2(m_central->start(&error), qPrintable(error));
        m_t1 = enrolled(QStringLiteral("S001"), QStringLiteral("T01"));
        m_t2 = enrolled(QStringLiteral("S002"), QStringLiteral("T01"));
        QVERIFY(m_t1 && m_t2);

        // The seed printed codes in display form with the status of each order.
        QCOMPARE(m_central->pickups().size(), 15);
        for (const auto &p : m_central->pickups()) {
            QVERIFY2(QRegularExpression(QStringLiteral("^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$")).match(p.code).hasMatch(), qPrintable(p.code));
            QVERIFY(p.status == QLatin1String("ready") || p.status == QLatin1String("awaiting_pickup"));
        }

        const auto key = m_central->admin({QStringLiteral("pickup-key")});
        QCOMPARE(key.exitCode, 0);
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{64}\\n$")).match(key.out).hasMatch(), qPrintable(key.out));
        m_publicKey = QByteArray::fromHex(key.out.trimmed().toLatin1());
        QCOMPARE(m_central->admin({QStringLiteral("pickup-key")}).out, key.out); // made once
        QFile f(m_central->dir() + QStringLiteral("/pickup-signing.key"));
        QVERIFY2(f.exists(), qPrintable(f.fileName()));
        QCOMPARE(f.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    }

    void createdOrderHasCodeAndToken()
    {
        const Created c = create(QStringLiteral("S001"), {QStringLiteral("--compartment"), QStringLiteral("A07"),
                                                          QStringLiteral("--parcels"), QStringLiteral("2"), QStringLiteral("--id-check")});
        QVERIFY(!c.id.empty() && !c.code.isEmpty());
        const json row = orderRow(*m_t1, c.id);
        QCOMPARE(js(row["status"]), std::string("ready"));
        QCOMPARE(js(row["compartment"]), std::string("A07"));
        QCOMPARE(row["parcels"].get<int>(), 2);
        QCOMPARE(row["id_check"].get<bool>(), true);

        // The code verifies against what the terminal receives, with the rounds it receives.
        QCOMPARE(js(row["pickup_locator"]), ok::pickup::locatorOf(c.code).toStdString());
        const QByteArray salt = QByteArray::fromHex(QByteArray::fromStdString(js(row["pickup_salt"])));
        const QByteArray verifier = QByteArray::fromHex(QByteArray::fromStdString(js(row["pickup_verifier"])));
        QVERIFY(ok::pickup::verify(c.code, salt, int(ji(row["pickup_iterations"])), verifier));
        QString wrong = c.code;
        wrong[4] = wrong[4] == QLatin1Char('Z') ? QLatin1Char('Y') : QLatin1Char('Z');
        QVERIFY(!ok::pickup::verify(wrong, salt, int(ji(row["pickup_iterations"])), verifier));

        // The token verifies with the printed public key and names this order, store and expiry.
        const auto token = ok::pickup::parseToken(c.token);
        QVERIFY2(token, qPrintable(c.token));
        QVERIFY(ok::pickup::verifyToken(*token, m_publicKey));
        QCOMPARE(token->orderId.toStdString(), c.id);
        QCOMPARE(token->storeId, QStringLiteral("S001"));
        QCOMPARE(token->expiresAt, ji(row["expires_at"]));
        auto changed = *token;
        changed.expiresAt += 86400;
        QVERIFY(!ok::pickup::verifyToken(changed, m_publicKey));
        changed = *token;
        changed.storeId = QStringLiteral("S002");
        QVERIFY(!ok::pickup::verifyToken(changed, m_publicKey));

        // order-token gives the same token again; nothing for unknown or closed orders.
        const auto again = m_central->admin({QStringLiteral("order-token"), QString::fromStdString(c.id)});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.out.trimmed(), c.token);
        QCOMPARE(m_central->admin({QStringLiteral("order-token"), QStringLiteral("S001-CC-999999")}).exitCode, 1);
        QCOMPARE(m_central->admin({QStringLiteral("order-create"), QStringLiteral("S001"), QStringLiteral("--lines"),
                                   QStringLiteral("5:1"), QStringLiteral("--counter"), QStringLiteral("--compartment"),
                                   QStringLiteral("A08")}).exitCode, 2);
        QCOMPARE(m_central->admin({QStringLiteral("order-create"), QStringLiteral("S001"), QStringLiteral("--lines"),
                                   QStringLiteral("5:1"), QStringLiteral("--parcels"), QStringLiteral("21")}).exitCode, 2);

        // Placement: --counter is ready without a compartment, neither option awaits loading.
        const Created counter = create(QStringLiteral("S001"), {QStringLiteral("--counter")});
        const json counterRow = orderRow(*m_t1, counter.id);
        QCOMPARE(js(counterRow["status"]), std::string("ready"));
        QVERIFY(counterRow["compartment"].is_null());
        const Created waiting = create(QStringLiteral("S001"));
        QCOMPARE(js(orderRow(*m_t1, waiting.id)["status"]), std::string("awaiting_pickup"));

        // orders STORE [--status]; the notification of the ready orders holds no code or token.
        QVERIFY(adminOut({QStringLiteral("orders"), QStringLiteral("S001"), QStringLiteral("--status"), QStringLiteral("ready")})
                    .contains(QString::fromStdString(c.id)));
        QVERIFY(!adminOut({QStringLiteral("orders"), QStringLiteral("S001"), QStringLiteral("--status"), QStringLiteral("ready")})
                     .contains(QString::fromStdString(waiting.id)));
        const QString notes = adminOut({QStringLiteral("notifications"), QStringLiteral("--store"), QStringLiteral("S001")});
        QVERIFY2(notes.contains(QString::fromStdString(c.id)) && notes.contains(QString::fromStdString(counter.id)), qPrintable(notes));
        QVERIFY(!notes.contains(QString::fromStdString(waiting.id)));
        for (const Created &o : {c, counter}) {
            QVERIFY(!notes.contains(o.code) && !notes.contains(ok::pickup::display(o.code)));
            QVERIFY(!notes.contains(o.token.section(QLatin1Char(':'), 4)));
        }
    }

    void locatorsAreDistinctAmongOpenOrders()
    {
        for (int i = 0; i < 4; ++i)
            QVERIFY(!create(QStringLiteral("S002")).id.empty());
        std::map<std::string, std::string> latest; // id → locator of its latest row, open orders only
        const auto page = m_t2->get("/v1/streams/orders?cursor=0&limit=10000");
        for (const json &o : page.json["items"]) {
            if (o["status"] == "ready" || o["status"] == "awaiting_pickup")
                latest[o["id"].get<std::string>()] = js(o["pickup_locator"]);
            else
                latest.erase(o["id"].get<std::string>());
        }
        QVERIFY(latest.size() >= 7);
        std::set<std::string> locators;
        for (const auto &[id, locator] : latest) {
            QCOMPARE(locator.size(), size_t(2));
            QVERIFY2(locators.insert(locator).second, locator.c_str());
        }
    }

    void loadingMakesReadyAndNotifies()
    {
        const Created waiting = create(QStringLiteral("S001"));
        QCOMPARE(js(push(*m_t1, makeEvent("locker.loaded", {{"order_id", waiting.id}, {"compartment", "B01"},
                                                          {"compartments", {"B01", "B02"}}, {"staff_id", "E1001"}}))["status"]),
                 std::string("accepted"));
        json row = orderRow(*m_t1, waiting.id);
        QCOMPARE(js(row["status"]), std::string("ready"));
        QCOMPARE(js(row["compartment"]), std::string("B01"));
        QCOMPARE(row["compartments"].dump(), std::string(R"(["B01","B02"])"));
        QString notes = adminOut({QStringLiteral("notifications"), QStringLiteral("--order"), QString::fromStdString(waiting.id)});
        QVERIFY2(notes.contains(QLatin1String("order.ready")) && notes.contains(QLatin1String("B01")), qPrintable(notes));
        QVERIFY(!notes.contains(waiting.code) && !notes.contains(ok::pickup::display(waiting.code)));

        // Ready at the counter, then loaded: fine. Into B02, which holds the first order: accepted
        // (the parcel is in there) and staff are told.
        const Created counter = create(QStringLiteral("S001"), {QStringLiteral("--counter")});
        QCOMPARE(js(push(*m_t1, makeEvent("locker.loaded", {{"order_id", counter.id}, {"compartment", "B02"}}))["status"]),
                 std::string("accepted"));
        QCOMPARE(js(orderRow(*m_t1, counter.id)["compartment"]), std::string("B02"));
        const QString exceptions = adminOut({QStringLiteral("exceptions")});
        QVERIFY2(exceptions.contains(QLatin1String("order.compartment-shared")) && exceptions.contains(QString::fromStdString(counter.id)),
                 qPrintable(exceptions));

        // Malformed or foreign: refused, nothing changes.
        QCOMPARE(js(push(*m_t1, makeEvent("locker.loaded", {{"order_id", counter.id}, {"compartment", "B03"}, {"compartments", "B03"}}))["status"]),
                 std::string("rejected"));
        QCOMPARE(js(push(*m_t2, makeEvent("locker.loaded", {{"order_id", counter.id}, {"compartment", "B03"}}))["status"]),
                 std::string("rejected"));
        QCOMPARE(js(orderRow(*m_t1, counter.id)["compartment"]), std::string("B02"));
    }

    void handoverValidatesItsFields()
    {
        const Created c = create(QStringLiteral("S001"), {QStringLiteral("--counter"), QStringLiteral("--id-check")});
        const json bad[] = {
            {{"order_id", c.id}, {"via", 5}},
            {{"order_id", c.id}, {"via", "drone"}},
            {{"order_id", c.id}, {"verified_by", "magic"}},
            {{"order_id", c.id}, {"compartments", {"A01", 7}}},
            {{"order_id", c.id}, {"lines", {{{"line_no", "1"}, {"quantity", 1}}}}},
            {{"order_id", c.id}, {"lines", {{{"line_no", 9}, {"quantity", 1}}}}},
            {{"order_id", c.id}, {"lines", {{{"line_no", 1}, {"quantity", 3}}}}},
            {{"order_id", c.id}, {"id_check", "passport"}},
            {{"order_id", c.id}, {"id_check", {{"document_type", 1}}}},
        };
        for (const json &p : bad) {
            const json r = push(*m_t1, makeEvent("order.handed_over", p));
            QVERIFY2(js(r["status"]) == "rejected", p.dump().c_str());
        }
        QCOMPARE(js(orderRow(*m_t1, c.id)["status"]), std::string("ready"));
        QCOMPARE(js(push(*m_t2, makeEvent("order.handed_over", {{"order_id", c.id}, {"via", "counter"}}))["status"]), std::string("rejected"));
        const json good{{"order_id", c.id}, {"via", "counter"}, {"verified_by", "staff"}, {"staff_id", "E1001"},
                        {"lines", {{{"line_no", 1}, {"quantity", 1}}}}, {"id_check", {{"document_type", "passport"}}}};
        QCOMPARE(js(push(*m_t1, makeEvent("order.handed_over", good))["status"]), std::string("accepted"));
        QCOMPARE(js(orderRow(*m_t1, c.id)["status"]), std::string("collected"));

        // An order that needs an ID check handed over without one: a fact, and an exception.
        const Created d = create(QStringLiteral("S001"), {QStringLiteral("--counter"), QStringLiteral("--id-check")});
        QCOMPARE(js(push(*m_t1, makeEvent("order.handed_over", {{"order_id", d.id}, {"via", "counter"}, {"verified_by", "code"}}))["status"]),
                 std::string("accepted"));
        QVERIFY(adminOut({QStringLiteral("exceptions")}).contains(QLatin1String("order.handed-over-without-id-check")));
    }

    void refusedGoodsAreRefunded()
    {
        const Created c = create(QStringLiteral("S001"), {QStringLiteral("--counter")}, QStringLiteral("5:2,6:1"));
        const json row = orderRow(*m_t1, c.id);
        const qint64 line1 = ji(row["lines"][0]["amount"]);
        const qint64 line2 = ji(row["lines"][1]["amount"]);
        QVERIFY(line1 > 0 && line2 > 0);
        QCOMPARE(line1 + line2, ji(row["total"]));
        QCOMPARE(js(push(*m_t1, makeEvent("order.handed_over", {{"order_id", c.id}, {"via", "counter"}, {"verified_by", "code"}}))["status"]),
                 std::string("accepted"));

        // Refusals that do not fit the order are refused, with no refund and no stock change.
        const qint64 s001 = onHand(*m_t1, 5, "S001");
        const qint64 w01 = onHand(*m_t1, 5, "W01");
        const auto refused = [&](CentralClient &t, const json &lines, const json &deltas = json::array()) {
            return js(push(t, makeEvent("order.refused", {{"order_id", c.id}, {"lines", lines}, {"reason", "damaged"}, {"stock_deltas", deltas}}))["status"]);
        };
        QCOMPARE(refused(*m_t1, {{{"line_no", 9}, {"quantity", 1}}}), std::string("rejected"));
        QCOMPARE(refused(*m_t1, {{{"line_no", 1}, {"quantity", 3}}}), std::string("rejected"));
        QCOMPARE(refused(*m_t1, {{{"line_no", 1}, {"quantity", 0}}}), std::string("rejected"));
        QCOMPARE(refused(*m_t1, json::array()), std::string("rejected"));
        QCOMPARE(refused(*m_t2, {{{"line_no", 1}, {"quantity", 1}}}), std::string("rejected"));
        QCOMPARE(refused(*m_t1, {{{"line_no", 1}, {"quantity", 1}}}, {{{"product_id", 5}, {"location_id", "W01"}, {"delta", 1}}}),
                 std::string("rejected"));
        const json huge{{"product_id", 5}, {"location_id", "S001"}, {"delta", std::numeric_limits<qint64>::max()}};
        QCOMPARE(refused(*m_t1, {{{"line_no", 1}, {"quantity", 1}}}, {huge, huge}), std::string("rejected")); // overflows
        QCOMPARE(onHand(*m_t1, 5, "W01"), w01);
        QCOMPARE(onHand(*m_t1, 5, "S001"), s001);
        QVERIFY(!adminOut({QStringLiteral("refunds"), QStringLiteral("--order"), QString::fromStdString(c.id)}).contains(QLatin1String("original-payment")));

        // One of two pieces of line 1 refused: half its amount back, the piece back on the shelf.
        QCOMPARE(refused(*m_t1, {{{"line_no", 1}, {"quantity", 1}}}, {{{"product_id", 5}, {"location_id", "S001"}, {"delta", 1}}}),
                 std::string("accepted"));
        QCOMPARE(onHand(*m_t1, 5, "S001"), s001 + 1);
        QCOMPARE(js(orderRow(*m_t1, c.id)["status"]), std::string("collected"));
        QString refunds = adminOut({QStringLiteral("refunds"), QStringLiteral("--order"), QString::fromStdString(c.id)});
        QVERIFY2(QRegularExpression(QStringLiteral("\\s%1\\s+PLN\\s+original-payment").arg(line1 / 2)).match(refunds).hasMatch(), qPrintable(refunds));
        // Line 1 has one piece left to refuse, not two.
        QCOMPARE(refused(*m_t1, {{{"line_no", 1}, {"quantity", 2}}}), std::string("rejected"));

        // The rest refused: the order is cancelled, and the refunds add up to its total.
        QCOMPARE(refused(*m_t1, {{{"line_no", 1}, {"quantity", 1}}, {{"line_no", 2}, {"quantity", 1}}}), std::string("accepted"));
        QCOMPARE(js(orderRow(*m_t1, c.id)["status"]), std::string("cancelled"));
        refunds = adminOut({QStringLiteral("refunds"), QStringLiteral("--order"), QString::fromStdString(c.id)});
        const auto amounts = QRegularExpression(QStringLiteral("\\s(\\d+)\\s+PLN\\s+original-payment")).globalMatch(refunds);
        qint64 sum = 0;
        int n = 0;
        for (auto it = amounts; it.hasNext(); ++n)
            sum += it.next().captured(1).toLongLong();
        QCOMPARE(n, 2);
        QCOMPARE(sum, line1 + line2);
    }

    void extensionWithinThirtyDays()
    {
        const Created c = create(QStringLiteral("S001"), {QStringLiteral("--counter"), QStringLiteral("--expires-days"), QStringLiteral("2")});
        const json before = orderRow(*m_t1, c.id);
        const qint64 expires = ji(before["expires_at"]);
        const qint64 created = QDateTime::currentSecsSinceEpoch();
        const auto extend = [&](CentralClient &t, qint64 to) {
            return js(push(t, makeEvent("order.extended", {{"order_id", c.id}, {"expires_at", to}, {"staff_id", "E1002"}}))["status"]);
        };
        QCOMPARE(extend(*m_t1, expires), std::string("rejected"));              // not later
        QCOMPARE(extend(*m_t1, expires - 3600), std::string("rejected"));
        QCOMPARE(extend(*m_t1, created + 31 * 86400), std::string("rejected")); // past 30 days after creation
        QCOMPARE(extend(*m_t2, expires + 86400), std::string("rejected"));      // another store's terminal
        QCOMPARE(js(push(*m_t1, makeEvent("order.extended", {{"order_id", c.id}, {"expires_at", "tomorrow"}}))["status"]), std::string("rejected"));
        QCOMPARE(ji(orderRow(*m_t1, c.id)["expires_at"]), expires);

        QCOMPARE(extend(*m_t1, expires + 86400), std::string("accepted"));
        const json after = orderRow(*m_t1, c.id);
        QCOMPARE(ji(after["expires_at"]), expires + 86400);
        QVERIFY(ji(after["version"]) > ji(before["version"])); // terminals pull it again
        const QString notes = adminOut({QStringLiteral("notifications"), QStringLiteral("--order"), QString::fromStdString(c.id)});
        QVERIFY2(notes.contains(QLatin1String("order.extended")), qPrintable(notes));
        QVERIFY(!notes.contains(c.code) && !notes.contains(ok::pickup::display(c.code)));
        // The token follows the new expiry.
        const auto token = ok::pickup::parseToken(adminOut({QStringLiteral("order-token"), QString::fromStdString(c.id)}).trimmed());
        QVERIFY(token && ok::pickup::verifyToken(*token, m_publicKey));
        QCOMPARE(token->expiresAt, expires + 86400);

        // Closed orders are not extended.
        QCOMPARE(js(push(*m_t1, makeEvent("order.handed_over", {{"order_id", c.id}, {"via", "counter"}}))["status"]), std::string("accepted"));
        QCOMPARE(extend(*m_t1, expires + 2 * 86400), std::string("rejected"));
    }

    void expiryMovesStockOnlyAtTheStore()
    {
        const Created c = create(QStringLiteral("S001"), {QStringLiteral("--compartment"), QStringLiteral("A05")});
        const qint64 s001 = onHand(*m_t1, 6, "S001");
        const auto expired = [&](const json &deltas) {
            return js(push(*m_t1, makeEvent("order.expired", {{"order_id", c.id}, {"compartment", "A05"}, {"stock_deltas", deltas}}))["status"]);
        };
        QCOMPARE(expired({{{"product_id", 6}, {"location_id", "S002"}, {"delta", 1}}}), std::string("rejected"));
        const json huge{{"product_id", 6}, {"location_id", "S001"}, {"delta", std::numeric_limits<qint64>::max()}};
        QCOMPARE(expired({huge, huge}), std::string("rejected")); // the on-hand would overflow
        QCOMPARE(js(orderRow(*m_t1, c.id)["status"]), std::string("ready"));
        QCOMPARE(expired({{{"product_id", 6}, {"location_id", "S001"}, {"delta", 1}}}), std::string("accepted"));
        QCOMPARE(js(orderRow(*m_t1, c.id)["status"]), std::string("expired"));
        QCOMPARE(onHand(*m_t1, 6, "S001"), s001 + 1);
        QCOMPARE(m_central->admin({QStringLiteral("order-token"), QString::fromStdString(c.id)}).exitCode, 1);
    }

    void lockerIncidentsReachStaffSafely()
    {
        // An unknown order is no reason to refuse a door's fact; a note with escape sequences
        // must not reach the operator's terminal as one.
        const json r = push(*m_t1, makeEvent("locker.incident", {{"compartment", "A03"}, {"outcome", "did-not-open"},
                                                             {"order_id", "S001-CC-999999"},
                                                             {"note", "jammed \x1b[2J\x1b]0;owned\x07 door\nfake line"}}));
        QCOMPARE(js(r["status"]), std::string("accepted"));
        QCOMPARE(js(push(*m_t1, makeEvent("locker.incident", {{"compartment", "A03"}, {"outcome", "exploded"}}))["status"]), std::string("rejected"));
        QCOMPARE(js(push(*m_t1, makeEvent("locker.incident", {{"outcome", "left-open"}}))["status"]), std::string("rejected"));
        // An event id with control characters, refused for its kind: the events listing shows it tamed.
        QCOMPARE(js(push(*m_t1, makeEvent("order.bogus\x1b[31m", json::object(), "evil\x1b[2Jid"))["status"]), std::string("rejected"));

        const auto ex = m_central->admin({QStringLiteral("exceptions")});
        QCOMPARE(ex.exitCode, 0);
        QVERIFY2(ex.out.contains(QLatin1String("locker.incident")) && ex.out.contains(QLatin1String("S001-CC-999999"))
                     && ex.out.contains(QLatin1String("jammed")),
                 qPrintable(ex.out));
        const auto ev = m_central->admin({QStringLiteral("events")});
        QVERIFY2(ev.out.contains(QLatin1String("evil\\x1b[2Jid")), qPrintable(ev.out));
        for (const QString &out : {ex.out, ev.out}) {
            for (const QChar c : out)
                QVERIFY2(c == QLatin1Char('\n') || (c.unicode() >= 0x20 && c.unicode() != 0x7F && !(c.unicode() >= 0x80 && c.unicode() < 0xA0)),
                         qPrintable(QStringLiteral("control character U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0'))));
        }
        // The note's line break did not make a line of its own.
        QVERIFY(!ex.out.contains(QLatin1String("\nfake line")));
    }

    void cleanupTestCase()
    {
        if (m_central)
            QCOMPARE(m_central->stop(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCentralPickup)
#include "tst_central_pickup.moc"
