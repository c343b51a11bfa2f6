// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "drivers/locker/framecodec.h"

namespace ok::locker {

/// The common XOR-checksum lock boards (8-24 channels, 9600 8N1).
///
/// Request: `HDR BOARD LOCK FUNC BCC`, BCC = XOR of the four bytes; board and lock as on the board
/// (lock 1-based, lock 0 = all locks).
/// - open one `8A BB LL 11 X`, answered `8A BB LL SS X`; open all `8A BB 00 11 X`;
/// - query one `80 BB LL 33 X`, answered `80 BB LL SS X`;
/// - query all `80 BB 00 33 X`, answered `80 BB Sn .. S1 33 X`: one status byte per group of eight
///   channels, highest group first, bit 0 of S1 = channel 1.
/// SS is 11 when the door switch is active and 00 when it is not.
///
/// Item sensors: boards with infrared sensors answer `80 BB 00 34 X` like "query all", with 34 in
/// place of 33 (kFuncQueryItems). That function code is not in every vendor sheet: boards without
/// sensors stay silent, so configure `item_sensors = no` for them.
class XorCodec final : public FrameCodec
{
public:
    static constexpr quint8 kHdrOpen = 0x8A;
    static constexpr quint8 kHdrQuery = 0x80;
    static constexpr quint8 kFuncOpen = 0x11;
    static constexpr quint8 kFuncQuery = 0x33;
    static constexpr quint8 kFuncQueryItems = 0x34;
    static constexpr quint8 kStateActive = 0x11;
    static constexpr quint8 kStateInactive = 0x00;
    static constexpr quint8 kAllLocks = 0x00;
    static constexpr int kFrameSize = 5;
    static constexpr int kMaxChannels = 32;

    /// `channels` per board decides the length of "query all" replies.
    explicit XorCodec(int channels = 24);

    static quint8 checksum(QByteArrayView bytes);
    static QByteArray openFrame(int board, int channel);
    static QByteArray openAllFrame(int board);
    static QByteArray queryOneFrame(int board, int channel);
    static QByteArray queryAllFrame(int board);
    static QByteArray queryItemsFrame(int board);
    /// Status bytes in a "query all" reply for `channels` channels.
    static int statusBytes(int channels) { return (channels + 7) / 8; }

    BoardFamily family() const override { return BoardFamily::Xor; }
    int maxChannels() const override { return m_channels; }
    bool isValidBoard(int board) const override { return board >= 0 && board <= 0xFF; }
    Request unlock(int board, int channel) const override;
    Request queryBoard(int board) const override;
    Request queryLock(int board, int channel) const override;
    std::optional<Request> queryItems(int board) const override;
    QList<BoardReply> feed(QByteArrayView bytes) override;

private:
    int m_channels;
};

} // namespace ok::locker
