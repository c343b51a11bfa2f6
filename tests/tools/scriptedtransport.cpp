// SPDX-License-Identifier: GPL-3.0-or-later
#include "scriptedtransport.h"

#include <QMetaObject>

#include <algorithm>
#include <map>

namespace ok::test {

ScriptedTransport::ScriptedTransport(QString name, QObject *parent)
    : Transport(parent)
    , m_name(std::move(name))
{
    m_clock.start();
    m_dueTimer.setSingleShot(true);
    // Replies come when they are due, not up to 5 % early.
    m_dueTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_dueTimer, &QTimer::timeout, this, &ScriptedTransport::deliverDue);
    m_openTimer.setSingleShot(true);
    m_openTimer.setInterval(0);
    connect(&m_openTimer, &QTimer::timeout, this, &ScriptedTransport::settleOpen);
}

ScriptedTransport::~ScriptedTransport() = default;

void ScriptedTransport::open()
{
    ++m_opens;
    if (state() != State::Closed)
        return;
    setState(State::Connecting);
    m_openTimer.start(); // the outcome on the next turn of the event loop, like a socket's
}

void ScriptedTransport::settleOpen()
{
    if (state() != State::Connecting)
        return;
    switch (m_openOutcome) {
    case OpenOutcome::Connect:
        setState(State::Connected);
        Q_EMIT connected();
        return;
    case OpenOutcome::Fail:
        setState(State::Closed);
        Q_EMIT failed(m_failReason);
        return;
    case OpenOutcome::Hang:
        return;
    }
}

void ScriptedTransport::close()
{
    ++m_generation;
    m_openTimer.stop();
    m_dueTimer.stop();
    m_due.clear();
    m_pending.clear();
    setState(State::Closed);
}

void ScriptedTransport::setOpenOutcome(OpenOutcome outcome, const QString &reason)
{
    m_openOutcome = outcome;
    m_failReason = reason;
}

void ScriptedTransport::dropConnection(const QString &reason)
{
    if (state() != State::Connected)
        return;
    close();
    Q_EMIT disconnected(reason);
}

bool ScriptedTransport::write(const QByteArray &bytes)
{
    if (state() != State::Connected || m_refuseWrites)
        return false;
    if (m_stall == Stall::Pending) {
        m_pending.append(bytes);
        return true;
    }
    take(bytes);
    return true;
}

qint64 ScriptedTransport::pendingBytes() const
{
    qint64 n = 0;
    for (const QByteArray &b : m_pending)
        n += b.size();
    return n;
}

QString ScriptedTransport::describe() const
{
    return QStringLiteral("scripted ") + m_name;
}

void ScriptedTransport::take(const QByteArray &bytes)
{
    m_written += bytes;
    m_writes.append(bytes);
    // As a real transport: progress is reported from the event loop, not from inside write().
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, generation, n = qint64(bytes.size())] {
            if (generation == m_generation)
                Q_EMIT bytesWritten(n);
        },
        Qt::QueuedConnection);
    if (m_stall != Stall::Swallow)
        answer(bytes);
    Q_EMIT wrote(bytes);
}

void ScriptedTransport::answer(const QByteArray &bytes)
{
    // Every occurrence of every rule's request, answered in the order the requests sit in the
    // write; at one position, the first rule added that still has uses left.
    std::map<qsizetype, int> byPosition; // position -> index into m_rules
    for (int r = 0; r < m_rules.size(); ++r) {
        const Rule &rule = m_rules.at(r);
        for (qsizetype at = bytes.indexOf(rule.request); at >= 0;
             at = bytes.indexOf(rule.request, at + rule.request.size()))
            byPosition.try_emplace(at, r);
    }
    for (const auto &[position, first] : byPosition) {
        const QByteArray &request = m_rules.at(first).request;
        for (int r = first; r < m_rules.size(); ++r) {
            Rule &rule = m_rules[r];
            if (rule.request != request || rule.uses == 0)
                continue;
            if (rule.uses > 0)
                --rule.uses;
            if (!rule.reply.isEmpty())
                schedule(rule.delay, rule.reply);
            break;
        }
    }
}

void ScriptedTransport::schedule(std::chrono::milliseconds delay, const QByteArray &bytes)
{
    const qint64 at = m_clock.elapsed() + delay.count();
    // After everything due at the same time or earlier: equal delays keep their order.
    const auto pos
        = std::upper_bound(m_due.begin(), m_due.end(), at, [](qint64 t, const Due &d) { return t < d.atMs; });
    m_due.insert(pos, Due { at, bytes });
    m_dueTimer.start(int(std::max<qint64>(0, m_due.front().atMs - m_clock.elapsed())));
}

void ScriptedTransport::deliverDue()
{
    const quint64 generation = m_generation;
    while (!m_due.empty() && m_due.front().atMs <= m_clock.elapsed()) {
        const QByteArray bytes = std::move(m_due.front().bytes);
        m_due.pop_front();
        if (state() == State::Connected)
            Q_EMIT received(bytes);
        if (generation != m_generation)
            return; // the driver closed the link in its slot
    }
    if (!m_due.empty())
        m_dueTimer.start(int(std::max<qint64>(0, m_due.front().atMs - m_clock.elapsed())));
}

void ScriptedTransport::feed(const QByteArray &bytes)
{
    if (state() == State::Connected && !bytes.isEmpty())
        Q_EMIT received(bytes);
}

QByteArray ScriptedTransport::takeWritten()
{
    m_writes.clear();
    return std::exchange(m_written, {});
}

int ScriptedTransport::addReply(
    const QByteArray &request, const QByteArray &reply, std::chrono::milliseconds delay, int uses)
{
    Q_ASSERT(!request.isEmpty());
    m_rules.append(Rule { ++m_nextRule, request, reply, delay, uses });
    return m_nextRule;
}

void ScriptedTransport::removeReply(int id)
{
    m_rules.removeIf([id](const Rule &r) { return r.id == id; });
}

void ScriptedTransport::clearReplies()
{
    m_rules.clear();
}

void ScriptedTransport::releaseStall()
{
    m_stall = Stall::None;
    const QList<QByteArray> pending = std::exchange(m_pending, {});
    for (const QByteArray &bytes : pending)
        take(bytes);
}

} // namespace ok::test
