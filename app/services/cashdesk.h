// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/receipts.h"
#include "services/staffauth.h"
#include "core/shift.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace ok::db {
class Database;
class Shifts;
} // namespace ok::db

namespace ok {

class CashDrawerService;
class DeviceManager;

struct CashDeskSettings {
    QString storeId;
    QString terminalId;
    QString currency;
    /// Over/short (absolute, minor units) above which a manager must accept the Z count.
    qint64 countDifferenceLimit = 1000;
    /// Notes and coins of the currency, largest first (minor units), for counting screens.
    QList<qint64> denominations;
};

/// The notes and coins of a currency (largest first), for the count screens. Unknown: empty.
QList<qint64> denominationsOf(const QString &currency);

/// Cash management of one terminal: shift with a counted float, cash in and out, no-sale drawer
/// openings, X report at any time, Z report with a blind count. Everything is committed to the
/// ledger (journal + outbox) before the drawer opens or the report prints.
class CashDesk : public QObject
{
    Q_OBJECT
public:
    /// `devices` gives the receipt printer's queue for the reports (null: reports are not printed).
    CashDesk(CashDeskSettings settings, db::Database &ledger, DeviceManager *devices, CashDrawerService &drawer,
             const Receipts &receipts, QObject *parent = nullptr);
    ~CashDesk() override;

    const CashDeskSettings &settings() const { return m_settings; }
    /// The open shift, re-read from the ledger (a crash does not close it).
    std::optional<ShiftRecord> current();
    Result<ShiftRecord> openShift(const StaffMember &who, const DenominationCounts &floatCounts);
    /// cash_in or cash_out with a reason; `approval` when the role may not (Permission::CashInOut).
    Result<void> moveCash(const StaffMember &who, const QString &kind, qint64 amount, const QString &reason,
                          const std::optional<ApprovalRecord> &approval = {});
    Result<void> noSale(const StaffMember &who, const QString &reason, const std::optional<ApprovalRecord> &approval = {});
    /// Print the X report of the open shift.
    Result<ShiftFigures> xReport(const StaffMember &who, const std::optional<ApprovalRecord> &approval = {});
    /// Close the shift with the blind count and print the Z report. `approval` covers
    /// Permission::ZReport when the role may not; `differenceApproval` (a manager's, with a reason)
    /// is required when |counted - expected| is above the limit.
    Result<ShiftRecord> zReport(const StaffMember &who, const DenominationCounts &counted,
                                    const std::optional<ApprovalRecord> &approval = {},
                                    const std::optional<ApprovalRecord> &differenceApproval = {});

    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    /// Whether a ticket is in progress: the Z report waits until none is.
    void setOpenTicketCheck(std::function<bool()> check) { m_openTicket = std::move(check); }

Q_SIGNALS:
    void shiftChanged();
    void eventWritten();

private:
    qint64 now() const;
    Result<void> print(const ReceiptDocument &doc, const QString &label, const QString &ref);

    CashDeskSettings m_settings;
    db::Database &m_ledger;
    std::unique_ptr<db::Shifts> m_shifts;
    QPointer<DeviceManager> m_devices;
    CashDrawerService &m_drawer;
    const Receipts &m_receipts;
    std::function<qint64()> m_clock;
    std::function<bool()> m_openTicket;
};

} // namespace ok
