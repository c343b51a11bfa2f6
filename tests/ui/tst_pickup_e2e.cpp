// SPDX-License-Identifier: GPL-3.0-or-later
// Click-and-collect end to end, as the store and its customers live it: the kiosk's own
// composition (TerminalApp with its QML shell) against the real central service (mutual TLS on
// loopback), the locker simulator (RS-485 over a pseudo-terminal) and the 2D scanner simulator.
//
// Orders are created with the central admin command and reach the kiosk through sync; staff
// load them into the lockers; customers collect them on the pickup screen, one by a typed code
// in Polish, one by the QR code from their message in Italian, one with the central service
// down (Norwegian). The central service sees each order loaded, then collected.
// Offscreen; saves screenshots to $OMNIKIOSK_SCREENSHOT_DIR when set (docs/screenshots).
#include "centralprocess.h"
#include "kiosksync.h"
#include "core/pickup.h"
#include "core/pickuporder.h"
#include "services/config.h"
#include "services/devicemanager.h"
#include "services/pickupcounter.h"
#include "services/staffsession.h"
#include "storage/sqlite.h"
#include "terminalapp.h"

#include "quicktest.h"

#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>

#include "../tools/simprocess.h"

namespace {

struct CreatedOrder {
    QString id;
    QString code;  ///< display form
    QString token;
};

} // namespace

class TestPickupEndToEnd : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ok::test::CentralProcess> m_central;
    std::unique_ptr<SimProcess> m_lockerSim;
    std::unique_ptr<SimProcess> m_scannerSim;
    std::unique_ptr<ok::TerminalApp> m_app;
    QQuickWindow *m_window = nullptr;
    QList<CreatedOrder> m_orders;

    QQuickItem *find(const QString &name)
    {
        QQuickItem *root = m_window->contentItem();
        return ok::test::findVisible(root->parentItem() ? root->parentItem() : root, name);
    }
    QQuickItem *find(const char *name) { return find(QLatin1String(name)); }
    /// A tap once the scene is still (no new frame for 100 ms, at most 3 s): under load a tap sent
    /// while a layout or transition is still being drawn was seen to get lost.
    void click(QQuickItem *item)
    {
        QSignalSpy frames(m_window, &QQuickWindow::frameSwapped);
        for (int i = 0; i < 30 && frames.wait(100); ++i) {
        }
        ok::test::clickItem(m_window, item);
    }
    void shoot(const QString &name)
    {
        QTRY_VERIFY(!find("stack") || !find("stack")->property("busy").toBool());
        QVERIFY(ok::test::shoot(m_window, name));
    }
    /// The order's status and compartments at the central service ("ready A01", "collected").
    QString centralStatus(const QString &orderId)
    {
        const auto r = m_central->admin({QStringLiteral("orders"), QStringLiteral("S001")});
        for (const QString &line : r.out.split(QLatin1Char('\n')))
            if (line.startsWith(orderId + QLatin1Char(' ')))
                return line.simplified();
        return {};
    }
    CreatedOrder createOrder(const QString &customer)
    {
        const auto r = m_central->admin({QStringLiteral("order-create"), QStringLiteral("S001"), QStringLiteral("--lines"),
                                         QStringLiteral("1:2"), QStringLiteral("--customer"), customer});
        const auto order = QRegularExpression(QStringLiteral("^order (\\S+) .*pickup-code (\\S+)"), QRegularExpression::MultilineOption).match(r.out);
        const auto token = QRegularExpression(QStringLiteral("^token (\\S+)"), QRegularExpression::MultilineOption).match(r.out);
        if (r.exitCode != 0 || !order.hasMatch() || !token.hasMatch())
            qFatal("order-create failed: %s %s", qPrintable(r.out), qPrintable(r.err));
        return {order.captured(1), order.captured(2), token.captured(1)};
    }
    /// Home, then the customer's language, then the pickup screen's attract stage.
    void openPickupIn(const QString &language)
    {
        // The customer before leaves with "‹ Back" (twice when they left mid-way).
        for (int i = 0; i < 3 && find("stack")->property("depth").toInt() > 1; ++i) {
            QTRY_VERIFY(find("pickupBack"));
            click(find("pickupBack"));
            QTRY_VERIFY(!find("stack")->property("busy").toBool());
        }
        QCOMPARE(find("stack")->property("depth").toInt(), 1);
        QTRY_VERIFY(find(QStringLiteral("language_") + language));
        click(find(QStringLiteral("language_") + language));
        QTRY_VERIFY(find("collectTile"));
        click(find("collectTile"));
        QTRY_VERIFY(find("attract"));
        QTRY_VERIFY(!find("stack")->property("busy").toBool());
    }
    /// The customer's order is at their door, the door opens, they take it and close the door.
    void expectDoorOpenThenThanks(const QString &compartment, const QString &englishOpen, const QString &shotName)
    {
        QTRY_VERIFY_WITH_TIMEOUT(find(QStringLiteral("door_") + compartment), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(find("result")->property("stage").toString(), QStringLiteral("open"), 5000);
        QVERIFY(find("stageText")->property("text").toString().contains(compartment));
        const QString text = find("stageText")->property("text").toString();
        QVERIFY2(text != englishOpen.arg(compartment), qPrintable(text)); // in the customer's language
        QCOMPARE(find(QStringLiteral("door_") + compartment)->property("color").value<QColor>(), QColor(QStringLiteral("#ffd54f")));
        QVERIFY(find("greeting")->property("text").toString().contains(QLatin1String("2")));
        shoot(shotName);
        // The simulator shuts the door after a second: thanks, and then nothing of the order.
        QTRY_COMPARE_WITH_TIMEOUT(find("result")->property("stage").toString(), QStringLiteral("done"), 5000);
        QVERIFY(!find(QStringLiteral("door_") + compartment));
        QVERIFY(!find("greeting"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        ok::test::CentralProcess::Options options;
        options.products = 60;
        options.orders = 0;
        m_central = std::make_unique<ok::test::CentralProcess>(options);
        QString error;
        QVERIFY2(m_central->start(&error), qPrintable(error));
        const auto key = m_central->admin({QStringLiteral("pickup-key")});
        QCOMPARE(key.exitCode, 0);
        m_lockerSim = std::make_unique<SimProcess>(QStringLiteral(LOCKER_SIM),
                                                   QStringList{QStringLiteral("--protocol"), QStringLiteral("kerong"), QStringLiteral("--boards"),
                                                               QStringLiteral("1"), QStringLiteral("--auto-close"), QStringLiteral("1")});
        m_scannerSim = std::make_unique<SimProcess>(QStringLiteral(SCANNER_SIM), QStringList{QStringLiteral("--aim")});
        const QString lockerPty = m_lockerSim->waitFor("PTY ");
        const QString scannerPty = m_scannerSim->waitFor("PTY ");
        QVERIFY(!lockerPty.isEmpty() && !scannerPty.isEmpty());

        ok::Config config;
        config.dataDir = m_dir.path();
        for (const QString &a : QStringList{
                 QStringLiteral("device.lockers.role=locker"), QStringLiteral("device.lockers.driver=kerong-cu16"),
                 QStringLiteral("device.lockers.transport=serial"), QStringLiteral("device.lockers.port=") + lockerPty,
                 QStringLiteral("device.lockers.baud=19200"), QStringLiteral("device.lockers.boards=0"),
                 QStringLiteral("device.lockers.poll_ms=200"), QStringLiteral("device.lockers.channels=8"),
                 QStringLiteral("device.lockers.compartments=A01-A04:0:1:S, B01-B04:0:5:M"),
                 QStringLiteral("device.scanner.role=scanner"), QStringLiteral("device.scanner.transport=serial"),
                 QStringLiteral("device.scanner.port=") + scannerPty, QStringLiteral("device.scanner.aim=true"),
                 QStringLiteral("central.pickup_key=") + key.out.trimmed()})
            QVERIFY2(config.applyOverride(a), qPrintable(a));
        ok::test::syncWith(config, *m_central);
        auto app = ok::TerminalApp::create(config, {true, true});
        QVERIFY2(app, qPrintable(app ? QString() : app.error().message));
        m_app = std::move(app).value();
        auto window = m_app->loadShell();
        QVERIFY2(window, qPrintable(window ? QString() : window.error().message));
        m_window = window.value();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QTRY_VERIFY_WITH_TIMEOUT(m_app->devices().isOnline(0) && m_app->devices().isOnline(1), 5000);
        // The staff arrive from the central service.
        auto cache = ok::db::Database::openReadOnly(m_dir.filePath(QStringLiteral("cache.db")));
        QVERIFY(cache);
        QTRY_VERIFY_WITH_TIMEOUT(cache.value()->queryInt("SELECT count(*) FROM staff").value_or(0) > 0, 60000);
    }

    void ordersCreatedCentrallyReachTheKiosk()
    {
        for (const QString &who : {QStringLiteral("Anna"), QStringLiteral("Giulia"), QStringLiteral("Ingrid")})
            m_orders.append(createOrder(who));
        QVERIFY(m_app->session().signIn(QStringLiteral("E1001"), QStringLiteral("1111")));
        for (const CreatedOrder &o : std::as_const(m_orders)) {
            QTRY_VERIFY_WITH_TIMEOUT(m_app->pickupCounter().order(o.id).value().has_value(), 15000);
            const auto order = *m_app->pickupCounter().order(o.id).value();
            QCOMPARE(order.state(QDateTime::currentSecsSinceEpoch()), ok::PickupOrder::State::AwaitingLoading);
            QCOMPARE(order.itemCount(), 2);
            QVERIFY(!order.locator.isEmpty());
        }
    }

    void staffLoadThemIntoTheLockers()
    {
        const QStringList doors = {QStringLiteral("A01"), QStringLiteral("A02"), QStringLiteral("A03")};
        for (qsizetype i = 0; i < m_orders.size(); ++i) {
            auto r = m_app->pickupCounter().load(m_orders.at(i).id, {doors.at(i)});
            QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
            // The parcel goes in: the compartment's item sensor sees it.
            m_lockerSim->send(QStringLiteral("item 0 %1 on").arg(i + 1).toLatin1());
        }
        // The simulator shuts each door a second after it opened: loaded, and the central service knows.
        for (qsizetype i = 0; i < m_orders.size(); ++i)
            QTRY_VERIFY2_WITH_TIMEOUT(centralStatus(m_orders.at(i).id).contains(QStringLiteral(" ready ") + doors.at(i)),
                                      qPrintable(centralStatus(m_orders.at(i).id)), 15000);
        // A compartment that holds an order is never given to another.
        const CreatedOrder extra = createOrder(QStringLiteral("Lars"));
        QTRY_VERIFY_WITH_TIMEOUT(m_app->pickupCounter().order(extra.id).value().has_value(), 15000);
        QCOMPARE(m_app->pickupCounter().load(extra.id, {QStringLiteral("A01")}).error().code, QStringLiteral("pickup.compartment-taken"));
        QVERIFY(!m_app->pickupCounter().proposeCompartments(1, false).contains(QStringLiteral("A01")));
        m_app->session().signOut();
    }

    void aCustomerCollectsByTypedCodeInPolish()
    {
        openPickupIn(QStringLiteral("pl"));
        shoot(QStringLiteral("pickup-attract-pl.png"));
        click(find("typeCode"));
        QTRY_VERIFY(find("keyOk"));
        // The keyboard has the code's 31 symbols and none that people confuse.
        QVERIFY(find("key_K") && find("key_2") && !find("key_O") && !find("key_0") && !find("key_1") && !find("key_I"));
        const QString code = ok::pickup::normalize(m_orders.at(0).code).value();
        for (QChar c : code)
            click(find(QStringLiteral("key_") + c));
        QCOMPARE(find("typedCode")->property("text").toString(), m_orders.at(0).code);
        shoot(QStringLiteral("pickup-code-pl.png"));
        click(find("keyOk"));
        expectDoorOpenThenThanks(QStringLiteral("A01"), QStringLiteral("Door %1 is open. Take your order and close the door."),
                                 QStringLiteral("pickup-door-pl.png"));
        QTRY_VERIFY_WITH_TIMEOUT(centralStatus(m_orders.at(0).id).contains(QLatin1String(" collected ")), 15000);
    }

    void aCustomerCollectsByQrInItalian()
    {
        openPickupIn(QStringLiteral("it"));
        // The QR code from the customer's message, read off a phone by the 2D scanner.
        m_scannerSim->send("scan qr " + m_orders.at(1).token.toLatin1());
        expectDoorOpenThenThanks(QStringLiteral("A02"), QStringLiteral("Door %1 is open. Take your order and close the door."),
                                 QStringLiteral("pickup-door-it.png"));
        QTRY_VERIFY_WITH_TIMEOUT(centralStatus(m_orders.at(1).id).contains(QLatin1String(" collected ")), 15000);
        // The same QR again: collected, kindly said, and no door opens.
        const qsizetype lines = m_lockerSim->lineCount();
        m_scannerSim->send("scan qr " + m_orders.at(1).token.toLatin1());
        QTRY_VERIFY(find("pickupMessage"));
        shoot(QStringLiteral("pickup-collected-it.png"));
        QTest::qWait(300);
        for (qsizetype i = lines; i < m_lockerSim->lineCount(); ++i)
            QVERIFY2(!m_lockerSim->lines().at(i).contains(QLatin1String("unlock"), Qt::CaseInsensitive), qPrintable(m_lockerSim->lines().at(i)));
    }

    void aCustomerCollectsWithTheCentralServiceDown()
    {
        m_central->stop();
        openPickupIn(QStringLiteral("nb"));
        m_scannerSim->send("scan qr " + m_orders.at(2).token.toLatin1());
        expectDoorOpenThenThanks(QStringLiteral("A03"), QStringLiteral("Door %1 is open. Take your order and close the door."),
                                 QStringLiteral("pickup-door-nb.png"));
        auto ledger = ok::db::Database::openReadOnly(m_dir.filePath(QStringLiteral("ledger.db")));
        QVERIFY(ledger);
        QCOMPARE(ledger.value()->queryInt("SELECT count(*) FROM outbox WHERE kind = 'order.handed_over' AND state = 'pending'").value_or(-1), 1);
        // Back online: the handover reaches the central service.
        QString error;
        QVERIFY2(m_central->start(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(centralStatus(m_orders.at(2).id).contains(QLatin1String(" collected ")), 30000);
    }
};

QTEST_MAIN(TestPickupEndToEnd)
#include "tst_pickup_e2e.moc"
