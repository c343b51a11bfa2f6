// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "drivers/sim/locker/lockerboardmodel.h"
#include "drivers/sim/locker/simprotocol.h"

#include <QByteArray>
#include <QMap>
#include <QObject>
#include <QRandomGenerator>
#include <QStringList>

#include <memory>

namespace ok::sim {

/// A bus of simulated lock boards: bytes from the line in (receive()), the boards' answers out
/// (transmit()), and a line-based control interface (execute()) for tests and the demo.
/// No I/O of its own: main.cpp ties it to a pseudo-terminal and stdin/stdout, tests may drive it
/// in-process.
///
/// Control commands (board = address, channel = 1-based lock number):
///   close B C | close all      shut a door (a person pushes it closed)
///   force B C                  open a door without any unlock (break-in, bad latch)
///   item B C on|off            item sensor
///   jam B C [off]              unlocks of that lock are answered but the door stays shut
///   silent B [off]             the board stops answering (and acting)
///   lose B [N]                 the board acts on its next N requests but the answers are lost
///   garbage [N]                N random bytes on the line now (default 32)
///   noise on|off               random bytes before every answer, answers split in two writes
///   status                     one BOARD line per board
///   frames                     counts of requests received
/// Answers: "OK ...", "ERR ...", data lines. Events: "RX <hex> <op> <board> <channel>" for every
/// request frame, "EVENT door|item B C open|closed|on|off".
class LockerSimulator : public QObject
{
    Q_OBJECT
public:
    struct Options {
        QString protocol = QStringLiteral("kerong");
        LockerBoardModel::Options boards;
        int replyDelayMs = 5;
        bool unlockReplies = true; ///< false: firmware that fires the lock but never answers the unlock
        quint32 seed = 1;
    };

    /// nullptr-free: an unknown protocol leaves isValid() false.
    explicit LockerSimulator(Options options, QObject *parent = nullptr);
    ~LockerSimulator() override;

    bool isValid() const { return m_protocol != nullptr; }
    LockerBoardModel &model() { return m_model; }

    void receive(QByteArrayView bytes);
    QStringList execute(const QString &line);

    /// Requests received by operation name ("unlock", "status" ...).
    int count(SimRequest::Op op) const { return m_counts.value(op); }

Q_SIGNALS:
    void transmit(const QByteArray &bytes);
    void output(const QString &line);

private:
    void handle(const SimRequest &request);
    void answer(int board, const SimRequest &request);
    QByteArray randomBytes(int n);
    QString statusLine(const SimBoard &b) const;

    Options m_options;
    LockerBoardModel m_model;
    std::unique_ptr<SimProtocol> m_protocol;
    QMap<SimRequest::Op, int> m_counts;
    QRandomGenerator m_random;
    bool m_noise = false;
};

} // namespace ok::sim
