// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/cashdesk.h"

#include "services/cashdrawerservice.h"
#include "services/devicemanager.h"
#include "services/printspooler.h"
#include "storage/shifts.h"

#include <QDateTime>

namespace ok {

namespace {
Error needsApproval(Permission p)
{
    return approvalRequired(p);
}

bool allowed(const StaffMember &who, Permission p, const std::optional<ApprovalRecord> &approval)
{
    return roleAllows(who.role, p) || (approval && approval->action == permissionKey(p));
}
} // namespace

QList<qint64> denominationsOf(const QString &currency)
{
    if (currency == QLatin1String("PLN"))
        return {50000, 20000, 10000, 5000, 2000, 1000, 500, 200, 100, 50, 20, 10, 5, 2, 1};
    if (currency == QLatin1String("EUR"))
        return {50000, 20000, 10000, 5000, 2000, 1000, 500, 200, 100, 50, 20, 10, 5, 2, 1};
    if (currency == QLatin1String("NOK"))
        return {100000, 50000, 20000, 10000, 5000, 2000, 1000, 500, 100};
    if (currency == QLatin1String("RUB"))
        return {500000, 200000, 100000, 50000, 20000, 10000, 5000, 1000, 500, 200, 100};
    if (currency == QLatin1String("GBP") || currency == QLatin1String("USD"))
        return {10000, 5000, 2000, 1000, 500, 200, 100, 50, 25, 20, 10, 5, 2, 1};
    return {};
}

CashDesk::CashDesk(CashDeskSettings settings, db::Database &ledger, DeviceManager *devices, CashDrawerService &drawer,
                   const Receipts &receipts, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_ledger(ledger)
    , m_shifts(std::make_unique<db::Shifts>(ledger))
    , m_devices(devices)
    , m_drawer(drawer)
    , m_receipts(receipts)
{
    if (m_settings.denominations.isEmpty())
        m_settings.denominations = denominationsOf(m_settings.currency);
}

CashDesk::~CashDesk() = default;

qint64 CashDesk::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

std::optional<ShiftRecord> CashDesk::current()
{
    return m_shifts->openShift(m_settings.terminalId);
}

Result<void> CashDesk::print(const ReceiptDocument &doc, const QString &label, const QString &ref)
{
    PrintSpooler *spooler = m_devices ? m_devices->receiptSpooler() : nullptr;
    if (!spooler)
        return Error{QStringLiteral("cash.no-printer"), tr("No receipt printer: the report is saved and was sent to head office")};
    auto job = spooler->submit(QStringLiteral("report"), ref, label, doc);
    if (!job)
        return job.error();
    return {};
}

Result<ShiftRecord> CashDesk::openShift(const StaffMember &who, const DenominationCounts &floatCounts)
{
    auto shift = m_shifts->open(m_settings.terminalId, m_settings.storeId, who.id, m_settings.currency, floatCounts, now());
    if (!shift)
        return shift;
    Q_EMIT eventWritten();
    Q_EMIT shiftChanged();
    (void)m_drawer.open(who.id, QStringLiteral("float"), shift.value().id);
    return shift;
}

Result<void> CashDesk::moveCash(const StaffMember &who, const QString &kind, qint64 amount, const QString &reason,
                                const std::optional<ApprovalRecord> &approval)
{
    const auto shift = current();
    if (!shift)
        return Error{QStringLiteral("cash.no-shift"), tr("Open a shift first")};
    if (!allowed(who, Permission::CashInOut, approval))
        return needsApproval(Permission::CashInOut);
    auto id = m_shifts->cashMovement(*shift, m_settings.storeId, kind, amount, reason, who.id,
                                    roleAllows(who.role, Permission::CashInOut) ? QString() : approval->staffId, now());
    if (!id)
        return id.error();
    Q_EMIT eventWritten();
    Q_EMIT shiftChanged();
    return m_drawer.open(who.id, kind, id.value());
}

Result<void> CashDesk::noSale(const StaffMember &who, const QString &reason, const std::optional<ApprovalRecord> &approval)
{
    const auto shift = current();
    if (!shift)
        return Error{QStringLiteral("cash.no-shift"), tr("Open a shift first")};
    if (!allowed(who, Permission::NoSale, approval))
        return needsApproval(Permission::NoSale);
    auto id = m_shifts->cashMovement(*shift, m_settings.storeId, QStringLiteral("no_sale"), 0,
                                    reason.trimmed().isEmpty() ? QStringLiteral("no sale") : reason, who.id,
                                    roleAllows(who.role, Permission::NoSale) ? QString() : approval->staffId, now());
    if (!id)
        return id.error();
    Q_EMIT eventWritten();
    Q_EMIT shiftChanged();
    return m_drawer.open(who.id, QStringLiteral("no sale"), id.value());
}

Result<ShiftFigures> CashDesk::xReport(const StaffMember &who, const std::optional<ApprovalRecord> &approval)
{
    const auto shift = current();
    if (!shift)
        return Error{QStringLiteral("cash.no-shift"), tr("No shift is open")};
    if (!allowed(who, Permission::XReport, approval))
        return needsApproval(Permission::XReport);
    const ShiftFigures f = m_shifts->figures(*shift);
    if (auto r = print(m_receipts.shiftReport(*shift, f, false, who.name, now()), tr("X report"), shift->id); !r)
        return r.error();
    return f;
}

Result<ShiftRecord> CashDesk::zReport(const StaffMember &who, const DenominationCounts &counted,
                                          const std::optional<ApprovalRecord> &approval,
                                          const std::optional<ApprovalRecord> &differenceApproval)
{
    const auto shift = current();
    if (!shift)
        return Error{QStringLiteral("cash.no-shift"), tr("No shift is open")};
    // The day closes with every ticket finished: an open one would be sold after its Z.
    if (m_openTicket && m_openTicket())
        return Error{QStringLiteral("cash.ticket-open"), tr("Finish, park or void the open ticket before closing the day")};
    if (!allowed(who, Permission::ZReport, approval))
        return needsApproval(Permission::ZReport);
    const auto total = countedTotal(counted);
    if (!total)
        return Error{QStringLiteral("cash.count"), tr("The count has a negative or impossible number")};
    const ShiftFigures f = m_shifts->figures(*shift);
    const qint64 diff = *total - f.expectedCash;
    const bool large = (diff < 0 ? -diff : diff) > m_settings.countDifferenceLimit;
    QString approvedBy, reason;
    if (large) {
        // Always an explicit acceptance with a reason, even when a manager counts: the reason
        // goes on the Z report and to head office.
        if (!differenceApproval || differenceApproval->action != permissionKey(Permission::AcceptCountDifference))
            return Error{QStringLiteral("approval.required"),
                         tr("The count differs from what the till expects by more than the limit. Count again, or a manager accepts it with a reason."),
                         ApprovalRequired{Permission::AcceptCountDifference}};
        approvedBy = differenceApproval->staffId;
        reason = differenceApproval->reason;
        if (reason.trimmed().isEmpty())
            return Error{QStringLiteral("cash.reason"), tr("A manager accepting a count difference must give a reason")};
    }
    auto closed = m_shifts->close(*shift, m_settings.storeId, who.id, counted, approvedBy, reason, now());
    if (!closed)
        return closed;
    Q_EMIT eventWritten();
    Q_EMIT shiftChanged();
    if (auto r = print(m_receipts.shiftReport(closed.value(), f, true, who.name, now()), tr("Z report %1").arg(closed.value().zNo),
                       closed.value().id);
        !r)
        return r.error();
    return closed;
}

} // namespace ok
