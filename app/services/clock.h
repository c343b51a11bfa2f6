// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

namespace ok {

/// The clocks the services read, injectable for tests.
///
/// - wall: the terminal's time of day (ms since the epoch). Written on records for people;
///   never decides anything that a wrong clock could abuse.
/// - monotonic: elapsed ms that setting the clock cannot move (CLOCK_MONOTONIC). Decides waits:
///   PIN lockouts, the idle lock. Comparable across processes of one boot only, so it comes with
/// - bootId: the kernel's id of this boot.
struct Clock {
    std::function<qint64()> wall;
    std::function<qint64()> monotonic;
    QString bootId;

    qint64 wallMs() const { return wall(); }
    qint64 monotonicMs() const { return monotonic(); }

    /// The system's clocks and this boot's id (/proc/sys/kernel/random/boot_id).
    static Clock system();
};

} // namespace ok
