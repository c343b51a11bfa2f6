// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/devicemanager.h"

#include "drivers/device/device.h"
#include "drivers/payment/paymentterminal.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDevices, "omnikiosk.services.devices", QtInfoMsg)

namespace ok {

namespace {
Result<std::unique_ptr<dev::Device>> build(const DeviceConfig &c)
{
    auto transport = dev::makeTransport({c.transport, c.port, c.options});
    if (!transport)
        return transport.error();
    if (c.role == QLatin1String("payment") && (c.driver.isEmpty() || c.driver == QLatin1String("omnikiosk-json"))) {
        auto t = std::make_unique<payment::PaymentTerminal>(c.name, std::move(transport).value());
        return std::unique_ptr<dev::Device>(std::move(t));
    }
    return Error{QStringLiteral("device.no-driver"),
                 DeviceManager::tr("no driver \"%1\" for role %2 in this build (known: %3)")
                     .arg(c.driver, c.role, DeviceManager::knownDrivers(c.role).join(QLatin1String(", ")))};
}
} // namespace

DeviceManager::DeviceManager(QObject *parent)
    : QObject(parent)
{
}

DeviceManager::~DeviceManager()
{
    stop();
}

QStringList DeviceManager::knownDrivers(const QString &role)
{
    if (role == QLatin1String("payment"))
        return {QStringLiteral("omnikiosk-json")};
    return {};
}

void DeviceManager::start(const QList<DeviceConfig> &devices)
{
    stop();
    for (const DeviceConfig &c : devices) {
        Entry e;
        e.config = c;
        auto d = build(c);
        if (!d) {
            e.problem = d.error().message;
            qCWarning(lcDevices).noquote() << c.name << e.problem;
            m_entries.push_back(std::move(e));
            continue;
        }
        e.device = std::move(d).value();
        m_entries.push_back(std::move(e));
        const int index = int(m_entries.size()) - 1;
        dev::Device *dev = m_entries.back().device.get();
        connect(dev, &dev::Device::stateChanged, this, [this, index] { Q_EMIT changed(index); });
        connect(dev, &dev::Device::powerChanged, this, [this, index] { Q_EMIT changed(index); });
        connect(dev, &dev::Device::errorOccurred, this, [this, index](const dev::DeviceError &err) {
            Q_EMIT changed(index);
            Q_EMIT message(err.message);
        });
        connect(dev, &dev::Device::statusMessage, this, &DeviceManager::message);
        (void)dev->open();
        (void)dev->claim();
        (void)dev->enable();
    }
}

void DeviceManager::stop()
{
    for (auto &e : m_entries)
        if (e.device)
            e.device->close();
    m_entries.clear();
}

dev::Device *DeviceManager::byRole(const QString &role) const
{
    for (const auto &e : m_entries)
        if (e.device && e.config.role == role)
            return e.device.get();
    return nullptr;
}

QString DeviceManager::healthLine(int i) const
{
    const Entry &e = m_entries.at(size_t(i));
    if (!e.device)
        return tr("%1 (%2): not available: %3").arg(e.config.name, e.config.role, e.problem);
    return e.device->checkHealth();
}

bool DeviceManager::isOnline(int i) const
{
    const Entry &e = m_entries.at(size_t(i));
    return e.device && e.device->power() == dev::Device::Power::Online;
}

} // namespace ok
