// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "drivers/device/transport.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <memory>

namespace ok::dev {

/// A device error as a value: a stable code and a message a person can act on.
struct DeviceError {
    enum class Code {
        None,
        NotConnected,   ///< cannot reach the device (unplugged, powered off, wrong port)
        Offline,        ///< reachable but not ready (printer offline, cover open)
        NoPaper,
        CoverOpen,
        Mechanical,     ///< cutter jam, motor, head
        Timeout,        ///< no reply in time
        Protocol,       ///< garbage or malformed frames
        Busy,           ///< claimed by someone else
        Refused,        ///< a request the device or driver refused (bad argument)
    };
    Code code = Code::None;
    QString message;
};

/// The UnifiedPOS device lifecycle shared by every driver:
///
///   closed --open()--> idle(claimable) --claim()--> connects the transport (exclusive)
///          --enable()--> data and status events delivered; output accepted
///          --disable()/release()/close()--> back down the same steps.
///
/// State: Closed, Idle, Busy (asynchronous output pending), Error (until the application calls
/// clearError() or the condition clears). Power: Unknown, Online, Offline.
///
/// Unplugging is a disconnect, not an error: power goes Offline, the device reconnects by itself
/// with exponential backoff (250 ms doubling to 10 s) for as long as it stays claimed, and says so
/// once. Errors are reported once per connection (a printer that stays out of paper does not
/// flood the UI). Everything is asynchronous; nothing blocks the thread the device lives on.
class Device : public QObject
{
    Q_OBJECT
public:
    enum class State { Closed, Idle, Busy, Error };
    Q_ENUM(State)
    enum class Power { Unknown, Online, Offline };
    Q_ENUM(Power)

    struct Statistics {
        qint64 jobs = 0;
        qint64 failures = 0;
        qint64 connects = 0;
        qint64 onlineMs = 0; ///< time spent online since open()
    };

    Device(QString name, QString role, std::unique_ptr<Transport> transport, QObject *parent = nullptr);
    ~Device() override;

    const QString &name() const { return m_name; }
    const QString &role() const { return m_role; }
    State state() const { return m_state; }
    Power power() const { return m_power; }
    bool isClaimed() const { return m_claimed; }
    bool isEnabled() const { return m_enabled; }
    Statistics statistics() const;
    const DeviceError &lastError() const { return m_error; }
    Transport *transport() const { return m_transport.get(); }

    Result<void> open();
    Result<void> claim();
    Result<void> enable();
    void disable();
    void release();
    void close();
    void clearError();

    /// One line a store engineer can read: "online, idle, 12 jobs, 0 failures" or the problem.
    virtual QString checkHealth() const;

    /// Backoff schedule, exposed for tests.
    static std::chrono::milliseconds backoffDelay(int attempt);

Q_SIGNALS:
    void stateChanged(ok::dev::Device::State state);
    void powerChanged(ok::dev::Device::Power power);
    /// Once per connection and error code.
    void errorOccurred(const ok::dev::DeviceError &error);
    /// Human-readable status change for the UI ("Printer reconnected", "Paper low").
    void statusMessage(const QString &message);

protected:
    /// Hooks for drivers.
    virtual void onConnected() {}
    virtual void onDisconnected() {}
    virtual void onReceived(const QByteArray &bytes) { Q_UNUSED(bytes); }

    void setState(State s);
    void setPower(Power p);
    /// Report an error; suppressed if the same code was already reported on this connection.
    void reportError(DeviceError error);
    void countJob(bool ok);

private:
    void connectTransport();
    void scheduleReconnect(const QString &reason);

    QString m_name;
    QString m_role;
    std::unique_ptr<Transport> m_transport;
    State m_state = State::Closed;
    Power m_power = Power::Unknown;
    bool m_claimed = false;
    bool m_enabled = false;
    int m_attempt = 0;
    QTimer m_reconnect;
    DeviceError m_error;
    QList<DeviceError::Code> m_reportedThisConnection;
    Statistics m_stats;
    QElapsedTimer m_onlineSince;
};

} // namespace ok::dev

Q_DECLARE_METATYPE(ok::dev::DeviceError)
