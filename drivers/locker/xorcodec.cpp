// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivers/locker/xorcodec.h"

namespace ok::locker {

namespace {
QByteArray frame(quint8 hdr, int board, int lock, quint8 func)
{
    Q_ASSERT(board >= 0 && board <= 0xFF);
    Q_ASSERT(lock >= 0 && lock <= 0xFF);
    QByteArray f;
    f.reserve(XorCodec::kFrameSize);
    f.append(char(hdr));
    f.append(char(quint8(board)));
    f.append(char(quint8(lock)));
    f.append(char(func));
    f.append(char(XorCodec::checksum(f)));
    return f;
}
} // namespace

XorCodec::XorCodec(int channels)
    : m_channels(channels)
{
    Q_ASSERT(channels >= 1 && channels <= kMaxChannels);
}

quint8 XorCodec::checksum(QByteArrayView bytes)
{
    quint8 x = 0;
    for (char c : bytes)
        x ^= quint8(c);
    return x;
}

QByteArray XorCodec::openFrame(int board, int channel)
{
    Q_ASSERT(channel >= 1);
    return frame(kHdrOpen, board, channel, kFuncOpen);
}

QByteArray XorCodec::openAllFrame(int board)
{
    return frame(kHdrOpen, board, kAllLocks, kFuncOpen);
}

QByteArray XorCodec::queryOneFrame(int board, int channel)
{
    Q_ASSERT(channel >= 1);
    return frame(kHdrQuery, board, channel, kFuncQuery);
}

QByteArray XorCodec::queryAllFrame(int board)
{
    return frame(kHdrQuery, board, kAllLocks, kFuncQuery);
}

QByteArray XorCodec::queryItemsFrame(int board)
{
    return frame(kHdrQuery, board, kAllLocks, kFuncQueryItems);
}

Request XorCodec::unlock(int board, int channel) const
{
    return { openFrame(board, channel), BoardReply::Kind::LockState };
}

Request XorCodec::queryBoard(int board) const
{
    return { queryAllFrame(board), BoardReply::Kind::BoardStatus };
}

Request XorCodec::queryLock(int board, int channel) const
{
    return { queryOneFrame(board, channel), BoardReply::Kind::LockState };
}

std::optional<Request> XorCodec::queryItems(int board) const
{
    return Request { queryItemsFrame(board), BoardReply::Kind::ItemStatus };
}

QList<BoardReply> XorCodec::feed(QByteArrayView bytes)
{
    m_buffer.append(bytes.data(), bytes.size());
    QList<BoardReply> out;
    const int groups = statusBytes(m_channels);
    const int longSize = 4 + groups; // 80 BB Sn..S1 FUNC BCC
    while (!m_buffer.isEmpty()) {
        const auto at = [this](int i) { return quint8(m_buffer.at(i)); };
        const quint8 hdr = at(0);
        if (hdr != kHdrOpen && hdr != kHdrQuery) {
            skipByte();
            continue;
        }
        const bool shortShape = hdr == kHdrOpen || m_expected == BoardReply::Kind::LockState;
        if (shortShape) {
            // 8A|80 BB LL SS BCC
            if (m_buffer.size() > 3 && at(3) != kStateActive && at(3) != kStateInactive) {
                skipByte();
                continue;
            }
            if (m_buffer.size() < kFrameSize)
                break;
            if (checksum(QByteArrayView(m_buffer).first(kFrameSize - 1)) != at(kFrameSize - 1)) {
                ++m_stats.badChecksums;
                m_buffer.remove(0, 1);
                continue;
            }
            BoardReply r;
            r.kind = BoardReply::Kind::LockState;
            r.board = at(1);
            r.channel = at(2);
            if (r.channel >= 1 && r.channel <= kMaxChannels && at(3) == kStateActive)
                r.doorBits = 1u << (r.channel - 1);
            r.hasDoorBits = true;
            out.append(r);
            ++m_stats.frames;
            m_buffer.remove(0, kFrameSize);
            continue;
        }
        // 80 BB Sn .. S1 FUNC BCC, FUNC = 33 (doors) or 34 (items)
        if (m_buffer.size() > 2 + groups && at(2 + groups) != kFuncQuery && at(2 + groups) != kFuncQueryItems) {
            skipByte();
            continue;
        }
        if (m_buffer.size() < longSize)
            break;
        if (checksum(QByteArrayView(m_buffer).first(longSize - 1)) != at(longSize - 1)) {
            ++m_stats.badChecksums;
            m_buffer.remove(0, 1);
            continue;
        }
        quint32 bits = 0;
        for (int g = 0; g < groups; ++g) // highest group first on the wire
            bits |= quint32(at(2 + g)) << (8 * (groups - 1 - g));
        BoardReply r;
        r.board = at(1);
        if (at(2 + groups) == kFuncQuery) {
            r.kind = BoardReply::Kind::BoardStatus;
            r.doorBits = bits;
            r.hasDoorBits = true;
        } else {
            r.kind = BoardReply::Kind::ItemStatus;
            r.itemBits = bits;
            r.hasItemBits = true;
        }
        out.append(r);
        ++m_stats.frames;
        m_buffer.remove(0, longSize);
    }
    return out;
}

} // namespace ok::locker
