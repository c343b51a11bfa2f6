// SPDX-License-Identifier: GPL-3.0-or-later
// The scanner devices as the ports::ScanSource role, on the scripted in-process transport: the
// test plays the scanner. SerialScanner cuts the byte stream into scans wherever the reads split
// it, drops a scan cut off mid-way instead of gluing it to the next, and refuses input no barcode
// could hold; EvdevScanner joins input_event records split across reads. Every scan reaches the
// port as scanRead() (code, raw, meaning) or scanRejected() (the reason), next to the driver's
// own scanned() / scanFailed(). The wire-level proofs against the simulator are
// tst_serialscanner and tst_evdevscanner.
#include "drivers/scanner/evdevscanner.h"
#include "drivers/scanner/serialscanner.h"
#include "keystream.h"
#include "scriptedtransport.h"

#include <QSignalSpy>
#include <QTest>

using namespace ok::scanner;
using namespace std::chrono_literals;
using ok::dev::Device;
using ok::ports::Scan;
using ok::ports::ScanSource;
using ok::test::ScriptedTransport;

Q_DECLARE_METATYPE(ok::Error)

namespace {
ScannerConfig config(const QMap<QString, QString> &options)
{
    auto c = ScannerConfig::fromOptions(options, QStringLiteral("[device.scanner]"));
    Q_ASSERT(c);
    return c.value();
}

/// An AIM scanner ending scans in CR LF, as tst_serialscanner configures it.
ScannerConfig aimCrLf()
{
    return config(
        { { QStringLiteral("aim"), QStringLiteral("true") }, { QStringLiteral("suffix"), QStringLiteral("\\r\\n") },
            { QStringLiteral("gs_reliable"), QStringLiteral("true") } });
}

/// Scans seen through the port only.
struct PortSpy {
    explicit PortSpy(ScanSource *source)
        : read(source, &ScanSource::scanRead)
        , rejected(source, &ScanSource::scanRejected)
    {
    }
    Scan scan(qsizetype i) const { return read.at(i).at(0).value<Scan>(); }
    QString rejection(qsizetype i) const { return rejected.at(i).at(1).toString(); }
    QSignalSpy read;
    QSignalSpy rejected;
};
} // namespace

class TestScannerDevice : public QObject
{
    Q_OBJECT

    ScriptedTransport *m_link = nullptr; // owned by m_scanner
    std::unique_ptr<ScannerDevice> m_scanner;

    /// Build `T` on a scripted transport, open, claim and enable it; true once connected.
    template<typename T, typename... Args> bool start(Args &&...args)
    {
        auto link = std::make_unique<ScriptedTransport>(QStringLiteral("scanner"));
        m_link = link.get();
        m_scanner = std::make_unique<T>(QStringLiteral("scanner"), std::move(link), std::forward<Args>(args)...);
        if (!m_scanner->open() || !m_scanner->claim() || !m_scanner->enable())
            return false;
        return QTest::qWaitFor([this] { return m_scanner->power() == Device::Power::Online; });
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<ok::Error>(); }

    void cleanup()
    {
        m_scanner.reset();
        m_link = nullptr;
    }

    void scanSplitAcrossReadsIsOneScan()
    {
        QVERIFY(start<SerialScanner>(aimCrLf()));
        PortSpy port(m_scanner.get());
        QSignalSpy scanned(m_scanner.get(), &ScannerDevice::scanned);
        m_link->feed("]E0590123");
        m_link->feed("4123457\r");
        QCOMPARE(port.read.count(), 0); // CR LF is the suffix: not complete yet
        m_link->feed("\n");
        QCOMPARE(scanned.count(), 1);
        QCOMPARE(port.read.count(), 1);
        const Scan s = port.scan(0);
        QCOMPARE(s.source, QStringLiteral("scanner"));
        QCOMPARE(s.code, QStringLiteral("5901234123457")); // as printed on the pack
        QCOMPARE(s.raw, QStringLiteral("]E05901234123457\\r\\n"));
        QCOMPARE(s.meaning, QStringLiteral("EAN-13/UPC: GTIN 05901234123457"));
        QCOMPARE(scanned.at(0).at(0).value<ScanResult>().gtin, QStringLiteral("05901234123457"));
    }

    void severalScansInOneReadAreSeveralScans()
    {
        QVERIFY(start<SerialScanner>(aimCrLf()));
        PortSpy port(m_scanner.get());
        m_link->feed("]E05901234123457\r\n]E04006381333931\r\n]E4963850");
        QCOMPARE(port.read.count(), 2);
        QCOMPARE(port.scan(0).code, QStringLiteral("5901234123457"));
        QCOMPARE(port.scan(1).code, QStringLiteral("4006381333931"));
        m_link->feed("74\r\n");
        QCOMPARE(port.read.count(), 3);
        QCOMPARE(port.scan(2).code, QStringLiteral("96385074"));
        QCOMPARE(m_scanner->statistics().jobs, 3);
    }

    void gs1ScanGoesByItsGtinAndShowsItsSeparator()
    {
        QVERIFY(start<SerialScanner>(aimCrLf()));
        PortSpy port(m_scanner.get());
        m_link->feed("]C1010950110153000317251231"
                     "10ABC\x1d"
                     "3103001250\r\n");
        QCOMPARE(port.read.count(), 1);
        const Scan s = port.scan(0);
        QCOMPARE(s.code, QStringLiteral("09501101530003"));
        QCOMPARE(s.raw,
            QStringLiteral("]C1010950110153000317251231"
                           "10ABC\\x1D"
                           "3103001250\\r\\n"));
        QVERIFY2(s.meaning.startsWith(QLatin1String("GS1-128: GS1 ")), qPrintable(s.meaning));
    }

    void textScanGoesByItsTextAndLongRawIsShortened()
    {
        QVERIFY(start<SerialScanner>(aimCrLf()));
        PortSpy port(m_scanner.get());
        const QByteArray url = "https://example.com/pickup?order=A-17&code=" + QByteArray(60, 'x');
        const QByteArray raw = "]Q1" + url + "\r\n";
        m_link->feed(raw);
        QCOMPARE(port.read.count(), 1);
        const Scan s = port.scan(0);
        QCOMPARE(s.code, QString::fromLatin1(url));
        QCOMPARE(s.raw, QString::fromLatin1(raw.left(ScannerDevice::kShownRawBytes)) + QStringLiteral("…"));
    }

    void damagedScanIsRejectedWithTheReason()
    {
        QVERIFY(start<SerialScanner>(aimCrLf()));
        PortSpy port(m_scanner.get());
        QSignalSpy failed(m_scanner.get(), &ScannerDevice::scanFailed);
        m_link->feed("]E05901234123458\r\n");
        QCOMPARE(port.read.count(), 0);
        QCOMPARE(port.rejected.count(), 1);
        QCOMPARE(port.rejected.at(0).at(0).toString(), QStringLiteral("scanner"));
        QVERIFY2(port.rejection(0).contains(QLatin1String("check digit")), qPrintable(port.rejection(0)));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).value<ok::Error>().message, port.rejection(0));
        QCOMPARE(m_scanner->statistics().failures, 1);
    }

    void scanCutOffMidWayIsDroppedNotGluedToTheNext()
    {
        QVERIFY(start<SerialScanner>(aimCrLf()));
        PortSpy port(m_scanner.get());
        QSignalSpy failed(m_scanner.get(), &ScannerDevice::scanFailed);
        m_link->feed("]E0590"); // and then nothing: the cable was pulled mid-scan
        // Time is what is under test here: the driver's 300 ms limit for finishing a scan.
        QVERIFY(port.rejected.wait(2000));
        QCOMPARE(failed.at(0).at(0).value<ok::Error>().code, QStringLiteral("scanner.incomplete"));
        QCOMPARE(port.rejection(0), QStringLiteral("An incomplete scan was dropped: scan again"));
        m_link->feed("]E04006381333931\r\n");
        QCOMPARE(port.read.count(), 1);
        QCOMPARE(port.scan(0).code, QStringLiteral("4006381333931"));
    }

    void moreThanAnyBarcodeHoldsIsRefused()
    {
        QVERIFY(start<SerialScanner>(aimCrLf()));
        PortSpy port(m_scanner.get());
        QSignalSpy failed(m_scanner.get(), &ScannerDevice::scanFailed);
        m_link->feed(QByteArray(5000, '7'));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).value<ok::Error>().code, QStringLiteral("scanner.oversized"));
        QCOMPARE(port.rejected.count(), 1);
        // Nothing of it is kept for the next scan.
        m_link->feed("]E05901234123457\r\n");
        QCOMPARE(port.read.count(), 1);
        QCOMPARE(port.scan(0).code, QStringLiteral("5901234123457"));
    }

    void withoutASuffixCrOrLfEndsAScan()
    {
        QVERIFY(start<SerialScanner>(config({})));
        PortSpy port(m_scanner.get());
        m_link->feed("4006381333931\r\n96385074\n5901234123457\r");
        QCOMPARE(port.read.count(), 3); // the LF of a CR LF pair is not an empty scan
        QCOMPARE(port.rejected.count(), 0);
        QCOMPARE(port.scan(1).code, QStringLiteral("96385074"));
        QCOMPARE(port.scan(2).code, QStringLiteral("5901234123457"));
    }

    void disabledScannerDiscardsItsInput()
    {
        QVERIFY(start<SerialScanner>(aimCrLf()));
        PortSpy port(m_scanner.get());
        m_scanner->disable();
        m_link->feed("]E05901234123457\r\n");
        QCOMPARE(port.read.count(), 0);
        QVERIFY(m_scanner->enable());
        m_link->feed("]E04006381333931\r\n");
        QCOMPARE(port.read.count(), 1);
        QCOMPARE(port.scan(0).code, QStringLiteral("4006381333931"));
    }

    void evdevRecordsSplitAcrossReadsAreJoined()
    {
        QVERIFY(start<EvdevScanner>(config({ { QStringLiteral("aim"), QStringLiteral("true") } })));
        PortSpy port(m_scanner.get());
        ok::scanner::test::KeyStream keys;
        keys.type("]E05901234123457");
        const QByteArray bytes = keys.bytes();
        // 7-byte pieces cut every input_event record (24 bytes on 64-bit) somewhere inside.
        for (qsizetype i = 0; i < bytes.size(); i += 7)
            m_link->feed(bytes.mid(i, 7));
        QCOMPARE(port.read.count(), 1);
        QCOMPARE(port.scan(0).code, QStringLiteral("5901234123457"));
        QCOMPARE(port.scan(0).meaning, QStringLiteral("EAN-13/UPC: GTIN 05901234123457"));
        QCOMPARE(port.rejected.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestScannerDevice)
#include "tst_scannerdevice.moc"
