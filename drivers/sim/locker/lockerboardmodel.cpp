// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivers/sim/locker/lockerboardmodel.h"

#include <QTimer>

namespace ok::sim {

LockerBoardModel::LockerBoardModel(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    for (int i = 0; i < m_options.boards; ++i) {
        SimBoard b;
        b.address = m_options.firstBoard + i;
        b.invertDoors = m_options.invertDoors.contains(b.address);
        b.invertItems = m_options.invertItems.contains(b.address);
        m_boards.append(b);
    }
}

SimBoard *LockerBoardModel::board(int address)
{
    for (SimBoard &b : m_boards)
        if (b.address == address)
            return &b;
    return nullptr;
}

const SimBoard *LockerBoardModel::board(int address) const
{
    for (const SimBoard &b : m_boards)
        if (b.address == address)
            return &b;
    return nullptr;
}

quint32 LockerBoardModel::mask() const
{
    return m_options.channels >= 32 ? 0xFFFFFFFFu : (1u << m_options.channels) - 1u;
}

void LockerBoardModel::fire(int address, int channel)
{
    SimBoard *b = board(address);
    if (!b || !isValidChannel(channel))
        return;
    const quint32 bit = 1u << (channel - 1);
    if (b->jammed & bit)
        return; // the solenoid clicks, the door does not move
    const quint32 gen = ++b->generation[channel - 1];
    QTimer::singleShot(m_options.openDelayMs, this, [this, address, channel, gen] {
        SimBoard *bb = board(address);
        if (bb && bb->generation[channel - 1] == gen)
            setDoor(address, channel, true);
    });
}

void LockerBoardModel::fireAll(int address)
{
    for (int ch = 1; ch <= m_options.channels; ++ch)
        fire(address, ch);
}

quint32 LockerBoardModel::rawDoorBits(int address) const
{
    const SimBoard *b = board(address);
    if (!b)
        return 0;
    return (b->invertDoors ? ~b->doorsOpen : b->doorsOpen) & mask();
}

quint32 LockerBoardModel::rawItemBits(int address) const
{
    const SimBoard *b = board(address);
    if (!b)
        return 0;
    return (b->invertItems ? ~b->itemsPresent : b->itemsPresent) & mask();
}

void LockerBoardModel::setDoor(int address, int channel, bool open)
{
    SimBoard *b = board(address);
    if (!b || !isValidChannel(channel))
        return;
    const quint32 bit = 1u << (channel - 1);
    const quint32 gen = ++b->generation[channel - 1];
    if (bool(b->doorsOpen & bit) == open)
        return;
    b->doorsOpen = open ? (b->doorsOpen | bit) : (b->doorsOpen & ~bit);
    Q_EMIT doorChanged(address, channel, open);
    if (open && m_options.autoCloseMs > 0) {
        QTimer::singleShot(m_options.autoCloseMs, this, [this, address, channel, gen] {
            SimBoard *bb = board(address);
            if (bb && bb->generation[channel - 1] == gen)
                setDoor(address, channel, false);
        });
    }
}

void LockerBoardModel::closeAll()
{
    for (const SimBoard &b : std::as_const(m_boards))
        for (int ch = 1; ch <= m_options.channels; ++ch)
            setDoor(b.address, ch, false);
}

void LockerBoardModel::setItem(int address, int channel, bool present)
{
    SimBoard *b = board(address);
    if (!b || !isValidChannel(channel))
        return;
    const quint32 bit = 1u << (channel - 1);
    if (bool(b->itemsPresent & bit) == present)
        return;
    b->itemsPresent = present ? (b->itemsPresent | bit) : (b->itemsPresent & ~bit);
    Q_EMIT itemChanged(address, channel, present);
}

} // namespace ok::sim
