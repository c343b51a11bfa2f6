// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "drivers/locker/compartmentmap.h"
#include "drivers/locker/framecodec.h"

#include <QList>
#include <QMap>
#include <QString>

#include <chrono>
#include <optional>

namespace ok::locker {

/// How a board wired its sensors. Normal: a set bit means "door open" / "item present".
enum class Polarity { Normal, Inverted };

/// One board on the bus.
struct BoardConfig {
    int address = 0; ///< as set on the DIP switches
    Polarity doorPolarity = Polarity::Normal;
    Polarity itemPolarity = Polarity::Normal;
    bool itemSensors = true; ///< infrared item sensors fitted and read
};

/// Everything a LockerBus needs, from the options of its [device.NAME] section:
///
///   protocol         kerong | xor                   (required)
///   boards           0,1,2                          board addresses on this bus (required)
///   channels         16                             locks per board (kerong: at most 16, default 16;
///                                                   xor: at most 32, default 24, decides reply length)
///   door_polarity    normal | inverted              all boards; door_polarity.<board> for one board
///   item_polarity    normal | inverted              likewise item_polarity.<board>
///   item_sensors     yes | no                       default: kerong yes, xor no; item_sensors.<board>
///   reply_timeout_ms 1500                           give up on a reply (100-10000)
///   quiet_ms         25                             bus quiet time between frames (0-1000)
///   poll_ms          1000                           door/item polling period, 0 = no polling
///   verify_ms        1500                           how long an unlocked door may take to spring open
///   left_open_s      120                            report a door open longer than this
///   compartments     A01-A08:0:1:S, B01:1:1:L       see CompartmentMap
///
/// Transport options (baud, parity ...) live in the same section and are ignored here.
struct LockerBusConfig {
    BoardFamily family = BoardFamily::Kerong;
    int channels = 16;
    QList<BoardConfig> boards;
    CompartmentMap compartments;
    std::chrono::milliseconds replyTimeout { 1500 };
    std::chrono::milliseconds quietTime { 25 };
    std::chrono::milliseconds pollInterval { 1000 };
    std::chrono::milliseconds verifyWindow { 1500 };
    std::chrono::milliseconds leftOpenAfter { 120000 };

    /// Parse and validate(); errors name the key and value ("locker.bad-option").
    static Result<LockerBusConfig> fromOptions(const QMap<QString, QString> &options);
    /// Board addresses valid for the family, no duplicates, channels in range, every compartment
    /// on a configured board and an existing channel.
    std::optional<Error> validate() const;
    const BoardConfig *board(int address) const;
};

} // namespace ok::locker
