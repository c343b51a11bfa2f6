// SPDX-License-Identifier: GPL-3.0-or-later
// The device factory: every driver of this build is built from its [device.NAME] section as the
// class that implements its role's port; mistakes are refused with a message that names the
// section, the key and what would be right; printer profiles are looked for in the given
// directories first. Through the test seam (a scripted transport), the drawer settings of the
// section are checked on the wire.
#include "drivers/factory/devicefactory.h"
#include "drivers/ports/cashdrawer.h"
#include "drivers/ports/lockercontroller.h"
#include "drivers/ports/paymentterminal.h"
#include "drivers/ports/receiptprinter.h"
#include "drivers/ports/scansource.h"
#include "scriptedtransport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ok::dev;
using ok::test::ScriptedTransport;

Q_DECLARE_METATYPE(ok::dev::DeviceSpec)

namespace {
DeviceSpec spec(const char *name, const char *role, const char *driver, const char *transport, const char *port,
    QMap<QString, QString> options = {})
{
    return DeviceSpec { QString::fromLatin1(name), QString::fromLatin1(role), QString::fromLatin1(driver),
        QString::fromLatin1(transport), QString::fromLatin1(port), QString(), std::move(options) };
}

template<typename Port> bool builds(const DeviceSpec &s, const char *className)
{
    auto d = buildDevice(s, {});
    if (!d) {
        qWarning("%s", qPrintable(d.error().message));
        return false;
    }
    auto *port = qobject_cast<Port *>(d.value().get());
    return port && d.value()->inherits(className) && d.value()->name() == s.name && d.value()->role() == s.role
        && d.value()->state() == Device::State::Closed;
}
} // namespace

class TestDeviceFactory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyDriverImplementsItsPort()
    {
        QVERIFY(builds<ok::ports::ReceiptPrinter>(
            spec("receipt", "printer", "", "tcp", "127.0.0.1:9100"), "ok::escpos::EscPosPrinter"));
        QVERIFY(builds<ok::ports::ReceiptPrinter>(
            spec("receipt", "printer", "escpos", "usblp", "/dev/usb/lp0"), "ok::escpos::EscPosPrinter"));
        QVERIFY(builds<ok::ports::PaymentTerminal>(
            spec("card", "payment", "", "tcp", "127.0.0.1:20007"), "ok::payment::JsonPaymentTerminal"));
        QVERIFY(builds<ok::ports::ScanSource>(
            spec("scanner", "scanner", "serial-scanner", "serial", "/dev/ttyACM0"), "ok::scanner::SerialScanner"));
        QVERIFY(builds<ok::ports::ScanSource>(
            spec("wedge", "scanner", "evdev-scanner", "evdev", "/dev/input/event3"), "ok::scanner::EvdevScanner"));
        // A scanner on evdev needs no driver name.
        QVERIFY(builds<ok::ports::ScanSource>(
            spec("wedge", "scanner", "", "evdev", "/dev/input/event3"), "ok::scanner::EvdevScanner"));
        const QMap<QString, QString> lockers { { QStringLiteral("boards"), QStringLiteral("1") },
            { QStringLiteral("compartments"), QStringLiteral("A01-A04:1:1:S") } };
        QVERIFY(builds<ok::ports::LockerController>(
            spec("lockers", "locker", "kerong-cu16", "serial", "/dev/ttyUSB0", lockers), "ok::locker::LockerBus"));
        QVERIFY(builds<ok::ports::LockerController>(
            spec("lockers", "locker", "xor-lock", "serial", "/dev/ttyUSB0", lockers), "ok::locker::LockerBus"));
    }

    void knownDrivers()
    {
        QCOMPARE(ok::dev::knownDrivers(QStringLiteral("printer")), QStringList { QStringLiteral("escpos") });
        QCOMPARE(ok::dev::knownDrivers(QStringLiteral("scanner")),
            (QStringList { QStringLiteral("serial-scanner"), QStringLiteral("evdev-scanner") }));
        QCOMPARE(ok::dev::knownDrivers(QStringLiteral("locker")),
            (QStringList { QStringLiteral("kerong-cu16"), QStringLiteral("xor-lock") }));
        QCOMPARE(ok::dev::knownDrivers(QStringLiteral("payment")), QStringList { QStringLiteral("omnikiosk-json") });
        QVERIFY(ok::dev::knownDrivers(QStringLiteral("toaster")).isEmpty());
    }

    void mistakesAreRefusedByName_data()
    {
        QTest::addColumn<DeviceSpec>("spec");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown driver") << spec("receipt", "printer", "star", "tcp", "127.0.0.1:9100")
                                        << "device.no-driver"
                                        << R"(no driver "star" for role printer in this build (known: escpos))";
        QTest::newRow("unknown role") << spec("x", "toaster", "", "tcp", "127.0.0.1:1") << "device.no-driver"
                                      << R"(no driver "" for role toaster in this build (known: ))";
        QTest::newRow("evdev for a printer")
            << spec("receipt", "printer", "escpos", "evdev", "/dev/input/event3") << "device.bad-transport"
            << "transport evdev is for keyboard-wedge scanners (role = scanner, driver = evdev-scanner)";
        QTest::newRow("evdev scanner on serial")
            << spec("wedge", "scanner", "evdev-scanner", "serial", "/dev/ttyACM0") << "device.bad-transport"
            << "driver evdev-scanner reads an input device: set transport = evdev (not serial)";
        QTest::newRow("drawer pin") << spec("receipt", "printer", "escpos", "tcp", "127.0.0.1:9100",
            { { QStringLiteral("drawer_pin"), QStringLiteral("3") } })
                                    << "device.bad-option"
                                    << R"([device.receipt] drawer_pin: "3" must be 2 or 5)";
        QTest::newRow("drawer pulse")
            << spec("receipt", "printer", "escpos", "tcp", "127.0.0.1:9100",
                   { { QStringLiteral("drawer_on_ms"), QStringLiteral("600") } })
            << "device.bad-option"
            << R"([device.receipt] drawer_on_ms: "600" must be a whole number of milliseconds from 2 to 510)";
        QTest::newRow("drawer level") << spec("receipt", "printer", "escpos", "tcp", "127.0.0.1:9100",
            { { QStringLiteral("drawer_open_level"), QStringLiteral("up") } })
                                      << "device.bad-option"
                                      << R"([device.receipt] drawer_open_level: "up" must be high or low)";
        QTest::newRow("left open")
            << spec("receipt", "printer", "escpos", "tcp", "127.0.0.1:9100",
                   { { QStringLiteral("drawer_left_open_s"), QStringLiteral("0") } })
            << "device.bad-option"
            << R"([device.receipt] drawer_left_open_s: "0" must be a whole number of seconds from 1 to 86400)";
    }
    void mistakesAreRefusedByName()
    {
        QFETCH(DeviceSpec, spec);
        QFETCH(QString, code);
        QFETCH(QString, message);
        const auto d = buildDevice(spec, {});
        QVERIFY(!d);
        QCOMPARE(d.error().code, code);
        QCOMPARE(d.error().message, message);
    }

    void errorsOfTheLayersBelowPassThrough()
    {
        // The transport, the printer profile, the scanner and the locker settings name their own.
        auto badPort = buildDevice(spec("receipt", "printer", "escpos", "tcp", "no-port-here"), {});
        QVERIFY(!badPort);
        DeviceSpec badProfile = spec("receipt", "printer", "escpos", "tcp", "127.0.0.1:9100");
        badProfile.profile = QStringLiteral("no-such-printer");
        auto profile = buildDevice(badProfile, {});
        QVERIFY(!profile);
        QCOMPARE(profile.error().code, QStringLiteral("printer.profile.unknown"));
        auto locker = buildDevice(spec("lockers", "locker", "kerong-cu16", "serial", "/dev/ttyUSB0",
                                      { { QStringLiteral("boards"), QStringLiteral("99") } }),
            {});
        QVERIFY(!locker);
        auto scanner = buildDevice(spec("scanner", "scanner", "", "serial", "/dev/ttyACM0",
                                       { { QStringLiteral("aim"), QStringLiteral("perhaps") } }),
            {});
        QVERIFY(!scanner);
        QVERIFY2(
            scanner.error().message.contains(QLatin1String("[device.scanner]")), qPrintable(scanner.error().message));
    }

    void profilesAreLookedForInTheGivenDirectoriesFirst()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // The shop's own copy of a shipped profile, under a name of its own.
        QFile shipped(QStringLiteral(OMNIKIOSK_PRINTER_PROFILES_DIR "/xprinter-80.json"));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        QByteArray json = shipped.readAll();
        json.replace("\"xprinter-80\"", "\"shop-80\"");
        QFile own(dir.filePath(QStringLiteral("shop-80.json")));
        QVERIFY(own.open(QIODevice::WriteOnly));
        own.write(json);
        own.close();

        DeviceSpec s = spec("receipt", "printer", "escpos", "tcp", "127.0.0.1:9100");
        s.profile = QStringLiteral("shop-80");
        auto d = buildDevice(s, { dir.path() });
        QVERIFY2(d, d ? "" : qPrintable(d.error().message));
        QCOMPARE(qobject_cast<ok::ports::ReceiptPrinter *>(d.value().get())->profileId(), QStringLiteral("shop-80"));
        QVERIFY(!buildDevice(s, {})); // not built in
        s.profile.clear();
        d = buildDevice(s, { dir.path() });
        QCOMPARE(
            qobject_cast<ok::ports::ReceiptPrinter *>(d.value().get())->profileId(), QStringLiteral("epson-tm-t20"));
    }

    void drawerSettingsReachTheWireThroughTheTestSeam()
    {
        auto owned = std::make_unique<ScriptedTransport>(QStringLiteral("receipt"));
        ScriptedTransport *link = owned.get();
        auto d = buildDevice(spec("receipt", "printer", "escpos", "tcp", "127.0.0.1:9100",
                                 { { QStringLiteral("drawer_pin"), QStringLiteral("5") },
                                     { QStringLiteral("drawer_on_ms"), QStringLiteral("50") },
                                     { QStringLiteral("drawer_off_ms"), QStringLiteral("250") } }),
            {}, std::move(owned));
        QVERIFY2(d, d ? "" : qPrintable(d.error().message));
        auto *printer = qobject_cast<ok::ports::ReceiptPrinter *>(d.value().get());
        QVERIFY(printer);
        QCOMPARE(printer->transport(), link);
        QVERIFY(printer->open() && printer->claim() && printer->enable());
        QTRY_COMPARE(printer->power(), Device::Power::Online);
        link->takeWritten();
        QVERIFY(printer->cashDrawer()->open());
        // ESC p, pin 5, 50 ms on, 250 ms off (docs/devices.md#d7-the-drawer-hangs-on-the-printer).
        QCOMPARE(link->written(), QByteArray::fromHex("1b7001197d"));
    }

    void theSeamKeepsTheSpecsChecks()
    {
        auto d = buildDevice(spec("wedge", "scanner", "evdev-scanner", "serial", "/dev/ttyACM0"), {},
            std::make_unique<ScriptedTransport>());
        QVERIFY(!d);
        QCOMPARE(d.error().code, QStringLiteral("device.bad-transport"));
        auto w = buildDevice(spec("wedge", "scanner", "evdev-scanner", "evdev", "/dev/input/event3"), {},
            std::make_unique<ScriptedTransport>());
        QVERIFY(w);
        QVERIFY(qobject_cast<ok::ports::ScanSource *>(w.value().get()));
        QVERIFY(qobject_cast<ScriptedTransport *>(w.value()->transport()));
    }
};

QTEST_GUILESS_MAIN(TestDeviceFactory)
#include "tst_devicefactory.moc"
