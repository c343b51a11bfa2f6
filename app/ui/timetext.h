// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace ok {

/// How the staff screens write times and ages: "14:02" today, a short date and time otherwise;
/// "3 min", "2 h", "4 days". Terminal clock, informational only.
class TimeText
{
    Q_DECLARE_TR_FUNCTIONS(TimeText)
public:
    /// A moment (ms since the epoch); empty for 0.
    static QString when(qint64 epochMs);
    /// A duration in ms: "less than a minute", "%n min", "%n h", "%n days".
    static QString age(qint64 ms);
    /// "14:02 (3 min ago)"; `never` for 0.
    static QString whenAgo(qint64 epochMs, qint64 nowMs, const QString &never);
};

} // namespace ok
