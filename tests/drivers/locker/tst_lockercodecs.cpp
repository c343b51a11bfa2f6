// SPDX-License-Identifier: GPL-3.0-or-later
// Frame codecs of both lock-board families: golden request vectors
// (docs/devices.md#d12-lock-board-frames) and the reply stream decoder with garbage, split frames
// and bad checksums.
#include "drivers/locker/kerongcodec.h"
#include "drivers/locker/xorcodec.h"

#include <QTest>

using namespace ok::locker;

namespace {
QByteArray bytes(const char *hex)
{
    return QByteArray::fromHex(QByteArray(hex));
}

/// Channels whose bit is set, as a list: easier to read in a failure than a bit mask.
QList<int> channelsOf(quint32 bits)
{
    QList<int> out;
    for (int ch = 1; ch <= 32; ++ch)
        if ((bits >> (ch - 1)) & 1u)
            out.append(ch);
    return out;
}
} // namespace

class TestLockerCodecs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kerongRequests_data()
    {
        QTest::addColumn<QByteArray>("actual");
        QTest::addColumn<QByteArray>("expected");
        // Golden vectors: docs/devices.md#d12-lock-board-frames
        QTest::newRow("unlock board 0 lock 1") << KerongCodec::unlockFrame(0, 1) << bytes("0200310336");
        QTest::newRow("unlock board 1 lock 3") << KerongCodec::unlockFrame(1, 3) << bytes("0212310348");
        QTest::newRow("status board 0") << KerongCodec::statusFrame(0) << bytes("0200300335");
        QTest::newRow("all boards") << KerongCodec::allBoardsFrame() << bytes("02F0320327");
        // Worked out by hand from the frame rule
        QTest::newRow("unlock board 14 lock 16") << KerongCodec::unlockFrame(14, 16) << bytes("02EF310325");
        QTest::newRow("status board 2") << KerongCodec::statusFrame(2) << bytes("0220300355");
        QTest::newRow("unlock all board 0") << KerongCodec::unlockAllFrame(0) << bytes("0200330338");
        QTest::newRow("pulse 500 ms board 0") << KerongCodec::pulseTimeFrame(0, 50) << bytes("02003732036E");
    }
    void kerongRequests()
    {
        QFETCH(QByteArray, actual);
        QFETCH(QByteArray, expected);
        QCOMPARE(actual.toHex(' '), expected.toHex(' '));
    }

    void xorRequests_data()
    {
        QTest::addColumn<QByteArray>("actual");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("open board 1 lock 1") << XorCodec::openFrame(1, 1) << bytes("8A0101119B");
        QTest::newRow("query one board 1 lock 1") << XorCodec::queryOneFrame(1, 1) << bytes("80010133B3");
        QTest::newRow("query all board 1") << XorCodec::queryAllFrame(1) << bytes("80010033B2");
        QTest::newRow("open all board 1") << XorCodec::openAllFrame(1) << bytes("8A0100119A");
        QTest::newRow("open board 2 lock 24") << XorCodec::openFrame(2, 24) << bytes("8A02181181");
        QTest::newRow("items board 1") << XorCodec::queryItemsFrame(1) << bytes("80010034B5");
    }
    void xorRequests()
    {
        QFETCH(QByteArray, actual);
        QFETCH(QByteArray, expected);
        QCOMPARE(actual.toHex(' '), expected.toHex(' '));
    }

    void requestsThroughTheInterface()
    {
        KerongCodec k;
        QCOMPARE(k.unlock(1, 3).frame, bytes("0212310348"));
        QCOMPARE(k.unlock(1, 3).reply, BoardReply::Kind::BoardStatus);
        QVERIFY(!k.queryItems(0).has_value());
        QVERIFY(k.isValidBoard(14));
        QVERIFY(!k.isValidBoard(15)); // ADDR F0 is the broadcast
        XorCodec x(24);
        QCOMPARE(x.unlock(1, 1).frame, bytes("8A0101119B"));
        QCOMPARE(x.unlock(1, 1).reply, BoardReply::Kind::LockState);
        QCOMPARE(x.queryLock(1, 1).reply, BoardReply::Kind::LockState);
        QCOMPARE(x.queryBoard(1).reply, BoardReply::Kind::BoardStatus);
        QCOMPARE(x.queryItems(1)->frame, bytes("80010034B5"));
    }

    // ------------------------------------------------------------------ Kerong replies

    void kerongStatusReply()
    {
        KerongCodec c;
        // board 0: hooks 1,3 and 16; item on 1 and 9. SUM = 02+00+35+05+80+01+01+03 = C1
        const auto r = c.feed(bytes("020035058001010"
                                    "3C1"));
        QCOMPARE(r.size(), 1);
        QCOMPARE(r.at(0).kind, BoardReply::Kind::BoardStatus);
        QCOMPARE(r.at(0).board, 0);
        QCOMPARE(channelsOf(r.at(0).doorBits), (QList<int> { 1, 3, 16 }));
        QCOMPARE(channelsOf(r.at(0).itemBits), (QList<int> { 1, 9 }));
        QVERIFY(r.at(0).hasItemBits);
        QCOMPARE(c.stats().frames, 1);
        QCOMPARE(c.stats().garbageBytes, 0);
        QCOMPARE(c.stats().badChecksums, 0);
        QCOMPARE(c.pendingBytes(), 0);
    }

    void kerongUnlockAnswerCarriesBoardAndLock()
    {
        KerongCodec c;
        // answer to "unlock board 1 lock 3": 02 12 35 04 00 00 00 03 50
        const auto r = c.feed(bytes("021235040000000350"));
        QCOMPARE(r.size(), 1);
        QCOMPARE(r.at(0).board, 1);
        QCOMPARE(r.at(0).channel, 3);
        QVERIFY(r.at(0).doorBit(3));
        QVERIFY(!r.at(0).doorBit(1));
    }

    void kerongSplitAtEveryByte()
    {
        const QByteArray frame = bytes("021235040000000350");
        for (int cut = 1; cut < frame.size(); ++cut) {
            KerongCodec c;
            QVERIFY(c.feed(frame.left(cut)).isEmpty());
            QCOMPARE(c.pendingBytes(), cut);
            const auto r = c.feed(frame.mid(cut));
            QCOMPARE(r.size(), 1);
            QCOMPARE(r.at(0).board, 1);
        }
        // one byte at a time
        KerongCodec c;
        int found = 0;
        for (char b : frame)
            found += int(c.feed(QByteArrayView(&b, 1)).size());
        QCOMPARE(found, 1);
    }

    void kerongGarbageAndFalseStarts()
    {
        KerongCodec c;
        // 3 noise bytes, a false start "02 02" (the second 02 begins the real frame), our own
        // request echoed by an adapter (02 00 30 03 35: command 30 is not a reply), then a frame.
        const QByteArray in = bytes("FF1302") + bytes("0200300335") + bytes("021235040000000350");
        const auto r = c.feed(in);
        QCOMPARE(r.size(), 1);
        QCOMPARE(r.at(0).board, 1);
        QCOMPARE(c.stats().garbageBytes, 3 + 5);
        QCOMPARE(c.stats().badChecksums, 0);
    }

    void kerongBadChecksumIsDroppedAndCounted()
    {
        KerongCodec c;
        QVERIFY(c.feed(bytes("021235040000000351")).isEmpty()); // SUM off by one
        QCOMPARE(c.stats().badChecksums, 1);
        QCOMPARE(c.stats().frames, 0);
        // the decoder is not stuck: the next good frame comes through
        const auto r = c.feed(bytes("020035000000000"
                                    "33A"));
        QCOMPARE(r.size(), 1);
        QCOMPARE(r.at(0).doorBits, 0u);
        QCOMPARE(c.stats().frames, 1);
    }

    void kerongWrongEtxIsNotAFrame()
    {
        KerongCodec c;
        QVERIFY(c.feed(bytes("021235040000000450")).isEmpty());
        QCOMPARE(c.stats().frames, 0);
        QCOMPARE(c.pendingBytes(), 0);
    }

    void kerongTwoFramesInOneRead()
    {
        KerongCodec c;
        const QByteArray in = bytes("021235040000000350") + bytes("02003500000000033A");
        const auto r = c.feed(in);
        QCOMPARE(r.size(), 2);
        QCOMPARE(r.at(0).board, 1);
        QCOMPARE(r.at(1).board, 0);
    }

    void kerongResetDropsPartialFrame()
    {
        KerongCodec c;
        QVERIFY(c.feed(bytes("02123504")).isEmpty());
        c.reset();
        QCOMPARE(c.pendingBytes(), 0);
        QCOMPARE(c.feed(bytes("02003500000000033A")).size(), 1);
    }

    // ------------------------------------------------------------------ XOR replies

    void xorOpenAcknowledgement()
    {
        XorCodec c(24);
        c.expect(BoardReply::Kind::LockState);
        auto r = c.feed(bytes("8A0101119B")); // door switch active
        QCOMPARE(r.size(), 1);
        QCOMPARE(r.at(0).kind, BoardReply::Kind::LockState);
        QCOMPARE(r.at(0).board, 1);
        QCOMPARE(r.at(0).channel, 1);
        QVERIFY(r.at(0).doorBit(1));
        r = c.feed(bytes("8A0101008A")); // inactive
        QCOMPARE(r.size(), 1);
        QVERIFY(!r.at(0).doorBit(1));
    }

    void xorQueryOneReply()
    {
        XorCodec c(24);
        c.expect(BoardReply::Kind::LockState);
        const auto r = c.feed(bytes("8001051195")); // board 1 lock 5 active: 80^01^05^11 = 95
        QCOMPARE(r.size(), 1);
        QCOMPARE(r.at(0).channel, 5);
        QCOMPARE(channelsOf(r.at(0).doorBits), QList<int> { 5 });
    }

    void xorQueryAllReplyHighestGroupFirst()
    {
        XorCodec c(24);
        c.expect(BoardReply::Kind::BoardStatus);
        // S3 = 80 (channel 24), S2 = 00, S1 = 05 (channels 1, 3): 80^01^80^00^05^33 = 37
        const auto r = c.feed(bytes("800180000533"
                                    "37"));
        QCOMPARE(r.size(), 1);
        QCOMPARE(r.at(0).kind, BoardReply::Kind::BoardStatus);
        QCOMPARE(channelsOf(r.at(0).doorBits), (QList<int> { 1, 3, 24 }));
        QVERIFY(!r.at(0).hasItemBits);
    }

    void xorItemReply()
    {
        XorCodec c(24);
        c.expect(BoardReply::Kind::ItemStatus);
        const auto r = c.feed(bytes("80010000043"
                                    "4B1")); // channel 3
        QCOMPARE(r.size(), 1);
        QCOMPARE(r.at(0).kind, BoardReply::Kind::ItemStatus);
        QCOMPARE(channelsOf(r.at(0).itemBits), QList<int> { 3 });
        QVERIFY(!r.at(0).hasDoorBits);
    }

    void xorReplyLengthFollowsChannelCount()
    {
        XorCodec c(8);
        c.expect(BoardReply::Kind::BoardStatus);
        const auto r = c.feed(bytes("80020333B2")); // board 2, channels 1 and 2
        QCOMPARE(r.size(), 1);
        QCOMPARE(r.at(0).board, 2);
        QCOMPARE(channelsOf(r.at(0).doorBits), (QList<int> { 1, 2 }));
    }

    // Why the decoder is told what it waits for: the first five bytes of this "query all"
    // reply (S3=02 S2=00 S1=83) are also a valid "query one" reply (80 01 02 00 83).
    void xorExpectationResolvesAmbiguity()
    {
        const QByteArray frame = bytes("80010200833333");
        XorCodec all(24);
        all.expect(BoardReply::Kind::BoardStatus);
        const auto r = all.feed(frame);
        QCOMPARE(r.size(), 1);
        QCOMPARE(channelsOf(r.at(0).doorBits), (QList<int> { 1, 2, 8, 18 }));
        QCOMPARE(all.stats().garbageBytes, 0);
    }

    void xorSplitAtEveryByte()
    {
        const QByteArray frame = bytes("800180000533"
                                       "37");
        for (int cut = 1; cut < frame.size(); ++cut) {
            XorCodec c(24);
            c.expect(BoardReply::Kind::BoardStatus);
            QVERIFY(c.feed(frame.left(cut)).isEmpty());
            const auto r = c.feed(frame.mid(cut));
            QCOMPARE(r.size(), 1);
            QCOMPARE(channelsOf(r.at(0).doorBits), (QList<int> { 1, 3, 24 }));
        }
    }

    void xorGarbageAndBadChecksum()
    {
        XorCodec c(24);
        c.expect(BoardReply::Kind::LockState);
        // noise, a false start "80 01" (the byte where its state would be, 01, is no state), an
        // open reply with a wrong BCC, then a good one
        const QByteArray in = bytes("00FF13") + bytes("8001") + bytes("8A0101119C") + bytes("8A0101119B");
        const auto r = c.feed(in);
        QCOMPARE(r.size(), 1);
        QVERIFY(r.at(0).doorBit(1));
        QCOMPARE(c.stats().badChecksums, 1);
        QCOMPARE(c.stats().frames, 1);
        // 3 noise bytes, "80 01" and the four bytes after the bad frame's header
        QCOMPARE(c.stats().garbageBytes, 3 + 2 + 4);
    }

    void familyNames()
    {
        QCOMPARE(boardFamilyFromString(u" Kerong "), BoardFamily::Kerong);
        QCOMPARE(boardFamilyFromString(u"xor"), BoardFamily::Xor);
        QVERIFY(!boardFamilyFromString(u"modbus"));
        QCOMPARE(hexBytes(bytes("0200310336")), QStringLiteral("02 00 31 03 36"));
    }
};

QTEST_GUILESS_MAIN(TestLockerCodecs)
#include "tst_lockercodecs.moc"
