// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace ok::locker {

/// One pickup compartment: the id printed on its door, its size, and the lock behind it.
struct Compartment {
    enum class Size { Small, Medium, Large };
    QString id; ///< "A07": upper case, as printed on the door
    int board = 0; ///< board address (DIP switches)
    int channel = 0; ///< 1-based lock number on that board
    Size size = Size::Small;

    friend bool operator==(const Compartment &, const Compartment &) = default;
};

/// Logical compartments → (board, channel), from the configuration text.
///
/// Syntax: entries separated by commas (or new lines), each either
///   ID:BOARD:CHANNEL:SIZE          A07:0:7:M
///   FIRST-LAST:BOARD:CHANNEL:SIZE  A01-A08:0:1:S   (A01 on channel 1 ... A08 on channel 8)
///   FIRST-LAST:BOARD:C1-C2:SIZE    B01-B04:1:5-8:L (the channel count must match the id count)
/// SIZE is S, M or L. An id is letters then digits ("A07", "12", "LOBBY3"), at most 16
/// characters; the ends of a range share the letters and the number of digits. Ids are
/// case-insensitive and stored upper case. A duplicate id, or two compartments on the same lock,
/// reject the whole text: the error names the entry ("locker.bad-compartment").
/// Board and channel ranges are checked against the bus by LockerBusConfig.
class CompartmentMap
{
public:
    /// Where a compartment sits in the bank: row 0 is the top row, column 0 the leftmost.
    struct Position {
        int row = 0;
        int column = 0;
        friend bool operator==(const Position &, const Position &) = default;
    };

    static Result<CompartmentMap> parse(QStringView text);

    const QList<Compartment> &compartments() const { return m_compartments; }
    bool isEmpty() const { return m_compartments.isEmpty(); }
    qsizetype size() const { return m_compartments.size(); }
    /// By id, case-insensitive.
    std::optional<Compartment> find(QStringView id) const;
    std::optional<Compartment> at(int board, int channel) const;
    QList<Compartment> withSize(Compartment::Size size) const;
    /// The position of every compartment, index for index with compartments(), for pictures of
    /// the bank and for loading at a reachable height. The configuration names no rows or columns,
    /// so they are derived from the ids, the way banks are labelled: one column per letter prefix
    /// ("A", "B" ...), in the order the map first names them; within a column, one row per
    /// compartment by its number, the lowest at the top ("A01" above "A02"). Ids without letters
    /// ("12") form one column of their own. Board and channel play no part: wiring is not layout.
    QList<Position> layout() const;

    static std::optional<Compartment::Size> sizeFromString(QStringView text);
    static QString sizeName(Compartment::Size size);

private:
    QList<Compartment> m_compartments;
};

} // namespace ok::locker
