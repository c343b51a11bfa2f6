// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringView>

#include <memory>
#include <optional>

namespace ok::locker {

/// The lock-board families the driver speaks (docs/devices.md#d12-lock-board-frames).
enum class BoardFamily {
    Kerong, ///< Kerong KR-CU16 / CU12: `02 ADDR CMD 03 SUM`, sum checksum
    Xor, ///< the common 8-24 channel boards: `HDR BOARD LOCK FUNC BCC`, XOR checksum
};

/// "kerong" / "xor" (case-insensitive); nullopt for anything else.
std::optional<BoardFamily> boardFamilyFromString(QStringView text);
QString boardFamilyName(BoardFamily family);

/// One reply from a board, framed and checksum-verified but not interpreted: sensor bits are raw,
/// as the board wired them, before the per-board polarity of the configuration is applied.
///
/// Addressing is the same for both families everywhere in this driver: `board` is the address set
/// on the board's DIP switches, `channel` is the 1-based lock number printed next to the
/// connector. The codecs translate to the wire (Kerong puts channel - 1 in the low nibble).
struct BoardReply {
    enum class Kind {
        BoardStatus, ///< door bits of every channel (Kerong: and item bits in the same frame)
        ItemStatus, ///< item-sensor bits of every channel (XOR boards with infrared sensors)
        LockState, ///< one channel's door bit (XOR open acknowledgement and single query)
    };
    Kind kind = Kind::BoardStatus;
    int board = 0;
    int channel = 0; ///< 1-based lock the reply concerns; 0 when it is board-wide
    quint32 doorBits = 0; ///< bit (channel - 1): raw door (hook) switch
    quint32 itemBits = 0; ///< bit (channel - 1): raw item (infrared) sensor
    bool hasDoorBits = false;
    bool hasItemBits = false;

    bool doorBit(int ch) const { return ch >= 1 && ch <= 32 && (doorBits >> (ch - 1)) & 1u; }
    bool itemBit(int ch) const { return ch >= 1 && ch <= 32 && (itemBits >> (ch - 1)) & 1u; }
};

/// A request frame and the kind of reply that answers it.
struct Request {
    QByteArray frame;
    BoardReply::Kind reply = BoardReply::Kind::BoardStatus;
};

/// What the stream decoder threw away, for checkHealth() and the tests.
struct DecoderStats {
    qint64 frames = 0; ///< valid replies decoded
    qint64 garbageBytes = 0; ///< bytes skipped while looking for a frame start
    qint64 badChecksums = 0; ///< well-shaped frames dropped because the checksum was wrong
};

/// A board family's frames: request encoders (pure) and a stream decoder for replies.
///
/// The decoder takes bytes as they arrive from the transport, in pieces of any size. It skips
/// garbage before a frame start (line noise, a board powering up, half a frame from before a
/// timeout), keeps an incomplete frame for the next call, and drops a frame whose checksum is
/// wrong without consuming the bytes after its first one, so a real frame hidden behind a false
/// start is still found. Nothing here does I/O or keeps time; not thread-safe (one bus, one thread).
class FrameCodec
{
public:
    virtual ~FrameCodec();

    virtual BoardFamily family() const = 0;
    /// Highest channel number a board of this family can have with the codec's settings.
    virtual int maxChannels() const = 0;
    /// Whether `board` is an address this family can put on the wire.
    virtual bool isValidBoard(int board) const = 0;

    virtual Request unlock(int board, int channel) const = 0;
    /// Door (and where the family has them in the same frame, item) state of the whole board.
    virtual Request queryBoard(int board) const = 0;
    /// The door state of one channel, to verify an unlock.
    virtual Request queryLock(int board, int channel) const = 0;
    /// A separate item-sensor query, or nullopt where queryBoard() already carries the items.
    virtual std::optional<Request> queryItems(int board) const = 0;

    /// The reply kind the caller waits for next. Only XOR needs it: its replies are not
    /// self-delimiting (a "query all" reply's length depends on the channel count, and its first
    /// five bytes can look like a "query one" reply), and there is one request on the bus at a time.
    virtual void expect(BoardReply::Kind kind) { m_expected = kind; }
    /// Feed received bytes; returns the complete, verified replies found, in order.
    virtual QList<BoardReply> feed(QByteArrayView bytes) = 0;
    /// Forget a partial frame (after a reply timeout: its rest will never come).
    void reset() { m_buffer.clear(); }
    qsizetype pendingBytes() const { return m_buffer.size(); }
    const DecoderStats &stats() const { return m_stats; }

    /// The codec for `family`; `channels` is the number of locks per board on this bus.
    static std::unique_ptr<FrameCodec> create(BoardFamily family, int channels);

protected:
    /// Drop the first byte of the buffer as garbage (resynchronise one byte further on).
    void skipByte()
    {
        m_buffer.remove(0, 1);
        ++m_stats.garbageBytes;
    }

    QByteArray m_buffer;
    DecoderStats m_stats;
    BoardReply::Kind m_expected = BoardReply::Kind::BoardStatus;
};

/// "02 00 31 03 36": frames as engineers read them in logs and vendor sheets.
QString hexBytes(QByteArrayView bytes);

} // namespace ok::locker
