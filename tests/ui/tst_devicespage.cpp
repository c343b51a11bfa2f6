// SPDX-License-Identifier: GPL-3.0-or-later
// The staff device screen driven as an engineer would, against the printer, scanner (keyboard
// wedge through evdev) and locker simulators, with the print queue in a real ledger: a test print
// that waits for paper and then prints, an interrupted receipt staff reprint as a copy, the
// scanner test showing what a scan means, the door test opening a compartment and journaling it
// with the person who asked. The screen is the product's own (TerminalApp) and opens only for a
// signed-in staff member: a customer sees the sign-in, a cashier cannot open a door.
// Offscreen; saves screenshots to $OMNIKIOSK_SCREENSHOT_DIR when set (docs/screenshots).
#include "demo-data/democache.h"
#include "services/config.h"
#include "services/devicemanager.h"
#include "services/printspooler.h"
#include "services/staffsession.h"
#include "storage/printjobs.h"
#include "storage/sqlite.h"
#include "storage/stores.h"
#include "terminalapp.h"
#include "quicktest.h"
#include "shelltest.h"

#include <QDir>
#include <QGuiApplication>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

#include "../tools/simprocess.h"

class TestDevicesPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SimProcess> m_printerSim;
    std::unique_ptr<SimProcess> m_scannerSim;
    std::unique_ptr<SimProcess> m_lockerSim;
    std::unique_ptr<ok::TerminalApp> m_app;
    QQuickWindow *m_window = nullptr;

    ok::DeviceManager &devices() { return m_app->devices(); }
    ok::db::Database &ledger() { return m_app->ledger(); }

    QQuickItem *find(const char *name) { return ok::test::findVisible(m_window->contentItem(), QLatin1String(name)); }
    QList<QQuickItem *> findAll(const char *name)
    {
        QList<QQuickItem *> out;
        ok::test::findAllVisible(m_window->contentItem(), QLatin1String(name), out);
        return out;
    }
    QString text(const char *name)
    {
        QQuickItem *item = find(name);
        return item ? item->property("text").toString() : QString();
    }
    void click(QQuickItem *item) { ok::test::clickItem(m_window, item); }
    /// The texts of every visible label called `name`, joined.
    QString texts(const char *name)
    {
        QStringList t;
        for (QQuickItem *i : findAll(name))
            t << i->property("text").toString();
        return t.join(QLatin1Char('\n'));
    }
    void shoot(const QString &name)
    {
        QQuickItem *stack = find("stack");
        QTRY_VERIFY(stack && !stack->property("busy").toBool());
        QVERIFY(ok::test::shoot(m_window, name));
    }
    ok::PrintSpooler *spooler() { return devices().receiptSpooler(); }
    QQuickItem *root() { return m_window->contentItem()->parentItem() ? m_window->contentItem()->parentItem() : m_window->contentItem(); }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QStringLiteral("en_GB")));
        m_printerSim = std::make_unique<SimProcess>(QStringLiteral(PRINTER_SIM), QStringList{QStringLiteral("--port"), QStringLiteral("0")});
        m_scannerSim = std::make_unique<SimProcess>(QStringLiteral(SCANNER_SIM), QStringList{QStringLiteral("--evdev"), QStringLiteral("--aim")});
        m_lockerSim = std::make_unique<SimProcess>(QStringLiteral(LOCKER_SIM), QStringList{QStringLiteral("--protocol"), QStringLiteral("kerong"),
                                                                                     QStringLiteral("--boards"), QStringLiteral("1")});
        const QString printerPort = m_printerSim->waitFor("LISTENING ");
        const QString scannerPty = m_scannerSim->waitFor("PTY ");
        const QString lockerPty = m_lockerSim->waitFor("PTY ");
        QVERIFY(!printerPort.isEmpty() && !scannerPty.isEmpty() && !lockerPty.isEmpty());

        {
            // What the last run left behind: a receipt that was on its way to the printer when
            // the program stopped (it becomes uncertain), and one printed earlier.
            auto ledger = ok::db::openLedger(m_dir.filePath(QStringLiteral("ledger.db")));
            QVERIFY(ledger);
            ok::db::PrintJobs jobs(*ledger.value());
            ok::NewPrintJob j;
            j.printer = QStringLiteral("receipt");
            j.kind = QStringLiteral("receipt");
            j.ref = QStringLiteral("sale-41");
            j.label = QStringLiteral("Receipt 41");
            j.payload = QByteArrayLiteral("\x1b@Paragon 41\n\x1dV\x42\x03");
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            const qint64 printed = jobs.enqueue(j, now - 120000).value();
            QVERIFY(jobs.markSending(printed, now - 119000));
            QVERIFY(jobs.markPrinted(printed, now - 118000));
            j.ref = QStringLiteral("sale-42");
            j.label = QStringLiteral("Receipt 42");
            j.payload = QByteArrayLiteral("\x1b@Paragon 42\n\x1dV\x42\x03");
            const qint64 interrupted = jobs.enqueue(j, now - 60000).value();
            QVERIFY(jobs.markSending(interrupted, now - 59000));
        }

        {
            // The store's staff: E1001 cashier (PIN 1111), E1002 supervisor (2222).
            auto cache = ok::db::openCache(m_dir.filePath(QStringLiteral("cache.db")), ok::db::Durability::Bulk);
            QVERIFY(cache);
            ok::demo::DemoParams p;
            p.products = 20;
            p.now = QDateTime::currentSecsSinceEpoch();
            QVERIFY(ok::demo::generateDemoCatalog(*cache.value(), p));
        }
        ok::Config config;
        config.dataDir = m_dir.path();
        config.storeName = QStringLiteral("Warszawa Marszałkowska");
        for (const QString &a : QStringList{QStringLiteral("device.receipt.role=printer"), QStringLiteral("device.receipt.driver=escpos"),
                                 QStringLiteral("device.receipt.transport=tcp"), QStringLiteral("device.receipt.port=127.0.0.1:") + printerPort,
                                 QStringLiteral("device.wedge.role=scanner"), QStringLiteral("device.wedge.driver=evdev-scanner"),
                                 QStringLiteral("device.wedge.transport=evdev"), QStringLiteral("device.wedge.port=") + scannerPty,
                                 QStringLiteral("device.wedge.aim=true"),
                                 QStringLiteral("device.lockers.role=locker"), QStringLiteral("device.lockers.driver=kerong-cu16"),
                                 QStringLiteral("device.lockers.transport=serial"), QStringLiteral("device.lockers.port=") + lockerPty,
                                 QStringLiteral("device.lockers.baud=19200"), QStringLiteral("device.lockers.boards=0"),
                                 QStringLiteral("device.lockers.compartments=A01-A08:0:1-8:S")})
            QVERIFY2(config.applyOverride(a), qPrintable(a));
        config.locale = QStringLiteral("en_GB");
        const QString failed = ok::test::startShell(config, {true, false}, m_app, m_window);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QTRY_COMPARE(text("deviceState"), QStringLiteral("Devices 3/3 online"));
    }

    void aCustomerCannotOpenTheStaffScreens()
    {
        // Nobody is signed in: the device summary and the sync state lead to the sign-in only.
        click(find("deviceState"));
        QTRY_VERIFY(find("staffGrid"));
        QTRY_VERIFY(!find("stack")->property("busy").toBool());
        QVERIFY(!find("deviceList"));
        QVERIFY(!find("doorTestButton"));
        QVERIFY(!find("testPrintButton"));
        click(find("signInBack"));
        QTRY_VERIFY(!find("staffGrid"));
        click(find("networkState"));
        QTRY_VERIFY(find("staffGrid"));
        QVERIFY(!find("syncHealthPanel"));
        click(find("signInBack"));
        QTRY_VERIFY(find("stockTile"));
    }

    void aCashierSeesTheDevicesButCannotOpenADoor()
    {
        click(find("deviceState"));
        QTRY_VERIFY(!find("stack")->property("busy").toBool()); // a page in transition takes no clicks
        ok::test::signInOnScreen(m_window, root(), QStringLiteral("E1001"), QStringLiteral("1111"));
        QTRY_VERIFY(find("deviceList"));
        QTRY_COMPARE(find("deviceList")->property("count").toInt(), 3);
        QTRY_VERIFY(find("doorPicker"));
        find("doorPicker")->setProperty("currentIndex", 2);
        const qint64 journalBefore = ledger().queryInt("SELECT count(*) FROM journal WHERE kind LIKE 'locker.%'").value_or(-1);
        click(find("doorTestButton"));
        QTRY_VERIFY2(text("deviceMessage").contains(QLatin1String("Open a locker door by hand")), qPrintable(text("deviceMessage")));
        QCOMPARE(ledger().queryInt("SELECT count(*) FROM journal WHERE kind LIKE 'locker.%'").value_or(-1), journalBefore);
        auto *bus = devices().entry(2).device.get();
        QVERIFY(bus);
        QVERIFY(!texts("lastTest").contains(QLatin1String("A03")));
        // Signing out closes the screen: the sign-in is back, the list gone.
        m_app->session().signOut();
        QTRY_VERIFY(find("staffGrid"));
        QVERIFY(!find("deviceList"));
        // The supervisor signs in for the rest of the device work.
        ok::test::signInOnScreen(m_window, root(), QStringLiteral("E1002"), QStringLiteral("2222"));
        QTRY_VERIFY(find("deviceList"));
        QTRY_VERIFY(!find("deviceMessage"));
    }

    void workOnAStaffScreenKeepsTheSessionAlive()
    {
        // The idle lock counts input on every screen, not only at the till: a supervisor busy on
        // the Devices screen is not signed out under her hands. Time is what is under test.
        using namespace std::chrono_literals;
        QTRY_VERIFY(find("deviceList"));
        QTest::qWait(300);
        const auto before = m_app->session().idleLeft();
        QVERIFY(before > 0ms);
        click(find("deviceList"));
        QVERIFY2(m_app->session().idleLeft() > before + 200ms, "a tap on the Devices screen did not count as activity");
        QVERIFY(m_app->session().isSignedIn());
    }

    void interruptedReceiptWaitsForADecision()
    {
        QQuickItem *queue = find("printQueue");
        QVERIFY(queue);
        QTRY_COMPARE(queue->property("count").toInt(), 2);
        QVERIFY(find("markPrintedButton")); // only the uncertain job offers "It printed"
        QCOMPARE(findAll("markPrintedButton").size(), 1);
        QCOMPARE(spooler()->uncertainCount(), 1);
        // Time is what is under test: for a while after the start, nothing prints by itself.
        QTest::qWait(300);
        QVERIFY(!m_printerSim->out.contains("CUT"));
    }

    void testPrintWaitsForPaperThenPrints()
    {
        m_printerSim->send("paper out");
        QTRY_VERIFY(devices().healthLine(0).contains(QLatin1String("aper")));
        click(find("testPrintButton"));
        QTRY_VERIFY2(texts("lastTest").contains(QLatin1String("queued")) || texts("lastTest").contains(QLatin1String("waits")),
                     qPrintable(texts("lastTest")));
        QTRY_COMPARE(find("printQueue")->property("count").toInt(), 3);
        QTRY_VERIFY(devices().healthLine(0).contains(QLatin1String("1 waiting")));
    }

    void scannerTestShowsWhatAScanMeans()
    {
        m_scannerSim->send("scan gs1-128 0109501101530003172512311" "0ABC<GS>3103001250");
        QTRY_VERIFY2(text("lastScanText").contains(QLatin1String("(01)09501101530003(17)251231(10)ABC(3103)001250")),
                     qPrintable(text("lastScanText")));
        QVERIFY(text("lastScanSource").startsWith(QLatin1String("wedge at ")));
        QVERIFY(text("lastScanData").startsWith(QLatin1String("]C1")));
    }

    void doorTestOpensTheChosenCompartment()
    {
        QQuickItem *picker = find("doorPicker");
        QVERIFY(picker);
        QCOMPARE(picker->property("count").toInt(), 8);
        picker->setProperty("currentIndex", 6);
        QCOMPARE(picker->property("currentText").toString(), QStringLiteral("A07"));
        click(find("doorTestButton"));
        QTRY_VERIFY2(texts("lastTest").contains(QLatin1String("A07 opened")), qPrintable(texts("lastTest")));
        // Journaled with the supervisor who asked, before and after.
        QCOMPARE(ledger().queryInt("SELECT count(*) FROM journal WHERE ref = 'locker:lockers:A07' AND actor = 'E1002'").value_or(0), 2);
        shoot(QStringLiteral("devices-staff.png"));
    }

    void paperBackPrintsAndStaffReprintTheUncertainOne()
    {
        m_printerSim->send("paper ok");
        QTRY_VERIFY(m_printerSim->out.contains("CUT 1"));
        QTRY_VERIFY2(texts("lastTest").contains(QLatin1String("printed")), qPrintable(texts("lastTest")));
        // Staff decide about the interrupted receipt: reprint it as a copy.
        QTRY_COMPARE(findAll("markPrintedButton").size(), 1);
        QQuickItem *uncertainRow = findAll("markPrintedButton").constFirst()->parentItem();
        QList<QQuickItem *> reprint;
        ok::test::findAllVisible(uncertainRow, QStringLiteral("reprintButton"), reprint);
        QCOMPARE(reprint.size(), 1);
        click(reprint.constFirst());
        QTRY_VERIFY2(text("queueMessage").contains(QLatin1String("copy")), qPrintable(text("queueMessage")));
        QTRY_VERIFY(m_printerSim->out.contains("CUT 2"));
        QTRY_COMPARE(findAll("markPrintedButton").size(), 0);
        QCOMPARE(spooler()->uncertainCount(), 0);
        QTRY_VERIFY(!devices().healthLine(0).contains(QLatin1String("waiting")));
        shoot(QStringLiteral("devices-staff-after.png"));
    }

    void cleanupTestCase()
    {
        m_app.reset();
    }
};

QTEST_MAIN(TestDevicesPage)
#include "tst_devicespage.moc"
