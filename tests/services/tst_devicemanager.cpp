// SPDX-License-Identifier: GPL-3.0-or-later
// DeviceManager built from configuration against the simulators: the evdev-scanner driver and its
// configuration errors, the scanner test (only while active), a test print through the printer's
// queue in the ledger, the health line naming waiting jobs; DeviceTests: the drawer test and the
// door test need a signed-in person with the permission and are journaled with who and why.
#include "drivers/locker/lockerbus.h"
#include "drivers/ports/receiptprinter.h"
#include "core/receiptdocument.h"
#include "services/config.h"
#include "services/devicemanager.h"
#include "services/cashdrawerservice.h"
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


/// A receipt printer on the printer simulator's TCP port.
QList<DeviceConfig> receiptPrinterAt(const QString &port)
{
    return configOf({QStringLiteral("device.receipt.role=printer"), QStringLiteral("device.receipt.transport=tcp"),
                     QStringLiteral("device.receipt.port=127.0.0.1:") + port})
        .devices;
}

/// One Kerong board (compartments A01-A04 on channels 1-4) on the locker simulator's PTY.
QList<DeviceConfig> lockerBankAt(const QString &pty)
{
    return configOf({QStringLiteral("device.lockers.role=locker"), QStringLiteral("device.lockers.driver=kerong-cu16"),
                     QStringLiteral("device.lockers.transport=serial"), QStringLiteral("device.lockers.port=") + pty,
                     QStringLiteral("device.lockers.baud=19200"), QStringLiteral("device.lockers.boards=0"),
                     QStringLiteral("device.lockers.poll_ms=200"), QStringLiteral("device.lockers.compartments=A01-A04:0:1-4:S")})
        .devices;
}

/// The staff side of a terminal over the databases in `dir`: the device registry, a signed-in
/// person (or nobody), the approval gate, the drawer service and the device tests, wired as
/// TerminalApp wires them.
struct StaffRig {
    std::unique_ptr<db::Database> cache;
    std::unique_ptr<db::Database> ledger;
    DeviceManager devices;
    StaffAuth auth;
    StaffSession session;
    ApprovalGate gate;
    CashDrawerService drawers;
    DeviceTests tests;

    explicit StaffRig(const QString &dir)
        : cache(openFilled(dir))
        , ledger(db::openLedger(dir + QStringLiteral("/ledger.db")).value())
        , auth(*cache, *ledger, QStringLiteral("S001"))
        , session(auth, std::chrono::seconds(600))
        , gate(session)
        , drawers(&devices, *ledger)
        , tests(devices, gate, drawers, *ledger)
    {
        devices.setLedger(ledger.get());
    }
    ~StaffRig() { devices.stop(); } // the queues close before the ledger

    void signIn(const char *id, const char *pin)
    {
        if (!session.signIn(QString::fromLatin1(id), QString::fromLatin1(pin)))
            qFatal("sign-in of %s failed", id);
    }

    static std::unique_ptr<db::Database> openFilled(const QString &dir)
    {
        const bool fresh = !QFile::exists(dir + QStringLiteral("/cache.db"));
        auto cache = db::openCache(dir + QStringLiteral("/cache.db")).value();
        if (fresh)
            test::writeStore(*cache);
        return cache;
    }
};

} // namespace

class TestDeviceManager : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

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
        QTemporaryDir dir;
        StaffRig rig(dir.path());
        DeviceManager &m = rig.devices;
        m.start(receiptPrinterAt(port));
        QVERIFY(m.spooler(0));
        QCOMPARE(m.receiptSpooler(), m.spooler(0));
        QTRY_VERIFY(m.isOnline(0));
        rig.signIn("E1", "1111"); // a cashier may test the printer
        auto id = rig.tests.testPrint(0);
        QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
        QTRY_VERIFY2(m.entry(0).lastTest.contains(QLatin1String("printed")), qPrintable(m.entry(0).lastTest));
        QTRY_VERIFY(sim.out.contains("CUT 1"));
        db::PrintJobs jobs(*rig.ledger);
        auto job = jobs.job(id.value());
        QVERIFY(job);
        QCOMPARE(job->kind, QStringLiteral("test"));
        QCOMPARE(job->state, PrintJob::State::Printed);

        // Paper out: the next test print waits, and the health line says so.
        sim.send("paper out");
        QTRY_VERIFY2(m.healthLine(0).contains(QLatin1String("aper")), qPrintable(m.healthLine(0)));
        auto waiting = rig.tests.testPrint(0);
        QVERIFY(waiting);
        QTRY_VERIFY2(m.healthLine(0).contains(QLatin1String("1 waiting")), qPrintable(m.healthLine(0)));
        QVERIFY2(m.entry(0).lastTest.contains(QLatin1String("queued")) || m.entry(0).lastTest.contains(QLatin1String("waits")),
                 qPrintable(m.entry(0).lastTest));
        sim.send("paper ok");
        QTRY_VERIFY(sim.out.contains("CUT 2"));
        QTRY_VERIFY(!m.healthLine(0).contains(QLatin1String("waiting")));

        // The drawer test needs NoSale, which a cashier lacks, and is journaled with who asked for
        // it before the drawer opens (docs/reliability.md#r8-tamper-evident-journal).
        const auto refused = rig.tests.openDrawer(0);
        QVERIFY(!refused);
        QCOMPARE(refused.error().approval->permission, Permission::NoSale);
        QVERIFY(!sim.out.contains("KICK"));
        rig.session.signOut();
        QCOMPARE(rig.tests.openDrawer(0).error().code, QStringLiteral("till.signed-out")); // nobody
        rig.signIn("E2", "2222");
        QVERIFY(rig.tests.openDrawer(0));
        QTRY_VERIFY(sim.out.contains("KICK pin=2"));
        QCOMPARE(rig.ledger->queryInt("SELECT count(*) FROM journal WHERE kind = 'drawer.opened' AND actor = 'E2'").value_or(0), 1);
        QVERIFY(!rig.tests.openDrawer(5)); // no such printer
        QCOMPARE(rig.ledger->queryInt("SELECT count(*) FROM journal WHERE kind = 'drawer.opened'").value_or(0), 1);
        m.stop();
    }

    void printQueueActionsNeedAPersonAndAreJournaled()
    {
        SimProcess sim(QStringLiteral(PRINTER_SIM), {QStringLiteral("--port"), QStringLiteral("0")});
        const QString port = sim.waitFor("LISTENING ");
        QVERIFY(!port.isEmpty());
        QTemporaryDir dir;
        StaffRig rig(dir.path());
        DeviceManager &m = rig.devices;
        m.start(receiptPrinterAt(port));
        QTRY_VERIFY(m.isOnline(0));
        sim.send("paper out");
        QTRY_VERIFY(!m.printer(0)->canPrint());
        rig.signIn("E1", "1111");
        const qint64 job = rig.tests.testPrint(0).value();
        rig.session.signOut();
        const auto journal = [&rig](const char *kind) {
            return rig.ledger->queryInt(std::string("SELECT count(*) FROM journal WHERE actor = 'E1' AND kind = '") + kind + "'").value_or(-1);
        };
        // Nobody at the screen: nothing is changed, and the scanner test stays off.
        QCOMPARE(rig.tests.cancelJob(0, job).error().code, QStringLiteral("till.signed-out"));
        QCOMPARE(rig.tests.setScanTestActive(true).error().code, QStringLiteral("till.signed-out"));
        QVERIFY(!m.isScanTestActive());
        QCOMPARE(rig.ledger->queryInt("SELECT count(*) FROM journal WHERE kind LIKE 'print.%'").value_or(-1), 0);
        // A cashier on the staff screen may: each action names her in the journal.
        rig.signIn("E1", "1111");
        QVERIFY(rig.tests.setScanTestActive(true));
        QVERIFY(m.isScanTestActive());
        QVERIFY(rig.tests.cancelJob(0, job));
        QCOMPARE(journal("print.cancelled"), 1);
        auto copy = rig.tests.reprintJob(0, job);
        QVERIFY2(copy, qPrintable(copy ? QString() : copy.error().message));
        QCOMPARE(journal("print.reprinted"), 1);
        QVERIFY(!rig.tests.cancelJob(0, job)); // once
        QCOMPARE(journal("print.cancelled"), 1);
        QVERIFY(!rig.tests.cancelJob(5, job)); // no such printer
        QVERIFY(!db::journal::verify(*rig.ledger).has_value());
        m.stop();
    }

    void withoutALedgerPrintingStillWorks()
    {
        // omnikiosk --devices: the registry alone, its queue in a throw-away file.
        SimProcess sim(QStringLiteral(PRINTER_SIM), {QStringLiteral("--port"), QStringLiteral("0")});
        const QString port = sim.waitFor("LISTENING ");
        DeviceManager m;
        m.start(receiptPrinterAt(port));
        QTRY_VERIFY(m.isOnline(0));
        QVERIFY(m.spooler(0));
        QVERIFY(m.printer(0));
        QVERIFY(!m.printer(7));
        ReceiptDocument doc(QStringLiteral("en"));
        doc.addText(QStringLiteral("queue without a ledger"));
        doc.addCut(CutType::Partial, 3);
        QVERIFY(m.spooler(0)->submit(QStringLiteral("test"), QString(), QStringLiteral("test"), doc));
        QTRY_VERIFY(sim.out.contains("CUT 1"));
    }

    void doorTestIsJournaledWithWhoAndWhy()
    {
        SimProcess sim(QStringLiteral(LOCKER_SIM), {QStringLiteral("--protocol"), QStringLiteral("kerong"), QStringLiteral("--boards"), QStringLiteral("1")});
        const QString pty = sim.waitFor("PTY ");
        QVERIFY(!pty.isEmpty());
        QTemporaryDir dir;
        StaffRig rig(dir.path());
        DeviceManager &m = rig.devices;
        m.start(lockerBankAt(pty));
        QTRY_VERIFY(m.isOnline(0));
        rig.signIn("E2", "2222");
        const qint64 journalBefore = rig.ledger->queryInt("SELECT count(*) FROM journal").value_or(-1);
        QCOMPARE(m.compartments(0), (QStringList{QStringLiteral("A01"), QStringLiteral("A02"), QStringLiteral("A03"), QStringLiteral("A04")}));
        QVERIFY(!rig.tests.testDoor(0, QStringLiteral("Z99")));
        QCOMPARE(rig.ledger->queryInt("SELECT count(*) FROM journal").value_or(-1), journalBefore); // nothing opened, nothing written
        auto id = rig.tests.testDoor(0, QStringLiteral("a02"));
        QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
        QTRY_VERIFY2(m.entry(0).lastTest.contains(QLatin1String("opened")), qPrintable(m.entry(0).lastTest));
        auto *bus = qobject_cast<locker::LockerBus *>(m.entry(0).device.get());
        QVERIFY(bus);
        QCOMPARE(bus->isDoorOpen(0, 2).value_or(false), true);

        auto st = rig.ledger->prepare("SELECT kind, ref, actor, payload FROM journal ORDER BY seq");
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
        QVERIFY(!db::journal::verify(*rig.ledger).has_value()); // the chain is intact
        QVERIFY(!rig.tests.testDoor(3, QStringLiteral("A01")));
    }

    void doorAndDrawerTestsNeedTheRole()
    {
        SimProcess sim(QStringLiteral(LOCKER_SIM), {QStringLiteral("--protocol"), QStringLiteral("kerong"), QStringLiteral("--boards"), QStringLiteral("1")});
        const QString pty = sim.waitFor("PTY ");
        QVERIFY(!pty.isEmpty());
        QTemporaryDir dir;
        StaffRig rig(dir.path());
        DeviceManager &m = rig.devices;
        m.start(lockerBankAt(pty));
        QTRY_VERIFY(m.isOnline(0));
        const auto doorJournal = [&rig] { return rig.ledger->queryInt("SELECT count(*) FROM journal WHERE kind LIKE 'locker.%'").value_or(-1); };
        const qint64 doorsBefore = doorJournal();
        // A customer at the kiosk is nobody: no door.
        QCOMPARE(rig.tests.testDoor(0, QStringLiteral("A01")).error().code, QStringLiteral("till.signed-out"));
        // A cashier may test the printer but not open a locker door by hand.
        rig.signIn("E1", "1111");
        const auto refused = rig.tests.testDoor(0, QStringLiteral("A01"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().approval->permission, Permission::OpenLockerDoor);
        QCOMPARE(rig.tests.openDrawer(0).error().approval->permission, Permission::NoSale);
        QCOMPARE(doorJournal(), doorsBefore);
        auto *bus = qobject_cast<locker::LockerBus *>(m.entry(0).device.get());
        QVERIFY(bus);
        QVERIFY(!bus->isDoorOpen(0, 1).value_or(false));
        // A supervisor may: the door opens and the journal names her.
        rig.session.signOut();
        rig.signIn("E2", "2222");
        QVERIFY(rig.tests.testDoor(0, QStringLiteral("A01")));
        QTRY_VERIFY(bus->isDoorOpen(0, 1).value_or(false));
        QTRY_COMPARE(doorJournal(), doorsBefore + 2);
    }
};

QTEST_GUILESS_MAIN(TestDeviceManager)
#include "tst_devicemanager.moc"
