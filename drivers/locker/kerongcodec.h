// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "drivers/locker/framecodec.h"

namespace ok::locker {

/// Kerong KR-CU16 / CU12 lock boards (19200 or 9600 8N1).
///
/// Request: `02 ADDR CMD 03 SUM`, SUM = low byte of the sum of all preceding bytes,
/// ADDR = (board << 4) | lock, both 0-based on the wire (lock = channel - 1 here).
/// Status reply: `02 ADDR 35 H1 H2 I1 I2 03 SUM`: hook (door) bits of locks 1-8 in H1 and 9-16 in
/// H2, then the infrared (item) bits the same way; bit 0 = the lowest lock. The board answers an
/// unlock with the same status frame, taken when the solenoid fires (the door may still read
/// closed: the driver verifies). Board address 15 is not usable: ADDR F0 is the broadcast.
class KerongCodec final : public FrameCodec
{
public:
    static constexpr quint8 kStx = 0x02;
    static constexpr quint8 kEtx = 0x03;
    static constexpr quint8 kCmdStatus = 0x30; ///< one board's hook + infrared state
    static constexpr quint8 kCmdUnlock = 0x31; ///< release one lock
    static constexpr quint8 kCmdAllBoards = 0x32; ///< state of every board on the bus (ADDR F0)
    static constexpr quint8 kCmdUnlockAll = 0x33; ///< release every lock of one board
    static constexpr quint8 kCmdStatusReply = 0x35; ///< the board's answer to 30, 31, 33
    static constexpr quint8 kCmdPulseTime = 0x37; ///< unlock pulse length, one data byte in 10 ms units
    static constexpr quint8 kBroadcastAddr = 0xF0;
    static constexpr int kMaxBoard = 14;
    static constexpr int kChannelsPerBoard = 16;
    static constexpr int kRequestSize = 5;
    static constexpr int kReplySize = 9;

    /// Low byte of the sum of `bytes`.
    static quint8 checksum(QByteArrayView bytes);
    static QByteArray unlockFrame(int board, int channel);
    static QByteArray statusFrame(int board);
    static QByteArray allBoardsFrame();
    static QByteArray unlockAllFrame(int board);
    /// `02 ADDR 37 T 03 SUM`, T = pulse in 10 ms units (1-255). The data byte's position follows
    /// the vendor sheet's general frame (data between CMD and ETX); check it on new firmware.
    static QByteArray pulseTimeFrame(int board, int tensOfMs);

    BoardFamily family() const override { return BoardFamily::Kerong; }
    int maxChannels() const override { return kChannelsPerBoard; }
    bool isValidBoard(int board) const override { return board >= 0 && board <= kMaxBoard; }
    Request unlock(int board, int channel) const override;
    Request queryBoard(int board) const override;
    Request queryLock(int board, int channel) const override;
    std::optional<Request> queryItems(int) const override { return std::nullopt; }
    QList<BoardReply> feed(QByteArrayView bytes) override;
};

} // namespace ok::locker
