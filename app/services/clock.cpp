// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/clock.h"

#include <QDateTime>
#include <QFile>

#include <chrono>

namespace ok {

Clock Clock::system()
{
    static const QString bootId = [] {
        QFile f(QStringLiteral("/proc/sys/kernel/random/boot_id"));
        return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll().trimmed()) : QString();
    }();
    // steady_clock is CLOCK_MONOTONIC on Linux: one origin for every process of a boot.
    const auto monotonic = [] {
        return qint64(std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch()).count());
    };
    return Clock{[] { return QDateTime::currentMSecsSinceEpoch(); }, monotonic, bootId};
}

} // namespace ok
