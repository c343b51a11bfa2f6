// SPDX-License-Identifier: GPL-3.0-or-later
// Transports and the device lifecycle over real loopback TCP and real pseudo-terminals.
#include "drivers/device/device.h"
#include "drivers/device/transports.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <fcntl.h>
#include <unistd.h>

using namespace ok::dev;
using namespace std::chrono_literals;

namespace {
/// A pseudo-terminal pair: the master plays the device, the slave path is what a driver opens.
struct Pty {
    int master = -1;
    QString slavePath;
    Pty()
    {
        master = posix_openpt(O_RDWR | O_NOCTTY);
        if (master >= 0 && grantpt(master) == 0 && unlockpt(master) == 0)
            slavePath = QString::fromLocal8Bit(ptsname(master));
        fcntl(master, F_SETFL, O_NONBLOCK);
    }
    ~Pty() { closeMaster(); }
    void closeMaster()
    {
        if (master >= 0)
            ::close(master);
        master = -1;
    }
    /// What the driver wrote: everything readable once the first bytes arrived (up to waitMs).
    QByteArray readAll(int waitMs = 1000)
    {
        QByteArray out;
        (void)QTest::qWaitFor(
            [&] {
                char buf[256];
                ssize_t n;
                while ((n = ::read(master, buf, sizeof buf)) > 0) // non-blocking: 0 or -1 when drained
                    out.append(buf, int(n));
                return !out.isEmpty();
            },
            waitMs);
        return out;
    }
};
} // namespace

class TestTransports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void factoryRejectsBadSpecs_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("port");
        QTest::addColumn<QString>("expected");
        QTest::newRow("tcp no port") << "tcp" << "printer.local" << "host:port";
        QTest::newRow("tcp port 0") << "tcp" << "10.0.0.1:0" << "host:port";
        QTest::newRow("tcp port too big") << "tcp" << "10.0.0.1:70000" << "host:port";
        QTest::newRow("serial relative") << "serial" << "ttyUSB0" << "device path";
        QTest::newRow("unknown") << "bluetooth" << "x" << "not supported";
    }

    void factoryRejectsBadSpecs()
    {
        QFETCH(QString, kind);
        QFETCH(QString, port);
        QFETCH(QString, expected);
        auto t = makeTransport({kind, port, {}});
        QVERIFY(!t);
        QVERIFY2(t.error().message.contains(expected), qPrintable(t.error().message));
    }

    void serialOptionsValidated()
    {
        auto t = makeTransport({QStringLiteral("serial"), QStringLiteral("/dev/ttyUSB0"), {{QStringLiteral("baud"), QStringLiteral("12345")}}});
        QVERIFY(!t);
        QVERIFY(t.error().message.contains(QLatin1String("baud")));
        QVERIFY(makeTransport({QStringLiteral("serial"), QStringLiteral("/dev/ttyUSB0"), {{QStringLiteral("baud"), QStringLiteral("19200")}, {QStringLiteral("parity"), QStringLiteral("even")}}}));
    }

    void tcpRoundTripAndPeerClose()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        auto t = makeTransport({QStringLiteral("tcp"), QStringLiteral("127.0.0.1:%1").arg(server.serverPort()), {}});
        QVERIFY(t);
        Transport &tr = *t.value();
        QSignalSpy connected(&tr, &Transport::connected);
        QSignalSpy received(&tr, &Transport::received);
        QSignalSpy disconnected(&tr, &Transport::disconnected);
        tr.open();
        QVERIFY(server.waitForNewConnection(3000));
        QTcpSocket *peer = server.nextPendingConnection();
        QTRY_COMPARE(connected.count(), 1);
        QVERIFY(tr.write(QByteArray("\x1b\x40hello", 7)));
        QTRY_COMPARE(peer->bytesAvailable(), qint64(7));
        QCOMPARE(peer->readAll(), QByteArray("\x1b\x40hello", 7));
        peer->write("\x12\x00", 1);
        QTRY_COMPARE(received.count(), 1);
        QCOMPARE(received.at(0).at(0).toByteArray(), QByteArray("\x12"));
        peer->close();
        QTRY_COMPARE(disconnected.count(), 1);
        QCOMPARE(tr.state(), Transport::State::Closed);
        QVERIFY(!tr.write("x"));
    }

    void tcpRefusedIsFailedNotDisconnected()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there now
        auto t = makeTransport({QStringLiteral("tcp"), QStringLiteral("127.0.0.1:%1").arg(port), {}});
        QSignalSpy failed(t.value().get(), &Transport::failed);
        QSignalSpy disconnected(t.value().get(), &Transport::disconnected);
        t.value()->open();
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(failed.at(0).at(0).toString().contains(QString::number(port)));
        QCOMPARE(disconnected.count(), 0);
    }

    void charDeviceOverPty()
    {
        Pty pty;
        QVERIFY(!pty.slavePath.isEmpty());
        auto t = makeTransport({QStringLiteral("usblp"), pty.slavePath, {}});
        QVERIFY(t);
        Transport &tr = *t.value();
        QSignalSpy connected(&tr, &Transport::connected);
        QSignalSpy received(&tr, &Transport::received);
        QSignalSpy disconnected(&tr, &Transport::disconnected);
        tr.open();
        QTRY_COMPARE(connected.count(), 1);
        // Raw bytes, including ones a terminal would interpret, must pass unchanged: set raw mode
        // on the pty like a real serial driver would.
        QVERIFY(tr.write(QByteArray("\x1d\x56\x41\x03", 4)));
        QCOMPARE(pty.readAll().left(4), QByteArray("\x1d\x56\x41\x03", 4));
        QVERIFY(::write(pty.master, "\x14", 1) == 1);
        QTRY_VERIFY(received.count() >= 1);
        pty.closeMaster(); // the cable is pulled
        QTRY_COMPARE(disconnected.count(), 1);
    }

    void serialOverPty()
    {
        Pty pty;
        auto t = makeTransport({QStringLiteral("serial"), pty.slavePath, {{QStringLiteral("baud"), QStringLiteral("19200")}}});
        QVERIFY(t);
        QSignalSpy connected(t.value().get(), &Transport::connected);
        QSignalSpy received(t.value().get(), &Transport::received);
        t.value()->open();
        QTRY_COMPARE(connected.count(), 1);
        QVERIFY(t.value()->write(QByteArray("\x02\x00\x31\x03\x36", 5)));
        QCOMPARE(pty.readAll(), QByteArray("\x02\x00\x31\x03\x36", 5));
        QVERIFY(::write(pty.master, "\x02\x00\x35", 3) == 3);
        QTRY_VERIFY(received.count() >= 1);
        QVERIFY(t.value()->describe().contains(QLatin1String("19200")));
    }

    void backoffDoublesToTenSeconds()
    {
        QCOMPARE(Device::backoffDelay(0), 250ms);
        QCOMPARE(Device::backoffDelay(1), 500ms);
        QCOMPARE(Device::backoffDelay(3), 2000ms);
        QCOMPARE(Device::backoffDelay(6), 10000ms);
        QCOMPARE(Device::backoffDelay(60), 10000ms);
    }

    void lifecycleOrder()
    {
        Device d(QStringLiteral("receipt"), QStringLiteral("printer"),
                 std::move(makeTransport({QStringLiteral("tcp"), QStringLiteral("127.0.0.1:9"), {}})).value());
        QVERIFY(!d.claim());
        QVERIFY(!d.enable());
        QVERIFY(d.open());
        QCOMPARE(d.state(), Device::State::Idle);
        QVERIFY(d.checkHealth().contains(QLatin1String("not claimed")));
        d.close();
        QCOMPARE(d.state(), Device::State::Closed);
    }

    // Unplug (server goes away) and replug: offline once, one error report however many retries,
    // back online by itself.
    void reconnectsWithBackoffAndReportsOnce()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const quint16 port = server.serverPort();
        Device d(QStringLiteral("receipt"), QStringLiteral("printer"),
                 std::move(makeTransport({QStringLiteral("tcp"), QStringLiteral("127.0.0.1:%1").arg(port), {}})).value());
        QSignalSpy power(&d, &Device::powerChanged);
        QSignalSpy errors(&d, &Device::errorOccurred);
        QVERIFY(d.open());
        QVERIFY(d.claim());
        QVERIFY(d.enable());
        QVERIFY(server.waitForNewConnection(3000));
        QTRY_COMPARE(d.power(), Device::Power::Online);
        QTcpSocket *peer = server.nextPendingConnection();
        server.close();
        peer->close(); // unplugged
        QTRY_COMPARE(d.power(), Device::Power::Offline);
        // Several failed reconnects (after 250, 500, 1000 ms): still one report.
        QSignalSpy attempts(d.transport(), &Transport::failed);
        QTRY_VERIFY_WITH_TIMEOUT(attempts.count() >= 3, 5000);
        QCOMPARE(errors.count(), 1);
        QVERIFY(d.checkHealth().contains(QLatin1String("offline")));
        QVERIFY(server.listen(QHostAddress::LocalHost, port)); // plugged back in
        QTRY_COMPARE_WITH_TIMEOUT(d.power(), Device::Power::Online, 12000);
        QCOMPARE(d.statistics().connects, 2);
        d.close();
    }
};

QTEST_GUILESS_MAIN(TestTransports)
#include "tst_transports.moc"
