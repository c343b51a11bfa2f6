// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivers/printer/statusparser.h"

#include <QSignalSpy>
#include <QTest>

using namespace ok::escpos;

namespace {

QByteArray hex(const char *spaced)
{
    return QByteArray::fromHex(QByteArray(spaced).replace(' ', ""));
}

// Readable form for QCOMPARE: every field.
QString describe(const PrinterStatus &s)
{
    QStringList on;
    const QList<QPair<const char *, bool>> fields = {
        { "known", s.known },
        { "offline", !s.online },
        { "drawerHigh", s.drawerSensorHigh },
        { "coverOpen", s.coverOpen },
        { "feedButton", s.feedButtonPressed },
        { "stoppedByPaperEnd", s.stoppedByPaperEnd },
        { "error", s.errorOccurred },
        { "mechanical", s.mechanicalError },
        { "autocutter", s.autocutterError },
        { "unrecoverable", s.unrecoverableError },
        { "autoRecoverable", s.autoRecoverableError },
        { "nearEnd", s.paperNearEnd },
        { "paperOut", s.paperOut },
    };
    for (const auto &f : fields) {
        if (f.second)
            on.append(QLatin1String(f.first));
    }
    return on.join(u' ');
}

PrinterStatus knownClear()
{
    PrinterStatus s;
    s.known = true;
    return s;
}

} // namespace

class TestStatusParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestBytes()
    {
        StatusParser parser;
        QCOMPARE(parser.request(StatusRequest::PrinterStatus), hex("10 04 01"));
        QCOMPARE(parser.request(StatusRequest::OfflineCause), hex("10 04 02"));
        QCOMPARE(parser.request(StatusRequest::ErrorCause), hex("10 04 03"));
        QCOMPARE(parser.request(StatusRequest::PaperSensor), hex("10 04 04"));
        QCOMPARE(parser.pendingRequests(), 4);
    }

    // Every meaningful bit of every DLE EOT n reply, one at a time, on top of the fixed bits 0x12.
    void everyReplyBit_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("reply");
        QTest::addColumn<QString>("expected");
        QTest::newRow("1: all clear") << 1 << 0x12 << "known";
        QTest::newRow("1 bit2: drawer sensor high") << 1 << 0x16 << "known drawerHigh";
        QTest::newRow("1 bit3: offline") << 1 << 0x1A << "known offline";
        QTest::newRow("1 bit2+3") << 1 << 0x1E << "known offline drawerHigh";
        QTest::newRow("2: all clear") << 2 << 0x12 << "known";
        QTest::newRow("2 bit2: cover open") << 2 << 0x16 << "known coverOpen";
        QTest::newRow("2 bit3: feed button") << 2 << 0x1A << "known feedButton";
        QTest::newRow("2 bit5: stopped by paper end") << 2 << 0x32 << "known stoppedByPaperEnd";
        QTest::newRow("2 bit6: error") << 2 << 0x52 << "known error";
        QTest::newRow("3: all clear") << 3 << 0x12 << "known";
        QTest::newRow("3 bit2: mechanical") << 3 << 0x16 << "known error mechanical";
        QTest::newRow("3 bit3: autocutter") << 3 << 0x1A << "known error autocutter";
        QTest::newRow("3 bit5: unrecoverable") << 3 << 0x32 << "known error unrecoverable";
        QTest::newRow("3 bit6: auto-recoverable") << 3 << 0x52 << "known error autoRecoverable";
        QTest::newRow("4: all clear") << 4 << 0x12 << "known";
        QTest::newRow("4 bit2: near end") << 4 << 0x16 << "known nearEnd";
        QTest::newRow("4 bit3: near end") << 4 << 0x1A << "known nearEnd";
        QTest::newRow("4 bits2-3: near end") << 4 << 0x1E << "known nearEnd";
        QTest::newRow("4 bit5: paper end") << 4 << 0x32 << "known paperOut";
        QTest::newRow("4 bit6: paper end") << 4 << 0x52 << "known paperOut";
        QTest::newRow("4 bits2-3,5-6: near end and end") << 4 << 0x7E << "known nearEnd paperOut";
    }

    void everyReplyBit()
    {
        QFETCH(int, n);
        QFETCH(int, reply);
        QFETCH(QString, expected);
        StatusParser parser;
        QSignalSpy changed(&parser, &StatusParser::statusChanged);
        parser.noteRequestSent(static_cast<StatusRequest>(n));
        parser.feed(QByteArray(1, static_cast<char>(reply)));
        QCOMPARE(describe(parser.status()), expected);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(describe(changed.first().first().value<PrinterStatus>()), expected);
        QCOMPARE(parser.pendingRequests(), 0);
        QCOMPARE(parser.garbageBytes(), 0);
        QCOMPARE(parser.repliesParsed(), 1);
    }

    // A byte that fails (b & 0x93) == 0x12 is not a reply and does not consume the request.
    void invalidReplyBytes_data()
    {
        QTest::addColumn<int>("b");
        QTest::newRow("bit7 set") << 0x92;
        QTest::newRow("bit0 set") << 0x33;
        QTest::newRow("bit1 clear, bit4 set, bit0 set") << 0x15;
        QTest::newRow("bit4 clear") << 0x02;
        QTest::newRow("zero") << 0x00;
    }

    void invalidReplyBytes()
    {
        QFETCH(int, b);
        StatusParser parser;
        QSignalSpy changed(&parser, &StatusParser::statusChanged);
        parser.noteRequestSent(StatusRequest::PrinterStatus);
        parser.feed(QByteArray(1, static_cast<char>(b)));
        QCOMPARE(changed.size(), 0);
        QCOMPARE(parser.pendingRequests(), 1);
        QCOMPARE(parser.garbageBytes(), 1);
        QCOMPARE(parser.resyncs(), 1);
        parser.feed(hex("1A"));
        QCOMPARE(describe(parser.status()), QStringLiteral("known offline"));
    }

    void replyWithoutRequestIsGarbage()
    {
        StatusParser parser;
        QSignalSpy changed(&parser, &StatusParser::statusChanged);
        parser.feed(hex("12 1A"));
        QCOMPARE(changed.size(), 0);
        QCOMPARE(parser.garbageBytes(), 2);
        QCOMPARE(parser.resyncs(), 1);
    }

    void repliesAnswerRequestsInOrder()
    {
        StatusParser parser;
        parser.noteRequestSent(StatusRequest::PrinterStatus);
        parser.noteRequestSent(StatusRequest::OfflineCause);
        parser.noteRequestSent(StatusRequest::ErrorCause);
        parser.noteRequestSent(StatusRequest::PaperSensor);
        parser.feed(hex("16 16 1A 32"));
        QCOMPARE(describe(parser.status()), QStringLiteral("known drawerHigh coverOpen error autocutter paperOut"));
        QCOMPARE(parser.pendingRequests(), 0);
    }

    void abandonedRequestIsSkipped()
    {
        StatusParser parser;
        parser.noteRequestSent(StatusRequest::PrinterStatus);
        parser.noteRequestSent(StatusRequest::PaperSensor);
        QVERIFY(parser.abandonOldestRequest()); // DLE EOT 1 timed out
        parser.feed(hex("32"));
        QCOMPARE(describe(parser.status()), QStringLiteral("known paperOut"));
        QVERIFY(!parser.abandonOldestRequest());
    }

    void pendingQueueIsBounded()
    {
        StatusParser parser;
        for (int i = 0; i < 20; ++i)
            parser.noteRequestSent(StatusRequest::PrinterStatus);
        QCOMPARE(parser.pendingRequests(), 16);
    }

    // Every meaningful bit of an ASB frame, one at a time.
    void everyAsbBit_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<QString>("expected");
        QTest::newRow("all clear") << hex("10 00 00 00") << "known";
        QTest::newRow("b1 bit2: drawer high") << hex("14 00 00 00") << "known drawerHigh";
        QTest::newRow("b1 bit3: offline") << hex("18 00 00 00") << "known offline";
        QTest::newRow("b1 bit5: cover open") << hex("30 00 00 00") << "known coverOpen";
        QTest::newRow("b1 bit6: feed button") << hex("50 00 00 00") << "known feedButton";
        QTest::newRow("b2 bit2: mechanical") << hex("10 04 00 00") << "known error mechanical";
        QTest::newRow("b2 bit3: autocutter") << hex("10 08 00 00") << "known error autocutter";
        QTest::newRow("b2 bit5: unrecoverable") << hex("10 20 00 00") << "known error unrecoverable";
        QTest::newRow("b2 bit6: auto-recoverable") << hex("10 40 00 00") << "known error autoRecoverable";
        QTest::newRow("b3 bit0: near end") << hex("10 00 01 00") << "known nearEnd";
        QTest::newRow("b3 bit1: near end") << hex("10 00 02 00") << "known nearEnd";
        QTest::newRow("b3 bit2: paper end") << hex("10 00 04 00") << "known paperOut";
        QTest::newRow("b3 bit3: paper end") << hex("10 00 08 00") << "known paperOut";
        QTest::newRow("b4 ignored") << hex("10 00 00 0F") << "known";
        QTest::newRow("everything") << hex("7C 6C 0F 00")
                                    << "known offline drawerHigh coverOpen feedButton error mechanical autocutter "
                                       "unrecoverable autoRecoverable nearEnd paperOut";
    }

    void everyAsbBit()
    {
        QFETCH(QByteArray, frame);
        QFETCH(QString, expected);
        StatusParser parser;
        QSignalSpy changed(&parser, &StatusParser::statusChanged);
        parser.feed(frame);
        QCOMPARE(describe(parser.status()), expected);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(parser.framesParsed(), 1);
        QCOMPARE(parser.garbageBytes(), 0);
    }

    // A frame split at every possible boundary, including byte by byte.
    void asbSplitAcrossChunks_data()
    {
        QTest::addColumn<QList<int>>("cuts");
        QTest::newRow("1+3") << QList<int> { 1 };
        QTest::newRow("2+2") << QList<int> { 2 };
        QTest::newRow("3+1") << QList<int> { 3 };
        QTest::newRow("1+1+1+1") << QList<int> { 1, 2, 3 };
        QTest::newRow("1+2+1") << QList<int> { 1, 3 };
    }

    void asbSplitAcrossChunks()
    {
        QFETCH(QList<int>, cuts);
        const QByteArray frame = hex("30 00 0C 00"); // cover open, paper out
        StatusParser parser;
        QSignalSpy changed(&parser, &StatusParser::statusChanged);
        int from = 0;
        for (int cut : cuts) {
            parser.feed(frame.mid(from, cut - from));
            QCOMPARE(changed.size(), 0);
            from = cut;
        }
        parser.feed(frame.mid(from));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(describe(parser.status()), QStringLiteral("known coverOpen paperOut"));
        QCOMPARE(parser.status().condition(), PrinterStatus::Condition::PaperOutCoverOpen);
        QCOMPARE(parser.status().message(),
            QStringLiteral("Paper is out: load a new roll; the receipt will print when the cover is closed."));
    }

    void asbBetweenRequestAndReply()
    {
        StatusParser parser;
        QSignalSpy changed(&parser, &StatusParser::statusChanged);
        const QByteArray request = parser.request(StatusRequest::OfflineCause);
        QCOMPARE(request, hex("10 04 02"));
        parser.feed(hex("10 00 03")); // unsolicited frame, first part: paper near end
        parser.feed(hex("00 16")); // rest of the frame, then the reply: cover open
        QCOMPARE(parser.pendingRequests(), 0);
        QCOMPARE(parser.framesParsed(), 1);
        QCOMPARE(parser.repliesParsed(), 1);
        QCOMPARE(describe(parser.status()), QStringLiteral("known coverOpen nearEnd"));
        QCOMPARE(changed.size(), 2);
        QCOMPARE(parser.garbageBytes(), 0);
    }

    // The reply byte has bit4 set, frame bytes 2-4 have it clear: a reply inside a frame is kept apart.
    void replyInsideAsbFrame()
    {
        StatusParser parser;
        parser.noteRequestSent(StatusRequest::PrinterStatus);
        parser.feed(hex("10 1A 00 0C 00")); // header, reply (offline), rest of frame (paper end)
        QCOMPARE(parser.framesParsed(), 1);
        QCOMPARE(parser.repliesParsed(), 1);
        QCOMPARE(parser.garbageBytes(), 0);
        // The frame completes after the reply and is the newer report of the offline bit.
        QCOMPARE(describe(parser.status()), QStringLiteral("known paperOut"));
    }

    void xonXoffInterleaved()
    {
        StatusParser parser;
        QSignalSpy paused(&parser, &StatusParser::transmitPausedChanged);
        QSignalSpy changed(&parser, &StatusParser::statusChanged);
        parser.noteRequestSent(StatusRequest::PaperSensor);
        parser.feed(hex("13 10 13 00 11 00"));
        parser.feed(hex("13 00 1E 11"));
        QCOMPARE(parser.framesParsed(), 1);
        QCOMPARE(parser.repliesParsed(), 1);
        QCOMPARE(parser.garbageBytes(), 0);
        QCOMPARE(describe(parser.status()), QStringLiteral("known nearEnd"));
        // XOFF, (XOFF again: no change), XON, XOFF, XON.
        QCOMPARE(paused.size(), 4);
        QCOMPARE(paused.at(0).first().toBool(), true);
        QCOMPARE(paused.at(1).first().toBool(), false);
        QCOMPARE(paused.at(2).first().toBool(), true);
        QCOMPARE(paused.at(3).first().toBool(), false);
        QVERIFY(!parser.isTransmitPaused());
        QCOMPARE(changed.size(), 2);
    }

    void garbageThenResync()
    {
        StatusParser parser;
        QSignalSpy changed(&parser, &StatusParser::statusChanged);
        parser.feed(hex("00 FF 7F 80"));
        QCOMPARE(parser.garbageBytes(), 4);
        QCOMPARE(parser.resyncs(), 1);
        QCOMPARE(changed.size(), 0);
        parser.feed(hex("14 00 00 00"));
        QCOMPARE(describe(parser.status()), QStringLiteral("known drawerHigh"));
        parser.feed(hex("E5"));
        QCOMPARE(parser.resyncs(), 2);
        QCOMPARE(parser.garbageBytes(), 5);
    }

    void truncatedFrameIsDropped()
    {
        StatusParser parser;
        parser.feed(hex("30 00")); // frame cut short ...
        parser.feed(hex("10 00 00 00")); // ... by a new header
        QCOMPARE(parser.garbageBytes(), 2);
        QCOMPARE(parser.framesParsed(), 1);
        QCOMPARE(describe(parser.status()), QStringLiteral("known"));
    }

    void frameBrokenByGarbage()
    {
        StatusParser parser;
        // Header, one frame byte, a byte that is nothing valid, then three orphaned frame bytes.
        parser.feed(hex("30 00 FF 00 0C 00"));
        QCOMPARE(parser.garbageBytes(), 6);
        QCOMPARE(parser.resyncs(), 1);
        QCOMPARE(parser.framesParsed(), 0);
        QVERIFY(!parser.status().known);
        parser.feed(hex("18 00 00 00"));
        QCOMPARE(describe(parser.status()), QStringLiteral("known offline"));
    }

    void changesOnly()
    {
        StatusParser parser;
        QSignalSpy changed(&parser, &StatusParser::statusChanged);
        parser.feed(hex("10 00 00 00 10 00 00 00"));
        QCOMPARE(changed.size(), 1);
        parser.feed(hex("10 00 03 00"));
        QCOMPARE(changed.size(), 2);
        QCOMPARE(parser.status().message(), QStringLiteral("Paper is running low: have a new roll ready."));
        QVERIFY(parser.status().canPrint());
        parser.feed(hex("10 00 03 00"));
        QCOMPARE(changed.size(), 2);
    }

    void paperPresentClearsStoppedByPaperEnd()
    {
        StatusParser parser;
        parser.noteRequestSent(StatusRequest::OfflineCause);
        parser.feed(hex("32"));
        QCOMPARE(parser.status().condition(), PrinterStatus::Condition::PaperOut);
        QVERIFY(!parser.status().canPrint());
        parser.feed(hex("10 00 00 00")); // roll loaded: ASB says paper present
        QCOMPARE(parser.status().condition(), PrinterStatus::Condition::Ready);
    }

    void reset()
    {
        StatusParser parser;
        parser.noteRequestSent(StatusRequest::PrinterStatus);
        parser.feed(hex("13 30 00 0C 00 30"));
        QSignalSpy changed(&parser, &StatusParser::statusChanged);
        QSignalSpy paused(&parser, &StatusParser::transmitPausedChanged);
        parser.reset();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(paused.size(), 1);
        QVERIFY(!parser.status().known);
        QCOMPARE(parser.pendingRequests(), 0);
        QCOMPARE(parser.status().condition(), PrinterStatus::Condition::Unknown);
        parser.feed(hex("00 00 00")); // the old partial frame is gone: these are orphans
        QCOMPARE(parser.framesParsed(), 1);
    }

    void conditionPriority_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<int>("condition");
        using C = PrinterStatus::Condition;
        QTest::newRow("unrecoverable beats cover open") << hex("30 20 0C 00") << int(C::UnrecoverableError);
        QTest::newRow("cutter") << hex("10 08 00 00") << int(C::AutocutterError);
        QTest::newRow("mechanical") << hex("30 04 00 00") << int(C::MechanicalError);
        QTest::newRow("paper out, cover open") << hex("38 00 0C 00") << int(C::PaperOutCoverOpen);
        QTest::newRow("paper out") << hex("18 00 0F 00") << int(C::PaperOut);
        QTest::newRow("cover open") << hex("38 00 00 00") << int(C::CoverOpen);
        QTest::newRow("auto-recoverable") << hex("18 40 00 00") << int(C::AutoRecoverableError);
        QTest::newRow("feed button") << hex("58 00 00 00") << int(C::FeedButton);
        QTest::newRow("offline") << hex("18 00 00 00") << int(C::Offline);
        QTest::newRow("near end") << hex("14 00 03 00") << int(C::PaperNearEnd);
        QTest::newRow("ready, drawer either way") << hex("14 00 00 00") << int(C::Ready);
    }

    void conditionPriority()
    {
        QFETCH(QByteArray, frame);
        QFETCH(int, condition);
        StatusParser parser;
        parser.feed(frame);
        QCOMPARE(int(parser.status().condition()), condition);
        QVERIFY(!parser.status().message().isEmpty());
    }

    void messages()
    {
        using C = PrinterStatus::Condition;
        QCOMPARE(PrinterStatus::message(C::PaperOut),
            QStringLiteral("Paper is out: open the cover and load a new roll; the receipt will print when the "
                           "cover is closed."));
        QCOMPARE(PrinterStatus::message(C::CoverOpen), QStringLiteral("The printer cover is open: close it to print."));
        QCOMPARE(PrinterStatus::message(C::Ready), QStringLiteral("The printer is ready."));
        QCOMPARE(PrinterStatus().message(),
            QStringLiteral("No status from the printer yet: check that it is switched on and connected."));
        QVERIFY(!PrinterStatus().canPrint());
        QVERIFY(knownClear().canPrint());
    }
};

QTEST_GUILESS_MAIN(TestStatusParser)
#include "tst_statusparser.moc"
