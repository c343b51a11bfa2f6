// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timetext.h"

#include <QDateTime>
#include <QLocale>

namespace ok {

QString TimeText::when(qint64 epochMs)
{
    if (epochMs <= 0)
        return {};
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(epochMs);
    return at.date() == QDate::currentDate() ? QLocale().toString(at.time(), QLocale::ShortFormat)
                                             : QLocale().toString(at, QLocale::ShortFormat);
}

QString TimeText::age(qint64 ms)
{
    constexpr qint64 kMinute = 60'000;
    constexpr qint64 kHour = 60 * kMinute;
    constexpr qint64 kDay = 24 * kHour;
    if (ms < kMinute)
        return tr("less than a minute");
    if (ms < kHour)
        return tr("%n min", nullptr, int(ms / kMinute));
    if (ms < 2 * kDay)
        return tr("%n h", nullptr, int(ms / kHour));
    return tr("%n days", nullptr, int(std::min<qint64>(ms / kDay, 1'000'000)));
}

QString TimeText::whenAgo(qint64 epochMs, qint64 nowMs, const QString &never)
{
    if (epochMs <= 0)
        return never;
    return tr("%1 (%2 ago)").arg(when(epochMs), age(std::max<qint64>(0, nowMs - epochMs)));
}

} // namespace ok
