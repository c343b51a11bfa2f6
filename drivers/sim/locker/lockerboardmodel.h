// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QSet>

namespace ok::sim {

/// One simulated lock board: what is physically true, before any wiring polarity.
struct SimBoard {
    int address = 0;
    quint32 doorsOpen = 0; ///< bit (channel - 1)
    quint32 itemsPresent = 0;
    quint32 jammed = 0; ///< unlock pulses on these channels do nothing
    bool silent = false; ///< powered off / cable cut: ignores everything
    int repliesToLose = 0; ///< executes requests but its next N answers are lost on the line
    bool invertDoors = false; ///< door switches wired so that a set bit means "closed"
    bool invertItems = false;
    quint32 generation[32] = {}; ///< per channel, invalidates pending open / auto-close timers
};

/// The doors, locks and sensors of several boards; no wire protocol here (see SimProtocol).
///
/// A fired lock opens its door after `openDelayMs` (a spring needs a moment), unless the channel
/// is jammed; an open door closes by itself after `autoCloseMs` (0: only by command).
class LockerBoardModel : public QObject
{
    Q_OBJECT
public:
    struct Options {
        int boards = 2;
        int firstBoard = 0;
        int channels = 16;
        QSet<int> invertDoors; ///< board addresses
        QSet<int> invertItems;
        int openDelayMs = 120;
        int autoCloseMs = 0;
    };

    explicit LockerBoardModel(Options options, QObject *parent = nullptr);

    int channels() const { return m_options.channels; }
    bool isValidChannel(int channel) const { return channel >= 1 && channel <= m_options.channels; }
    const QList<SimBoard> &boards() const { return m_boards; }
    SimBoard *board(int address);
    const SimBoard *board(int address) const;

    /// The wire side: fire one lock (or all of a board's).
    void fire(int board, int channel);
    void fireAll(int board);
    /// Sensor bits as the board's wiring presents them.
    quint32 rawDoorBits(int board) const;
    quint32 rawItemBits(int board) const;

    /// The physical side (control commands).
    void setDoor(int board, int channel, bool open);
    void closeAll();
    void setItem(int board, int channel, bool present);

Q_SIGNALS:
    void doorChanged(int board, int channel, bool open);
    void itemChanged(int board, int channel, bool present);

private:
    quint32 mask() const;
    Options m_options;
    QList<SimBoard> m_boards;
};

} // namespace ok::sim
