// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivers/locker/kerongcodec.h"

namespace ok::locker {

namespace {
constexpr int kLockMask = 0x0F;
constexpr int kBoardShift = 4;
constexpr int kCmdIndex = 2;
constexpr int kEtxIndex = 7;

QByteArray frame(quint8 addr, quint8 cmd, QByteArrayView data = {})
{
    QByteArray f;
    f.reserve(KerongCodec::kRequestSize + data.size());
    f.append(char(KerongCodec::kStx));
    f.append(char(addr));
    f.append(char(cmd));
    f.append(data.data(), data.size());
    f.append(char(KerongCodec::kEtx));
    f.append(char(KerongCodec::checksum(f)));
    return f;
}

quint8 address(int board, int channel)
{
    Q_ASSERT(board >= 0 && board <= KerongCodec::kMaxBoard);
    Q_ASSERT(channel >= 1 && channel <= KerongCodec::kChannelsPerBoard);
    return quint8((board << kBoardShift) | ((channel - 1) & kLockMask));
}
} // namespace

quint8 KerongCodec::checksum(QByteArrayView bytes)
{
    unsigned sum = 0;
    for (char c : bytes)
        sum += quint8(c);
    return quint8(sum & 0xFFu);
}

QByteArray KerongCodec::unlockFrame(int board, int channel)
{
    return frame(address(board, channel), kCmdUnlock);
}

QByteArray KerongCodec::statusFrame(int board)
{
    return frame(address(board, 1), kCmdStatus);
}

QByteArray KerongCodec::allBoardsFrame()
{
    return frame(kBroadcastAddr, kCmdAllBoards);
}

QByteArray KerongCodec::unlockAllFrame(int board)
{
    return frame(address(board, 1), kCmdUnlockAll);
}

QByteArray KerongCodec::pulseTimeFrame(int board, int tensOfMs)
{
    Q_ASSERT(tensOfMs >= 1 && tensOfMs <= 0xFF);
    const char t = char(quint8(tensOfMs));
    return frame(address(board, 1), kCmdPulseTime, QByteArrayView(&t, 1));
}

Request KerongCodec::unlock(int board, int channel) const
{
    return { unlockFrame(board, channel), BoardReply::Kind::BoardStatus };
}

Request KerongCodec::queryBoard(int board) const
{
    return { statusFrame(board), BoardReply::Kind::BoardStatus };
}

Request KerongCodec::queryLock(int board, int) const
{
    // No single-lock query on these boards: the status frame carries every lock.
    return { statusFrame(board), BoardReply::Kind::BoardStatus };
}

QList<BoardReply> KerongCodec::feed(QByteArrayView bytes)
{
    m_buffer.append(bytes.data(), bytes.size());
    QList<BoardReply> out;
    while (!m_buffer.isEmpty()) {
        const auto at = [this](int i) { return quint8(m_buffer.at(i)); };
        if (at(0) != kStx) {
            skipByte();
            continue;
        }
        // Reject a false start as soon as the command byte shows it, so a real frame right behind
        // it is not held back waiting for nine bytes.
        if (m_buffer.size() > kCmdIndex && at(kCmdIndex) != kCmdStatusReply) {
            skipByte();
            continue;
        }
        if (m_buffer.size() < kReplySize)
            break;
        if (at(kEtxIndex) != kEtx) {
            skipByte();
            continue;
        }
        if (checksum(QByteArrayView(m_buffer).first(kReplySize - 1)) != at(kReplySize - 1)) {
            ++m_stats.badChecksums;
            m_buffer.remove(0, 1); // resynchronise inside the rejected frame, not after it
            continue;
        }
        BoardReply r;
        r.kind = BoardReply::Kind::BoardStatus;
        r.board = at(1) >> kBoardShift;
        r.channel = (at(1) & kLockMask) + 1;
        r.doorBits = quint32(at(3)) | quint32(at(4)) << 8;
        r.itemBits = quint32(at(5)) | quint32(at(6)) << 8;
        r.hasDoorBits = true;
        r.hasItemBits = true;
        out.append(r);
        ++m_stats.frames;
        m_buffer.remove(0, kReplySize);
    }
    return out;
}

} // namespace ok::locker
