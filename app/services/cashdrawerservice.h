// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace ok::db {
class Database;
class Ledger;
} // namespace ok::db
namespace ok::ports {
class CashDrawer;
}

namespace ok {

class DeviceManager;

/// Opens cash drawers, and never without a journal entry naming who and why, written before the
/// drawer opens (docs/reliability.md#r8-tamper-evident-journal): after a committed cash sale, a
/// float, a cash movement, a no-sale, a staff drawer test. If the journal cannot be written the
/// drawer stays shut; if the drawer then does not open, that is journaled too.
class CashDrawerService : public QObject
{
    Q_OBJECT
public:
    /// `ledger` holds the journal (must outlive this object); `devices` gives the drawers.
    CashDrawerService(DeviceManager *devices, db::Database &ledger, QObject *parent = nullptr);
    ~CashDrawerService() override;

    /// Open the till's drawer (on the receipt printer). `actor`: the staff id; `reason`: "sale",
    /// "float", "no sale" ...; `ref`: the fact's id.
    Result<void> open(const QString &actor, const QString &reason, const QString &ref);
    /// Open the drawer of printer `device` (the staff drawer test).
    Result<void> openOn(int device, const QString &actor, const QString &reason);
    bool isOpen() const;

Q_SIGNALS:
    void openChanged();

private:
    Result<void> open(ports::CashDrawer *drawer, const QString &actor, const QString &reason, const QString &ref);

    QPointer<DeviceManager> m_devices;
    std::unique_ptr<db::Ledger> m_journal;
};

} // namespace ok
