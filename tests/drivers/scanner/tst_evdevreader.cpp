// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivers/scanner/evdevreader.h"
#include "drivers/scanner/scanerror.h"
#include "keystream.h"

#include <QSignalSpy>
#include <QTest>

#include <array>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace ok::scanner;
using ok::scanner::test::KeyStream;

Q_DECLARE_METATYPE(ok::Error)

enum class Channel { Pipe, SocketPair };
Q_DECLARE_METATYPE(Channel)

namespace {

// A connected pair: [0] for the reader, [1] for the test to write to.
std::array<int, 2> makeChannel(Channel c)
{
    std::array<int, 2> fds { -1, -1 };
    if (c == Channel::Pipe) {
        if (::pipe2(fds.data(), O_CLOEXEC) != 0)
            qFatal("pipe2 failed");
    } else {
        if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds.data()) != 0)
            qFatal("socketpair failed");
    }
    return fds;
}

void writeAll(int fd, QByteArrayView bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, size_t(bytes.size() - done));
        QVERIFY(n > 0);
        done += n;
    }
}

/// True once the reader has taken everything written to `readerFd`'s channel so far (FIONREAD on
/// the reader's end: bytes waiting there, for a pipe and a socket alike).
[[nodiscard]] bool drained(int readerFd)
{
    return QTest::qWaitFor(
        [readerFd] {
            int n = 0;
            return ::ioctl(readerFd, FIONREAD, &n) == 0 && n == 0;
        },
        5000);
}

QList<QByteArray> scansOf(const QSignalSpy &spy)
{
    QList<QByteArray> out;
    for (const auto &args : spy)
        out.append(args.at(0).toByteArray());
    return out;
}

QStringList codesOf(const QSignalSpy &spy)
{
    QStringList out;
    for (const auto &args : spy)
        out.append(args.at(0).value<ok::Error>().code);
    return out;
}

const QByteArray kVector = "]C1"
                           "0109501101530003"
                           "17251231"
                           "10ABC"
                           "\x1d"
                           "3103001250";

} // namespace

class TestEvdevReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<ok::Error>(); }

    void recordedStream_data()
    {
        QTest::addColumn<Channel>("channel");
        QTest::newRow("pipe") << Channel::Pipe;
        QTest::newRow("socketpair") << Channel::SocketPair;
    }

    void recordedStream()
    {
        QFETCH(Channel, channel);
        const auto fds = makeChannel(channel);
        EvdevReader reader;
        QSignalSpy scanned(&reader, &EvdevReader::scanned);
        QSignalSpy failed(&reader, &EvdevReader::failed);
        QSignalSpy disconnected(&reader, &EvdevReader::disconnected);
        QVERIFY(reader.open(fds[0]).ok());
        // A pipe or socket is not an evdev device: nothing to grab, and that is not an error.
        const auto grabbed = reader.grab();
        QVERIFY(grabbed.ok());
        QCOMPARE(grabbed.value(), false);

        KeyStream s;
        s.type(kVector);
        s.type("4006381333931");
        writeAll(fds[1], s.bytes());
        QTRY_COMPARE(scanned.size(), 2);
        QCOMPARE(scansOf(scanned), (QList<QByteArray> { kVector, "4006381333931" }));
        QCOMPARE(failed.size(), 0);
        QCOMPARE(disconnected.size(), 0);

        ::close(fds[1]); // unplug: a disconnect, not an error
        QTRY_COMPARE(disconnected.size(), 1);
        QCOMPARE(failed.size(), 0);
        QVERIFY(!reader.isOpen());
    }

    void recordSplitAcrossWrites_data() { recordedStream_data(); }

    void recordSplitAcrossWrites()
    {
        QFETCH(Channel, channel);
        const auto fds = makeChannel(channel);
        EvdevReader reader;
        QSignalSpy scanned(&reader, &EvdevReader::scanned);
        QSignalSpy failed(&reader, &EvdevReader::failed);
        QVERIFY(reader.open(fds[0]).ok());

        KeyStream s;
        s.type("123");
        const QByteArray bytes = s.bytes();
        // Split inside the EV_KEY record of the Enter press: three records from the end of the
        // stream are Enter's release (MSC, KEY, SYN); the press's KEY record is 5 from the end.
        const qsizetype rec = qsizetype(sizeof(input_event));
        const qsizetype cut = bytes.size() - 5 * rec + rec / 2;
        writeAll(fds[1], QByteArrayView(bytes).first(cut));
        QVERIFY(drained(fds[0])); // the reader has the half record
        QCOMPARE(scanned.size(), 0); // half an Enter is no Enter
        writeAll(fds[1], QByteArrayView(bytes).sliced(cut));
        QTRY_COMPARE(scanned.size(), 1);
        QCOMPARE(scansOf(scanned), QList<QByteArray> { "123" });
        QCOMPARE(failed.size(), 0);
    }

    void dribbledInOddChunks()
    {
        // 7-byte writes never line up with 24-byte records.
        const auto fds = makeChannel(Channel::SocketPair);
        EvdevReader reader;
        QSignalSpy scanned(&reader, &EvdevReader::scanned);
        QVERIFY(reader.open(fds[0]).ok());
        KeyStream s;
        s.type("AB-12");
        const QByteArray bytes = s.bytes();
        for (qsizetype i = 0; i < bytes.size(); i += 7) {
            writeAll(fds[1], QByteArrayView(bytes).sliced(i, qMin<qsizetype>(7, bytes.size() - i)));
            QCoreApplication::processEvents();
        }
        QTRY_COMPARE(scanned.size(), 1);
        QCOMPARE(scansOf(scanned), QList<QByteArray> { "AB-12" });
    }

    void streamEndsInsideARecord()
    {
        const auto fds = makeChannel(Channel::Pipe);
        EvdevReader reader;
        QSignalSpy failed(&reader, &EvdevReader::failed);
        QSignalSpy disconnected(&reader, &EvdevReader::disconnected);
        QVERIFY(reader.open(fds[0]).ok());
        KeyStream s;
        s.type("12", false);
        writeAll(fds[1], QByteArrayView(s.bytes()).chopped(10));
        ::close(fds[1]);
        QTRY_COMPARE(disconnected.size(), 1);
        QCOMPARE(codesOf(failed), QStringList { scanErrorCode(ScanError::StreamTruncated) });
        QCOMPARE(failed.at(0).at(0).value<ok::Error>().message,
            QStringLiteral("the scanner's event stream ended inside a record (14 of 24 bytes)"));
    }

    void streamEndsInsideAScan()
    {
        const auto fds = makeChannel(Channel::Pipe);
        EvdevReader reader;
        QSignalSpy failed(&reader, &EvdevReader::failed);
        QSignalSpy disconnected(&reader, &EvdevReader::disconnected);
        QVERIFY(reader.open(fds[0]).ok());
        KeyStream s;
        s.type("12", false);
        writeAll(fds[1], s.bytes());
        ::close(fds[1]);
        QTRY_COMPARE(disconnected.size(), 1);
        QCOMPARE(codesOf(failed), QStringList { scanErrorCode(ScanError::IncompleteScan) });
    }

    void badScanIsReportedAndReadingGoesOn()
    {
        const auto fds = makeChannel(Channel::SocketPair);
        EvdevReader reader;
        QSignalSpy scanned(&reader, &EvdevReader::scanned);
        QSignalSpy failed(&reader, &EvdevReader::failed);
        QVERIFY(reader.open(fds[0]).ok());
        KeyStream s;
        s.type("1", false);
        s.tap(KEY_F1);
        s.tap(KEY_ENTER);
        s.type("96385074");
        writeAll(fds[1], s.bytes());
        QTRY_COMPARE(scanned.size(), 1);
        QCOMPARE(codesOf(failed), QStringList { scanErrorCode(ScanError::UnmappedKey) });
        QCOMPARE(scansOf(scanned), QList<QByteArray> { "96385074" });
        QVERIFY(reader.isOpen());
    }

    void slotMayCloseTheReader()
    {
        const auto fds = makeChannel(Channel::Pipe);
        EvdevReader reader;
        QSignalSpy scanned(&reader, &EvdevReader::scanned);
        connect(&reader, &EvdevReader::scanned, &reader, [&] { reader.close(); });
        QVERIFY(reader.open(fds[0]).ok());
        KeyStream s;
        s.type("111");
        s.type("222");
        writeAll(fds[1], s.bytes()); // both scans arrive in one read
        QTRY_COMPARE(scanned.size(), 1);
        // The second scan came in the same read: had the closed reader gone on, it would have
        // been emitted in that same call. Anything queued would run here.
        QCoreApplication::processEvents();
        QCOMPARE(scansOf(scanned), QList<QByteArray> { "111" });
        QVERIFY(!reader.isOpen());
        ::close(fds[1]);
    }

    void openErrors()
    {
        EvdevReader reader;
        const auto r = reader.open(-1);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, scanErrorCode(ScanError::ReadFailed));
        const auto p = reader.openPath(QStringLiteral("/nonexistent/event99"));
        QVERIFY(!p.ok());
        QCOMPARE(p.error().code, scanErrorCode(ScanError::ReadFailed));
        QVERIFY(p.error().message.startsWith(QLatin1String("cannot open the scanner /nonexistent/event99: ")));
        const auto g = reader.grab();
        QVERIFY(!g.ok());
        QCOMPARE(g.error().code, scanErrorCode(ScanError::GrabFailed));
    }

    void characterDeviceThatIsNotEvdev()
    {
        // /dev/null is a character device but answers no EVIOCGVERSION: nothing to grab.
        EvdevReader reader;
        QVERIFY(reader.openPath(QStringLiteral("/dev/null")).ok());
        const auto g = reader.grab();
        QVERIFY(g.ok());
        QCOMPARE(g.value(), false);
        QVERIFY(!reader.isGrabbed());
    }
};

QTEST_GUILESS_MAIN(TestEvdevReader)
#include "tst_evdevreader.moc"
