// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivers/device/transports.h"

#include <QSerialPort>
#include <QSocketNotifier>
#include <QTcpSocket>
#include <QTimer>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace ok::dev {

namespace {
constexpr int kConnectTimeoutMs = 3000;
constexpr qint64 kReadChunk = 4096;

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}
} // namespace

// ------------------------------------------------------------------ TCP

TcpTransport::TcpTransport(QString host, quint16 port, QObject *parent)
    : Transport(parent)
    , m_host(std::move(host))
    , m_port(port)
{
}

TcpTransport::~TcpTransport()
{
    close();
}

void TcpTransport::open()
{
    close();
    setState(State::Connecting);
    m_socket = new QTcpSocket(this);
    // Keep-alive so a printer that lost power is noticed even when we are not writing.
    connect(m_socket, &QTcpSocket::connected, this, [this] {
        m_socket->setSocketOption(QAbstractSocket::KeepAliveOption, 1);
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        setState(State::Connected);
        Q_EMIT connected();
    });
    connect(m_socket, &QTcpSocket::readyRead, this, [this] { Q_EMIT received(m_socket->readAll()); });
    connect(m_socket, &QTcpSocket::bytesWritten, this, &Transport::bytesWritten);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        const QString reason = QStringLiteral("%1: %2").arg(describe(), m_socket->errorString());
        const State was = state();
        m_socket->disconnect(this); // abort() below must not report the same loss a second time
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
        setState(State::Closed);
        if (was == State::Connected)
            Q_EMIT disconnected(reason);
        else if (was == State::Connecting)
            Q_EMIT failed(reason);
    });
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        if (state() != State::Connected)
            return;
        setState(State::Closed);
        m_socket->deleteLater();
        m_socket = nullptr;
        Q_EMIT disconnected(QStringLiteral("%1: connection closed by the device").arg(describe()));
    });
    QTimer::singleShot(kConnectTimeoutMs, m_socket, [this, s = m_socket] {
        if (m_socket == s && state() == State::Connecting) {
            s->abort();
            s->deleteLater();
            m_socket = nullptr;
            setState(State::Closed);
            Q_EMIT failed(QStringLiteral("%1: no answer within %2 ms").arg(describe()).arg(kConnectTimeoutMs));
        }
    });
    m_socket->connectToHost(m_host, m_port);
}

void TcpTransport::close()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    setState(State::Closed);
}

bool TcpTransport::write(const QByteArray &bytes)
{
    if (state() != State::Connected || !m_socket)
        return false;
    return m_socket->write(bytes) == bytes.size();
}

qint64 TcpTransport::pendingBytes() const
{
    return m_socket ? m_socket->bytesToWrite() : 0;
}

QString TcpTransport::describe() const
{
    return QStringLiteral("tcp %1:%2").arg(m_host).arg(m_port);
}

// ------------------------------------------------------------------ serial

SerialTransport::SerialTransport(QString device, QMap<QString, QString> options, QObject *parent)
    : Transport(parent)
    , m_device(std::move(device))
    , m_options(std::move(options))
{
}

SerialTransport::~SerialTransport()
{
    close();
}

std::optional<Error> SerialTransport::validateOptions(const QMap<QString, QString> &o)
{
    bool okNum = true;
    const int baud = o.value(QStringLiteral("baud"), QStringLiteral("9600")).toInt(&okNum);
    static const QList<int> bauds = {1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200};
    if (!okNum || !bauds.contains(baud))
        return Error{QStringLiteral("device.bad-option"), QStringLiteral("baud \"%1\" must be one of 1200 ... 115200").arg(o.value(QStringLiteral("baud")))};
    const QString parity = o.value(QStringLiteral("parity"), QStringLiteral("none"));
    if (parity != QLatin1String("none") && parity != QLatin1String("even") && parity != QLatin1String("odd"))
        return Error{QStringLiteral("device.bad-option"), QStringLiteral("parity \"%1\" must be none, even or odd").arg(parity)};
    const QString flow = o.value(QStringLiteral("flow"), QStringLiteral("none"));
    if (flow != QLatin1String("none") && flow != QLatin1String("rtscts") && flow != QLatin1String("xonxoff"))
        return Error{QStringLiteral("device.bad-option"), QStringLiteral("flow \"%1\" must be none, rtscts or xonxoff").arg(flow)};
    return std::nullopt;
}

void SerialTransport::open()
{
    close();
    if (auto e = validateOptions(m_options)) {
        QTimer::singleShot(0, this, [this, msg = e->message] { Q_EMIT failed(QStringLiteral("%1: %2").arg(describe(), msg)); });
        return;
    }
    setState(State::Connecting);
    m_port = new QSerialPort(m_device, this);
    m_port->setBaudRate(m_options.value(QStringLiteral("baud"), QStringLiteral("9600")).toInt());
    m_port->setDataBits(QSerialPort::Data8);
    m_port->setStopBits(QSerialPort::OneStop);
    const QString parity = m_options.value(QStringLiteral("parity"), QStringLiteral("none"));
    m_port->setParity(parity == QLatin1String("even") ? QSerialPort::EvenParity
                      : parity == QLatin1String("odd") ? QSerialPort::OddParity
                                                        : QSerialPort::NoParity);
    const QString flow = m_options.value(QStringLiteral("flow"), QStringLiteral("none"));
    m_port->setFlowControl(flow == QLatin1String("rtscts") ? QSerialPort::HardwareControl
                           : flow == QLatin1String("xonxoff") ? QSerialPort::SoftwareControl
                                                               : QSerialPort::NoFlowControl);
    connect(m_port, &QSerialPort::readyRead, this, [this] { Q_EMIT received(m_port->readAll()); });
    connect(m_port, &QSerialPort::bytesWritten, this, &Transport::bytesWritten);
    connect(m_port, &QSerialPort::errorOccurred, this, [this](QSerialPort::SerialPortError e) {
        if (e == QSerialPort::NoError || state() != State::Connected)
            return;
        // ResourceError is what an unplugged USB adapter looks like: a disconnect.
        const QString reason = QStringLiteral("%1: %2").arg(describe(), m_port->errorString());
        m_port->disconnect(this);
        m_port->close();
        m_port->deleteLater();
        m_port = nullptr;
        setState(State::Closed);
        Q_EMIT disconnected(reason);
    });
    if (!m_port->open(QIODevice::ReadWrite)) {
        const QString reason = QStringLiteral("%1: %2").arg(describe(), m_port->errorString());
        m_port->deleteLater();
        m_port = nullptr;
        setState(State::Closed);
        QTimer::singleShot(0, this, [this, reason] { Q_EMIT failed(reason); });
        return;
    }
    setState(State::Connected);
    QTimer::singleShot(0, this, [this] {
        if (state() == State::Connected)
            Q_EMIT connected();
    });
}

void SerialTransport::close()
{
    if (m_port) {
        m_port->disconnect(this);
        m_port->close();
        m_port->deleteLater();
        m_port = nullptr;
    }
    setState(State::Closed);
}

bool SerialTransport::write(const QByteArray &bytes)
{
    if (state() != State::Connected || !m_port)
        return false;
    return m_port->write(bytes) == bytes.size();
}

qint64 SerialTransport::pendingBytes() const
{
    return m_port ? m_port->bytesToWrite() : 0;
}

QString SerialTransport::describe() const
{
    return QStringLiteral("serial %1 %2 8%3%4")
        .arg(m_device, m_options.value(QStringLiteral("baud"), QStringLiteral("9600")),
             m_options.value(QStringLiteral("parity"), QStringLiteral("none")).left(1).toUpper(), QStringLiteral("1"));
}

// ------------------------------------------------------------------ character device

CharDeviceTransport::CharDeviceTransport(QString path, QObject *parent)
    : Transport(parent)
    , m_path(std::move(path))
{
}

CharDeviceTransport::~CharDeviceTransport()
{
    close();
}

void CharDeviceTransport::open()
{
    close();
    m_fd = ::open(m_path.toLocal8Bit().constData(), O_RDWR | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
    if (m_fd < 0) {
        const QString reason = QStringLiteral("%1: %2").arg(describe(), errnoText());
        QTimer::singleShot(0, this, [this, reason] { Q_EMIT failed(reason); });
        return;
    }
    if (::isatty(m_fd)) {
        // A tty (serial gadget, pty in tests): raw mode, or the line discipline would hold bytes
        // until a newline and translate CR/LF inside binary protocol frames.
        termios tio {};
        if (::tcgetattr(m_fd, &tio) == 0) {
            ::cfmakeraw(&tio);
            ::tcsetattr(m_fd, TCSANOW, &tio);
        }
    }
    m_readNotifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &CharDeviceTransport::onReadable);
    m_writeNotifier = new QSocketNotifier(m_fd, QSocketNotifier::Write, this);
    m_writeNotifier->setEnabled(false);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, &CharDeviceTransport::flush);
    setState(State::Connected);
    QTimer::singleShot(0, this, [this] {
        if (state() == State::Connected)
            Q_EMIT connected();
    });
}

void CharDeviceTransport::close()
{
    delete m_readNotifier;
    m_readNotifier = nullptr;
    delete m_writeNotifier;
    m_writeNotifier = nullptr;
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    m_queue.clear();
    setState(State::Closed);
}

void CharDeviceTransport::drop(const QString &reason)
{
    close();
    Q_EMIT disconnected(QStringLiteral("%1: %2").arg(describe(), reason));
}

void CharDeviceTransport::onReadable()
{
    char buf[kReadChunk];
    const ssize_t n = ::read(m_fd, buf, sizeof buf);
    if (n > 0) {
        Q_EMIT received(QByteArray(buf, int(n)));
    } else if (n == 0 || (errno != EAGAIN && errno != EINTR)) {
        // EOF (the other end of a pty closed) or EIO/ENODEV (USB printer unplugged).
        drop(n == 0 ? QStringLiteral("device closed") : errnoText());
    }
}

bool CharDeviceTransport::write(const QByteArray &bytes)
{
    if (state() != State::Connected)
        return false;
    m_queue.append(bytes);
    flush();
    return true;
}

void CharDeviceTransport::flush()
{
    while (!m_queue.isEmpty() && m_fd >= 0) {
        const ssize_t n = ::write(m_fd, m_queue.constData(), size_t(m_queue.size()));
        if (n > 0) {
            m_queue.remove(0, n);
            Q_EMIT bytesWritten(n);
            continue;
        }
        if (n < 0 && (errno == EAGAIN || errno == EINTR))
            break; // the device is busy: wait for the write notifier
        drop(errnoText());
        return;
    }
    if (m_writeNotifier)
        m_writeNotifier->setEnabled(!m_queue.isEmpty());
}

QString CharDeviceTransport::describe() const
{
    return QStringLiteral("device %1").arg(m_path);
}

// ------------------------------------------------------------------ factory

Result<std::unique_ptr<Transport>> makeTransport(const TransportSpec &spec, QObject *parent)
{
    if (spec.kind == QLatin1String("tcp")) {
        const qsizetype colon = spec.port.lastIndexOf(QLatin1Char(':'));
        bool okPort = false;
        const uint port = colon > 0 ? spec.port.mid(colon + 1).toUInt(&okPort) : 0;
        if (colon <= 0 || !okPort || port == 0 || port > 65535)
            return Error{QStringLiteral("device.bad-port"),
                         QStringLiteral("tcp port \"%1\" must look like host:port, e.g. 192.168.1.50:9100").arg(spec.port)};
        return std::unique_ptr<Transport>(new TcpTransport(spec.port.left(colon), quint16(port), parent));
    }
    if (spec.kind == QLatin1String("serial")) {
        if (!spec.port.startsWith(QLatin1Char('/')))
            return Error{QStringLiteral("device.bad-port"), QStringLiteral("serial port \"%1\" must be a device path such as /dev/ttyUSB0").arg(spec.port)};
        if (auto e = SerialTransport::validateOptions(spec.options))
            return *e;
        return std::unique_ptr<Transport>(new SerialTransport(spec.port, spec.options, parent));
    }
    if (spec.kind == QLatin1String("usblp")) {
        if (!spec.port.startsWith(QLatin1Char('/')))
            return Error{QStringLiteral("device.bad-port"), QStringLiteral("device \"%1\" must be a path such as /dev/usb/lp0").arg(spec.port)};
        return std::unique_ptr<Transport>(new CharDeviceTransport(spec.port, parent));
    }
    return Error{QStringLiteral("device.bad-transport"),
                 QStringLiteral("transport \"%1\" is not supported here; use tcp, serial or usblp").arg(spec.kind)};
}

} // namespace ok::dev
