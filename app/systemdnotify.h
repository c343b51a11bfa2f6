// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// systemd's service notification protocol (sd_notify(3)), spoken directly: one datagram per
// message to the socket in $NOTIFY_SOCKET. No libsystemd: the kiosk also runs where there is no
// systemd (development, the demo, the tests), and then every call here does nothing.

#include <QByteArray>
#include <QObject>
#include <QString>

#include <chrono>

class QTimer;

namespace ok::systemd {

/// Send one notification ("READY=1", "STATUS=...", "WATCHDOG=1", "STOPPING=1"). false when
/// there is no $NOTIFY_SOCKET or the datagram could not be sent.
bool notify(const QByteArray &state);

/// The watchdog interval systemd asked for ($WATCHDOG_USEC), when it is meant for this process:
/// $WATCHDOG_PID unset, this process, or its parent (the kiosk runs as the child of the `cage`
/// compositor, which is the service's main process). Zero when there is no watchdog.
std::chrono::microseconds watchdogInterval();

/// Feeds systemd's watchdog from the thread it lives in: construct it on the GUI thread. Its timer
/// fires at half the interval, so a GUI event loop that stops turning (a hang, a deadlock, an
/// endless loop in a handler, SIGSTOP) stops the feeding and systemd restarts the service.
class Watchdog : public QObject
{
    Q_OBJECT
public:
    explicit Watchdog(QObject *parent = nullptr);
    /// Tell systemd the terminal is up (READY=1 with a STATUS line) and start feeding. Once; later
    /// calls do nothing.
    void ready(const QString &status);
    void status(const QString &status);
    bool enabled() const { return m_interval.count() > 0; }

private:
    std::chrono::microseconds m_interval{0};
    QTimer *m_timer = nullptr;
    bool m_ready = false;
};

} // namespace ok::systemd
