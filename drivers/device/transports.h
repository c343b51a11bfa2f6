// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "drivers/device/transport.h"

#include <QPointer>

class QTcpSocket;
class QSerialPort;
class QSocketNotifier;

namespace ok::dev {

/// Raw TCP, e.g. a network receipt printer on port 9100 (status replies come back on the socket).
class TcpTransport : public Transport
{
    Q_OBJECT
public:
    TcpTransport(QString host, quint16 port, QObject *parent = nullptr);
    ~TcpTransport() override;
    void open() override;
    void close() override;
    bool write(const QByteArray &bytes) override;
    qint64 pendingBytes() const override;
    QString describe() const override;

private:
    QString m_host;
    quint16 m_port;
    QTcpSocket *m_socket = nullptr;
};

/// A serial port (RS-232, RS-485 adapter, USB CDC) through QSerialPort.
class SerialTransport : public Transport
{
    Q_OBJECT
public:
    SerialTransport(QString device, QMap<QString, QString> options, QObject *parent = nullptr);
    ~SerialTransport() override;
    void open() override;
    void close() override;
    bool write(const QByteArray &bytes) override;
    qint64 pendingBytes() const override;
    QString describe() const override;

    /// Check serial options without opening anything ("baud 19200", "parity even" ...).
    static std::optional<Error> validateOptions(const QMap<QString, QString> &options);

private:
    QString m_device;
    QMap<QString, QString> m_options;
    QSerialPort *m_port = nullptr;
};

/// Any character device opened with open(2): USB printer class (/dev/usb/lpN), a pseudo-terminal
/// slave in tests. Reads through a QSocketNotifier; writes are queued and flushed as the device
/// accepts them (non-blocking), so a stalled printer never blocks the GUI thread.
class CharDeviceTransport : public Transport
{
    Q_OBJECT
public:
    explicit CharDeviceTransport(QString path, QObject *parent = nullptr);
    ~CharDeviceTransport() override;
    void open() override;
    void close() override;
    bool write(const QByteArray &bytes) override;
    qint64 pendingBytes() const override { return m_queue.size(); }
    QString describe() const override;

private:
    void onReadable();
    void flush();
    void drop(const QString &reason);
    QString m_path;
    int m_fd = -1;
    QByteArray m_queue;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
};

} // namespace ok::dev
