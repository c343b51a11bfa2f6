// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/devicetests.h"

#include "services/approvalgate.h"
#include "services/devicemanager.h"
#include "services/staffsession.h"

namespace ok {

DeviceTests::DeviceTests(DeviceManager &devices, ApprovalGate &gate, QObject *parent)
    : QObject(parent)
    , m_devices(devices)
    , m_gate(gate)
{
}

QString DeviceTests::actor() const
{
    const auto &who = m_gate.session().member();
    return who ? who->id : QString();
}

Result<qint64> DeviceTests::testPrint(int device)
{
    if (auto r = m_gate.check(Permission::TestDevices); !r)
        return r.error();
    return m_devices.testPrint(device);
}

Result<void> DeviceTests::openDrawer(int device)
{
    if (auto r = m_gate.check(Permission::NoSale); !r)
        return r;
    return m_devices.openDrawer(device, actor());
}

Result<quint64> DeviceTests::testDoor(int device, const QString &compartment)
{
    if (auto r = m_gate.check(Permission::OpenLockerDoor); !r)
        return r.error();
    return m_devices.testDoor(device, compartment, actor());
}

void DeviceTests::setScanTestActive(bool on)
{
    m_devices.setScanTestActive(on);
}

} // namespace ok
