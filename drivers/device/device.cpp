// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivers/device/device.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDevice, "omnikiosk.drivers.device", QtInfoMsg)

namespace ok::dev {

using namespace std::chrono_literals;

namespace {
constexpr auto kFirstRetry = 250ms;
constexpr auto kMaxRetry = 10000ms;
} // namespace

Device::Device(QString name, QString role, std::unique_ptr<Transport> transport, QObject *parent)
    : QObject(parent)
    , m_name(std::move(name))
    , m_role(std::move(role))
    , m_transport(std::move(transport))
{
    qRegisterMetaType<ok::dev::DeviceError>();
    m_transport->setParent(nullptr);
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &Device::connectTransport);
    connect(m_transport.get(), &Transport::connected, this, [this] {
        m_attempt = 0;
        m_reportedThisConnection.clear();
        ++m_stats.connects;
        setPower(Power::Online);
        if (m_stats.connects > 1)
            Q_EMIT statusMessage(tr("%1 is connected again").arg(m_name));
        onConnected();
    });
    connect(m_transport.get(), &Transport::failed, this, [this](const QString &reason) { scheduleReconnect(reason); });
    connect(m_transport.get(), &Transport::disconnected, this, [this](const QString &reason) {
        setPower(Power::Offline);
        onDisconnected();
        Q_EMIT statusMessage(tr("%1 is disconnected; reconnecting").arg(m_name));
        scheduleReconnect(reason);
    });
    connect(m_transport.get(), &Transport::received, this, [this](const QByteArray &bytes) {
        if (m_enabled || m_claimed)
            onReceived(bytes);
    });
}

Device::~Device()
{
    m_reconnect.stop();
    if (m_transport)
        m_transport->disconnect(this);
}

std::chrono::milliseconds Device::backoffDelay(int attempt)
{
    auto d = kFirstRetry;
    for (int i = 0; i < attempt && d < kMaxRetry; ++i)
        d *= 2;
    return std::min<std::chrono::milliseconds>(d, kMaxRetry);
}

Result<void> Device::open()
{
    if (m_state != State::Closed)
        return {};
    setState(State::Idle);
    return {};
}

Result<void> Device::claim()
{
    if (m_state == State::Closed)
        return Error{QStringLiteral("device.not-open"), tr("%1 must be opened before it is claimed").arg(m_name)};
    if (m_claimed)
        return {};
    m_claimed = true;
    connectTransport();
    return {};
}

Result<void> Device::enable()
{
    if (!m_claimed)
        return Error{QStringLiteral("device.not-claimed"), tr("%1 must be claimed before it is enabled").arg(m_name)};
    m_enabled = true;
    return {};
}

void Device::disable()
{
    m_enabled = false;
}

void Device::release()
{
    disable();
    m_claimed = false;
    m_reconnect.stop();
    m_transport->close();
    setPower(Power::Unknown);
}

void Device::close()
{
    release();
    setState(State::Closed);
}

void Device::clearError()
{
    m_error = {};
    if (m_state == State::Error)
        setState(State::Idle);
}

void Device::connectTransport()
{
    if (!m_claimed)
        return;
    m_transport->open();
}

void Device::scheduleReconnect(const QString &reason)
{
    if (!m_claimed)
        return;
    setPower(Power::Offline);
    reportError({DeviceError::Code::NotConnected, tr("%1 cannot be reached: check its cable and power").arg(m_name)});
    const auto delay = backoffDelay(m_attempt++);
    qCInfo(lcDevice).noquote() << m_name << reason << "- retry in" << delay.count() << "ms";
    m_reconnect.start(delay);
}

void Device::setState(State s)
{
    if (s == m_state)
        return;
    m_state = s;
    Q_EMIT stateChanged(s);
}

void Device::setPower(Power p)
{
    if (p == m_power)
        return;
    if (m_power == Power::Online && m_onlineSince.isValid())
        m_stats.onlineMs += m_onlineSince.elapsed();
    m_power = p;
    if (p == Power::Online)
        m_onlineSince.start();
    else
        m_onlineSince.invalidate();
    Q_EMIT powerChanged(p);
}

void Device::reportError(DeviceError error)
{
    m_error = error;
    if (m_reportedThisConnection.contains(error.code))
        return;
    m_reportedThisConnection.append(error.code);
    qCWarning(lcDevice).noquote() << error.message;
    Q_EMIT errorOccurred(error);
}

void Device::countJob(bool ok)
{
    ++m_stats.jobs;
    if (!ok)
        ++m_stats.failures;
}

Device::Statistics Device::statistics() const
{
    Statistics s = m_stats;
    if (m_power == Power::Online && m_onlineSince.isValid())
        s.onlineMs += m_onlineSince.elapsed();
    return s;
}

QString Device::checkHealth() const
{
    const Statistics s = statistics();
    QString where = m_transport->describe();
    if (m_state == State::Closed)
        return tr("%1: closed (%2)").arg(m_name, where);
    if (!m_claimed)
        return tr("%1: open, not claimed (%2)").arg(m_name, where);
    if (m_power != Power::Online)
        return tr("%1: offline (%2): %3").arg(m_name, where, m_error.message.isEmpty() ? tr("connecting") : m_error.message);
    if (m_state == State::Error)
        return tr("%1: error: %2").arg(m_name, m_error.message);
    return tr("%1: online%2, %3 jobs, %4 failures (%5)")
        .arg(m_name, m_state == State::Busy ? tr(", busy") : QString())
        .arg(s.jobs)
        .arg(s.failures)
        .arg(where);
}

} // namespace ok::dev
