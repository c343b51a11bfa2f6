// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivers/sim/locker/lockersimulator.h"

#include <QTimer>

namespace ok::sim {

namespace {
constexpr int kDefaultGarbage = 32;
constexpr int kNoiseMax = 12;
constexpr int kSplitDelayMs = 3;

QString hex(const QByteArray &b)
{
    return QString::fromLatin1(b.toHex(' ')).toUpper();
}

QString bitList(quint32 bits, int channels)
{
    QStringList parts;
    for (int ch = 1; ch <= channels; ++ch)
        if ((bits >> (ch - 1)) & 1u)
            parts.append(QString::number(ch));
    return parts.isEmpty() ? QStringLiteral("-") : parts.join(QLatin1Char(','));
}
} // namespace

LockerSimulator::LockerSimulator(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_model(m_options.boards)
    , m_protocol(SimProtocol::create(m_options.protocol, m_options.boards.channels))
    , m_random(m_options.seed)
{
    connect(&m_model, &LockerBoardModel::doorChanged, this, [this](int b, int c, bool open) {
        Q_EMIT output(QStringLiteral("EVENT door %1 %2 %3")
                          .arg(b)
                          .arg(c)
                          .arg(open ? QStringLiteral("open") : QStringLiteral("closed")));
    });
    connect(&m_model, &LockerBoardModel::itemChanged, this, [this](int b, int c, bool on) {
        Q_EMIT output(
            QStringLiteral("EVENT item %1 %2 %3").arg(b).arg(c).arg(on ? QStringLiteral("on") : QStringLiteral("off")));
    });
}

LockerSimulator::~LockerSimulator() = default;

void LockerSimulator::receive(QByteArrayView bytes)
{
    if (!m_protocol)
        return;
    const QList<SimRequest> requests = m_protocol->parse(bytes);
    for (const SimRequest &r : requests)
        handle(r);
}

void LockerSimulator::handle(const SimRequest &r)
{
    m_counts[r.op] += 1;
    Q_EMIT output(QStringLiteral("RX %1 %2 %3 %4").arg(hex(r.frame), opName(r.op)).arg(r.board).arg(r.channel));
    if (r.op == SimRequest::Op::QueryAllBoards) {
        // Each board answers in turn, one reply time apart, as they would on RS-485.
        int slot = 0;
        for (const SimBoard &b : m_model.boards()) {
            if (b.silent)
                continue;
            const int address = b.address;
            QTimer::singleShot(m_options.replyDelayMs * (++slot), this, [this, address, r] { answer(address, r); });
        }
        return;
    }
    SimBoard *b = m_model.board(r.board);
    if (!b || b->silent)
        return; // nobody at that address, or a dead board: the line stays quiet
    switch (r.op) {
    case SimRequest::Op::Unlock:
        m_model.fire(r.board, r.channel);
        break;
    case SimRequest::Op::UnlockAll:
        m_model.fireAll(r.board);
        break;
    default:
        break;
    }
    if (!m_options.unlockReplies && (r.op == SimRequest::Op::Unlock || r.op == SimRequest::Op::UnlockAll)) {
        Q_EMIT output(QStringLiteral("NO REPLY to the unlock (firmware without unlock replies)"));
        return;
    }
    if (b->repliesToLose > 0) {
        --b->repliesToLose;
        Q_EMIT output(QStringLiteral("LOST reply of board %1").arg(r.board));
        return;
    }
    const int address = r.board;
    QTimer::singleShot(m_options.replyDelayMs, this, [this, address, r] { answer(address, r); });
}

void LockerSimulator::answer(int board, const SimRequest &request)
{
    const SimBoard *b = m_model.board(board);
    if (!b || b->silent)
        return;
    const QByteArray reply = m_protocol->reply(request, board, m_model);
    if (reply.isEmpty())
        return;
    if (!m_noise) {
        Q_EMIT transmit(reply);
        return;
    }
    // Line noise before the frame, and the frame in two pieces: the driver must reassemble it.
    const int cut = 1 + int(m_random.bounded(reply.size() - 1));
    Q_EMIT transmit(randomBytes(1 + int(m_random.bounded(kNoiseMax))) + reply.left(cut));
    QTimer::singleShot(kSplitDelayMs, this, [this, rest = reply.mid(cut)] { Q_EMIT transmit(rest); });
}

QByteArray LockerSimulator::randomBytes(int n)
{
    QByteArray out(n, '\0');
    for (int i = 0; i < n; ++i)
        out[i] = char(m_random.bounded(256));
    return out;
}

QString LockerSimulator::statusLine(const SimBoard &b) const
{
    const int ch = m_model.channels();
    return QStringLiteral("BOARD %1 open=%2 items=%3 jammed=%4 silent=%5")
        .arg(b.address)
        .arg(bitList(b.doorsOpen, ch), bitList(b.itemsPresent, ch), bitList(b.jammed, ch),
            b.silent ? QStringLiteral("yes") : QStringLiteral("no"));
}

QStringList LockerSimulator::execute(const QString &line)
{
    const QStringList w = line.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (w.isEmpty())
        return {};
    const QString cmd = w.at(0).toLower();
    const QString echo = w.join(QLatin1Char(' '));
    auto err = [&](const QString &why) { return QStringList { QStringLiteral("ERR %1: %2").arg(echo, why) }; };
    auto ok = [&] { return QStringList { QStringLiteral("OK %1").arg(echo) }; };
    auto number = [](const QString &s, bool *okOut) { return s.toInt(okOut); };

    // Commands that address a board (and maybe a channel).
    SimBoard *board = nullptr;
    int channel = 0;
    auto needBoard = [&](int index) -> bool {
        bool okNum = false;
        const int a = w.size() > index ? number(w.at(index), &okNum) : -1;
        board = okNum ? m_model.board(a) : nullptr;
        return board != nullptr;
    };
    auto needChannel = [&](int index) -> bool {
        bool okNum = false;
        channel = w.size() > index ? number(w.at(index), &okNum) : 0;
        return okNum && m_model.isValidChannel(channel);
    };

    if (cmd == QLatin1String("close")) {
        if (w.size() == 2 && w.at(1) == QLatin1String("all")) {
            m_model.closeAll();
            return ok();
        }
        if (!needBoard(1) || !needChannel(2))
            return err(QStringLiteral("usage: close BOARD CHANNEL | close all"));
        m_model.setDoor(board->address, channel, false);
        return ok();
    }
    if (cmd == QLatin1String("force")) {
        if (!needBoard(1) || !needChannel(2))
            return err(QStringLiteral("usage: force BOARD CHANNEL"));
        m_model.setDoor(board->address, channel, true);
        return ok();
    }
    if (cmd == QLatin1String("item")) {
        if (!needBoard(1) || !needChannel(2) || w.size() != 4
            || (w.at(3) != QLatin1String("on") && w.at(3) != QLatin1String("off")))
            return err(QStringLiteral("usage: item BOARD CHANNEL on|off"));
        m_model.setItem(board->address, channel, w.at(3) == QLatin1String("on"));
        return ok();
    }
    if (cmd == QLatin1String("jam")) {
        if (!needBoard(1) || !needChannel(2))
            return err(QStringLiteral("usage: jam BOARD CHANNEL [off]"));
        const quint32 bit = 1u << (channel - 1);
        board->jammed
            = (w.size() > 3 && w.at(3) == QLatin1String("off")) ? (board->jammed & ~bit) : (board->jammed | bit);
        return ok();
    }
    if (cmd == QLatin1String("silent")) {
        if (!needBoard(1))
            return err(QStringLiteral("usage: silent BOARD [off]"));
        board->silent = !(w.size() > 2 && w.at(2) == QLatin1String("off"));
        return ok();
    }
    if (cmd == QLatin1String("lose")) {
        if (!needBoard(1))
            return err(QStringLiteral("usage: lose BOARD [N]"));
        bool okNum = true;
        board->repliesToLose = w.size() > 2 ? number(w.at(2), &okNum) : 1;
        if (!okNum || board->repliesToLose < 0)
            return err(QStringLiteral("N must be a number"));
        return ok();
    }
    if (cmd == QLatin1String("garbage")) {
        bool okNum = true;
        const int n = w.size() > 1 ? number(w.at(1), &okNum) : kDefaultGarbage;
        if (!okNum || n < 1 || n > 4096)
            return err(QStringLiteral("N must be 1-4096"));
        Q_EMIT transmit(randomBytes(n));
        return ok();
    }
    if (cmd == QLatin1String("noise")) {
        if (w.size() != 2 || (w.at(1) != QLatin1String("on") && w.at(1) != QLatin1String("off")))
            return err(QStringLiteral("usage: noise on|off"));
        m_noise = w.at(1) == QLatin1String("on");
        return ok();
    }
    if (cmd == QLatin1String("unlock-replies")) {
        if (w.size() != 2 || (w.at(1) != QLatin1String("on") && w.at(1) != QLatin1String("off")))
            return err(QStringLiteral("usage: unlock-replies on|off"));
        m_options.unlockReplies = w.at(1) == QLatin1String("on");
        return ok();
    }
    if (cmd == QLatin1String("status")) {
        QStringList out;
        for (const SimBoard &b : m_model.boards())
            out.append(statusLine(b));
        out.append(ok());
        return out;
    }
    if (cmd == QLatin1String("frames")) {
        return { QStringLiteral("FRAMES unlock=%1 unlock-all=%2 status=%3 query-lock=%4 items=%5 bad=%6")
                     .arg(count(SimRequest::Op::Unlock))
                     .arg(count(SimRequest::Op::UnlockAll))
                     .arg(count(SimRequest::Op::QueryBoard) + count(SimRequest::Op::QueryAllBoards))
                     .arg(count(SimRequest::Op::QueryLock))
                     .arg(count(SimRequest::Op::QueryItems))
                     .arg(m_protocol ? m_protocol->badFrames() : 0),
            ok().first() };
    }
    if (cmd == QLatin1String("help")) {
        return { QStringLiteral("commands: close B C | close all | force B C | item B C on|off | jam B C [off] | "
                                "silent B [off] | lose B [N] | unlock-replies on|off | garbage [N] | noise on|off | status | frames | quit"),
            ok().first() };
    }
    return err(QStringLiteral("unknown command; try help"));
}

} // namespace ok::sim
