// SPDX-License-Identifier: GPL-3.0-or-later
// A serial scanner against the scanner simulator over a real pseudo-terminal: AIM identifiers,
// a GS1-128 scan with and without its GS separator, a damaged EAN, noise and a cut-off scan.
#include "drivers/device/transports.h"
#include "drivers/scanner/serialscanner.h"
#include "../../tools/simprocess.h"

#include <QSignalSpy>
#include <QTest>

using namespace ok::scanner;

class TestSerialScanner : public QObject
{
    Q_OBJECT

    std::unique_ptr<SimProcess> m_sim;
    std::unique_ptr<SerialScanner> m_scanner;

    /// A simulator command that sends bytes; true once the simulator says it sent them.
    bool send(const QByteArray &cmd)
    {
        return m_sim->request(cmd, {QStringLiteral("SENT"), QStringLiteral("ERROR")}).startsWith(QLatin1String("SENT"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sim = std::make_unique<SimProcess>(QStringLiteral(SCANNER_SIM), QStringList{QStringLiteral("--aim")});
        QVERIFY(m_sim->waitForStarted());
        const QString pty = m_sim->waitFor("PTY ");
        QVERIFY(!pty.isEmpty());
        auto config = ScannerConfig::fromOptions({{QStringLiteral("aim"), QStringLiteral("true")},
                                                  {QStringLiteral("suffix"), QStringLiteral("\\r\\n")},
                                                  {QStringLiteral("gs_reliable"), QStringLiteral("true")}},
                                                 QStringLiteral("device.scanner"));
        QVERIFY2(config, qPrintable(config ? QString() : config.error().message));
        auto transport = ok::dev::makeTransport({QStringLiteral("serial"), pty, {{QStringLiteral("baud"), QStringLiteral("9600")}}});
        QVERIFY(transport);
        m_scanner = std::make_unique<SerialScanner>(QStringLiteral("scanner"), std::move(transport).value(), config.value());
        QVERIFY(m_scanner->open());
        QVERIFY(m_scanner->claim());
        QVERIFY(m_scanner->enable());
        QTRY_COMPARE(m_scanner->power(), ok::dev::Device::Power::Online);
    }

    void ean13()
    {
        QSignalSpy ok(m_scanner.get(), &SerialScanner::scanned);
        QVERIFY(send("scan ean13 5901234123457"));
        QTRY_COMPARE(ok.count(), 1);
        const auto r = ok.at(0).at(0).value<ScanResult>();
        QCOMPARE(r.gtinAsScanned, QStringLiteral("5901234123457"));
        QCOMPARE(r.gtin, QStringLiteral("05901234123457"));
    }

    void gs1WithSeparator()
    {
        QSignalSpy ok(m_scanner.get(), &SerialScanner::scanned);
        QVERIFY(send("scan gs1-128 01095011015300031725123110ABC<GS>3103001250"));
        QTRY_COMPARE(ok.count(), 1);
        const auto r = ok.at(0).at(0).value<ScanResult>();
        QCOMPARE(r.gs1.gtin, QStringLiteral("09501101530003"));
        QCOMPARE(r.gs1.lot, QStringLiteral("ABC"));
        QCOMPARE(r.gs1.netWeightGrams.value_or(-1), 1250);
        QCOMPARE(r.gs1.expiry, QDate(2025, 12, 31));
    }

    void damagedCodeIsAnErrorWithTheReason()
    {
        QSignalSpy ok(m_scanner.get(), &SerialScanner::scanned);
        QSignalSpy bad(m_scanner.get(), &SerialScanner::scanFailed);
        QVERIFY(send("scan ean13 5901234123458"));
        QTRY_COMPARE(bad.count(), 1);
        QVERIFY2(bad.at(0).at(0).value<ok::Error>().message.contains(QLatin1String("check digit")),
                 qPrintable(bad.at(0).at(0).value<ok::Error>().message));
        QCOMPARE(ok.count(), 0);
    }

    void cutOffScanIsDroppedNotGluedToTheNext()
    {
        QSignalSpy ok(m_scanner.get(), &SerialScanner::scanned);
        QSignalSpy bad(m_scanner.get(), &SerialScanner::scanFailed);
        QVERIFY(send("raw 5d4530353930")); // "]E0590" and then nothing: the cable was pulled mid-scan
        QTRY_COMPARE(bad.count(), 1);
        QCOMPARE(bad.at(0).at(0).value<ok::Error>().code, QStringLiteral("scanner.incomplete"));
        QVERIFY(send("scan ean13 4006381333931"));
        QTRY_COMPARE(ok.count(), 1);
        QCOMPARE(ok.at(0).at(0).value<ScanResult>().gtinAsScanned, QStringLiteral("4006381333931"));
    }

    void cleanupTestCase()
    {
        m_scanner.reset();
        QVERIFY(m_sim->quit());
    }
};

QTEST_GUILESS_MAIN(TestSerialScanner)
#include "tst_serialscanner.moc"
