// SPDX-License-Identifier: GPL-3.0-or-later
#include "systemdnotify.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

#include <algorithm>
#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcSystemd, "omnikiosk.app.systemd", QtInfoMsg)

namespace ok::systemd {

bool notify(const QByteArray &state)
{
    const QByteArray path = qgetenv("NOTIFY_SOCKET");
    if (path.isEmpty())
        return false;
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    if (path.size() >= qsizetype(sizeof(addr.sun_path)) || (path[0] != '/' && path[0] != '@')) {
        qCWarning(lcSystemd) << "NOTIFY_SOCKET is not a socket path; notifications are off";
        return false;
    }
    std::memcpy(addr.sun_path, path.constData(), size_t(path.size()));
    if (path[0] == '@')
        addr.sun_path[0] = '\0'; // Linux abstract namespace
    const socklen_t len = socklen_t(offsetof(sockaddr_un, sun_path) + size_t(path.size()));
    const int fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    const ssize_t sent = ::sendto(fd, state.constData(), size_t(state.size()), MSG_NOSIGNAL, reinterpret_cast<const sockaddr *>(&addr), len);
    ::close(fd);
    return sent == ssize_t(state.size());
}

std::chrono::microseconds watchdogInterval()
{
    bool ok = false;
    const qint64 usec = qEnvironmentVariable("WATCHDOG_USEC").toLongLong(&ok);
    if (!ok || usec <= 0)
        return std::chrono::microseconds(0);
    const QString pid = qEnvironmentVariable("WATCHDOG_PID");
    if (!pid.isEmpty()) {
        const qint64 p = pid.toLongLong();
        if (p != qint64(::getpid()) && p != qint64(::getppid()))
            return std::chrono::microseconds(0); // meant for another process of the service
    }
    return std::chrono::microseconds(usec);
}

Watchdog::Watchdog(QObject *parent)
    : QObject(parent)
    , m_interval(watchdogInterval())
{
}

void Watchdog::ready(const QString &text)
{
    if (m_ready)
        return;
    m_ready = true;
    notify("READY=1\nSTATUS=" + text.toUtf8());
    if (!enabled())
        return;
    m_timer = new QTimer(this);
    m_timer->setTimerType(Qt::CoarseTimer);
    // Half the interval, as sd_watchdog_enabled(3) advises.
    m_timer->setInterval(int(std::clamp<qint64>(m_interval.count() / 2000, 1, 10 * 60 * 1000)));
    connect(m_timer, &QTimer::timeout, this, [] { notify("WATCHDOG=1"); });
    m_timer->start();
    notify("WATCHDOG=1");
    qCInfo(lcSystemd) << "feeding the systemd watchdog every" << m_timer->interval() << "ms";
    if (QCoreApplication::instance())
        connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, this, [] { notify("STOPPING=1"); });
}

void Watchdog::status(const QString &text)
{
    notify("STATUS=" + text.toUtf8());
}

} // namespace ok::systemd
