// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <memory>

namespace ok::sim {

class LockerBoardModel;

/// A request a board understood.
struct SimRequest {
    enum class Op { Unlock, UnlockAll, QueryBoard, QueryAllBoards, QueryLock, QueryItems, PulseTime };
    Op op = Op::QueryBoard;
    int board = 0; ///< -1: every board (Kerong broadcast)
    int channel = 0; ///< 1-based; 0 when board-wide
    QByteArray frame;
};

QString opName(SimRequest::Op op);

/// The board side of one wire protocol: finds request frames in the byte stream and builds the
/// boards' answers. Written independently of the driver's codecs (ok::locker) on purpose, so a
/// mistake in one is not mirrored by the other; both follow docs/devices.md#d12-lock-board-frames.
class SimProtocol
{
public:
    virtual ~SimProtocol();
    /// "kerong" or "xor"; nullptr for anything else.
    static std::unique_ptr<SimProtocol> create(const QString &name, int channels);

    virtual QString name() const = 0;
    /// Stream in; complete, checksum-valid requests out. Bytes that frame nothing are dropped.
    virtual QList<SimRequest> parse(QByteArrayView bytes) = 0;
    /// The answer of board `board` to `request` (empty: this request gets no answer).
    virtual QByteArray reply(const SimRequest &request, int board, const LockerBoardModel &model) const = 0;

    qint64 badFrames() const { return m_badFrames; }

protected:
    QByteArray m_buffer;
    qint64 m_badFrames = 0;
};

} // namespace ok::sim
