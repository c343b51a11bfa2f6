// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>

#include <memory>

namespace ok::db {
class Database;
class Ledger;
} // namespace ok::db
namespace ok::ports {
struct UnlockResult;
}

namespace ok {

class ApprovalGate;
class CashDrawerService;
class DeviceManager;
class PrintSpooler;

/// The staff device tests of the Devices screen: a test print, a drawer kick, a door. Each needs
/// a signed-in person whose role allows it (a test print: TestDevices; the drawer: NoSale; a door:
/// OpenLockerDoor), and a drawer or door opening is journaled with that person before it opens,
/// the door's outcome after (docs/reliability.md#r6-doors-open-only-on-local-proof). The outcome
/// of each test is shown on the device's row (DeviceManager::setLastTest).
class DeviceTests : public QObject
{
    Q_OBJECT
public:
    /// `ledger` holds the journal (must outlive this object).
    DeviceTests(DeviceManager &devices, ApprovalGate &gate, CashDrawerService &drawers, db::Database &ledger, QObject *parent = nullptr);
    ~DeviceTests() override;

    /// The job id of the test print (it goes through the printer's queue).
    Result<qint64> testPrint(int device);
    Result<void> openDrawer(int device);
    /// The unlock request id; the outcome follows in the device's last test line.
    Result<quint64> testDoor(int device, const QString &compartment);
    /// While on, the last scan of any scanner is kept for the screen (DeviceManager::lastScan).
    /// Turning it on needs TestDevices (a scan may be a customer's pickup code); off always works.
    Result<void> setScanTestActive(bool on);

    /// The print queue of printer `device`, for staff (StaffScreens), each journaled with the
    /// person: cancel a job that has not printed, queue a copy of any job again, or confirm that
    /// an uncertain job did print.
    Result<void> cancelJob(int device, qint64 job);
    Result<qint64> reprintJob(int device, qint64 job);
    Result<void> markJobPrinted(int device, qint64 job);

private:
    struct DoorTest {
        int device = -1;
        QString actor;
        QString compartment;
    };
    QString actor() const;
    Result<PrintSpooler *> queueOf(int device) const;
    void onUnlockFinished(const ports::UnlockResult &result);
    Result<void> journal(const QString &kind, const QString &ref, const QString &actor, const QJsonObject &payload);

    DeviceManager &m_devices;
    ApprovalGate &m_gate;
    CashDrawerService &m_drawers;
    std::unique_ptr<db::Ledger> m_journal;
    /// (locker bank, unlock request id) -> the test: request ids are per bank.
    QHash<std::pair<const QObject *, quint64>, DoorTest> m_doors;
};

} // namespace ok
