// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/sale.h"
#include "services/receipts.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace ok::db {
class Database;
class Ledger;
} // namespace ok::db

namespace ok {

class DeviceManager;
class StaffAuth;

/// The receipts of committed sales: printed through the receipt printer's queue after the
/// commit, reprinted as a COPY on request, and offered again when one never printed (a crash,
/// no paper): a committed sale is reprinted, never rung again
/// (docs/reliability.md#r2-one-transaction-per-fact). Everything printed is rebuilt from the
/// ledger, so a reprint says exactly what the original said.
class ReceiptService : public QObject
{
    Q_OBJECT
public:
    ReceiptService(Receipts format, db::Database &ledger, StaffAuth *auth, DeviceManager *devices, QObject *parent = nullptr);
    ~ReceiptService() override;

    const Receipts &format() const { return m_format; }

    /// Queue the receipt of a committed sale. `copy`: a reprint, marked COPY on paper.
    Result<void> print(const QString &saleId, bool copy);
    /// Committed sales whose receipt never printed and is not queued (offer reprint, never re-ring).
    QList<CommittedSale> unprinted() const;
    /// This terminal's sales since `sinceMs` (terminal clock), newest first, at most `limit`.
    QList<StoredSale> recent(const QString &terminalId, qint64 sinceMs, int limit = 50) const;
    /// Why receipts do not print right now, for the cashier; empty when they do.
    QString printerProblem() const;

Q_SIGNALS:
    /// The print queue or the printer changed: unprinted() and printerProblem() may differ.
    void changed();

private:
    Receipts m_format;
    db::Database &m_db;
    std::unique_ptr<db::Ledger> m_sales;
    StaffAuth *m_auth;
    QPointer<DeviceManager> m_devices;
};

} // namespace ok
