// SPDX-License-Identifier: GPL-3.0-or-later
// A serial scanner against the scanner simulator over a real pseudo-terminal: AIM identifiers,
// a GS1-128 scan with and without its GS separator, a damaged EAN, noise and a cut-off scan.
#include "drivers/device/transports.h"
#include "drivers/scanner/serialscanner.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace ok::scanner;

class TestSerialScanner : public QObject
{
    Q_OBJECT

    QProcess m_sim;
    QByteArray m_out;
    std::unique_ptr<SerialScanner> m_scanner;

    void send(const QByteArray &cmd)
    {
        m_out.clear();
        m_sim.write(cmd + '\n');
        m_sim.waitForBytesWritten();
        QTRY_VERIFY(m_out.contains("SENT"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        connect(&m_sim, &QProcess::readyReadStandardOutput, this, [this] { m_out += m_sim.readAllStandardOutput(); });
        m_sim.start(QStringLiteral(SCANNER_SIM), {QStringLiteral("--aim")});
        QVERIFY(m_sim.waitForStarted());
        QTRY_VERIFY(m_out.contains("PTY "));
        const QString pty = QString::fromUtf8(m_out.mid(m_out.indexOf("PTY ") + 4)).section(QLatin1Char('\n'), 0, 0).trimmed();
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
        send("scan ean13 5901234123457");
        QTRY_COMPARE(ok.count(), 1);
        const auto r = ok.at(0).at(0).value<ScanResult>();
        QCOMPARE(r.gtinAsScanned, QStringLiteral("5901234123457"));
        QCOMPARE(r.gtin, QStringLiteral("05901234123457"));
    }

    void gs1WithSeparator()
    {
        QSignalSpy ok(m_scanner.get(), &SerialScanner::scanned);
        send("scan gs1-128 01095011015300031725123110ABC<GS>3103001250");
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
        send("scan ean13 5901234123458");
        QTRY_COMPARE(bad.count(), 1);
        QVERIFY2(bad.at(0).at(0).value<ok::Error>().message.contains(QLatin1String("check digit")),
                 qPrintable(bad.at(0).at(0).value<ok::Error>().message));
        QCOMPARE(ok.count(), 0);
    }

    void cutOffScanIsDroppedNotGluedToTheNext()
    {
        QSignalSpy ok(m_scanner.get(), &SerialScanner::scanned);
        QSignalSpy bad(m_scanner.get(), &SerialScanner::scanFailed);
        send("raw 5d4530353930"); // "]E0590" and then nothing: the cable was pulled mid-scan
        QTRY_COMPARE(bad.count(), 1);
        QCOMPARE(bad.at(0).at(0).value<ok::Error>().code, QStringLiteral("scanner.incomplete"));
        send("scan ean13 4006381333931");
        QTRY_COMPARE(ok.count(), 1);
        QCOMPARE(ok.at(0).at(0).value<ScanResult>().gtinAsScanned, QStringLiteral("4006381333931"));
    }

    void cleanupTestCase()
    {
        m_scanner.reset();
        m_sim.write("quit\n");
        m_sim.waitForFinished(3000);
    }
};

QTEST_GUILESS_MAIN(TestSerialScanner)
#include "tst_serialscanner.moc"
