// SPDX-License-Identifier: GPL-3.0-or-later
// The staff device screen driven as an engineer would, against the printer, scanner (keyboard
// wedge through evdev) and locker simulators, with the print queue in a real ledger: a test print
// that waits for paper and then prints, an interrupted receipt staff reprint as a copy, the
// scanner test showing what a scan means, the door test opening a compartment and journaling it.
// Offscreen; saves screenshots to $OMNIKIOSK_SCREENSHOT_DIR when set (docs/screenshots).
#include "services/catalogservice.h"
#include "services/config.h"
#include "services/devicemanager.h"
#include "services/printspooler.h"
#include "storage/printjobs.h"
#include "storage/sqlite.h"
#include "storage/stores.h"
#include "ui/keyboardwedge.h"
#include "ui/terminalinfo.h"
#include "posstack.h"
#include "quicktest.h"

#include <QDir>
#include <QGuiApplication>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

#include "../tools/simprocess.h"
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(OmnikioskPlugin)

class TestDevicesPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SimProcess> m_printerSim;
    std::unique_ptr<SimProcess> m_scannerSim;
    std::unique_ptr<SimProcess> m_lockerSim;
    std::unique_ptr<ok::db::Database> m_ledger;
    std::unique_ptr<ok::CatalogService> m_catalog;
    ok::DeviceManager m_devices;
    std::unique_ptr<ok::TerminalInfo> m_terminal;
    std::unique_ptr<ok::test::PosStack> m_pos;
    std::unique_ptr<ok::KeyboardWedge> m_wedge;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;

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
        const QString dir = qEnvironmentVariable("OMNIKIOSK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QVERIFY(m_window->grabWindow().save(dir + QLatin1Char('/') + name));
    }
    ok::PrintSpooler *spooler() { return m_devices.receiptSpooler(); }

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

        auto ledger = ok::db::openLedger(m_dir.filePath(QStringLiteral("ledger.db")));
        QVERIFY(ledger);
        m_ledger = std::move(ledger).value();
        {
            // What the last run left behind: a receipt that was on its way to the printer when
            // the program stopped (it becomes uncertain), and one printed earlier.
            ok::db::PrintJobs jobs(*m_ledger);
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

        const QString cachePath = m_dir.filePath(QStringLiteral("cache.db"));
        QVERIFY(ok::db::openCache(cachePath));
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
        m_devices.setLedger(m_ledger.get());
        m_devices.start(config.devices);
        m_catalog = std::make_unique<ok::CatalogService>(cachePath, config.storeId, QStringLiteral("en"));
        QVERIFY(m_catalog->start());
        m_terminal = std::make_unique<ok::TerminalInfo>(config, m_catalog.get(), &m_devices, QString());
        ok::TerminalInfo::setInstance(m_terminal.get());
        m_pos = std::make_unique<ok::test::PosStack>(m_dir.path(), m_catalog.get(), &m_devices);
        m_wedge = std::make_unique<ok::KeyboardWedge>(50, 6);
        ok::KeyboardWedge::setInstance(m_wedge.get());
        QObject::connect(&m_devices, &ok::DeviceManager::scanned, m_wedge.get(), &ok::KeyboardWedge::deliver);

        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        m_engine->load(QUrl(QStringLiteral("qrc:/qt/qml/Omnikiosk/Main.qml")));
        QCOMPARE(m_engine->rootObjects().size(), 1);
        m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
        QVERIFY(m_window);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QTRY_COMPARE(text("deviceState"), QStringLiteral("Devices 3/3 online"));
        click(find("deviceState"));
        QTRY_VERIFY(find("deviceList"));
        QTRY_COMPARE(find("deviceList")->property("count").toInt(), 3);
        QTRY_VERIFY(!find("stack")->property("busy").toBool()); // a page in transition takes no clicks
    }

    void interruptedReceiptWaitsForADecision()
    {
        QQuickItem *queue = find("printQueue");
        QVERIFY(queue);
        QTRY_COMPARE(queue->property("count").toInt(), 2);
        QVERIFY(find("markPrintedButton")); // only the uncertain job offers "It printed"
        QCOMPARE(findAll("markPrintedButton").size(), 1);
        QCOMPARE(spooler()->uncertainCount(), 1);
        QTest::qWait(300);
        QVERIFY(!m_printerSim->out.contains("CUT")); // not printed again by itself
    }

    void testPrintWaitsForPaperThenPrints()
    {
        m_printerSim->send("paper out");
        QTRY_VERIFY(m_devices.healthLine(0).contains(QLatin1String("aper")));
        click(find("testPrintButton"));
        QTRY_VERIFY2(texts("lastTest").contains(QLatin1String("queued")) || texts("lastTest").contains(QLatin1String("waits")),
                     qPrintable(texts("lastTest")));
        QTRY_COMPARE(find("printQueue")->property("count").toInt(), 3);
        QTRY_VERIFY(m_devices.healthLine(0).contains(QLatin1String("1 waiting")));
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
        QCOMPARE(m_ledger->queryInt("SELECT count(*) FROM journal WHERE ref = 'locker:lockers:A07' AND actor = 'staff-test'").value_or(0), 2);
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
        QTRY_VERIFY(!m_devices.healthLine(0).contains(QLatin1String("waiting")));
        shoot(QStringLiteral("devices-staff-after.png"));
    }

    void cleanupTestCase()
    {
        m_engine.reset();
        m_devices.stop();
    }
};

QTEST_MAIN(TestDevicesPage)
#include "tst_devicespage.moc"
