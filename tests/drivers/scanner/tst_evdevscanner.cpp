// SPDX-License-Identifier: GPL-3.0-or-later
// The evdev keyboard-wedge scanner as a device: recorded input_event streams through a FIFO
// (records split across writes, a writer that goes away mid-scan and comes back), the scanner
// simulator typing scans on a pseudo-terminal, a recorded stream replayed by the simulator, the
// scans going through the same ScanParser as a serial scanner's, and the device options.
#include "drivers/scanner/evdevscanner.h"
#include "drivers/scanner/scanerror.h"
#include "keystream.h"
#include "../../tools/simprocess.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace ok::scanner;
using namespace std::chrono_literals;
using ok::scanner::test::KeyStream;

Q_DECLARE_METATYPE(ok::Error)

namespace {

ScannerConfig aimConfig()
{
    auto c = ScannerConfig::fromOptions({{QStringLiteral("aim"), QStringLiteral("true")}}, QStringLiteral("[device.wedge]"));
    Q_ASSERT(c);
    return c.value();
}

/// The writing end of a FIFO, opened once the scanner has opened the reading end. Every wait here
/// is for a condition of the FIFO itself, not for a time.
class FifoWriter
{
public:
    explicit FifoWriter(const QString &path)
    {
        // Without O_NONBLOCK the open would block the event loop; with it, it fails (ENXIO) until
        // a reader holds the other end.
        (void)QTest::qWaitFor(
            [&] {
                m_fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
                return m_fd >= 0;
            },
            5000);
    }
    ~FifoWriter() { close(); }
    bool isOpen() const { return m_fd >= 0; }
    void write(QByteArrayView bytes)
    {
        qsizetype done = 0;
        while (done < bytes.size()) {
            ssize_t n = -1;
            // EAGAIN: the FIFO is full until the reader catches up.
            const bool written = QTest::qWaitFor(
                [&] {
                    n = ::write(m_fd, bytes.data() + done, size_t(bytes.size() - done));
                    return n >= 0 || errno != EAGAIN;
                },
                5000);
            QVERIFY(written && n > 0);
            done += n;
        }
    }
    /// Bytes written and not read yet (FIONREAD works on either end of a FIFO).
    int unread() const
    {
        int n = 0;
        return ::ioctl(m_fd, FIONREAD, &n) == 0 ? n : -1;
    }
    /// True once the reader has taken everything written so far.
    [[nodiscard]] bool drained() const
    {
        return QTest::qWaitFor([this] { return unread() == 0; }, 5000);
    }
    /// Write in awkward pieces (records split across writes); the reader takes each piece before
    /// the next is written, so the pieces really arrive apart.
    void writeInPieces(QByteArrayView bytes, qsizetype piece)
    {
        for (qsizetype i = 0; i < bytes.size(); i += piece) {
            write(bytes.sliced(i, std::min(piece, bytes.size() - i)));
            QVERIFY(drained());
        }
    }
    void close()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }

private:
    int m_fd = -1;
};

QByteArray typed(QByteArrayView text, bool enter = true)
{
    KeyStream k;
    k.type(text, enter);
    return k.bytes();
}

} // namespace

class TestEvdevScanner : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<ok::Error>(); }

    void optionsAreCheckedAndNamed()
    {
        auto d = EvdevScannerOptions::fromOptions({});
        QVERIFY(d);
        QVERIFY(d->grab);
        QCOMPARE(d->maxKeyGap, KeyboardDecoder::kDefaultMaxKeyGap);
        auto o = EvdevScannerOptions::fromOptions({{QStringLiteral("grab"), QStringLiteral("no")},
                                                   {QStringLiteral("max_key_gap_ms"), QStringLiteral("200")}});
        QVERIFY(o);
        QVERIFY(!o->grab);
        QCOMPARE(o->maxKeyGap, 200ms);
        auto bad = EvdevScannerOptions::fromOptions({{QStringLiteral("grab"), QStringLiteral("maybe")}}, QStringLiteral("[device.w]"));
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.contains(QLatin1String("[device.w] grab")), qPrintable(bad.error().message));
        QVERIFY(!EvdevScannerOptions::fromOptions({{QStringLiteral("max_key_gap_ms"), QStringLiteral("5")}}));
        QVERIFY(!EvdevScannerOptions::fromOptions({{QStringLiteral("max_key_gap_ms"), QStringLiteral("x")}}));
    }

    void recordedStreamThroughAFifo()
    {
        const QString fifo = m_dir.filePath(QStringLiteral("wedge.fifo"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        EvdevScanner scanner(QStringLiteral("wedge"), std::make_unique<EvdevTransport>(fifo), aimConfig());
        QSignalSpy scans(&scanner, &ScannerDevice::scanned);
        QSignalSpy failures(&scanner, &ScannerDevice::scanFailed);
        QSignalSpy errors(&scanner, &ok::dev::Device::errorOccurred);
        QVERIFY(scanner.open());
        QVERIFY(scanner.claim());
        QVERIFY(scanner.enable());
        QTRY_COMPARE(scanner.power(), ok::dev::Device::Power::Online);
        QVERIFY(scanner.checkHealth().contains(QLatin1String("evdev ")));

        {
            FifoWriter w(fifo);
            QVERIFY(w.isOpen());
            // An EAN-13, records split at 7-byte boundaries (a record is 24 bytes on 64-bit).
            w.writeInPieces(typed("]E05901234123457"), 7);
            QTRY_COMPARE(scans.size(), 1);
            auto r = scans.at(0).at(0).value<ScanResult>();
            QCOMPARE(r.kind, ContentKind::Gtin);
            QCOMPARE(r.symbology, Symbology::Ean13Upc);
            QCOMPARE(r.gtin, QStringLiteral("05901234123457"));
            QCOMPARE(describeScan(r), QStringLiteral("EAN-13/UPC: GTIN 05901234123457"));

            // GS1-128 with the GS typed as Ctrl+] (docs/devices.md#d10-gs-separators).
            w.write(typed("]C1010950110153000317251231" "10ABC\x1d" "3103001250"));
            QTRY_COMPARE(scans.size(), 2);
            r = scans.at(1).at(0).value<ScanResult>();
            QCOMPARE(r.kind, ContentKind::Gs1);
            QCOMPARE(r.gs1.gtin, QStringLiteral("09501101530003"));
            QCOMPARE(r.gs1.lot, QStringLiteral("ABC"));
            QCOMPARE(r.gs1.netWeightGrams.value_or(0), 1250);
            QCOMPARE(r.gs1.expiry, QDate(2025, 12, 31));

            // A damaged EAN is an error with the reason, never a product.
            w.write(typed("]E05901234123458"));
            QTRY_COMPARE(failures.size(), 1);
            QCOMPARE(failures.at(0).at(0).value<ok::Error>().code, QStringLiteral("scanner.check-digit"));
            QCOMPARE(scans.size(), 2);

            // The writer goes away in the middle of a scan: the half scan is reported, not kept.
            w.write(typed("]E0590123", false));
            QVERIFY(w.drained()); // the half scan is in the scanner ...
            w.close(); // ... when the writer goes away
            QTRY_COMPARE(failures.size(), 2);
            QCOMPARE(failures.at(1).at(0).value<ok::Error>().code, QStringLiteral("scanner.incomplete-scan"));
            QTRY_COMPARE(scanner.power(), ok::dev::Device::Power::Offline);
        }
        // It reconnects by itself (backoff) and the next writer's scans arrive whole.
        QTRY_COMPARE_WITH_TIMEOUT(scanner.power(), ok::dev::Device::Power::Online, 5000);
        FifoWriter again(fifo);
        QVERIFY(again.isOpen());
        again.write(typed("]E04006381333931"));
        QTRY_COMPARE(scans.size(), 3);
        QCOMPARE(scans.at(2).at(0).value<ScanResult>().gtin, QStringLiteral("04006381333931"));
        // A FIFO has nothing to grab: no "cannot be taken exclusively" error.
        for (const auto &e : errors)
            QVERIFY(e.at(0).value<ok::dev::DeviceError>().code != ok::dev::DeviceError::Code::Busy);
        QCOMPARE(scanner.statistics().jobs, 5); // three scans, two failures
        QCOMPARE(scanner.statistics().failures, 2);

        // Disabled (claimed, not enabled): keys are discarded, not queued for later.
        scanner.disable();
        again.write(typed("]E05901234123457"));
        QVERIFY(again.drained()); // read, and discarded as it was read
        QCOMPARE(scans.size(), 3);
        QVERIFY(scanner.enable());
        again.write(typed("]E496385074"));
        QTRY_COMPARE(scans.size(), 4);
        QCOMPARE(scans.at(3).at(0).value<ScanResult>().gtinAsScanned, QStringLiteral("96385074"));
        scanner.close();
    }

    void simulatorTypesScansOnAPty()
    {
        SimProcess sim(QStringLiteral(SCANNER_SIM), {QStringLiteral("--evdev"), QStringLiteral("--aim")});
        QVERIFY(sim.waitForStarted());
        const QString pty = sim.waitFor("PTY ");
        QVERIFY(!pty.isEmpty());
        auto options = EvdevScannerOptions::fromOptions({});
        QVERIFY(options);
        EvdevScanner scanner(QStringLiteral("wedge"), std::make_unique<EvdevTransport>(pty, options->grab), aimConfig(),
                             options->maxKeyGap);
        QSignalSpy scans(&scanner, &ScannerDevice::scanned);
        QSignalSpy failures(&scanner, &ScannerDevice::scanFailed);
        QVERIFY(scanner.open());
        QVERIFY(scanner.claim());
        QVERIFY(scanner.enable());
        QTRY_COMPARE(scanner.power(), ok::dev::Device::Power::Online);
        // The simulator's answer to a command: "SENT ..." or "ERROR ...".
        const auto send = [&sim](const QByteArray &cmd) {
            return sim.request(cmd, {QStringLiteral("SENT"), QStringLiteral("ERROR")});
        };

        QVERIFY(send("scan ean13 5901234123457").startsWith(QLatin1String("SENT")));
        QTRY_COMPARE(scans.size(), 1);
        QCOMPARE(scans.at(0).at(0).value<ScanResult>().gtin, QStringLiteral("05901234123457"));

        QVERIFY(send("scan gs1-128 0109501101530003172512311" "0ABC<GS>3103001250").startsWith(QLatin1String("SENT")));
        QTRY_COMPARE(scans.size(), 2);
        auto gs1 = scans.at(1).at(0).value<ScanResult>();
        QCOMPARE(gs1.gs1.lot, QStringLiteral("ABC"));
        QCOMPARE(gs1.gs1.netWeightGrams.value_or(0), 1250);

        // Mixed case and punctuation: Shift handling on both sides.
        QVERIFY(send("scan qr https://example.com/Pickup?Order=A-17&x=%41").startsWith(QLatin1String("SENT")));
        QTRY_VERIFY2(scans.size() == 3, failures.isEmpty() ? sim.out.constData() : qPrintable(failures.constLast().at(0).value<ok::Error>().message));
        QCOMPARE(scans.at(2).at(0).value<ScanResult>().text, QStringLiteral("https://example.com/Pickup?Order=A-17&x=%41"));

        // A keyboard cannot type it: the simulator refuses rather than sending something else.
        QVERIFY(send("scan code128 Zażółć").startsWith(QLatin1String("ERROR")));

        // A recorded stream (as `cat /dev/input/by-id/...-event-kbd > scan.bin` captures it).
        QFile rec(m_dir.filePath(QStringLiteral("scan.bin")));
        QVERIFY(rec.open(QIODevice::WriteOnly));
        rec.write(typed("]E496385074"));
        rec.close();
        QVERIFY(send("replay " + rec.fileName().toUtf8()).startsWith(QLatin1String("SENT")));
        QTRY_COMPARE(scans.size(), 4);
        QCOMPARE(scans.at(3).at(0).value<ScanResult>().gtinAsScanned, QStringLiteral("96385074"));
        QCOMPARE(failures.size(), 0);

        // Half a record, then the rest: joined, not misread.
        const QByteArray bytes = typed("]E04006381333931");
        QVERIFY(send("raw " + bytes.left(37).toHex()).startsWith(QLatin1String("SENT")));
        QVERIFY(send("raw " + bytes.mid(37).toHex()).startsWith(QLatin1String("SENT")));
        QTRY_COMPARE(scans.size(), 5);
        QCOMPARE(scans.at(4).at(0).value<ScanResult>().gtin, QStringLiteral("04006381333931"));

        scanner.close();
        QVERIFY(sim.quit());
    }

    void aMissingDeviceIsOfflineWithTheReason()
    {
        EvdevScanner scanner(QStringLiteral("wedge"), std::make_unique<EvdevTransport>(QStringLiteral("/dev/input/by-id/does-not-exist")),
                             aimConfig());
        QVERIFY(scanner.open());
        QVERIFY(scanner.claim());
        QTRY_COMPARE(scanner.power(), ok::dev::Device::Power::Offline);
        QVERIFY2(scanner.checkHealth().contains(QLatin1String("offline")), qPrintable(scanner.checkHealth()));
        QVERIFY(!scanner.transport()->write("x")); // an input device takes no output
        scanner.close();
    }
};

QTEST_GUILESS_MAIN(TestEvdevScanner)
#include "tst_evdevscanner.moc"
