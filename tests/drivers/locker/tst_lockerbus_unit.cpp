// SPDX-License-Identifier: GPL-3.0-or-later
// LockerBus as the ports::LockerController role, on the scripted in-process transport: the test
// plays two Kerong boards frame by frame. An unlock is never sent twice: an unanswered one is
// resolved by reading the door, Opened, DidNotOpen or Unknown
// (docs/devices.md#d14-never-a-blind-second-unlock); one request is on the line at a time and an
// unlock goes ahead of queued reads (docs/devices.md#d13-bus-timing); the port's view of the
// compartments, their doors and their changes. The wire-level proof against the simulator, both
// board families, is tst_lockerbus.
#include "drivers/locker/lockerbus.h"
#include "scriptedtransport.h"

#include <QSignalSpy>
#include <QTest>

using namespace ok::locker;
using namespace std::chrono_literals;
using ok::dev::Device;
using ok::dev::DeviceError;
using ok::ports::LockerCompartment;
using ok::ports::UnlockResult;
using ok::test::ScriptedTransport;
using Outcome = UnlockResult::Outcome;

Q_DECLARE_METATYPE(Outcome)

namespace {
// Kerong frames, built here from the frame definition (docs/devices.md#d12-lock-board-frames)
// rather than by the driver's codec: 02 ADDR CMD 03 SUM, ADDR = board << 4 | (lock - 1).
constexpr int kStx = 0x02;
constexpr int kEtx = 0x03;
constexpr int kStatus = 0x30;
constexpr int kUnlock = 0x31;
constexpr int kStatusReply = 0x35;

/// The bytes, then their sum modulo 256.
QByteArray withSum(std::initializer_list<int> bytes)
{
    QByteArray frame;
    quint8 sum = 0;
    for (int b : bytes) {
        frame.append(char(b));
        sum = quint8(sum + quint8(b));
    }
    return frame.append(char(sum));
}
QByteArray unlockFrame(int board, int lock)
{
    return withSum({ kStx, board << 4 | (lock - 1), kUnlock, kEtx });
}
QByteArray statusFrame(int board)
{
    return withSum({ kStx, board << 4, kStatus, kEtx });
}
/// The board's answer to a status request or an unlock: door bits, then item bits, lock 1 = bit 0.
QByteArray statusReply(int board, quint16 doorsOpen, quint16 items = 0)
{
    return withSum(
        { kStx, board << 4, kStatusReply, doorsOpen & 0xFF, doorsOpen >> 8, items & 0xFF, items >> 8, kEtx });
}
constexpr quint16 lock(int n)
{
    return quint16(1u << (n - 1));
}
} // namespace

class TestLockerBusUnit : public QObject
{
    Q_OBJECT

    ScriptedTransport *m_link = nullptr; // owned by m_bus
    std::unique_ptr<LockerBus> m_bus;

    bool startBus()
    {
        if (!m_bus->open() || !m_bus->claim() || !m_bus->enable())
            return false;
        return QTest::qWaitFor([this] { return m_bus->power() == Device::Power::Online; });
    }

    /// The one unlockFinished() for request `id`, or nullopt.
    std::optional<UnlockResult> outcomeOf(QSignalSpy &finished, quint64 id)
    {
        if (finished.isEmpty() && !finished.wait(3000))
            return std::nullopt;
        const auto r = finished.at(0).at(0).value<UnlockResult>();
        return r.requestId == id ? std::optional(r) : std::nullopt;
    }

private Q_SLOTS:
    void frameHelpersMatchTheGoldenVectors()
    {
        QCOMPARE(unlockFrame(0, 1), QByteArray::fromHex("0200310336"));
        QCOMPARE(unlockFrame(1, 3), QByteArray::fromHex("0212310348"));
        QCOMPARE(statusFrame(0), QByteArray::fromHex("0200300335"));
    }

    void init()
    {
        auto config = LockerBusConfig::fromOptions({ { QStringLiteral("protocol"), QStringLiteral("kerong") },
            { QStringLiteral("boards"), QStringLiteral("0,1") }, { QStringLiteral("poll_ms"), QStringLiteral("0") },
            { QStringLiteral("compartments"),
                QStringLiteral("A01-A04:0:1:S, A05:0:5:M, B01-B02:1:1-2:L, C01:1:3:M") } });
        QVERIFY2(config, config ? "" : qPrintable(config.error().message));
        // Short times keep the suite fast; where a test waits on one, that time is what it tests.
        config.value().replyTimeout = 40ms;
        config.value().quietTime = 0ms;
        config.value().verifyWindow = 100ms;
        auto link = std::make_unique<ScriptedTransport>(QStringLiteral("lockers"));
        m_link = link.get();
        m_bus = std::make_unique<LockerBus>(QStringLiteral("lockers"), std::move(link), std::move(config).value());
        QVERIFY(startBus());
    }

    void cleanup()
    {
        m_bus.reset();
        m_link = nullptr;
    }

    void portListsTheCompartmentsWithALayout()
    {
        const ok::ports::LockerController *port = m_bus.get();
        const QList<LockerCompartment> all = port->compartments();
        QCOMPARE(all.size(), 8);
        struct Expected {
            const char *id;
            int board, channel;
            LockerCompartment::Size size;
            int row, column;
        };
        using S = LockerCompartment::Size;
        // Columns by letter, rows by number from the top: the way the doors are labelled.
        const Expected expected[] = {
            { "A01", 0, 1, S::Small, 0, 0 },
            { "A02", 0, 2, S::Small, 1, 0 },
            { "A03", 0, 3, S::Small, 2, 0 },
            { "A04", 0, 4, S::Small, 3, 0 },
            { "A05", 0, 5, S::Medium, 4, 0 },
            { "B01", 1, 1, S::Large, 0, 1 },
            { "B02", 1, 2, S::Large, 1, 1 },
            { "C01", 1, 3, S::Medium, 0, 2 },
        };
        for (int i = 0; i < all.size(); ++i) {
            const LockerCompartment &c = all.at(i);
            const Expected &e = expected[i];
            QCOMPARE(c.id, QString::fromLatin1(e.id));
            QCOMPARE(c.board, e.board);
            QCOMPARE(c.channel, e.channel);
            QCOMPARE(c.size, e.size);
            QCOMPARE(c.row, e.row);
            QCOMPARE(c.column, e.column);
        }
        // Nothing read yet.
        QCOMPARE(port->isCompartmentOpen(QStringLiteral("A01")), std::optional<bool>());
    }

    void answeredUnlockOpensTheDoorAndSaysWhichCompartment()
    {
        ok::ports::LockerController *port = m_bus.get();
        m_link->addReply(unlockFrame(0, 3), statusReply(0, lock(3)));
        QSignalSpy finished(port, &ok::ports::LockerController::unlockFinished);
        QSignalSpy compartments(port, &ok::ports::LockerController::compartmentChanged);
        QSignalSpy doors(m_bus.get(), &LockerBus::doorChanged);
        const auto id = port->openCompartment(QStringLiteral("a03"), QStringLiteral("staff 7: door test"));
        QVERIFY(id);
        const auto r = outcomeOf(finished, id.value());
        QVERIFY(r);
        QCOMPARE(r->outcome, Outcome::Opened);
        QCOMPARE(r->compartment, QStringLiteral("A03"));
        QCOMPARE(r->board, 0);
        QCOMPARE(r->channel, 3);
        QCOMPARE(r->reason, QStringLiteral("staff 7: door test"));
        QCOMPARE(r->message, QStringLiteral("Door A03 opened"));
        QCOMPARE(m_link->written(), unlockFrame(0, 3));
        // The reply carried every door of board 0: first states, then the change.
        QVERIFY(compartments.contains(QList<QVariant> { QStringLiteral("A03"), true }));
        QVERIFY(compartments.contains(QList<QVariant> { QStringLiteral("A01"), false }));
        QCOMPARE(compartments.count(), 5); // A01-A05; locks 6-16 of board 0 are not mapped
        QVERIFY(doors.contains(QList<QVariant> { 0, 3, true }));
        QCOMPARE(doors.count(), 16);
        QCOMPARE(port->isCompartmentOpen(QStringLiteral("A03")), std::optional<bool>(true));
        QCOMPARE(port->isCompartmentOpen(QStringLiteral("A04")), std::optional<bool>(false));
        QCOMPARE(port->isCompartmentOpen(QStringLiteral("B01")), std::optional<bool>()); // board 1 not read
        QCOMPARE(port->isCompartmentOpen(QStringLiteral("Z99")), std::optional<bool>());
        QCOMPARE(port->openCompartment(QStringLiteral("Z99"), {}).error().code,
            QStringLiteral("locker.unknown-compartment"));
    }

    void unansweredUnlockIsResolvedByReadingTheDoor_data()
    {
        QTest::addColumn<bool>("boardAnswersTheRead");
        QTest::addColumn<quint16>("doorsOpen");
        QTest::addColumn<Outcome>("outcome");
        QTest::addColumn<QString>("message");
        QTest::newRow("door reads open") << true << lock(2) << Outcome::Opened << QStringLiteral("Door A02 opened");
        QTest::newRow("door reads shut")
            << true << quint16(0) << Outcome::DidNotOpen
            << QStringLiteral("Door A02 did not open: the board did not confirm the unlock and the door stays shut. Check the locker.");
        QTest::newRow("board silent")
            << false << quint16(0) << Outcome::Unknown
            << QStringLiteral("Unknown whether door A02 opened: locker board 0 does not answer. Check the locker.");
    }
    void unansweredUnlockIsResolvedByReadingTheDoor()
    {
        QFETCH(bool, boardAnswersTheRead);
        QFETCH(quint16, doorsOpen);
        QFETCH(Outcome, outcome);
        QFETCH(QString, message);
        // The unlock gets no answer; time is under test here: the 40 ms reply timeout runs out.
        if (boardAnswersTheRead)
            m_link->addReply(statusFrame(0), statusReply(0, doorsOpen));
        QSignalSpy finished(m_bus.get(), &LockerBus::unlockFinished);
        const auto id = m_bus->openDoor(0, 2, QStringLiteral("pickup order 4711"));
        QVERIFY(id);
        const auto r = outcomeOf(finished, id.value());
        QVERIFY(r);
        QCOMPARE(r->outcome, outcome);
        QCOMPARE(r->message, message);
        // One unlock, then reads of the door over the verify window: never a second unlock.
        const QList<QByteArray> writes = m_link->writes();
        QVERIFY(writes.size() >= 2);
        QCOMPARE(writes.first(), unlockFrame(0, 2));
        QCOMPARE(writes.count(unlockFrame(0, 2)), 1);
        for (qsizetype i = 1; i < writes.size(); ++i)
            QCOMPARE(writes.at(i), statusFrame(0));
        QCOMPARE(m_bus->silentBoards(), boardAnswersTheRead ? QList<int> {} : QList<int> { 0 });
    }

    void answeredUnlockOfAJammedDoorIsWatchedNotRepeated()
    {
        m_link->addReply(unlockFrame(0, 1), statusReply(0, 0));
        m_link->addReply(statusFrame(0), statusReply(0, 0));
        QSignalSpy finished(m_bus.get(), &LockerBus::unlockFinished);
        QSignalSpy errors(m_bus.get(), &Device::errorOccurred);
        const auto id = m_bus->openDoor(0, 1, QStringLiteral("test"));
        QVERIFY(id);
        // While it is being watched, the same door is not unlocked again.
        QCOMPARE(m_bus->openCompartment(QStringLiteral("A01"), {}).error().code, QStringLiteral("locker.busy"));
        const auto r = outcomeOf(finished, id.value());
        QVERIFY(r);
        QCOMPARE(r->outcome, Outcome::DidNotOpen);
        QCOMPARE(r->message, QStringLiteral("Door A01 did not open: it may be jammed or blocked. Check the locker."));
        QCOMPARE(m_link->writtenCount(unlockFrame(0, 1)), 1);
        QVERIFY(m_link->writtenCount(statusFrame(0)) >= 1); // read back
        QCOMPARE(errors.count(), 1);
        QCOMPARE(errors.at(0).at(0).value<DeviceError>().code, DeviceError::Code::Mechanical);
        QCOMPARE(m_bus->state(), Device::State::Idle);
    }

    void droppedLinkAfterTheUnlockIsUnknown()
    {
        QSignalSpy finished(m_bus.get(), &LockerBus::unlockFinished);
        QSignalSpy wrote(m_link, &ScriptedTransport::wrote);
        const auto id = m_bus->openDoor(1, 1, QStringLiteral("test"));
        QVERIFY(id);
        QVERIFY(wrote.wait(2000)); // the unlock is on the line ...
        m_link->dropConnection(); // ... and then the cable goes
        const auto r = outcomeOf(finished, id.value());
        QVERIFY(r);
        QCOMPARE(r->outcome, Outcome::Unknown);
        QCOMPARE(r->message,
            QStringLiteral("Unknown whether door B01 opened: the locker connection was lost. Check the locker."));
        QCOMPARE(m_link->writtenCount(unlockFrame(1, 1)), 1);
    }

    void unlockThatNeverReachesTheLineIsNotSent()
    {
        m_link->setWritesRefused(true);
        QSignalSpy finished(m_bus.get(), &LockerBus::unlockFinished);
        const auto id = m_bus->openDoor(1, 2, QStringLiteral("test"));
        QVERIFY(id);
        const auto r = outcomeOf(finished, id.value());
        QVERIFY(r);
        QCOMPARE(r->outcome, Outcome::NotSent); // safe to try again
        QCOMPARE(r->message, QStringLiteral("Door B02 was not opened: the locker is not connected"));
        QVERIFY(m_link->written().isEmpty());
    }

    void oneRequestOnTheLineAndUnlocksGoFirst()
    {
        QSignalSpy ready(m_bus.get(), &LockerBus::boardStatusReady);
        QSignalSpy finished(m_bus.get(), &LockerBus::unlockFinished);
        QSignalSpy wrote(m_link, &ScriptedTransport::wrote);
        const auto read0 = m_bus->queryBoard(0);
        const auto read1 = m_bus->queryBoard(1);
        QVERIFY(read0 && read1);
        QVERIFY(wrote.wait(2000));
        // An unlock while the line is busy waits too, but goes ahead of the queued read.
        const auto unlock = m_bus->openDoor(1, 3, QStringLiteral("test"));
        QVERIFY(unlock);
        QCoreApplication::processEvents();
        QCOMPARE(m_link->writes(), QList<QByteArray> { statusFrame(0) }); // the rest waits for its answer

        m_link->feed(statusReply(0, 0));
        QCOMPARE(ready.count(), 1);
        QCOMPARE(ready.at(0).at(0).value<BoardState>().requestId, read0.value());
        QTRY_COMPARE(m_link->writes().size(), 2);
        QCOMPARE(m_link->writes().at(1), unlockFrame(1, 3));
        m_link->feed(statusReply(1, lock(3)));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).value<UnlockResult>().outcome, Outcome::Opened);
        QTRY_COMPARE(m_link->writes().size(), 3);
        QCOMPARE(m_link->writes().at(2), statusFrame(1));
        m_link->feed(statusReply(1, lock(3), lock(2)));
        QCOMPARE(ready.count(), 2);
        const auto board1 = ready.at(1).at(0).value<BoardState>();
        QVERIFY(board1.ok());
        QCOMPARE(board1.doorOpen.value(2), true); // lock 3
        QCOMPARE(board1.itemPresent.value(1), true); // lock 2
    }

    void lateAnswerIsNotTakenForTheNextRequest()
    {
        QSignalSpy ready(m_bus.get(), &LockerBus::boardStatusReady);
        // Time is under test here: the read of board 0 times out after 40 ms.
        QVERIFY(m_bus->queryBoard(0));
        QVERIFY(ready.wait(2000));
        const auto timedOut = ready.at(0).at(0).value<BoardState>();
        QCOMPARE(timedOut.error.code, DeviceError::Code::Timeout);
        QCOMPARE(timedOut.error.message, QStringLiteral("Locker board 0 did not answer within 40 ms"));
        // Its answer comes late, with nothing on the line: it is no one's answer.
        m_link->feed(statusReply(0, lock(1)));
        QCOMPARE(m_bus->isDoorOpen(0, 1), std::optional<bool>());
        QCOMPARE(ready.count(), 1);
        QVERIFY(m_bus->checkHealth().contains(QLatin1String("not answering: board 0")));
    }

    void noiseAndBadFramesAreSkipped()
    {
        QSignalSpy ready(m_bus.get(), &LockerBus::boardStatusReady);
        QVERIFY(m_bus->queryBoard(1));
        QTRY_COMPARE(m_link->writes().size(), 1);
        QByteArray bad = statusReply(1, 0xFFFF);
        bad[bad.size() - 1] = char(bad.at(bad.size() - 1) + 1); // wrong checksum
        const QByteArray good = statusReply(1, lock(2));
        m_link->feed(QByteArray::fromHex("ff00aa") + bad + good.left(4));
        QCOMPARE(ready.count(), 0);
        m_link->feed(good.mid(4));
        QCOMPARE(ready.count(), 1);
        const auto s = ready.at(0).at(0).value<BoardState>();
        QVERIFY(s.ok());
        QCOMPARE(s.doorOpen.value(1), true);
        QCOMPARE(s.doorOpen.count(true), 1);
        QCOMPARE(m_bus->frameStatistics().badChecksums, 1);
        QVERIFY(m_bus->frameStatistics().garbageBytes >= 3);
    }
};

QTEST_GUILESS_MAIN(TestLockerBusUnit)
#include "tst_lockerbus_unit.moc"
