// SPDX-License-Identifier: GPL-3.0-or-later
// Click-and-collect at the kiosk against real ledger.db / cache.db files and the locker simulator
// on a pseudo-terminal: a code or a signed QR opens the right door and records the handover;
// wrong codes lock an order, across a restart; the terminal makes guessers wait; a jammed door
// sends the customer to staff after one unlock; a door left open raises an incident; expired,
// cancelled, collected and not-yet-loaded orders open nothing; staff load a compartment (never
// one that holds another order), hand over at the counter with refused items, take an expired
// parcel back.
#include "core/pickup.h"
#include "services/approvalgate.h"
#include "services/devicemanager.h"
#include "services/lockerdoors.h"
#include "services/pickupcounter.h"
#include "services/pickupdesk.h"
#include "services/staffauth.h"
#include "services/staffsession.h"
#include "storage/pickups.h"
#include "storage/schema.h"
#include "storage/sqlite.h"
#include "tillfixture.h"

#include "../tools/simprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ok;

namespace {

constexpr qint64 kNowS = 1'900'000'000;
constexpr int kIterations = pin::kMinIterations; // the real cost is measured in bench/

Config configOf(const QStringList &assignments)
{
    Config c;
    for (const QString &a : assignments)
        if (auto r = c.applyOverride(a); !r)
            qFatal("%s", qPrintable(r.error().message));
    return c;
}

/// One Kerong board, compartments A01-A04 (top row A01-A02, bottom row A03-A04).
QList<DeviceConfig> lockerBankAt(const QString &pty, bool itemSensors = false)
{
    return configOf({QStringLiteral("device.lockers.item_sensors=") + (itemSensors ? QStringLiteral("yes") : QStringLiteral("no")),
                     QStringLiteral("device.lockers.role=locker"), QStringLiteral("device.lockers.driver=kerong-cu16"),
                     QStringLiteral("device.lockers.transport=serial"), QStringLiteral("device.lockers.port=") + pty,
                     QStringLiteral("device.lockers.baud=19200"), QStringLiteral("device.lockers.boards=0"),
                     QStringLiteral("device.lockers.poll_ms=100"), QStringLiteral("device.lockers.reply_timeout_ms=150"),
                     QStringLiteral("device.lockers.verify_ms=500"),
                     QStringLiteral("device.lockers.compartments=A01-A02:0:1-2:S, A03-A04:0:3-4:M")})
        .devices;
}

/// An order of store S001 with pickup code `code` (12 symbols, normalized).
void addOrder(db::Database &cache, const QString &id, const QString &code, const QString &status, const QString &compartment,
              qint64 expiresAt = kNowS + 86400, bool idCheck = false)
{
    const QByteArray salt = QByteArray::number(qHash(id)).leftJustified(16, 'x');
    auto st = cache.prepare(R"sql(
        INSERT INTO cc_order(id, store_id, number, customer_first_name, contact_masked, pickup_salt, pickup_verifier,
                             compartment, status, expires_at, total, currency, pickup_locator, pickup_iterations, compartments, id_check)
        VALUES(?1, 'S001', ?2, 'Anna', 'a***@example.com', ?3, ?4, ?5, ?6, ?7, 4599, 'PLN', ?8, ?9, ?10, ?11))sql");
    QVERIFY(st);
    st.value().bind(1, id).bind(2, QStringLiteral("CC") + id.section(QLatin1Char('-'), -1)).bind(3, salt)
        .bind(4, pickup::verifier(code, salt, kIterations)).bind(6, status).bind(7, expiresAt).bind(8, pickup::locatorOf(code))
        .bind(9, kIterations).bind(10, compartment).bind(11, idCheck ? 1 : 0);
    if (compartment.isEmpty())
        st.value().bindNull(5);
    else
        st.value().bind(5, compartment);
    QVERIFY(st.value().exec());
    auto line = cache.prepare("INSERT INTO cc_order_line(order_id, line_no, product_id, name, quantity) VALUES(?1, 1, 1, 'Mleko', 2)");
    QVERIFY(line);
    QVERIFY(line.value().bind(1, id).exec());
}

int frames(SimProcess &sim, const QString &name)
{
    const qsizetype from = sim.lineCount();
    sim.command(QStringLiteral("frames"));
    const QString line = sim.waitForLine(QStringLiteral("FRAMES "), from, 1000);
    const auto m = QRegularExpression(QStringLiteral("\\b%1=(\\d+)").arg(name)).match(line);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

/// The kiosk's pickup parts over the databases in `dir`, as TerminalApp wires them.
struct Rig {
    qint64 nowMs = kNowS * 1000;
    std::unique_ptr<db::Database> cache;
    std::unique_ptr<db::Database> ledger;
    DeviceManager devices;
    StaffAuth auth;
    StaffSession session;
    ApprovalGate gate;
    db::Pickups store;
    LockerDoors doors;
    PickupDesk desk;
    PickupCounter counter;

    Rig(const QString &dir, PickupSettings settings, int leftOpenS = 60)
        : cache(db::openCache(dir + QStringLiteral("/cache.db")).value())
        , ledger(db::openLedger(dir + QStringLiteral("/ledger.db")).value())
        , auth(*cache, *ledger, QStringLiteral("S001"))
        , session(auth, std::chrono::seconds(600))
        , gate(session)
        , store(*cache, *ledger)
        , doors(devices, *ledger, leftOpenS)
        , desk(settings, store, doors, clock())
        , counter(store, doors, gate, clock())
    {
        devices.setLedger(ledger.get());
    }
    ~Rig() { devices.stop(); }

    Clock clock()
    {
        return Clock{[this] { return nowMs; }, [this] { return nowMs; }, QStringLiteral("boot")};
    }
    qint64 count(const char *sql) { return ledger->queryInt(sql).value_or(-1); }
    QJsonObject lastOutbox(const char *kind)
    {
        auto st = ledger->prepare("SELECT payload FROM outbox WHERE kind = ?1 ORDER BY seq DESC LIMIT 1");
        if (!st || !st.value().bind(1, QString::fromLatin1(kind)).step())
            return {};
        return QJsonDocument::fromJson(st.value().text(0).toUtf8()).object();
    }
};

PickupSettings settings(const QByteArray &key = {})
{
    PickupSettings s;
    s.storeId = QStringLiteral("S001");
    s.tokenKey = key;
    s.freeFailures = 100; // the terminal's delay has its own test
    return s;
}

} // namespace

class TestPickup : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    std::unique_ptr<SimProcess> sim;
    QString pty;

    void fillCache()
    {
        auto cache = db::openCache(dir.path() + QStringLiteral("/cache.db")).value();
        test::writeStore(*cache);
        addOrder(*cache, QStringLiteral("S001-CC-1"), QStringLiteral("K7Q2M9XD4HWT"), QStringLiteral("ready"), QStringLiteral("A02"));
        addOrder(*cache, QStringLiteral("S001-CC-2"), QStringLiteral("K7ABCDEFGHJK"), QStringLiteral("ready"), QStringLiteral("A03"));
        addOrder(*cache, QStringLiteral("S001-CC-3"), QStringLiteral("M3Q2M9XD4HWT"), QStringLiteral("ready"), QString());
        addOrder(*cache, QStringLiteral("S001-CC-4"), QStringLiteral("N4Q2M9XD4HWT"), QStringLiteral("ready"), QStringLiteral("A04"), kNowS - 60);
        addOrder(*cache, QStringLiteral("S001-CC-5"), QStringLiteral("P5Q2M9XD4HWT"), QStringLiteral("cancelled"), QStringLiteral("A01"));
        addOrder(*cache, QStringLiteral("S001-CC-6"), QStringLiteral("Q6Q2M9XD4HWT"), QStringLiteral("awaiting_pickup"), QString());
        addOrder(*cache, QStringLiteral("S001-CC-7"), QStringLiteral("R7Q2M9XD4HWT"), QStringLiteral("ready"), QStringLiteral("Z99"),
                 kNowS + 86400, true);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(dir.isValid());
        QFile::remove(dir.path() + QStringLiteral("/cache.db"));
        QFile::remove(dir.path() + QStringLiteral("/ledger.db"));
        fillCache();
        sim = std::make_unique<SimProcess>(QStringLiteral(LOCKER_SIM),
                                           QStringList{QStringLiteral("--protocol"), QStringLiteral("kerong"), QStringLiteral("--boards"), QStringLiteral("1")});
        pty = sim->waitFor("PTY ");
        QVERIFY(!pty.isEmpty());
    }
    void cleanup() { sim.reset(); }

    void aCodeOpensItsDoorAndTheHandoverIsRecorded()
    {
        Rig rig(dir.path(), settings());
        rig.devices.start(lockerBankAt(pty));
        QTRY_VERIFY(rig.devices.isOnline(0));
        QSignalSpy opened(&rig.desk, &PickupDesk::doorOpened);
        QSignalSpy closed(&rig.desk, &PickupDesk::allDoorsClosed);

        auto v = rig.desk.verify(QStringLiteral("k7q2-m9xd-4hwt"));
        QVERIFY2(v, qPrintable(v ? QString() : v.error().message));
        QCOMPARE(v.value().order.id, QStringLiteral("S001-CC-1"));
        QCOMPARE(v.value().order.itemCount(), 2);
        QVERIFY(rig.desk.collect(v.value()));
        QTRY_COMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0).at(0).toString(), QStringLiteral("A02"));
        QTRY_VERIFY(sim->lines().join(QLatin1Char('\n')).contains(QRegularExpression(QStringLiteral(" \\S*unlock\\S* 0 2$"), QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption)));
        QCOMPARE(frames(*sim, QStringLiteral("unlock")), 1);

        const QJsonObject ev = rig.lastOutbox("order.handed_over");
        QCOMPARE(ev.value(QStringLiteral("order_id")).toString(), QStringLiteral("S001-CC-1"));
        QCOMPARE(ev.value(QStringLiteral("verified_by")).toString(), QStringLiteral("code"));
        QCOMPARE(ev.value(QStringLiteral("compartments")).toArray().first().toString(), QStringLiteral("A02"));
        QVERIFY(!QJsonDocument(ev).toJson().contains("K7Q2"));
        QCOMPARE(rig.count("SELECT count(*) FROM journal WHERE payload LIKE '%K7Q2%'"), 0);

        // Collected here: the same code again opens nothing, even before the stream says so.
        QCOMPARE(rig.desk.verify(QStringLiteral("K7Q2M9XD4HWT")).error().code, QStringLiteral("pickup.collected"));
        sim->command(QStringLiteral("close 0 2"));
        QTRY_COMPARE(closed.size(), 1);
        QCOMPARE(frames(*sim, QStringLiteral("unlock")), 1);
    }

    void aSignedQrIsCheckedWithThePinnedKeyOnly()
    {
        const QByteArray key = pickup::generatePrivateKey();
        Rig rig(dir.path(), settings(pickup::publicKeyOf(key)));
        const auto token = [&](const QString &order, const QString &store, const QByteArray &signer) {
            pickup::Token t{order, store, kNowS + 86400, {}};
            t.signature = pickup::sign(pickup::tokenMessage(t.orderId, t.storeId, t.expiresAt), signer);
            return pickup::formatToken(t);
        };
        auto v = rig.desk.verify(token(QStringLiteral("S001-CC-2"), QStringLiteral("S001"), key));
        QVERIFY2(v, qPrintable(v ? QString() : v.error().message));
        QCOMPARE(v.value().how, QStringLiteral("qr"));
        QCOMPARE(v.value().order.compartments, QStringList{QStringLiteral("A03")});
        // Another key's token, a token for another store, an expired order's token.
        QCOMPARE(rig.desk.verify(token(QStringLiteral("S001-CC-2"), QStringLiteral("S001"), pickup::generatePrivateKey())).error().code,
                 QStringLiteral("pickup.wrong"));
        QCOMPARE(rig.desk.verify(token(QStringLiteral("S002-CC-2"), QStringLiteral("S002"), key)).error().code, QStringLiteral("pickup.other-store"));
        QCOMPARE(rig.desk.verify(token(QStringLiteral("S001-CC-9"), QStringLiteral("S001"), key)).error().code, QStringLiteral("pickup.unknown"));
        QCOMPARE(rig.desk.verify(token(QStringLiteral("S001-CC-5"), QStringLiteral("S001"), key)).error().code, QStringLiteral("pickup.cancelled"));
        QCOMPARE(rig.count("SELECT count(*) FROM outbox"), 0);
    }

    void wrongCodesLockTheOrderAcrossARestart()
    {
        {
            Rig rig(dir.path(), settings());
            // Right locator (K7), wrong secret: counts against both orders with that locator.
            for (int i = 0; i < 4; ++i)
                QCOMPARE(rig.desk.verify(QStringLiteral("K7ZZZZZZZZZZ")).error().code, QStringLiteral("pickup.wrong"));
            QCOMPARE(rig.store.orderGuard(QStringLiteral("S001-CC-1")).value().failures, 4);
            QVERIFY(rig.desk.verify(QStringLiteral("K7Q2M9XD4HWT"))); // a success before the lock clears the count
            QCOMPARE(rig.store.orderGuard(QStringLiteral("S001-CC-1")).value().failures, 4); // verify alone records nothing
            for (int i = 0; i < 5; ++i)
                (void)rig.desk.verify(QStringLiteral("K7ZZZZZZZZZY"));
            QVERIFY(rig.store.orderGuard(QStringLiteral("S001-CC-1")).value().lockedAtMs > 0);
        }
        // A restart: the lock holds, the right code is refused.
        Rig rig(dir.path(), settings());
        QCOMPARE(rig.desk.verify(QStringLiteral("K7Q2M9XD4HWT")).error().code, QStringLiteral("pickup.locked"));
        // A cashier may not lift it; a supervisor may, with a reason, journaled.
        QVERIFY(rig.session.signIn(QStringLiteral("E1"), QStringLiteral("1111")));
        QVERIFY(!rig.counter.unlock(QStringLiteral("S001-CC-1"), QStringLiteral("customer showed ID")));
        rig.session.signOut();
        QVERIFY(rig.session.signIn(QStringLiteral("E2"), QStringLiteral("2222")));
        QCOMPARE(rig.counter.unlock(QStringLiteral("S001-CC-1"), QString()).error().code, QStringLiteral("pickup.reason"));
        QVERIFY(rig.counter.unlock(QStringLiteral("S001-CC-1"), QStringLiteral("customer showed ID")));
        QCOMPARE(rig.count("SELECT count(*) FROM journal WHERE kind = 'pickup.unlocked' AND actor = 'E2'"), 1);
        QVERIFY(rig.desk.verify(QStringLiteral("K7Q2M9XD4HWT")));
    }

    void theTerminalMakesGuessersWaitLongerAndLonger()
    {
        PickupSettings s = settings();
        s.freeFailures = 3;
        s.maxDelayS = 120;
        {
            Rig rig(dir.path(), s);
            for (int i = 0; i < 3; ++i)
                QCOMPARE(rig.desk.verify(QStringLiteral("22ZZZZZZZZZZ")).error().code, QStringLiteral("pickup.wrong"));
            QCOMPARE(rig.desk.waitMs(), 2000);
            QCOMPARE(rig.desk.verify(QStringLiteral("K7Q2M9XD4HWT")).error().code, QStringLiteral("pickup.wait"));
            rig.nowMs += 2000;
            QCOMPARE(rig.desk.verify(QStringLiteral("22ZZZZZZZZZZ")).error().code, QStringLiteral("pickup.wrong"));
            QCOMPARE(rig.desk.waitMs(), 4000);
        }
        Rig rig(dir.path(), s); // survives a restart
        QCOMPARE(rig.desk.waitMs(), 4000);
        rig.nowMs += 3600'000;
        for (int i = 0; i < 10; ++i) {
            (void)rig.desk.verify(QStringLiteral("22ZZZZZZZZZZ"));
            rig.nowMs += 3600'000;
        }
        rig.nowMs -= 3600'000;
        QCOMPARE(rig.desk.waitMs(), 120'000); // capped
        rig.nowMs += 120'000;
        QVERIFY(rig.desk.verify(QStringLiteral("K7Q2M9XD4HWT"))); // then a right code works at once
    }

    void malformedAndOrdersThatCannotBeCollectedOpenNothing()
    {
        Rig rig(dir.path(), settings());
        rig.devices.start(lockerBankAt(pty));
        QTRY_VERIFY(rig.devices.isOnline(0));
        QCOMPARE(rig.desk.verify(QStringLiteral("K7Q2-M9XD")).error().code, QStringLiteral("pickup.malformed"));
        QCOMPARE(rig.desk.verify(QStringLiteral("K7Q2M9XD4HW0")).error().code, QStringLiteral("pickup.malformed"));
        QCOMPARE(rig.desk.verify(QStringLiteral("N4Q2M9XD4HWT")).error().code, QStringLiteral("pickup.expired"));
        QCOMPARE(rig.desk.verify(QStringLiteral("P5Q2M9XD4HWT")).error().code, QStringLiteral("pickup.cancelled"));
        QCOMPARE(rig.desk.verify(QStringLiteral("Q6Q2M9XD4HWT")).error().code, QStringLiteral("pickup.not-ready"));
        QCOMPARE(rig.store.terminalGuard().value().failures, 0); // a right code of a closed order is no guess
        QTest::qWait(300);
        QCOMPARE(frames(*sim, QStringLiteral("unlock")), 0);
    }

    void aCounterOrderCallsStaffAndOpensNoDoor()
    {
        Rig rig(dir.path(), settings());
        QSignalSpy call(&rig.desk, &PickupDesk::counterCall);
        auto v = rig.desk.verify(QStringLiteral("M3Q2M9XD4HWT"));
        QVERIFY(v);
        QVERIFY(rig.desk.collect(v.value()));
        QCOMPARE(call.size(), 1);
        QCOMPARE(call.at(0).at(1).toString(), QStringLiteral("CC3"));
        QCOMPARE(rig.count("SELECT count(*) FROM journal WHERE kind LIKE 'locker.%'"), 0);
        // Staff hand it over, one of the two items refused: two events, the refund's lines.
        QVERIFY(rig.session.signIn(QStringLiteral("E1"), QStringLiteral("1111")));
        QVERIFY(rig.counter.handOver(QStringLiteral("S001-CC-3"), {{1, 1}}, QString()));
        QCOMPARE(rig.lastOutbox("order.handed_over").value(QStringLiteral("via")).toString(), QStringLiteral("counter"));
        QCOMPARE(rig.lastOutbox("order.refused").value(QStringLiteral("lines")).toArray().first().toObject().value(QStringLiteral("quantity")).toInt(), 1);
        QCOMPARE(rig.store.order(QStringLiteral("S001-CC-3")).value()->status, QStringLiteral("collected"));
    }

    void anOrderNeedingAnIdCheckIsHandedOverByStaffOnly()
    {
        Rig rig(dir.path(), settings());
        rig.devices.start(lockerBankAt(pty));
        QTRY_VERIFY(rig.devices.isOnline(0));
        QSignalSpy call(&rig.desk, &PickupDesk::counterCall);
        // Even in a locker, a right code calls staff: no door opens for it.
        auto v = rig.desk.verify(QStringLiteral("R7Q2M9XD4HWT"));
        QVERIFY(v);
        QVERIFY(rig.desk.collect(v.value()));
        QCOMPARE(call.size(), 1);
        QTest::qWait(300);
        QCOMPARE(frames(*sim, QStringLiteral("unlock")), 0);
        QVERIFY(rig.session.signIn(QStringLiteral("E1"), QStringLiteral("1111")));
        QCOMPARE(rig.counter.load(QStringLiteral("S001-CC-7"), {QStringLiteral("A02")}).error().code, QStringLiteral("pickup.not-loadable"));
        QCOMPARE(rig.counter.handOver(QStringLiteral("S001-CC-7"), {}, QString()).error().code, QStringLiteral("pickup.id-check"));
        QVERIFY(rig.counter.handOver(QStringLiteral("S001-CC-7"), {}, QStringLiteral("Passport")));
        const QJsonObject ev = rig.lastOutbox("order.handed_over");
        QCOMPARE(ev.value(QStringLiteral("id_check")).toObject().value(QStringLiteral("document_type")).toString(), QStringLiteral("Passport"));
        QCOMPARE(ev.value(QStringLiteral("verified_by")).toString(), QStringLiteral("staff"));
    }

    void anOrderHandedOverHereButCancelledCentrallyIsAnException()
    {
        Rig rig(dir.path(), settings());
        QVERIFY(rig.session.signIn(QStringLiteral("E1"), QStringLiteral("1111")));
        QVERIFY(rig.counter.handOver(QStringLiteral("S001-CC-3"), {}, QString()));
        QVERIFY(!rig.store.order(QStringLiteral("S001-CC-3")).value()->cancelledCentrally);
        // Offline meanwhile, the central service cancelled it; the orders stream now says so.
        QVERIFY(rig.cache->exec("UPDATE cc_order SET status = 'cancelled' WHERE id = 'S001-CC-3'"));
        const PickupOrder o = rig.store.order(QStringLiteral("S001-CC-3")).value().value_or(PickupOrder{});
        QVERIFY(o.cancelledCentrally);
        QCOMPARE(o.status, QStringLiteral("collected")); // what happened here stays true here
        // The stream catching up with the handover ends it: nothing to look at any more.
        QVERIFY(rig.cache->exec("UPDATE cc_order SET status = 'collected' WHERE id = 'S001-CC-3'"));
        QVERIFY(!rig.store.order(QStringLiteral("S001-CC-3")).value()->cancelledCentrally);
    }

    void aJammedDoorSendsTheCustomerToStaffAfterOneUnlock()
    {
        Rig rig(dir.path(), settings());
        rig.devices.start(lockerBankAt(pty));
        QTRY_VERIFY(rig.devices.isOnline(0));
        sim->command(QStringLiteral("jam 0 3"));
        QSignalSpy failed(&rig.desk, &PickupDesk::doorFailed);
        QSignalSpy opened(&rig.desk, &PickupDesk::doorOpened);
        auto v = rig.desk.verify(QStringLiteral("K7ABCDEFGHJK"));
        QVERIFY(v);
        QVERIFY(rig.desk.collect(v.value()));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
        QCOMPARE(opened.size(), 0);
        QCOMPARE(frames(*sim, QStringLiteral("unlock")), 1);
        QCOMPARE(rig.count("SELECT count(*) FROM outbox WHERE kind = 'locker.incident'"), 1);
        QCOMPARE(rig.lastOutbox("locker.incident").value(QStringLiteral("outcome")).toString(), QStringLiteral("did-not-open"));
        QCOMPARE(rig.count("SELECT count(*) FROM outbox WHERE kind = 'order.handed_over'"), 0);
        // Staff free the door; it springs open within the grace: the customer gets their parcel.
        sim->command(QStringLiteral("force 0 3"));
        QTRY_COMPARE(opened.size(), 1);
        QCOMPARE(rig.count("SELECT count(*) FROM outbox WHERE kind = 'order.handed_over'"), 1);
    }

    void aDoorLeftOpenRaisesAnIncident()
    {
        Rig rig(dir.path(), settings(), 1);
        rig.devices.start(lockerBankAt(pty));
        QTRY_VERIFY(rig.devices.isOnline(0));
        QSignalSpy left(&rig.doors, &LockerDoors::leftOpen);
        auto v = rig.desk.verify(QStringLiteral("K7Q2M9XD4HWT"));
        QVERIFY(v);
        QVERIFY(rig.desk.collect(v.value()));
        QTRY_COMPARE_WITH_TIMEOUT(left.size(), 1, 4000);
        QCOMPARE(rig.lastOutbox("locker.incident").value(QStringLiteral("outcome")).toString(), QStringLiteral("left-open"));
    }

    void staffLoadACompartmentButNeverOneHoldingAnotherOrder()
    {
        Rig rig(dir.path(), settings());
        rig.devices.start(lockerBankAt(pty));
        QTRY_VERIFY(rig.devices.isOnline(0));
        QVERIFY(!rig.counter.load(QStringLiteral("S001-CC-6"), {QStringLiteral("A01")})); // nobody signed in
        QVERIFY(rig.session.signIn(QStringLiteral("E1"), QStringLiteral("1111")));
        // A02 holds order 1, A03 order 2 (A01 holds a cancelled order: free).
        QCOMPARE(rig.counter.load(QStringLiteral("S001-CC-6"), {QStringLiteral("A02")}).error().code, QStringLiteral("pickup.compartment-taken"));
        QCOMPARE(rig.counter.proposeCompartments(1, false), QStringList{QStringLiteral("A01")});
        QCOMPARE(rig.counter.proposeCompartments(1, true), QStringList{QStringLiteral("A01")}); // the bottom row is full
        QVERIFY(rig.counter.load(QStringLiteral("S001-CC-6"), {QStringLiteral("A01")}));
        QTRY_VERIFY(sim->lines().join(QLatin1Char('\n')).contains(QRegularExpression(QStringLiteral(" \\S*unlock\\S* 0 1$"), QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption)));
        QTRY_COMPARE(rig.doors.isOpen(QStringLiteral("A01")), std::optional<bool>(true));
        QCOMPARE(rig.count("SELECT count(*) FROM outbox WHERE kind = 'locker.loaded'"), 0); // not before the door is shut
        sim->command(QStringLiteral("close 0 1"));
        QTRY_COMPARE(rig.count("SELECT count(*) FROM outbox WHERE kind = 'locker.loaded'"), 1);
        const auto o = rig.store.order(QStringLiteral("S001-CC-6")).value();
        QCOMPARE(o->state(kNowS), PickupOrder::State::ReadyInLocker);
        QCOMPARE(o->compartments, QStringList{QStringLiteral("A01")});
        QVERIFY(o->changedHere);
        // Now the customer's code opens A01.
        auto v = rig.desk.verify(QStringLiteral("Q6Q2M9XD4HWT"));
        QVERIFY(v);
        QCOMPARE(v.value().order.compartments, QStringList{QStringLiteral("A01")});
    }

    void loadingNeedsTheItemSensorToSeeTheParcel()
    {
        Rig rig(dir.path(), settings());
        rig.devices.start(lockerBankAt(pty, true));
        QTRY_VERIFY(rig.devices.isOnline(0));
        QSignalSpy changed(&rig.counter, &PickupCounter::changed);
        QVERIFY(rig.session.signIn(QStringLiteral("E1"), QStringLiteral("1111")));
        // The door is shut over an empty compartment: not loaded, and staff are told.
        QVERIFY(rig.counter.load(QStringLiteral("S001-CC-6"), {QStringLiteral("A01")}));
        QTRY_COMPARE(rig.doors.isOpen(QStringLiteral("A01")), std::optional<bool>(true));
        sim->command(QStringLiteral("close 0 1"));
        QTRY_VERIFY_WITH_TIMEOUT(rig.count("SELECT count(*) FROM journal WHERE kind = 'pickup.load-empty'") == 1, 3000);
        QCOMPARE(rig.count("SELECT count(*) FROM outbox WHERE kind = 'locker.loaded'"), 0);
        QVERIFY(changed.last().at(0).toString().contains(QLatin1String("A01")));
        QCOMPARE(rig.store.order(QStringLiteral("S001-CC-6")).value()->state(kNowS), PickupOrder::State::AwaitingLoading);
        // Again, with the parcel inside: ready.
        QVERIFY(rig.counter.load(QStringLiteral("S001-CC-6"), {QStringLiteral("A01")}));
        QTRY_COMPARE(rig.doors.isOpen(QStringLiteral("A01")), std::optional<bool>(true));
        sim->command(QStringLiteral("item 0 1 on"));
        sim->command(QStringLiteral("close 0 1"));
        QTRY_COMPARE_WITH_TIMEOUT(rig.count("SELECT count(*) FROM outbox WHERE kind = 'locker.loaded'"), 1, 3000);
        QCOMPARE(rig.store.order(QStringLiteral("S001-CC-6")).value()->state(kNowS), PickupOrder::State::ReadyInLocker);
    }

    void anExpiredParcelGoesBackToStock()
    {
        Rig rig(dir.path(), settings());
        rig.devices.start(lockerBankAt(pty));
        QTRY_VERIFY(rig.devices.isOnline(0));
        QVERIFY(rig.session.signIn(QStringLiteral("E1"), QStringLiteral("1111")));
        QCOMPARE(rig.counter.takeBack(QStringLiteral("S001-CC-1")).error().code, QStringLiteral("pickup.not-expired"));
        QVERIFY(rig.counter.takeBack(QStringLiteral("S001-CC-4")));
        QTRY_VERIFY(sim->lines().join(QLatin1Char('\n')).contains(QRegularExpression(QStringLiteral(" \\S*unlock\\S* 0 4$"), QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption)));
        QTRY_COMPARE(rig.doors.isOpen(QStringLiteral("A04")), std::optional<bool>(true));
        sim->command(QStringLiteral("close 0 4"));
        QTRY_COMPARE(rig.count("SELECT count(*) FROM outbox WHERE kind = 'order.expired'"), 1);
        QCOMPARE(rig.store.order(QStringLiteral("S001-CC-4")).value()->status, QStringLiteral("expired"));
        // A supervisor may extend a live order; a cashier may not.
        QVERIFY(!rig.counter.extend(QStringLiteral("S001-CC-2"), 3));
        rig.session.signOut();
        QVERIFY(rig.session.signIn(QStringLiteral("E2"), QStringLiteral("2222")));
        QVERIFY(rig.counter.extend(QStringLiteral("S001-CC-2"), 3));
        QCOMPARE(rig.store.order(QStringLiteral("S001-CC-2")).value()->expiresAt, kNowS + 4 * 86400);
    }
};

QTEST_GUILESS_MAIN(TestPickup)
#include "tst_pickup.moc"
