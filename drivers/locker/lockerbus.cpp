// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivers/locker/lockerbus.h"

#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcLocker, "omnikiosk.drivers.locker", QtInfoMsg)

namespace ok::locker {

using namespace std::chrono_literals;
using ok::dev::DeviceError;
using ok::ports::UnlockResult;

namespace {
/// How often an unlocked door is read back while we wait for it to spring open.
constexpr auto kVerifyInterval = 150ms;
/// A door that opens this soon after an unlock that reported "did not open" is a slow door,
/// not a forced one.
constexpr auto kUnlockGrace = 3000ms;
} // namespace

LockerBus::LockerBus(
    QString name, std::unique_ptr<ok::dev::Transport> transport, LockerBusConfig config, QObject *parent)
    : LockerController(std::move(name), QStringLiteral("locker"), std::move(transport), parent)
    , m_config(std::move(config))
    , m_codec(FrameCodec::create(m_config.family, m_config.channels))
{
    qRegisterMetaType<ok::ports::UnlockResult>();
    qRegisterMetaType<ok::locker::BoardState>();
    Q_ASSERT(!m_config.validate());
    m_replyTimer.setSingleShot(true);
    // A coarse timer may fire 5 % early; a board is given at least the configured time.
    m_replyTimer.setTimerType(Qt::PreciseTimer);
    m_quietTimer.setSingleShot(true);
    connect(&m_replyTimer, &QTimer::timeout, this, [this] { finish(TxStatus::TimedOut); });
    connect(&m_quietTimer, &QTimer::timeout, this, &LockerBus::dispatch);
    connect(&m_pollTimer, &QTimer::timeout, this, &LockerBus::poll);
    // Leaving Online for any reason (unplugged, released, closed): what was on the wire has an
    // unknown fate, what was queued was never sent.
    connect(this, &Device::powerChanged, this, [this](Power p) {
        if (p != Power::Online)
            abortAll();
    });
    m_lineIdle.start();
}

LockerBus::~LockerBus()
{
    // No callbacks from here: the owners of pending requests are going away with us.
    m_replyTimer.stop();
    m_quietTimer.stop();
    m_pollTimer.stop();
    m_queue.clear();
    m_inFlight.reset();
}

QString LockerBus::doorLabel(int board, int channel) const
{
    if (const auto c = m_config.compartments.at(board, channel))
        return c->id;
    return tr("board %1 lock %2").arg(board).arg(channel);
}

// ------------------------------------------------------------------ public requests

Result<quint64> LockerBus::openDoor(int board, int channel, const QString &reason)
{
    if (!m_config.board(board))
        return Error { QStringLiteral("locker.unknown-board"),
            tr("Board %1 is not configured on %2").arg(board).arg(name()) };
    if (channel < 1 || channel > m_config.channels)
        return Error { QStringLiteral("locker.unknown-channel"),
            tr("Lock %1 does not exist: the boards of %2 have locks 1 to %3")
                .arg(channel)
                .arg(name())
                .arg(m_config.channels) };
    if (!isEnabled())
        return Error { QStringLiteral("device.not-enabled"), tr("%1 is not enabled: no door was opened").arg(name()) };
    if (power() != Power::Online)
        return Error { QStringLiteral("device.offline"), tr("%1 is not connected: no door was opened").arg(name()) };
    if (track(board, channel).unlocksPending > 0)
        return Error { QStringLiteral("locker.busy"),
            tr("Door %1 is being opened already").arg(doorLabel(board, channel)) };

    auto job = std::make_shared<UnlockJob>();
    job->result.requestId = ++m_nextId;
    job->result.board = board;
    job->result.channel = channel;
    if (const auto c = m_config.compartments.at(board, channel))
        job->result.compartment = c->id;
    job->result.reason = reason;
    ++track(board, channel).unlocksPending;
    if (m_unlocksActive++ == 0)
        setState(State::Busy);
    qCInfo(lcLocker).noquote() << name() << "unlock" << doorLabel(board, channel) << "request" << job->result.requestId
                               << "-" << reason;

    Transaction tx;
    tx.request = m_codec->unlock(board, channel);
    tx.board = board;
    tx.channel = channel;
    tx.done = [this, job](TxStatus status, const BoardReply &reply) { afterUnlockReply(job, status, reply); };
    enqueue(std::move(tx), true);
    return job->result.requestId;
}

Result<quint64> LockerBus::openCompartment(const QString &compartment, const QString &reason)
{
    const auto c = m_config.compartments.find(compartment);
    if (!c)
        return Error { QStringLiteral("locker.unknown-compartment"),
            tr("Compartment %1 is not configured on %2").arg(compartment, name()) };
    return openDoor(c->board, c->channel, reason);
}

QList<ports::LockerCompartment> LockerBus::compartments() const
{
    const QList<Compartment> &map = m_config.compartments.compartments();
    const QList<CompartmentMap::Position> layout = m_config.compartments.layout();
    QList<ports::LockerCompartment> out;
    out.reserve(map.size());
    for (qsizetype i = 0; i < map.size(); ++i) {
        const Compartment &c = map.at(i);
        ports::LockerCompartment p;
        p.id = c.id;
        p.board = c.board;
        p.channel = c.channel;
        switch (c.size) {
        case Compartment::Size::Small:
            p.size = ports::LockerCompartment::Size::Small;
            break;
        case Compartment::Size::Medium:
            p.size = ports::LockerCompartment::Size::Medium;
            break;
        case Compartment::Size::Large:
            p.size = ports::LockerCompartment::Size::Large;
            break;
        }
        p.row = layout.at(i).row;
        p.column = layout.at(i).column;
        out.append(p);
    }
    return out;
}

std::optional<bool> LockerBus::isCompartmentOpen(const QString &compartment) const
{
    const auto c = m_config.compartments.find(compartment);
    return c ? isDoorOpen(c->board, c->channel) : std::nullopt;
}

std::optional<bool> LockerBus::isItemPresent(const QString &compartment) const
{
    const auto c = m_config.compartments.find(compartment);
    return c ? isItemPresent(c->board, c->channel) : std::nullopt;
}

Result<quint64> LockerBus::queryBoard(int board)
{
    if (!m_config.board(board))
        return Error { QStringLiteral("locker.unknown-board"),
            tr("Board %1 is not configured on %2").arg(board).arg(name()) };
    if (power() != Power::Online)
        return Error { QStringLiteral("device.offline"), tr("%1 is not connected").arg(name()) };
    const quint64 id = ++m_nextId;
    readBoard(board, [this, id](const BoardState &state) {
        BoardState s = state;
        s.requestId = id;
        Q_EMIT boardStatusReady(s);
    });
    return id;
}

std::optional<bool> LockerBus::isDoorOpen(int board, int channel) const
{
    const auto it = m_doors.constFind(key(board, channel));
    return it == m_doors.cend() ? std::nullopt : it->open;
}

std::optional<bool> LockerBus::isItemPresent(int board, int channel) const
{
    const auto it = m_doors.constFind(key(board, channel));
    return it == m_doors.cend() ? std::nullopt : it->item;
}

QList<int> LockerBus::silentBoards() const
{
    QList<int> out(m_silentBoards.cbegin(), m_silentBoards.cend());
    std::sort(out.begin(), out.end());
    return out;
}

QString LockerBus::checkHealth() const
{
    QString text = Device::checkHealth();
    if (power() != Power::Online)
        return text;
    text += tr("; %1 boards (%2)").arg(m_config.boards.size()).arg(boardFamilyName(m_config.family));
    const QList<int> silent = silentBoards();
    if (!silent.isEmpty()) {
        QStringList names;
        for (int b : silent)
            names.append(QString::number(b));
        text += tr(", not answering: board %1").arg(names.join(QStringLiteral(", ")));
    }
    const DecoderStats &st = m_codec->stats();
    if (st.badChecksums > 0 || st.garbageBytes > 0)
        text += tr(", %1 bad frames, %2 noise bytes").arg(st.badChecksums).arg(st.garbageBytes);
    return text;
}

// ------------------------------------------------------------------ device hooks

void LockerBus::onConnected()
{
    m_codec->reset();
    m_lineIdle.restart();
    if (m_config.pollInterval > 0ms) {
        m_pollTimer.start(m_config.pollInterval);
        poll();
    }
}

void LockerBus::onDisconnected()
{
    abortAll();
}

void LockerBus::onReceived(const QByteArray &bytes)
{
    m_lineIdle.restart();
    const QList<BoardReply> replies = m_codec->feed(bytes);
    for (const BoardReply &r : replies) {
        if (m_inFlight && matches(*m_inFlight, r)) {
            finish(TxStatus::Replied, r);
        } else {
            // A late answer to a request that already timed out, or another board's chatter.
            ++m_strayReplies;
            qCDebug(lcLocker).noquote() << name() << "stray reply from board" << r.board;
        }
    }
}

// ------------------------------------------------------------------ request queue

void LockerBus::enqueue(Transaction tx, bool urgent)
{
    if (power() != Power::Online) {
        QTimer::singleShot(0, this, [done = std::move(tx.done)] { done(TxStatus::NotSent, {}); });
        return;
    }
    // Urgent work goes ahead of polling but keeps its own order.
    tx.urgent = urgent;
    auto at = m_queue.end();
    if (urgent)
        at = std::find_if(m_queue.begin(), m_queue.end(), [](const Transaction &t) { return !t.urgent; });
    m_queue.insert(at, std::move(tx));
    scheduleDispatch();
}

void LockerBus::scheduleDispatch()
{
    if (m_inFlight || m_queue.empty() || m_quietTimer.isActive())
        return;
    const qint64 remaining = qint64(m_config.quietTime.count()) - m_lineIdle.elapsed();
    m_quietTimer.start(int(std::max<qint64>(0, remaining)));
}

void LockerBus::dispatch()
{
    if (m_inFlight || m_queue.empty())
        return;
    const qint64 remaining = qint64(m_config.quietTime.count()) - m_lineIdle.elapsed();
    if (remaining > 0) { // someone talked on the line since we scheduled
        m_quietTimer.start(int(remaining));
        return;
    }
    m_inFlight = std::move(m_queue.front());
    m_queue.pop_front();
    m_codec->expect(m_inFlight->request.reply);
    qCDebug(lcLocker).noquote() << name() << "TX" << hexBytes(m_inFlight->request.frame);
    if (!transport()->write(m_inFlight->request.frame)) {
        auto tx = std::move(*m_inFlight);
        m_inFlight.reset();
        tx.done(TxStatus::NotSent, {});
        scheduleDispatch();
        return;
    }
    m_replyTimer.start(m_config.replyTimeout);
}

void LockerBus::finish(TxStatus status, const BoardReply &reply)
{
    if (!m_inFlight)
        return;
    m_replyTimer.stop();
    Transaction tx = std::move(*m_inFlight);
    m_inFlight.reset();
    m_lineIdle.restart();
    if (status == TxStatus::TimedOut) {
        ++m_timeouts;
        m_codec->reset(); // the rest of a half-received frame will never come
        qCDebug(lcLocker).noquote() << name() << "no reply to" << hexBytes(tx.request.frame);
    }
    tx.done(status, reply);
    scheduleDispatch();
}

void LockerBus::abortAll()
{
    m_replyTimer.stop();
    m_quietTimer.stop();
    m_pollTimer.stop();
    m_codec->reset();
    if (m_inFlight) {
        Transaction tx = std::move(*m_inFlight);
        m_inFlight.reset();
        tx.done(TxStatus::Aborted, {});
    }
    while (!m_queue.empty()) {
        Transaction tx = std::move(m_queue.front());
        m_queue.pop_front();
        tx.done(TxStatus::NotSent, {});
    }
}

bool LockerBus::matches(const Transaction &tx, const BoardReply &reply) const
{
    if (reply.board != tx.board || reply.kind != tx.request.reply)
        return false;
    return reply.kind != BoardReply::Kind::LockState || reply.channel == tx.channel;
}

// ------------------------------------------------------------------ reading boards

bool LockerBus::doorOpenIn(const BoardReply &reply, int board, int channel) const
{
    const BoardConfig *b = m_config.board(board);
    const bool inverted = b && b->doorPolarity == Polarity::Inverted;
    return reply.doorBit(channel) != inverted;
}

void LockerBus::observe(const BoardReply &reply)
{
    const BoardConfig *b = m_config.board(reply.board);
    if (!b)
        return;
    if (reply.hasDoorBits) {
        if (reply.kind == BoardReply::Kind::LockState) {
            observeDoor(reply.board, reply.channel, doorOpenIn(reply, reply.board, reply.channel));
        } else {
            for (int ch = 1; ch <= m_config.channels; ++ch)
                observeDoor(reply.board, ch, doorOpenIn(reply, reply.board, ch));
        }
    }
    if (reply.hasItemBits && b->itemSensors) {
        const bool inverted = b->itemPolarity == Polarity::Inverted;
        for (int ch = 1; ch <= m_config.channels; ++ch)
            observeItem(reply.board, ch, reply.itemBit(ch) != inverted);
    }
}

void LockerBus::observeDoor(int board, int channel, bool open)
{
    DoorTrack &t = track(board, channel);
    const std::optional<bool> was = t.open;
    t.open = open;
    const QString label = doorLabel(board, channel);
    if (open && was != true) {
        const bool authorised
            = t.unlocksPending > 0 || (t.unlockedAt.isValid() && t.unlockedAt.elapsed() < kUnlockGrace.count());
        t.openSince.start();
        t.openedByUnlock = authorised;
        t.leftOpenReported = false;
        Q_EMIT doorChanged(board, channel, true);
        if (const auto c = m_config.compartments.at(board, channel))
            Q_EMIT compartmentChanged(c->id, true);
        if (!authorised && was == false) {
            qCWarning(lcLocker).noquote() << name() << "door" << label << "opened without an unlock";
            Q_EMIT doorForcedOpen(board, channel);
            Q_EMIT statusMessage(tr("Door %1 was opened without an unlock: check the locker").arg(label));
        }
    } else if (!open && was != false) {
        t.openSince.invalidate();
        t.unlockedAt.invalidate(); // reopening a door the customer shut needs a new unlock
        t.openedByUnlock = false;
        t.leftOpenReported = false;
        Q_EMIT doorChanged(board, channel, false);
        if (const auto c = m_config.compartments.at(board, channel))
            Q_EMIT compartmentChanged(c->id, false);
    }
    if (open && !t.leftOpenReported && t.openSince.isValid()
        && t.openSince.elapsed() >= m_config.leftOpenAfter.count()) {
        t.leftOpenReported = true;
        const qint64 ms = t.openSince.elapsed();
        const qint64 seconds = (ms + 999) / 1000;
        qCWarning(lcLocker).noquote() << name() << "door" << label << "left open for" << ms << "ms";
        Q_EMIT doorLeftOpen(board, channel, ms);
        Q_EMIT statusMessage(tr("Door %1 has been open for %2 s: please close it").arg(label).arg(seconds));
    }
}

void LockerBus::observeItem(int board, int channel, bool present)
{
    DoorTrack &t = track(board, channel);
    if (t.item == present)
        return;
    t.item = present;
    Q_EMIT itemChanged(board, channel, present);
}

void LockerBus::noteBoardAnswered(int board, bool answered)
{
    if (answered) {
        if (m_silentBoards.remove(board))
            Q_EMIT statusMessage(tr("Locker board %1 on %2 answers again").arg(board).arg(name()));
        return;
    }
    m_silentBoards.insert(board);
    reportError({ DeviceError::Code::Timeout,
        tr("Locker board %1 on %2 does not answer: check its power, address and the RS-485 cable")
            .arg(board)
            .arg(name()) });
}

void LockerBus::readBoard(int board, std::function<void(const BoardState &)> done)
{
    const BoardConfig *cfg = m_config.board(board);
    Q_ASSERT(cfg);
    const bool separateItems = cfg->itemSensors && m_codec->queryItems(board).has_value();
    auto state = std::make_shared<BoardState>();
    state->board = board;

    auto fail = [this, state, done](TxStatus status, const QString &what) {
        if (status == TxStatus::TimedOut) {
            state->error = { DeviceError::Code::Timeout, what };
            noteBoardAnswered(state->board, false);
        } else {
            state->error = { DeviceError::Code::NotConnected, tr("%1 is not connected").arg(name()) };
        }
        state->doorOpen.clear();
        state->itemPresent.clear();
        done(*state);
    };

    Transaction tx;
    tx.request = m_codec->queryBoard(board);
    tx.board = board;
    tx.done = [this, state, done, fail, separateItems, cfg](TxStatus status, const BoardReply &reply) {
        if (status != TxStatus::Replied) {
            fail(status,
                tr("Locker board %1 did not answer within %2 ms").arg(state->board).arg(m_config.replyTimeout.count()));
            return;
        }
        noteBoardAnswered(state->board, true);
        observe(reply);
        for (int ch = 1; ch <= m_config.channels; ++ch)
            state->doorOpen.append(doorOpenIn(reply, state->board, ch));
        if (cfg->itemSensors && reply.hasItemBits) {
            for (int ch = 1; ch <= m_config.channels; ++ch)
                state->itemPresent.append(reply.itemBit(ch) != (cfg->itemPolarity == Polarity::Inverted));
        }
        if (!separateItems) {
            done(*state);
            return;
        }
        Transaction items;
        items.request = *m_codec->queryItems(state->board);
        items.board = state->board;
        items.done = [this, state, done, fail, cfg](TxStatus st, const BoardReply &r) {
            if (st != TxStatus::Replied) {
                fail(st,
                    tr("Locker board %1 answers, but not to the item-sensor query: set item_sensors = no if it has "
                       "none")
                        .arg(state->board));
                return;
            }
            observe(r);
            for (int ch = 1; ch <= m_config.channels; ++ch)
                state->itemPresent.append(r.itemBit(ch) != (cfg->itemPolarity == Polarity::Inverted));
            done(*state);
        };
        enqueue(std::move(items), true);
    };
    enqueue(std::move(tx), false);
}

void LockerBus::poll()
{
    if (!isEnabled() || power() != Power::Online || m_pollsOutstanding > 0)
        return; // a slow or silent board delays the next round instead of piling requests up
    for (const BoardConfig &b : std::as_const(m_config.boards)) {
        ++m_pollsOutstanding;
        readBoard(b.address, [this](const BoardState &) { --m_pollsOutstanding; });
    }
}

// ------------------------------------------------------------------ unlocking

void LockerBus::afterUnlockReply(const Job &job, TxStatus status, const BoardReply &reply)
{
    const QString label = doorLabel(job->result.board, job->result.channel);
    switch (status) {
    case TxStatus::NotSent:
        finishUnlock(
            job, UnlockResult::Outcome::NotSent, tr("Door %1 was not opened: the locker is not connected").arg(label));
        return;
    case TxStatus::Aborted:
        finishUnlock(job, UnlockResult::Outcome::Unknown,
            tr("Unknown whether door %1 opened: the locker connection was lost. Check the locker.").arg(label));
        return;
    case TxStatus::TimedOut:
        checkAfterSilence(job);
        return;
    case TxStatus::Replied:
        break;
    }
    noteBoardAnswered(job->result.board, true);
    observe(reply);
    if (doorOpenIn(reply, job->result.board, job->result.channel)) {
        finishUnlock(job, UnlockResult::Outcome::Opened, tr("Door %1 opened").arg(label));
        return;
    }
    // The board answers when it fires the solenoid; the door springs open a moment later.
    job->verifying.start();
    QTimer::singleShot(kVerifyInterval, this, [this, job] { verifyDoor(job); });
}

void LockerBus::verifyDoor(const Job &job)
{
    Transaction tx;
    tx.request = m_codec->queryLock(job->result.board, job->result.channel);
    tx.board = job->result.board;
    tx.channel = job->result.channel;
    tx.done = [this, job](TxStatus status, const BoardReply &reply) {
        const QString label = doorLabel(job->result.board, job->result.channel);
        if (status != TxStatus::Replied) {
            if (status == TxStatus::TimedOut)
                noteBoardAnswered(job->result.board, false);
            finishUnlock(job, UnlockResult::Outcome::Unknown,
                job->unanswered ? tr("Unknown whether door %1 opened: locker board %2 does not answer. Check the locker.")
                                      .arg(label)
                                      .arg(job->result.board)
                                : tr("Unknown whether door %1 opened: the locker stopped answering. Check the locker.").arg(label));
            return;
        }
        noteBoardAnswered(job->result.board, true);
        observe(reply);
        if (doorOpenIn(reply, job->result.board, job->result.channel)) {
            finishUnlock(job, UnlockResult::Outcome::Opened, tr("Door %1 opened").arg(label));
        } else if (job->verifying.elapsed() >= m_config.verifyWindow.count()) {
            finishUnlock(job, UnlockResult::Outcome::DidNotOpen,
                job->unanswered
                    ? tr("Door %1 did not open: the board did not confirm the unlock and the door stays shut. Check the locker.").arg(label)
                    : tr("Door %1 did not open: it may be jammed or blocked. Check the locker.").arg(label));
        } else {
            QTimer::singleShot(kVerifyInterval, this, [this, job] { verifyDoor(job); });
        }
    };
    enqueue(std::move(tx), true);
}

void LockerBus::checkAfterSilence(const Job &job)
{
    // No answer to the unlock. Some firmware never answers it (docs/devices.md), and sending it
    // again could open a door twice: read the door instead, for as long as a door may take to
    // spring open. The door's state decides, not the missing reply.
    job->unanswered = true;
    job->verifying.start();
    verifyDoor(job);
}

void LockerBus::finishUnlock(const Job &job, UnlockResult::Outcome outcome, const QString &message)
{
    UnlockResult &r = job->result;
    r.outcome = outcome;
    r.message = message;
    DoorTrack &t = track(r.board, r.channel);
    t.unlocksPending = std::max(0, t.unlocksPending - 1);
    t.unlockedAt.start();
    countJob(outcome == UnlockResult::Outcome::Opened);
    if (outcome == UnlockResult::Outcome::Opened) {
        qCInfo(lcLocker).noquote() << name() << "request" << r.requestId << message;
    } else {
        qCWarning(lcLocker).noquote() << name() << "request" << r.requestId << message;
        if (outcome == UnlockResult::Outcome::DidNotOpen)
            reportError({ DeviceError::Code::Mechanical, message });
        Q_EMIT statusMessage(message);
    }
    if (--m_unlocksActive == 0 && state() == State::Busy)
        setState(State::Idle);
    Q_EMIT unlockFinished(r);
}

} // namespace ok::locker
