// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "drivers/device/transport.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QTimer>

#include <chrono>
#include <deque>

namespace ok::test {

/// An in-process dev::Transport for driver unit tests: the test plays the device. No child
/// process, no pty, no socket: what the driver writes is kept for the test to read, what the test
/// feeds arrives as received(), and the test decides when the link comes up, fails, drops or
/// stalls. The PTY/TCP simulators stay the wire-level proof; this is the seam for the logic.
///
/// The transport contract holds as the driver expects it from a real one:
/// - open() ends in connected() or failed(reason) on a later turn of the event loop (or never,
///   with OpenOutcome::Hang), never inside open() itself;
/// - dropConnection() emits disconnected(reason) once; close() emits nothing;
/// - write() is refused (false) unless connected; bytesWritten() follows taken bytes, queued.
///
/// Scripted replies: addReply(request, reply, delay) answers every write that contains `request`
/// with `reply` after `delay` (0: on the next turn of the event loop), never from inside write(),
/// since a real device cannot answer before the driver's write() returned. One write that
/// contains several requests gets its replies in the order of the requests in it. Rules are
/// tried in the order they were added; a rule with a use count runs out after that many answers,
/// and the next rule for the same request takes over. An empty reply is a rule that answers
/// nothing (a device that stays silent to that request).
///
/// Stalls: Stall::Pending accepts writes but keeps them unsent (pendingBytes() grows, nothing is
/// written, no reply) until releaseStall() sends them in order; Stall::Swallow takes writes (they
/// appear in written()) but answers none of them.
///
/// Threading: the GUI thread of the test, like the driver.
class ScriptedTransport : public dev::Transport
{
    Q_OBJECT
public:
    enum class OpenOutcome {
        Connect, ///< connected() (the default)
        Fail, ///< failed(reason): the device is unplugged or the port is wrong
        Hang, ///< neither: stays Connecting until close()
    };
    enum class Stall {
        None, ///< writes go out at once and get their scripted replies
        Pending, ///< writes are accepted but stay queued: pendingBytes() > 0, no reply
        Swallow, ///< writes go out, but the device answers none of them
    };

    explicit ScriptedTransport(QString name = QStringLiteral("scripted"), QObject *parent = nullptr);
    ~ScriptedTransport() override;

    // dev::Transport: the driver's side
    void open() override;
    void close() override;
    bool write(const QByteArray &bytes) override;
    qint64 pendingBytes() const override;
    /// "scripted NAME".
    QString describe() const override;

    // Connecting
    /// How every later open() ends, until changed. `reason` goes with Fail.
    void setOpenOutcome(OpenOutcome outcome, const QString &reason = QStringLiteral("scripted: no device"));
    /// open() calls so far (a device reconnecting after a drop calls it again).
    int openCount() const { return m_opens; }
    /// The link goes away (cable pulled, peer closed): disconnected(reason) now, if connected.
    /// Unsent (pending) writes and scheduled replies are lost.
    void dropConnection(const QString &reason = QStringLiteral("scripted: connection dropped"));

    // Bytes from the device
    /// `bytes` arrive now, as received(): call it from the test, not from a driver's signal
    /// (a real transport never delivers inside the driver's own call). Ignored unless connected.
    void feed(const QByteArray &bytes);

    // Bytes to the device
    /// Everything the driver wrote (and the transport took) since the last takeWritten().
    QByteArray written() const { return m_written; }
    /// The same, one entry per write() call.
    QList<QByteArray> writes() const { return m_writes; }
    QByteArray takeWritten();
    /// How often `bytes` occur in written().
    qsizetype writtenCount(const QByteArray &bytes) const { return m_written.count(bytes); }
    /// Refuse every write() (false, nothing taken): a link that is up but cannot send.
    void setWritesRefused(bool refused) { m_refuseWrites = refused; }

    // Scripted replies
    /// Answer writes containing `request` with `reply` after `delay`, `uses` times (-1: always).
    /// Returns the rule's id for removeReply().
    int addReply(const QByteArray &request, const QByteArray &reply,
        std::chrono::milliseconds delay = std::chrono::milliseconds(0), int uses = -1);
    void removeReply(int id);
    void clearReplies();
    /// Replies scheduled but not delivered yet.
    qsizetype repliesDue() const { return qsizetype(m_due.size()); }

    // Stalls
    void setStall(Stall stall) { m_stall = stall; }
    Stall stall() const { return m_stall; }
    /// Back to Stall::None; writes held by Stall::Pending go out now, in order, with their replies.
    void releaseStall();

Q_SIGNALS:
    /// The transport took `bytes` from the driver (they are in written() now).
    void wrote(const QByteArray &bytes);

private:
    struct Rule {
        int id;
        QByteArray request;
        QByteArray reply;
        std::chrono::milliseconds delay;
        int uses;
    };
    struct Due {
        qint64 atMs;
        QByteArray bytes;
    };
    void take(const QByteArray &bytes);
    void answer(const QByteArray &bytes);
    void schedule(std::chrono::milliseconds delay, const QByteArray &bytes);
    void deliverDue();
    void settleOpen();

    QString m_name;
    OpenOutcome m_openOutcome = OpenOutcome::Connect;
    QString m_failReason;
    int m_opens = 0;
    Stall m_stall = Stall::None;
    bool m_refuseWrites = false;
    QByteArray m_written;
    QList<QByteArray> m_writes;
    QList<QByteArray> m_pending;
    QList<Rule> m_rules;
    int m_nextRule = 0;
    std::deque<Due> m_due; ///< by time, then by order of scheduling
    QElapsedTimer m_clock;
    QTimer m_dueTimer;
    QTimer m_openTimer;
    quint64 m_generation = 0; ///< bumped by close() and drops: stale queued work is dropped
};

} // namespace ok::test
