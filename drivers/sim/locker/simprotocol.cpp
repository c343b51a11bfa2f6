// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivers/sim/locker/simprotocol.h"

#include "drivers/sim/locker/lockerboardmodel.h"

namespace ok::sim {

namespace {

// Kerong KR-CU16 (docs/devices.md#d12-lock-board-frames): 02 ADDR CMD 03 SUM, sum checksum,
// ADDR = board << 4 | lock (0-based).
constexpr quint8 kKerongStx = 0x02;
constexpr quint8 kKerongEtx = 0x03;
constexpr quint8 kKerongStatus = 0x30;
constexpr quint8 kKerongUnlock = 0x31;
constexpr quint8 kKerongAllBoards = 0x32;
constexpr quint8 kKerongUnlockAll = 0x33;
constexpr quint8 kKerongStatusReply = 0x35;
constexpr quint8 kKerongPulseTime = 0x37;

// XOR boards: HDR BOARD LOCK FUNC BCC.
constexpr quint8 kXorOpen = 0x8A;
constexpr quint8 kXorQuery = 0x80;
constexpr quint8 kXorFuncOpen = 0x11;
constexpr quint8 kXorFuncQuery = 0x33;
constexpr quint8 kXorFuncItems = 0x34;
constexpr quint8 kXorActive = 0x11;
constexpr quint8 kXorInactive = 0x00;

quint8 sum8(QByteArrayView b)
{
    quint8 s = 0;
    for (char c : b)
        s = quint8(s + quint8(c));
    return s;
}

quint8 xor8(QByteArrayView b)
{
    quint8 s = 0;
    for (char c : b)
        s ^= quint8(c);
    return s;
}

class KerongProtocol final : public SimProtocol
{
public:
    QString name() const override { return QStringLiteral("kerong"); }

    QList<SimRequest> parse(QByteArrayView bytes) override
    {
        m_buffer.append(bytes.data(), bytes.size());
        QList<SimRequest> out;
        while (!m_buffer.isEmpty()) {
            if (quint8(m_buffer.at(0)) != kKerongStx) {
                m_buffer.remove(0, 1);
                continue;
            }
            if (m_buffer.size() < 3)
                break;
            const quint8 cmd = quint8(m_buffer.at(2));
            const int size = cmd == kKerongPulseTime ? 6 : 5;
            if (m_buffer.size() < size)
                break;
            const QByteArray f = m_buffer.left(size);
            if (quint8(f.at(size - 2)) != kKerongEtx
                || sum8(QByteArrayView(f).first(size - 1)) != quint8(f.at(size - 1))) {
                ++m_badFrames;
                m_buffer.remove(0, 1);
                continue;
            }
            m_buffer.remove(0, size);
            const int addr = quint8(f.at(1));
            SimRequest r;
            r.frame = f;
            r.board = addr >> 4;
            r.channel = (addr & 0x0F) + 1;
            switch (cmd) {
            case kKerongStatus:
                r.op = SimRequest::Op::QueryBoard;
                r.channel = 0;
                break;
            case kKerongUnlock:
                r.op = SimRequest::Op::Unlock;
                break;
            case kKerongAllBoards:
                r.op = SimRequest::Op::QueryAllBoards;
                r.board = -1;
                r.channel = 0;
                break;
            case kKerongUnlockAll:
                r.op = SimRequest::Op::UnlockAll;
                r.channel = 0;
                break;
            case kKerongPulseTime:
                r.op = SimRequest::Op::PulseTime;
                r.channel = 0;
                break;
            default:
                ++m_badFrames; // a well-formed frame with a command these boards do not know
                continue;
            }
            out.append(r);
        }
        return out;
    }

    QByteArray reply(const SimRequest &request, int board, const LockerBoardModel &model) const override
    {
        // Every Kerong command is answered with the board's status frame.
        const quint32 doors = model.rawDoorBits(board);
        const quint32 items = model.rawItemBits(board);
        const int lock = request.channel > 0 ? request.channel - 1 : 0;
        QByteArray f;
        f.append(char(kKerongStx));
        f.append(char(quint8(board << 4 | lock)));
        f.append(char(kKerongStatusReply));
        f.append(char(doors & 0xFF));
        f.append(char((doors >> 8) & 0xFF));
        f.append(char(items & 0xFF));
        f.append(char((items >> 8) & 0xFF));
        f.append(char(kKerongEtx));
        f.append(char(sum8(f)));
        return f;
    }
};

class XorProtocol final : public SimProtocol
{
public:
    explicit XorProtocol(int channels)
        : m_groups((channels + 7) / 8)
    {
    }

    QString name() const override { return QStringLiteral("xor"); }

    QList<SimRequest> parse(QByteArrayView bytes) override
    {
        m_buffer.append(bytes.data(), bytes.size());
        QList<SimRequest> out;
        while (!m_buffer.isEmpty()) {
            const quint8 hdr = quint8(m_buffer.at(0));
            if (hdr != kXorOpen && hdr != kXorQuery) {
                m_buffer.remove(0, 1);
                continue;
            }
            if (m_buffer.size() < 5)
                break;
            const QByteArray f = m_buffer.left(5);
            const quint8 func = quint8(f.at(3));
            const bool known = (hdr == kXorOpen && func == kXorFuncOpen)
                || (hdr == kXorQuery && (func == kXorFuncQuery || func == kXorFuncItems));
            if (!known || xor8(QByteArrayView(f).first(4)) != quint8(f.at(4))) {
                ++m_badFrames;
                m_buffer.remove(0, 1);
                continue;
            }
            m_buffer.remove(0, 5);
            SimRequest r;
            r.frame = f;
            r.board = quint8(f.at(1));
            r.channel = quint8(f.at(2));
            if (hdr == kXorOpen)
                r.op = r.channel == 0 ? SimRequest::Op::UnlockAll : SimRequest::Op::Unlock;
            else if (func == kXorFuncItems)
                r.op = SimRequest::Op::QueryItems;
            else
                r.op = r.channel == 0 ? SimRequest::Op::QueryBoard : SimRequest::Op::QueryLock;
            out.append(r);
        }
        return out;
    }

    QByteArray reply(const SimRequest &request, int board, const LockerBoardModel &model) const override
    {
        QByteArray f;
        switch (request.op) {
        case SimRequest::Op::Unlock:
        case SimRequest::Op::QueryLock: {
            const bool active = (model.rawDoorBits(board) >> (request.channel - 1)) & 1u;
            f.append(char(request.op == SimRequest::Op::Unlock ? kXorOpen : kXorQuery));
            f.append(char(quint8(board)));
            f.append(char(quint8(request.channel)));
            f.append(char(active ? kXorActive : kXorInactive));
            break;
        }
        case SimRequest::Op::UnlockAll:
            f.append(char(kXorOpen));
            f.append(char(quint8(board)));
            f.append(char(0));
            f.append(char(kXorFuncOpen));
            break;
        case SimRequest::Op::QueryBoard:
        case SimRequest::Op::QueryItems: {
            const bool items = request.op == SimRequest::Op::QueryItems;
            const quint32 bits = items ? model.rawItemBits(board) : model.rawDoorBits(board);
            f.append(char(kXorQuery));
            f.append(char(quint8(board)));
            for (int g = m_groups - 1; g >= 0; --g) // highest group first
                f.append(char((bits >> (8 * g)) & 0xFF));
            f.append(char(items ? kXorFuncItems : kXorFuncQuery));
            break;
        }
        case SimRequest::Op::QueryAllBoards:
        case SimRequest::Op::PulseTime:
            return {};
        }
        f.append(char(xor8(f)));
        return f;
    }

private:
    int m_groups;
};

} // namespace

QString opName(SimRequest::Op op)
{
    switch (op) {
    case SimRequest::Op::Unlock:
        return QStringLiteral("unlock");
    case SimRequest::Op::UnlockAll:
        return QStringLiteral("unlock-all");
    case SimRequest::Op::QueryBoard:
        return QStringLiteral("status");
    case SimRequest::Op::QueryAllBoards:
        return QStringLiteral("status-all");
    case SimRequest::Op::QueryLock:
        return QStringLiteral("query-lock");
    case SimRequest::Op::QueryItems:
        return QStringLiteral("items");
    case SimRequest::Op::PulseTime:
        return QStringLiteral("pulse-time");
    }
    return {};
}

SimProtocol::~SimProtocol() = default;

std::unique_ptr<SimProtocol> SimProtocol::create(const QString &name, int channels)
{
    if (name == QLatin1String("kerong"))
        return std::make_unique<KerongProtocol>();
    if (name == QLatin1String("xor"))
        return std::make_unique<XorProtocol>(channels);
    return nullptr;
}

} // namespace ok::sim
