// SPDX-License-Identifier: GPL-3.0-or-later
// The local rules of acting on stock and of serving a web order (docs/channels.md), over a real
// ledger.db and a real cache.db with staff, no central service (SyncService null): who may act,
// the bounds of each action, the outbox event each writes (kind and fields of the sync
// contract), active and not-yet-sent holds on an injected clock, and the refund of a web return.
#include "services/customerdesk.h"
#include "services/stockactions.h"
#include "storage/outbox.h"
#include "storage/storeactions.h"

#include "tillfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace ok;

namespace {

constexpr qint64 kStart = 1'795'000'000'000; // wall clock of the tests, ms

struct Event {
    QString kind;
    QString ref;
    QJsonObject payload;
    QString state;
};

} // namespace

class TestStockActions : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<db::Database> m_ledger;
    std::unique_ptr<db::Database> m_cache;
    std::unique_ptr<StaffAuth> m_auth;
    std::unique_ptr<StaffSession> m_session;
    std::unique_ptr<ApprovalGate> m_gate;
    std::unique_ptr<db::StoreActions> m_store;
    std::unique_ptr<StockActions> m_actions;
    std::unique_ptr<CustomerDesk> m_desk;
    qint64 m_now = kStart;

    StockActions &actions() { return *m_actions; }

    void signIn()
    {
        auto r = m_session->signIn(QStringLiteral("E1"), QStringLiteral("1111"));
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
    }

    qint64 count(const char *sql) { return m_ledger->queryInt(sql).value_or(-1); }
    qint64 outboxRows() { return count("SELECT count(*) FROM outbox"); }

    /// The outbox events, oldest first.
    QList<Event> events()
    {
        QList<Event> out;
        auto st = m_ledger->prepare("SELECT kind, ref, payload, state FROM outbox ORDER BY seq");
        while (st->step())
            out.append({st->text(0), st->text(1), QJsonDocument::fromJson(st->text(2).toUtf8()).object(), st->text(3)});
        return out;
    }
    Event lastEvent()
    {
        const auto all = events();
        return all.isEmpty() ? Event{} : all.last();
    }
    void setEventState(const QString &ref, const char *state)
    {
        auto st = m_ledger->prepare("UPDATE outbox SET state = ?2 WHERE ref = ?1");
        st->bind(1, ref).bind(2, QString::fromLatin1(state));
        QVERIFY(st->exec());
    }

    static WebOrder webOrder()
    {
        WebOrder o;
        o.id = QStringLiteral("WEB-200001");
        o.number = QStringLiteral("W200001");
        o.channel = QStringLiteral("web");
        o.customerId = QStringLiteral("C00001");
        o.status = QStringLiteral("delivered");
        o.delivery = QStringLiteral("home");
        o.currency = QStringLiteral("PLN");
        // 3 pieces for 10.00: a piece is not a whole number of grosze.
        o.lines = {{1, 17, QStringLiteral("Skarpety 3-pak"), 3, 1000, 0}, {2, 18, QStringLiteral("Buty"), 1, 24999, 0}};
        o.total = 25999;
        o.payments = {{QStringLiteral("card-online"), 25999, QStringLiteral("PSP-1")}};
        return o;
    }

private Q_SLOTS:
    void init()
    {
        m_now = kStart;
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_ledger = db::openLedger(m_dir->filePath(QStringLiteral("ledger.db"))).value();
        m_cache = db::openCache(m_dir->filePath(QStringLiteral("cache.db"))).value();
        test::writeStore(*m_cache);
        m_auth = std::make_unique<StaffAuth>(*m_cache, *m_ledger, QStringLiteral("S001"));
        m_session = std::make_unique<StaffSession>(*m_auth, std::chrono::seconds(600));
        m_gate = std::make_unique<ApprovalGate>(*m_session);
        m_store = std::make_unique<db::StoreActions>(*m_ledger);
        const Clock clock{[this] { return m_now; }, [this] { return m_now; }, QStringLiteral("boot-1")};
        m_actions = std::make_unique<StockActions>(*m_store, *m_gate, StockActions::Settings{QStringLiteral("S001"), QStringLiteral("T01"), 14 * 24},
                                                   clock);
        m_desk = std::make_unique<CustomerDesk>(nullptr, *m_store, *m_gate,
                                                CustomerDesk::Settings{QStringLiteral("S001"), QStringLiteral("T01"), QStringLiteral("PLN"),
                                                                       {QStringLiteral("original-payment"), QStringLiteral("store-credit")}},
                                                clock);
    }

    void cleanup()
    {
        m_desk.reset();
        m_actions.reset();
        m_store.reset();
        m_gate.reset();
        m_session.reset();
        m_auth.reset();
        m_cache.reset();
        m_ledger.reset();
        m_dir.reset();
    }

    void signedOutNothingIsDone()
    {
        QSignalSpy written(m_actions.get(), &StockActions::eventWritten);
        QVERIFY(!actions().hold(1, QStringLiteral("Mleko"), 1, 10, QStringLiteral("Anna"), 24));
        QVERIFY(!actions().orderFrom(1, QStringLiteral("Mleko"), 1, QStringLiteral("W01"), 10, false,
                                     {QStringLiteral("Anna"), QStringLiteral("+48601234321"), {}, {}}));
        QVERIFY(!actions().count(1, QStringLiteral("Mleko"), 5, 3));
        QVERIFY(!m_desk->returnWebOrder(webOrder(), {{1, 1}}, QStringLiteral("original-payment")));
        QVERIFY(!m_desk->collectHere(webOrder()));
        QCOMPARE(outboxRows(), 0);
        QCOMPARE(count("SELECT count(*) FROM store_action"), 0);
        QCOMPARE(written.size(), 0);

        // Signed in, then signed out (the idle lock): refused again.
        signIn();
        QVERIFY(actions().hold(1, QStringLiteral("Mleko"), 1, 10, QStringLiteral("Anna"), 24));
        const QString id = actions().activeHolds().value().at(0).id;
        m_session->signOut();
        QVERIFY(!actions().releaseHold(id, false));
        QVERIFY(!actions().hold(1, QStringLiteral("Mleko"), 1, 10, QStringLiteral("Anna"), 24));
        QCOMPARE(outboxRows(), 1);
    }

    void aHoldIsCheckedAndWrittenAsTheContractSays()
    {
        signIn();
        QSignalSpy written(m_actions.get(), &StockActions::eventWritten);
        const auto refused = [&](qint64 product, qint64 quantity, qint64 available, const QString &who, int hours) {
            auto r = actions().hold(product, QStringLiteral("Mleko"), quantity, available, who, hours);
            if (r)
                return false;
            return r.error().code == QLatin1String("input.invalid") && !r.error().message.isEmpty();
        };
        QVERIFY(refused(0, 1, 10, QStringLiteral("Anna"), 24));     // no product
        QVERIFY(refused(1, 0, 10, QStringLiteral("Anna"), 24));     // nothing
        QVERIFY(refused(1, -2, 10, QStringLiteral("Anna"), 24));
        QVERIFY(refused(1, 1001, 5000, QStringLiteral("Anna"), 24)); // over the central service's limit
        QVERIFY(refused(1, 4, 3, QStringLiteral("Anna"), 24));      // more than is available here
        QVERIFY(refused(1, 1, 0, QStringLiteral("Anna"), 24));
        QVERIFY(refused(1, 1, 10, QStringLiteral("   "), 24));      // for nobody
        QVERIFY(refused(1, 1, 10, QStringLiteral("Anna"), 0));      // no time
        QVERIFY(refused(1, 1, 10, QStringLiteral("Anna"), 14 * 24 + 1));
        auto over = actions().hold(1, QStringLiteral("Mleko"), 4, 3, QStringLiteral("Anna"), 24);
        QVERIFY(over.error().message.contains(QLatin1String("3"))); // says how many there are
        QCOMPARE(outboxRows(), 0);
        QCOMPARE(written.size(), 0);

        // Exactly what is available, for the longest time allowed.
        auto id = actions().hold(1, QStringLiteral("Mleko 2% 1 l"), 3, 3, QStringLiteral("  Anna \n Nowak "), 14 * 24);
        QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
        QCOMPARE(written.size(), 1);
        const Event e = lastEvent();
        QCOMPARE(e.kind, QStringLiteral("reservation.requested"));
        QCOMPARE(e.state, QStringLiteral("pending"));
        QCOMPARE(e.payload.value(QLatin1String("hold_id")).toString(), id.value());
        QCOMPARE(e.payload.value(QLatin1String("product_id")).toInteger(), 1);
        QCOMPARE(e.payload.value(QLatin1String("location_id")).toString(), QStringLiteral("S001"));
        QCOMPARE(e.payload.value(QLatin1String("quantity")).toInteger(), 3);
        QCOMPARE(e.payload.value(QLatin1String("expires_at")).toInteger(), kStart / 1000 + 14 * 24 * 3600);
        QCOMPARE(e.payload.value(QLatin1String("customer_name")).toString(), QStringLiteral("Anna Nowak"));
        QCOMPARE(e.payload.value(QLatin1String("staff_id")).toString(), QStringLiteral("E1"));
        QVERIFY(e.payload.value(QLatin1String("order_ref")).toString().contains(id.value()));
        QCOMPARE(count("SELECT count(*) FROM journal WHERE kind = 'hold.requested' AND actor = 'E1'"), 1);

        const auto listed = actions().recent(QStringLiteral("hold")).value();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.at(0).id, id.value());
        QCOMPARE(listed.at(0).productName, QStringLiteral("Mleko 2% 1 l"));
        QCOMPARE(listed.at(0).label, QStringLiteral("Anna Nowak"));
        QCOMPARE(listed.at(0).eventState, QStringLiteral("pending"));
        QCOMPARE(listed.at(0).expiresAt.value_or(0), kStart / 1000 + 14 * 24 * 3600);
    }

    void activeAndUnsentHolds()
    {
        signIn();
        const QString a = actions().hold(1, QStringLiteral("Mleko"), 2, 10, QStringLiteral("Anna"), 2).value();
        m_now += 1000;
        const QString b = actions().hold(1, QStringLiteral("Mleko"), 3, 10, QStringLiteral("Bartek"), 48).value();
        m_now += 1000;
        const QString c = actions().hold(2, QStringLiteral("Chleb"), 1, 10, QStringLiteral("Celina"), 24).value();
        // Not sent yet: the cache cannot show them, the screen subtracts them.
        QCOMPARE(actions().unsentHolds(1), 5);
        QCOMPARE(actions().unsentHolds(2), 1);
        QCOMPARE(actions().unsentHolds(3), 0);
        auto active = actions().activeHolds().value();
        QCOMPARE(active.size(), 3);
        QCOMPARE(active.at(0).id, a); // soonest expiry first
        QCOMPARE(active.at(1).id, c);
        QCOMPARE(active.at(2).id, b);

        // Acknowledged: the cache's stock rows carry it from now on.
        setEventState(a, "acked");
        QCOMPARE(actions().unsentHolds(1), 3);
        QCOMPARE(actions().activeHolds().value().size(), 3);
        // Refused by the central service: not active (it never held anything).
        setEventState(c, "dead");
        QCOMPARE(actions().unsentHolds(2), 0);
        active = actions().activeHolds().value();
        QCOMPARE(active.size(), 2);
        QVERIFY(std::none_of(active.cbegin(), active.cend(), [&](const StoreAction &h) { return h.id == c; }));

        // Two hours later hold a has expired by itself: not active, nothing to release.
        m_now += 2 * 3600 * 1000;
        active = actions().activeHolds().value();
        QCOMPARE(active.size(), 1);
        QCOMPARE(active.at(0).id, b);
        const qint64 before = outboxRows();
        auto late = actions().releaseHold(a, false);
        QVERIFY(!late);
        QCOMPARE(late.error().code, QStringLiteral("input.invalid"));
        QCOMPARE(outboxRows(), before);
        QCOMPARE(actions().unsentHolds(1), 3); // b, still pending
    }

    void aHoldIsReleasedOnce()
    {
        signIn();
        const QString cancelled = actions().hold(1, QStringLiteral("Mleko"), 2, 10, QStringLiteral("Anna"), 24).value();
        const QString sold = actions().hold(2, QStringLiteral("Chleb"), 1, 10, QStringLiteral("Bartek"), 24).value();
        QSignalSpy written(m_actions.get(), &StockActions::eventWritten);
        QVERIFY(actions().releaseHold(cancelled, false));
        QCOMPARE(written.size(), 1);
        Event e = lastEvent();
        QCOMPARE(e.kind, QStringLiteral("reservation.released"));
        QCOMPARE(e.payload.value(QLatin1String("hold_id")).toString(), cancelled);
        QCOMPARE(e.payload.value(QLatin1String("reason")).toString(), QStringLiteral("cancelled"));
        QVERIFY(actions().releaseHold(sold, true));
        QCOMPARE(lastEvent().payload.value(QLatin1String("reason")).toString(), QStringLiteral("sold"));
        QCOMPARE(actions().activeHolds().value().size(), 0);
        QCOMPARE(actions().unsentHolds(1), 0);

        // Released already, or never made: refused, nothing written.
        const qint64 before = outboxRows();
        auto again = actions().releaseHold(cancelled, false);
        QVERIFY(!again);
        QVERIFY(!again.error().message.isEmpty());
        QVERIFY(!actions().releaseHold(QStringLiteral("no-such-hold"), false));
        QCOMPARE(outboxRows(), before);
        QCOMPARE(written.size(), 2);
        QCOMPARE(count("SELECT count(*) FROM journal WHERE kind = 'hold.released'"), 2);
        const auto listed = actions().recent(QStringLiteral("hold")).value();
        QCOMPARE(listed.size(), 2);
        for (const auto &h : listed)
            QVERIFY(h.releasedAtMs.has_value());
    }

    void anOrderFromElsewhereNeedsALocationAndAContact()
    {
        signIn();
        const StockActions::Contact anna{QStringLiteral("Anna Nowak"), QStringLiteral("+48 601 234 321"), QStringLiteral("anna@example.com"),
                                         QString()};
        const auto refused = [&](const QString &from, qint64 quantity, qint64 availableThere, bool toHome, const StockActions::Contact &c) {
            auto r = actions().orderFrom(7, QStringLiteral("Buty"), quantity, from, availableThere, toHome, c);
            return !r && r.error().code == QLatin1String("input.invalid");
        };
        QVERIFY(refused(QStringLiteral("S001"), 1, 10, false, anna)); // this store
        QVERIFY(refused(QString(), 1, 10, false, anna));
        QVERIFY(refused(QStringLiteral("W01"), 0, 10, false, anna));
        QVERIFY(refused(QStringLiteral("W01"), 1001, 5000, false, anna));
        QVERIFY(refused(QStringLiteral("W01"), 3, 2, false, anna)); // more than there
        QVERIFY(refused(QStringLiteral("W01"), 1, 10, false, {QString(), anna.phone, anna.email, {}}));
        QVERIFY(refused(QStringLiteral("W01"), 1, 10, false, {anna.name, QString(), QString(), {}})); // no way to reach them
        QVERIFY(refused(QStringLiteral("W01"), 1, 10, false, {anna.name, QStringLiteral("call me"), QString(), {}}));
        QVERIFY(refused(QStringLiteral("W01"), 1, 10, false, {anna.name, QStringLiteral("12"), QString(), {}}));
        QVERIFY(refused(QStringLiteral("W01"), 1, 10, false, {anna.name, QString(), QStringLiteral("anna@"), {}}));
        QVERIFY(refused(QStringLiteral("W01"), 1, 10, false, {anna.name, QString(), QStringLiteral("anna.example.com"), {}}));
        QVERIFY(refused(QStringLiteral("W01"), 1, 10, true, anna)); // home, but where?
        QVERIFY(refused(QStringLiteral("W01"), 1, 10, true, {anna.name, anna.phone, {}, QStringLiteral("Kraków")}));
        QCOMPARE(outboxRows(), 0);

        // To this store, reachable by e-mail only.
        auto toStore = actions().orderFrom(7, QStringLiteral("Buty"), 2, QStringLiteral("W01"), 2, false,
                                           {QStringLiteral("Anna Nowak"), QString(), QStringLiteral("anna@example.com"), {}});
        QVERIFY2(toStore, qPrintable(toStore ? QString() : toStore.error().message));
        Event e = lastEvent();
        QCOMPARE(e.kind, QStringLiteral("transfer.requested"));
        QCOMPARE(e.payload.value(QLatin1String("request_id")).toString(), toStore.value());
        QCOMPARE(e.payload.value(QLatin1String("product_id")).toInteger(), 7);
        QCOMPARE(e.payload.value(QLatin1String("quantity")).toInteger(), 2);
        QCOMPARE(e.payload.value(QLatin1String("from_location")).toString(), QStringLiteral("W01"));
        QCOMPARE(e.payload.value(QLatin1String("to")).toString(), QStringLiteral("store"));
        QCOMPARE(e.payload.value(QLatin1String("store_id")).toString(), QStringLiteral("S001"));
        QCOMPARE(e.payload.value(QLatin1String("staff_id")).toString(), QStringLiteral("E1"));
        QJsonObject customer = e.payload.value(QLatin1String("customer")).toObject();
        QCOMPARE(customer.value(QLatin1String("name")).toString(), QStringLiteral("Anna Nowak"));
        QCOMPARE(customer.value(QLatin1String("email")).toString(), QStringLiteral("anna@example.com"));
        QVERIFY(!customer.contains(QLatin1String("address")));

        // To the customer's home from another store, with the address.
        m_now += 1000;
        auto toHome = actions().orderFrom(7, QStringLiteral("Buty"), 1, QStringLiteral("S002"), 5, true,
                                          {QStringLiteral("Anna Nowak"), QStringLiteral("+48 601 234 321"), QString(),
                                           QStringLiteral("ul. Długa 1, 31-147 Kraków")});
        QVERIFY2(toHome, qPrintable(toHome ? QString() : toHome.error().message));
        e = lastEvent();
        QCOMPARE(e.payload.value(QLatin1String("to")).toString(), QStringLiteral("home"));
        QCOMPARE(e.payload.value(QLatin1String("from_location")).toString(), QStringLiteral("S002"));
        customer = e.payload.value(QLatin1String("customer")).toObject();
        QCOMPARE(customer.value(QLatin1String("phone")).toString(), QStringLiteral("+48 601 234 321"));
        QCOMPARE(customer.value(QLatin1String("address")).toString(), QStringLiteral("ul. Długa 1, 31-147 Kraków"));

        // The action rows the lists show keep no customer data.
        const auto listed = actions().recent(QStringLiteral("transfer")).value();
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed.at(0).label, QStringLiteral("home"));
        QCOMPARE(listed.at(1).label, QStringLiteral("store"));
        QCOMPARE(listed.at(1).locationId, QStringLiteral("W01"));
        QCOMPARE(count("SELECT count(*) FROM store_action WHERE label LIKE '%Anna%' OR label LIKE '%601%' OR label LIKE '%example%' "
                       "OR product_name LIKE '%Anna%'"),
                 0);
    }

    void theCustomersContactIsNotWrittenToTheJournal()
    {
        // "Personal data ... never written to terminal logs" (issue 13): the contact travels in the
        // outbox event only (it must, until the central service has it), not in the journal.
        signIn();
        auto r = actions().orderFrom(7, QStringLiteral("Buty"), 1, QStringLiteral("W01"), 5, true,
                                     {QStringLiteral("Zofia Wiśniewska"), QStringLiteral("+48 601 999 888"), QStringLiteral("zofia@example.com"),
                                      QStringLiteral("ul. Krótka 7, 00-001 Warszawa")});
        QVERIFY(r);
        QCOMPARE(count("SELECT count(*) FROM journal WHERE kind = 'transfer.requested'"), 1);
        QCOMPARE(count("SELECT count(*) FROM journal WHERE payload LIKE '%601 999 888%' OR payload LIKE '%zofia@example.com%' "
                       "OR payload LIKE '%Krótka%'"),
                 0);
        // The outbox keeps it only until the central service has the request.
        const char *contactInOutbox = "SELECT count(*) FROM outbox WHERE payload LIKE '%601 999 888%' OR payload LIKE '%zofia@example.com%' "
                                      "OR payload LIKE '%Krótka%'";
        QCOMPARE(count(contactInOutbox), 1);
        db::Outbox outbox(*m_ledger);
        auto pending = outbox.pendingEvents(10);
        QVERIFY(pending && pending->size() == 1);
        QVERIFY(outbox.recordAnswers({{pending->first().eventId, db::Outbox::Answer::Outcome::Accepted, {}}}, m_now));
        QCOMPARE(count(contactInOutbox), 0);
        // The rest of the request stays, as the record of what was sent.
        QCOMPARE(count("SELECT count(*) FROM outbox WHERE kind = 'transfer.requested' AND state = 'acked' "
                       "AND json_extract(payload, '$.from_location') = 'W01'"),
                 1);
    }

    void aCountIsSentWithTheVersionItWasCountedFrom()
    {
        signIn();
        QVERIFY(!actions().count(0, QStringLiteral("x"), 5, 3));
        QVERIFY(!actions().count(1, QStringLiteral("Mleko"), -1, 3));
        QVERIFY(!actions().count(1, QStringLiteral("Mleko"), 1000001, 3));
        auto unknown = actions().count(1, QStringLiteral("Mleko"), 5, 0); // the stock row is not in the cache yet
        QVERIFY(!unknown);
        QVERIFY(unknown.error().message.contains(QLatin1String("sync")));
        QCOMPARE(outboxRows(), 0);

        auto id = actions().count(1, QStringLiteral("Mleko 2% 1 l"), 0, 41); // an empty shelf is a count too
        QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
        const Event e = lastEvent();
        QCOMPARE(e.kind, QStringLiteral("stock.counted"));
        QCOMPARE(e.payload.value(QLatin1String("product_id")).toInteger(), 1);
        QCOMPARE(e.payload.value(QLatin1String("location_id")).toString(), QStringLiteral("S001"));
        QCOMPARE(e.payload.value(QLatin1String("counted")).toInteger(), 0);
        QVERIFY(e.payload.value(QLatin1String("counted")).isDouble()); // a number, not absent
        QCOMPARE(e.payload.value(QLatin1String("expected_version")).toInteger(), 41);
        QCOMPARE(e.payload.value(QLatin1String("staff_id")).toString(), QStringLiteral("E1"));
        const auto listed = actions().recent(QStringLiteral("count")).value();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.at(0).quantity, 0);
        QCOMPARE(listed.at(0).eventState, QStringLiteral("pending"));
        // The central service refused it: the list says so, with the reason.
        auto st = m_ledger->prepare("UPDATE outbox SET state = 'dead', last_error = 'the stock changed since it was counted' WHERE kind = 'stock.counted'");
        QVERIFY(st->exec());
        const auto refused = actions().recent(QStringLiteral("count")).value();
        QCOMPARE(refused.at(0).eventState, QStringLiteral("dead"));
        QCOMPARE(refused.at(0).reason, QStringLiteral("the stock changed since it was counted"));
    }

    void aRefundIsTheLinesPaidShare()
    {
        WebOrder o = webOrder();
        QCOMPARE(CustomerDesk::refundOf(o, {{1, 3}}).value(), 1000);
        QCOMPARE(CustomerDesk::refundOf(o, {{2, 1}}).value(), 24999);
        QCOMPARE(CustomerDesk::refundOf(o, {{1, 3}, {2, 1}}).value(), o.total);
        const qint64 onePiece = CustomerDesk::refundOf(o, {{1, 1}}).value();
        QCOMPARE(onePiece, 1000 / 3);
        QCOMPARE(CustomerDesk::refundOf(o, {{1, 2}}).value(), 1000 * 2 / 3);
        QCOMPARE(CustomerDesk::refundOf(o, {{1, 1}, {2, 0}}).value(), onePiece); // 0 = not returned

        // Piece by piece (another channel returned the earlier ones): the last piece takes the
        // rest, so the refunds add up to exactly what the line cost.
        qint64 refunded = 0;
        for (qint64 returned = 0; returned < 3; ++returned) {
            o.lines[0].returned = returned;
            auto r = CustomerDesk::refundOf(o, {{1, 1}});
            QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
            refunded += r.value();
        }
        QCOMPARE(refunded, 1000);
        o.lines[0].returned = 1;
        QCOMPARE(CustomerDesk::refundOf(o, {{1, 2}}).value(), 1000 - 1000 / 3);

        // Over-return, a line the order lacks, nothing chosen, a negative quantity: refused.
        o.lines[0].returned = 2;
        QVERIFY(!CustomerDesk::refundOf(o, {{1, 2}}));
        QVERIFY(CustomerDesk::refundOf(o, {{1, 2}}).error().message.contains(QLatin1String("1")));
        QVERIFY(!CustomerDesk::refundOf(webOrder(), {{1, 4}}));
        QVERIFY(!CustomerDesk::refundOf(webOrder(), {{9, 1}}));
        QVERIFY(!CustomerDesk::refundOf(webOrder(), {}));
        QVERIFY(!CustomerDesk::refundOf(webOrder(), {{1, 0}}));
        QVERIFY(!CustomerDesk::refundOf(webOrder(), {{1, -1}}));
        o.lines[0].returned = 3;
        QVERIFY(!CustomerDesk::refundOf(o, {{1, 1}}));
    }

    void aWebReturnIsWrittenAsTheContractSays()
    {
        signIn();
        WebOrder o = webOrder();
        o.lines[0].returned = 1; // one pair came back by post
        // Refused before anything is written: over-return, a method the store does not offer,
        // another currency, an order not delivered yet.
        QVERIFY(!m_desk->returnWebOrder(o, {{1, 3}}, QStringLiteral("original-payment")));
        QVERIFY(!m_desk->returnWebOrder(o, {{1, 1}}, QStringLiteral("cash")));
        WebOrder euro = o;
        euro.currency = QStringLiteral("EUR");
        QVERIFY(!m_desk->returnWebOrder(euro, {{1, 1}}, QStringLiteral("original-payment")));
        WebOrder paid = o;
        paid.status = QStringLiteral("paid");
        QVERIFY(!m_desk->returnWebOrder(paid, {{1, 1}}, QStringLiteral("original-payment")));
        QCOMPARE(outboxRows(), 0);

        auto id = m_desk->returnWebOrder(o, {{1, 2}, {2, 1}}, QStringLiteral("store-credit"));
        QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
        const Event e = lastEvent();
        QCOMPARE(e.kind, QStringLiteral("web_return.completed"));
        QCOMPARE(e.payload.value(QLatin1String("return_id")).toString(), id.value());
        QCOMPARE(e.payload.value(QLatin1String("order_id")).toString(), QStringLiteral("WEB-200001"));
        QCOMPARE(e.payload.value(QLatin1String("store_id")).toString(), QStringLiteral("S001"));
        QCOMPARE(e.payload.value(QLatin1String("terminal_id")).toString(), QStringLiteral("T01"));
        QCOMPARE(e.payload.value(QLatin1String("staff_id")).toString(), QStringLiteral("E1"));
        const QJsonArray lines = e.payload.value(QLatin1String("lines")).toArray();
        QCOMPARE(lines.size(), 2);
        qint64 sum = 0;
        for (const QJsonValue &l : lines)
            sum += l.toObject().value(QLatin1String("amount")).toInteger();
        const QJsonObject refund = e.payload.value(QLatin1String("refund")).toObject();
        QCOMPARE(refund.value(QLatin1String("method")).toString(), QStringLiteral("store-credit"));
        QCOMPARE(refund.value(QLatin1String("currency")).toString(), QStringLiteral("PLN"));
        QCOMPARE(refund.value(QLatin1String("amount")).toInteger(), (1000 - 1000 / 3) + 24999);
        QCOMPARE(sum, refund.value(QLatin1String("amount")).toInteger()); // the central service checks this
        const QJsonArray deltas = e.payload.value(QLatin1String("stock_deltas")).toArray();
        QCOMPARE(deltas.size(), 2);
        for (const QJsonValue &d : deltas)
            QCOMPARE(d.toObject().value(QLatin1String("location_id")).toString(), QStringLiteral("S001"));
        QCOMPARE(deltas.at(0).toObject().value(QLatin1String("product_id")).toInteger(), 17);
        QCOMPARE(deltas.at(0).toObject().value(QLatin1String("delta")).toInteger(), 2);
        const auto listed = m_store->list(QStringLiteral("web_return"), 5).value();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.at(0).label, QStringLiteral("W200001"));
        QCOMPARE(listed.at(0).amount.value_or(0), refund.value(QLatin1String("amount")).toInteger());
        QCOMPARE(listed.at(0).quantity, 3);
    }

    void withoutACentralServiceCustomersAreNotLookedUp()
    {
        signIn();
        std::optional<Result<QList<Customer>>> found;
        m_desk->find(QStringLiteral("2980000000010"), [&](Result<QList<Customer>> r) { found.emplace(std::move(r)); });
        QVERIFY(found.has_value()); // at once: nothing to wait for
        QVERIFY(!found->ok());
        QVERIFY(!found->error().message.isEmpty());
        std::optional<Result<Redemption>> redeemed;
        m_desk->redeem(QStringLiteral("r1"), QStringLiteral("C00001"), 100, QStringLiteral("t1"),
                       [&](Result<Redemption> r) { redeemed.emplace(std::move(r)); });
        QVERIFY(redeemed.has_value() && !redeemed->ok());
        QCOMPARE(redeemed->error().code, QStringLiteral("loyalty.offline"));
        QCOMPARE(outboxRows(), 0);
    }
};

QTEST_GUILESS_MAIN(TestStockActions)
#include "tst_stockactions.moc"
