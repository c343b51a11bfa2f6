// SPDX-License-Identifier: GPL-3.0-or-later
// The scripted in-process transport the driver unit tests stand on (tests/tools): it keeps the
// dev::Transport contract as real transports do (outcomes of open() and replies come from the
// event loop, never from inside the driver's call), answers in request order, honours delays and
// use counts, stalls and drops. And the device lifecycle on it: an unplugged device retries with
// backoff and reports the failure once per connection (docs/devices.md#d1-unifiedpos-lifecycle).
#include "drivers/device/device.h"
#include "scriptedtransport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;
using ok::dev::Device;
using ok::dev::Transport;
using ok::test::ScriptedTransport;

namespace {
QByteArray joined(const QSignalSpy &received)
{
    QByteArray out;
    for (const auto &args : received)
        out += args.at(0).toByteArray();
    return out;
}
} // namespace

class TestScriptedTransport : public QObject
{
    Q_OBJECT

    /// A connected transport.
    bool connectLink(ScriptedTransport &link)
    {
        link.open();
        return QTest::qWaitFor([&link] { return link.state() == Transport::State::Connected; });
    }

private Q_SLOTS:
    void openEndsOnALaterTurnOfTheEventLoop()
    {
        ScriptedTransport link;
        QSignalSpy connected(&link, &Transport::connected);
        link.open();
        QCOMPARE(link.state(), Transport::State::Connecting);
        QCOMPARE(connected.count(), 0);
        QVERIFY(connected.wait(1000));
        QCOMPARE(link.state(), Transport::State::Connected);
        QCOMPARE(link.openCount(), 1);
        QCOMPARE(link.describe(), QStringLiteral("scripted scripted"));
    }

    void openCanFailOrHang()
    {
        ScriptedTransport link(QStringLiteral("lp0"));
        QSignalSpy failed(&link, &Transport::failed);
        QSignalSpy connected(&link, &Transport::connected);
        link.setOpenOutcome(ScriptedTransport::OpenOutcome::Fail, QStringLiteral("no such device"));
        link.open();
        QVERIFY(failed.wait(1000));
        QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("no such device"));
        QCOMPARE(link.state(), Transport::State::Closed);
        QVERIFY(!link.write("x"));

        link.setOpenOutcome(ScriptedTransport::OpenOutcome::Hang);
        link.open();
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QCOMPARE(link.state(), Transport::State::Connecting);
        link.close();
        QCOMPARE(link.state(), Transport::State::Closed);
        QCOMPARE(connected.count(), 0);
        QCOMPARE(failed.count(), 1);
    }

    void repliesComeLaterAndInRequestOrder()
    {
        ScriptedTransport link;
        QVERIFY(connectLink(link));
        QSignalSpy received(&link, &Transport::received);
        QSignalSpy wrote(&link, &ScriptedTransport::wrote);
        link.addReply("A", "1");
        link.addReply("B", "2");
        QVERIFY(link.write("xBxAB"));
        QCOMPARE(received.count(), 0); // never from inside write()
        QCOMPARE(wrote.count(), 1);
        QCOMPARE(link.written(), QByteArray("xBxAB"));
        QTRY_COMPARE(joined(received), QByteArray("212"));
        QCOMPARE(link.repliesDue(), 0);
    }

    void delaysAndUseCounts()
    {
        ScriptedTransport link;
        QVERIFY(connectLink(link));
        QSignalSpy received(&link, &Transport::received);
        link.addReply("q", {}, 0ms, 1); // the first request goes unanswered
        link.addReply("q", "first", 0ms, 1);
        const int later = link.addReply("q", "later", 40ms);
        QVERIFY(link.write("q"));
        QVERIFY(link.write("q"));
        QElapsedTimer t;
        t.start();
        QVERIFY(link.write("q"));
        QTRY_COMPARE(joined(received), QByteArray("firstlater"));
        QVERIFY(t.elapsed() >= 40);
        link.removeReply(later);
        QVERIFY(link.write("q"));
        QCoreApplication::processEvents();
        QCOMPARE(link.repliesDue(), 0);
        QCOMPARE(link.writtenCount("q"), 4);
        QCOMPARE(link.writes().size(), 4);
        QCOMPARE(link.takeWritten(), QByteArray("qqqq"));
        QVERIFY(link.written().isEmpty());
        QVERIFY(link.writes().isEmpty());
    }

    void stalls()
    {
        ScriptedTransport link;
        QVERIFY(connectLink(link));
        QSignalSpy received(&link, &Transport::received);
        QSignalSpy bytesWritten(&link, &Transport::bytesWritten);
        link.addReply("ping", "pong");

        link.setStall(ScriptedTransport::Stall::Pending);
        QVERIFY(link.write("ping")); // accepted ...
        QCOMPARE(link.pendingBytes(), 4); // ... but not sent
        QVERIFY(link.written().isEmpty());
        QCoreApplication::processEvents();
        QCOMPARE(received.count(), 0);
        QCOMPARE(bytesWritten.count(), 0);
        link.releaseStall();
        QCOMPARE(link.pendingBytes(), 0);
        QCOMPARE(link.written(), QByteArray("ping"));
        QTRY_COMPARE(joined(received), QByteArray("pong"));
        QCOMPARE(bytesWritten.count(), 1);

        link.setStall(ScriptedTransport::Stall::Swallow);
        QVERIFY(link.write("ping")); // taken, never answered
        QCOMPARE(link.written(), QByteArray("pingping"));
        QCoreApplication::processEvents();
        QCOMPARE(received.count(), 1);
    }

    void dropRefusalAndFeed()
    {
        ScriptedTransport link;
        QVERIFY(connectLink(link));
        QSignalSpy received(&link, &Transport::received);
        QSignalSpy disconnected(&link, &Transport::disconnected);
        link.feed("hello");
        QCOMPARE(joined(received), QByteArray("hello")); // fed bytes arrive at once

        link.setWritesRefused(true);
        QVERIFY(!link.write("x"));
        QVERIFY(link.written().isEmpty());
        link.setWritesRefused(false);

        link.addReply("ping", "pong", 20ms);
        QVERIFY(link.write("ping"));
        link.dropConnection(QStringLiteral("cable pulled"));
        QCOMPARE(disconnected.count(), 1);
        QCOMPARE(disconnected.at(0).at(0).toString(), QStringLiteral("cable pulled"));
        QCOMPARE(link.state(), Transport::State::Closed);
        QCOMPARE(link.repliesDue(), 0); // the answer is lost with the link
        QVERIFY(!link.write("ping"));
        link.dropConnection(); // not connected: nothing more
        QCOMPARE(disconnected.count(), 1);
        link.feed("late");
        QCOMPARE(received.count(), 1);
    }

    void deviceRetriesAndReportsTheFailureOnce()
    {
        auto owned = std::make_unique<ScriptedTransport>(QStringLiteral("receipt"));
        ScriptedTransport *link = owned.get();
        link->setOpenOutcome(ScriptedTransport::OpenOutcome::Fail, QStringLiteral("unplugged"));
        Device d(QStringLiteral("receipt"), QStringLiteral("printer"), std::move(owned));
        QSignalSpy errors(&d, &Device::errorOccurred);
        QVERIFY(d.open());
        QVERIFY(d.claim());
        // Three failed attempts (backoff 250, 500 ms between them): one report.
        QTRY_VERIFY_WITH_TIMEOUT(link->openCount() >= 3, 5000);
        QCOMPARE(errors.count(), 1);
        QCOMPARE(d.power(), Device::Power::Offline);
        QVERIFY(d.checkHealth().contains(QLatin1String("scripted receipt")));
        link->setOpenOutcome(ScriptedTransport::OpenOutcome::Connect);
        QTRY_COMPARE_WITH_TIMEOUT(d.power(), Device::Power::Online, 5000);
        QCOMPARE(d.statistics().connects, 1);

        // Unplugged while connected: a disconnect, reported once again on the new connection.
        QSignalSpy messages(&d, &Device::statusMessage);
        link->dropConnection();
        QCOMPARE(d.power(), Device::Power::Offline);
        QCOMPARE(errors.count(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(d.power(), Device::Power::Online, 5000);
        QVERIFY(messages.contains(QList<QVariant> { QStringLiteral("receipt is connected again") }));
        d.close();
        QCOMPARE(link->state(), Transport::State::Closed);
    }
};

QTEST_GUILESS_MAIN(TestScriptedTransport)
#include "tst_scriptedtransport.moc"
