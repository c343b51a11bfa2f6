// SPDX-License-Identifier: GPL-3.0-or-later
// DeviceManager built from configuration against the simulators: the evdev-scanner driver and its
// configuration errors, the scanner test (only while active), a test print through the printer's
// queue in the ledger, the health line naming waiting jobs, the drawer test and the door test
// journaled with who and why (and refused without a ledger).
#include "drivers/locker/lockerbus.h"
#include "services/config.h"
#include "services/devicemanager.h"
#include "services/devicetests.h"
#include "services/printspooler.h"
#include "storage/ledger.h"
#include "storage/printjobs.h"
#include "storage/sqlite.h"
#include "storage/stores.h"
#include "../drivers/scanner/keystream.h"
#include "tillfixture.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "../tools/simprocess.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace ok;
using namespace std::chrono_literals;

namespace {

QByteArray typed(QByteArrayView text)
{
    ok::scanner::test::KeyStream k;
    k.type(text);
    return k.bytes();
}

Config configOf(const QStringList &assignments)
{
    Config c;
    for (const QString &a : assignments) {
        auto r = c.applyOverride(a);
        if (!r)
            qFatal("%s", qPrintable(r.error().message));
    }
    return c;
}

} // namespace

class TestDeviceManager : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::unique_ptr<db::Database> openLedger()
    {
        auto db = db::openLedger(m_dir.filePath(QStringLiteral("ledger.db")));
        if (!db)
            qFatal("%s", qPrintable(db.error().message));
        return std::move(db).value();
    }

private Q_SLOTS:
    void knownDriversIncludeTheEvdevScanner()
    {
        QVERIFY(DeviceManager::knownDrivers(QStringLiteral("scanner")).contains(QStringLiteral("evdev-scanner")));
    }

    void badEvdevConfigurationIsListedWithTheReason()
    {
        DeviceManager m;
        m.start(configOf({QStringLiteral("device.w1.role=scanner"), QStringLiteral("device.w1.driver=evdev-scanner"),
                          QStringLiteral("device.w1.transport=serial"), QStringLiteral("device.w1.port=/dev/ttyUSB0"),
                          QStringLiteral("device.w2.role=printer"), QStringLiteral("device.w2.transport=evdev"),
                          QStringLiteral("device.w2.port=/dev/input/event3"),
                          QStringLiteral("device.w3.role=scanner"), QStringLiteral("device.w3.driver=evdev-scanner"),
                          QStringLiteral("device.w3.transport=evdev"), QStringLiteral("device.w3.port=/dev/input/event3"),
                          QStringLiteral("device.w3.max_key_gap_ms=1")})
                    .devices);
        QCOMPARE(m.count(), 3);
        for (int i = 0; i < 3; ++i)
            QVERIFY(!m.entry(i).device);
        QVERIFY2(m.healthLine(0).contains(QLatin1String("transport = evdev")), qPrintable(m.healthLine(0)));
        QVERIFY2(m.healthLine(1).contains(QLatin1String("keyboard-wedge")), qPrintable(m.healthLine(1)));
        QVERIFY2(m.healthLine(2).contains(QLatin1String("max_key_gap_ms")), qPrintable(m.healthLine(2)));
    }

    void badDrawerOptionsAreNamed()
    {
        DeviceManager m;
        m.start(configOf({QStringLiteral("device.p1.role=printer"), QStringLiteral("device.p1.transport=tcp"),
                          QStringLiteral("device.p1.port=127.0.0.1:9"), QStringLiteral("device.p1.drawer_pin=3"),
                          QStringLiteral("device.p2.role=printer"), QStringLiteral("device.p2.transport=tcp"),
                          QStringLiteral("device.p2.port=127.0.0.1:9"), QStringLiteral("device.p2.drawer_open_level=open"),
                          QStringLiteral("device.p3.role=printer"), QStringLiteral("device.p3.transport=tcp"),
                          QStringLiteral("device.p3.port=127.0.0.1:9"), QStringLiteral("device.p3.drawer_on_ms=1000"),
                          QStringLiteral("device.p4.role=printer"), QStringLiteral("device.p4.transport=tcp"),
                          QStringLiteral("device.p4.port=127.0.0.1:9"), QStringLiteral("device.p4.drawer_pin=5"),
                          QStringLiteral("device.p4.drawer_open_level=low"), QStringLiteral("device.p4.drawer_left_open_s=30")})
                    .devices);
        QCOMPARE(m.count(), 4);
        QVERIFY2(m.healthLine(0).contains(QLatin1String("[device.p1] drawer_pin: \"3\"")), qPrintable(m.healthLine(0)));
        QVERIFY2(m.healthLine(1).contains(QLatin1String("drawer_open_level")), qPrintable(m.healthLine(1)));
        QVERIFY2(m.healthLine(2).contains(QLatin1String("drawer_on_ms")), qPrintable(m.healthLine(2)));
        QVERIFY2(m.entry(3).device, qPrintable(m.healthLine(3)));
    }

    void evdevScannerFromConfigAndTheScannerTest()
    {
        const QString fifo = m_dir.filePath(QStringLiteral("wedge.fifo"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        DeviceManager m;
        m.start(configOf({QStringLiteral("device.wedge.role=scanner"), QStringLiteral("device.wedge.driver=evdev-scanner"),
                          QStringLiteral("device.wedge.transport=evdev"), QStringLiteral("device.wedge.port=") + fifo,
                          QStringLiteral("device.wedge.aim=true"), QStringLiteral("device.wedge.gs_replacement=~")})
                    .devices);
        QCOMPARE(m.count(), 1);
        QVERIFY2(m.entry(0).device, qPrintable(m.healthLine(0)));
        QTRY_VERIFY(m.isOnline(0));
        QSignalSpy scanned(&m, &DeviceManager::scanned);
        QSignalSpy failed(&m, &DeviceManager::scanFailed);
        QSignalSpy lastScan(&m, &DeviceManager::lastScanChanged);
        int fd = -1;
        QTRY_VERIFY((fd = ::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC)) >= 0);
        const auto write = [fd](const QByteArray &b) { QCOMPARE(::write(fd, b.constData(), size_t(b.size())), ssize_t(b.size())); };

        // Scans go to lookups whether or not the scanner test is on; the test keeps nothing.
        write(typed("]E05901234123457"));
        QTRY_COMPARE(scanned.size(), 1);
        QCOMPARE(scanned.at(0).at(0).toString(), QStringLiteral("5901234123457"));
        QCOMPARE(m.lastScan().atMs, 0);
        QCOMPARE(lastScan.size(), 0);

        m.setScanTestActive(true);
        // A wedge that types '~' for GS: GS1 with the replacement turned back.
        write(typed("]C101095011015300031725123110ABC~3103001250"));
        QTRY_COMPARE(scanned.size(), 2);
        QCOMPARE(scanned.at(1).at(0).toString(), QStringLiteral("09501101530003"));
        QTRY_VERIFY(m.lastScan().atMs > 0);
        QVERIFY(m.lastScan().ok);
        QCOMPARE(m.lastScan().device, QStringLiteral("wedge"));
        QCOMPARE(m.lastScan().meaning, QStringLiteral("GS1-128: GS1 (01)09501101530003(17)251231(10)ABC(3103)001250"));
        QCOMPARE(m.lastScan().data, QStringLiteral("]C101095011015300031725123110ABC~3103001250"));

        write(typed("]E05901234123458"));
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(!m.lastScan().ok);
        QVERIFY2(m.lastScan().error.contains(QLatin1String("check digit")), qPrintable(m.lastScan().error));

        m.setScanTestActive(false); // leaving the screen forgets the last scan
        QCOMPARE(m.lastScan().atMs, 0);
        ::close(fd);
    }

    void testPrintGoesThroughTheQueueInTheLedger()
    {
        SimProcess sim(QStringLiteral(PRINTER_SIM), {QStringLiteral("--port"), QStringLiteral("0")});
        const QString port = sim.waitFor("LISTENING ");
        QVERIFY(!port.isEmpty());
        auto ledger = openLedger();
        DeviceManager m;
        m.setLedger(ledger.get());
        m.start(configOf({QStringLiteral("device.receipt.role=printer"), QStringLiteral("device.receipt.transport=tcp"),
                          QStringLiteral("device.receipt.port=127.0.0.1:") + port})
                    .devices);
        QVERIFY(m.spooler(0));
        QCOMPARE(m.receiptSpooler(), m.spooler(0));
        QTRY_VERIFY(m.isOnline(0));
        auto id = m.testPrint(0);
        QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
        QTRY_VERIFY2(m.entry(0).lastTest.contains(QLatin1String("printed")), qPrintable(m.entry(0).lastTest));
        QTRY_VERIFY(sim.out.contains("CUT 1"));
        db::PrintJobs jobs(*ledger);
        auto job = jobs.job(id.value());
        QVERIFY(job);
        QCOMPARE(job->kind, QStringLiteral("test"));
        QCOMPARE(job->state, PrintJob::State::Printed);

        // Paper out: the next test print waits, and the health line says so.
        sim.send("paper out");
        QTRY_VERIFY2(m.healthLine(0).contains(QLatin1String("aper")), qPrintable(m.healthLine(0)));
        auto waiting = m.testPrint(0);
        QVERIFY(waiting);
        QTRY_VERIFY2(m.healthLine(0).contains(QLatin1String("1 waiting")), qPrintable(m.healthLine(0)));
        QVERIFY2(m.entry(0).lastTest.contains(QLatin1String("queued")) || m.entry(0).lastTest.contains(QLatin1String("waits")),
                 qPrintable(m.entry(0).lastTest));
        sim.send("paper ok");
        QTRY_VERIFY(sim.out.contains("CUT 2"));
        QTRY_VERIFY(!m.healthLine(0).contains(QLatin1String("waiting")));

        // The drawer test is journaled with who asked for it (docs/reliability.md#r8-tamper-evident-journal).
        QVERIFY(!m.openDrawer(0, QString())); // nobody: refused before anything opens
        QVERIFY(m.openDrawer(0, QStringLiteral("E2")));
        QTRY_VERIFY(sim.out.contains("KICK pin=2"));
        QCOMPARE(ledger->queryInt("SELECT count(*) FROM journal WHERE kind = 'drawer.opened' AND actor = 'E2'").value_or(0), 1);
        QVERIFY(!m.openDrawer(5, QStringLiteral("E2")));
        m.stop();
    }

    void withoutALedgerPrintingStillWorks()
    {
        SimProcess sim(QStringLiteral(PRINTER_SIM), {QStringLiteral("--port"), QStringLiteral("0")});
        const QString port = sim.waitFor("LISTENING ");
        DeviceManager m;
        m.start(configOf({QStringLiteral("device.receipt.role=printer"), QStringLiteral("device.receipt.transport=tcp"),
                          QStringLiteral("device.receipt.port=127.0.0.1:") + port})
                    .devices);
        QTRY_VERIFY(m.isOnline(0));
        QVERIFY(m.spooler(0));
        QVERIFY(m.testPrint(0));
        QTRY_VERIFY(sim.out.contains("CUT 1"));
        QVERIFY(!m.testPrint(7));
    }

    void doorTestIsJournaledWithWhoAndWhy()
    {
        SimProcess sim(QStringLiteral(LOCKER_SIM), {QStringLiteral("--protocol"), QStringLiteral("kerong"), QStringLiteral("--boards"), QStringLiteral("1")});
        const QString pty = sim.waitFor("PTY ");
        QVERIFY(!pty.isEmpty());
        const QList<DeviceConfig> devices =
            configOf({QStringLiteral("device.lockers.role=locker"), QStringLiteral("device.lockers.driver=kerong-cu16"),
                      QStringLiteral("device.lockers.transport=serial"), QStringLiteral("device.lockers.port=") + pty,
                      QStringLiteral("device.lockers.baud=19200"), QStringLiteral("device.lockers.boards=0"),
                      QStringLiteral("device.lockers.poll_ms=200"), QStringLiteral("device.lockers.compartments=A01-A04:0:1-4:S")})
                .devices;
        {
            // Without the ledger no door opens: the opening could not be journaled.
            DeviceManager m;
            m.start(devices);
            QTRY_VERIFY(m.isOnline(0));
            auto r = m.testDoor(0, QStringLiteral("A02"), QStringLiteral("E2"));
            QVERIFY(!r);
            QVERIFY(r.error().message.contains(QLatin1String("journal")));
        }
        auto ledger = openLedger();
        const qint64 journalBefore = ledger->queryInt("SELECT count(*) FROM journal").value_or(-1);
        DeviceManager m;
        m.setLedger(ledger.get());
        m.start(devices);
        QTRY_VERIFY(m.isOnline(0));
        QCOMPARE(m.compartments(0), (QStringList{QStringLiteral("A01"), QStringLiteral("A02"), QStringLiteral("A03"), QStringLiteral("A04")}));
        QVERIFY(!m.testDoor(0, QStringLiteral("Z99"), QStringLiteral("E2")));
        QCOMPARE(ledger->queryInt("SELECT count(*) FROM journal").value_or(-1), journalBefore); // nothing opened, nothing written
        auto id = m.testDoor(0, QStringLiteral("a02"), QStringLiteral("E2"));
        QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
        QTRY_VERIFY2(m.entry(0).lastTest.contains(QLatin1String("opened")), qPrintable(m.entry(0).lastTest));
        auto *bus = qobject_cast<locker::LockerBus *>(m.entry(0).device.get());
        QVERIFY(bus);
        QCOMPARE(bus->isDoorOpen(0, 2).value_or(false), true);

        auto st = ledger->prepare("SELECT kind, ref, actor, payload FROM journal ORDER BY seq");
        QVERIFY(st);
        QStringList kinds;
        QJsonObject intent, outcome;
        while (st->step()) {
            if (!st->text(0).startsWith(QLatin1String("locker.")))
                continue;
            kinds << st->text(0);
            QCOMPARE(st->text(1), QStringLiteral("locker:lockers:A02"));
            QCOMPARE(st->text(2), QStringLiteral("E2"));
            const QJsonObject o = QJsonDocument::fromJson(st->text(3).toUtf8()).object();
            (st->text(0) == QLatin1String("locker.unlock") ? intent : outcome) = o;
        }
        QCOMPARE(kinds, (QStringList{QStringLiteral("locker.unlock"), QStringLiteral("locker.unlock-result")}));
        QCOMPARE(intent.value(QStringLiteral("reason")).toString(), QStringLiteral("door test"));
        QCOMPARE(intent.value(QStringLiteral("channel")).toInt(), 2);
        QCOMPARE(outcome.value(QStringLiteral("outcome")).toString(), QStringLiteral("opened"));
        QVERIFY(!db::journal::verify(*ledger).has_value()); // the chain is intact
        QVERIFY(!m.testDoor(3, QStringLiteral("A01"), QStringLiteral("E2")));
    }

    void doorAndDrawerTestsNeedTheRole()
    {
        SimProcess sim(QStringLiteral(LOCKER_SIM), {QStringLiteral("--protocol"), QStringLiteral("kerong"), QStringLiteral("--boards"), QStringLiteral("1")});
        const QString pty = sim.waitFor("PTY ");
        QVERIFY(!pty.isEmpty());
        QTemporaryDir dir;
        auto cache = db::openCache(dir.filePath(QStringLiteral("cache.db")));
        QVERIFY(cache);
        test::writeStore(*cache.value());
        auto ledger = openLedger();
        StaffAuth auth(*cache.value(), *ledger, QStringLiteral("S001"));
        StaffSession session(auth, std::chrono::seconds(600));
        ApprovalGate gate(session);
        DeviceManager m;
        m.setLedger(ledger.get());
        m.start(configOf({QStringLiteral("device.lockers.role=locker"), QStringLiteral("device.lockers.driver=kerong-cu16"),
                          QStringLiteral("device.lockers.transport=serial"), QStringLiteral("device.lockers.port=") + pty,
                          QStringLiteral("device.lockers.baud=19200"), QStringLiteral("device.lockers.boards=0"),
                          QStringLiteral("device.lockers.compartments=A01-A04:0:1-4:S")})
                    .devices);
        QTRY_VERIFY(m.isOnline(0));
        DeviceTests tests(m, gate);
        const auto doorJournal = [&ledger] { return ledger->queryInt("SELECT count(*) FROM journal WHERE kind LIKE 'locker.%'").value_or(-1); };
        const qint64 doorsBefore = doorJournal();
        // A customer at the kiosk is nobody: no door.
        QCOMPARE(tests.testDoor(0, QStringLiteral("A01")).error().code, QStringLiteral("till.signed-out"));
        // A cashier may test the printer but not open a locker door by hand.
        QVERIFY(session.signIn(QStringLiteral("E1"), QStringLiteral("1111")));
        const auto refused = tests.testDoor(0, QStringLiteral("A01"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().approval->permission, Permission::OpenLockerDoor);
        QCOMPARE(tests.openDrawer(0).error().approval->permission, Permission::NoSale);
        QCOMPARE(doorJournal(), doorsBefore);
        auto *bus = qobject_cast<locker::LockerBus *>(m.entry(0).device.get());
        QVERIFY(bus);
        QVERIFY(!bus->isDoorOpen(0, 1).value_or(false));
        // A supervisor may: the door opens and the journal names her.
        session.signOut();
        QVERIFY(session.signIn(QStringLiteral("E2"), QStringLiteral("2222")));
        QVERIFY(tests.testDoor(0, QStringLiteral("A01")));
        QTRY_VERIFY(bus->isDoorOpen(0, 1).value_or(false));
        QTRY_COMPARE(doorJournal(), doorsBefore + 2);
    }
};

QTEST_GUILESS_MAIN(TestDeviceManager)
#include "tst_devicemanager.moc"
