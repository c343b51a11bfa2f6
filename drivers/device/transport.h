// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QMap>
#include <QObject>
#include <QString>

#include <memory>

namespace ok::dev {

/// Where and how a device is connected, from the [device.NAME] section of the configuration.
struct TransportSpec {
    QString kind;                   ///< "tcp", "serial", "usblp" (any character device, also a pty)
    QString port;                   ///< "127.0.0.1:9100", "/dev/ttyUSB0", "/dev/usb/lp0"
    QMap<QString, QString> options; ///< serial: baud, parity (none/even/odd), flow (none/rtscts/xonxoff), data_bits, stop_bits
};

/// A byte pipe to a device. Asynchronous and event-driven: nothing here blocks the calling thread.
///
/// Contract: open() starts connecting and ends in exactly one of connected() or failed(reason).
/// A connection that drops later emits disconnected(reason) once; an unplugged cable is a
/// disconnect, not an error. write() queues bytes; bytesWritten() reports progress. close()
/// emits nothing. Reasons are for engineers and logs (they name the port).
class Transport : public QObject
{
    Q_OBJECT
public:
    enum class State { Closed, Connecting, Connected };
    Q_ENUM(State)

    using QObject::QObject;
    ~Transport() override = default;

    virtual void open() = 0;
    virtual void close() = 0;
    /// Queue bytes for sending; false if not connected (nothing queued).
    virtual bool write(const QByteArray &bytes) = 0;
    /// Bytes queued but not yet handed to the OS.
    virtual qint64 pendingBytes() const = 0;
    /// "tcp 127.0.0.1:9100", "serial /dev/ttyUSB0 19200 8N1".
    virtual QString describe() const = 0;

    State state() const { return m_state; }

Q_SIGNALS:
    void connected();
    void disconnected(const QString &reason);
    void failed(const QString &reason);
    void received(const QByteArray &bytes);
    void bytesWritten(qint64 count);

protected:
    void setState(State s) { m_state = s; }

private:
    State m_state = State::Closed;
};

/// Build the transport a spec asks for; an unknown kind or a malformed port is an error naming it.
Result<std::unique_ptr<Transport>> makeTransport(const TransportSpec &spec, QObject *parent = nullptr);

} // namespace ok::dev
