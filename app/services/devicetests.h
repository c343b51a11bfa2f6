// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QObject>

namespace ok {

class ApprovalGate;
class DeviceManager;

/// The staff device tests of the Devices screen: a test print, a drawer kick, a door. Each needs
/// a signed-in person whose role allows it (a test print: TestDevices; the drawer: NoSale; a door:
/// OpenLockerDoor), and the drawer and door openings are journaled with that person
/// (docs/reliability.md#r6-doors-open-only-on-local-proof).
class DeviceTests : public QObject
{
    Q_OBJECT
public:
    DeviceTests(DeviceManager &devices, ApprovalGate &gate, QObject *parent = nullptr);

    /// The job id of the test print (it goes through the printer's queue).
    Result<qint64> testPrint(int device);
    Result<void> openDrawer(int device);
    /// The unlock request id; the outcome follows in the device's last test line.
    Result<quint64> testDoor(int device, const QString &compartment);
    /// While on, the last scan of any scanner is kept for the screen (DeviceManager::lastScan).
    void setScanTestActive(bool on);

private:
    QString actor() const;

    DeviceManager &m_devices;
    ApprovalGate &m_gate;
};

} // namespace ok
