// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/cashdrawerservice.h"

#include "services/devicemanager.h"

namespace ok {

CashDrawerService::CashDrawerService(DeviceManager *devices, QObject *parent)
    : QObject(parent)
    , m_devices(devices)
{
    if (m_devices)
        connect(m_devices, &DeviceManager::changed, this, &CashDrawerService::openChanged);
}

Result<void> CashDrawerService::open(const QString &actor, const QString &reason, const QString &ref)
{
    if (!m_devices)
        return Error{QStringLiteral("device.no-drawer"), tr("No cash drawer is configured (it hangs on the receipt printer)")};
    return m_devices->openCashDrawer(actor, reason, ref);
}

bool CashDrawerService::isOpen() const
{
    return m_devices && m_devices->isCashDrawerOpen();
}

bool CashDrawerService::isConfigured() const
{
    return m_devices && m_devices->receiptSpooler();
}

} // namespace ok
