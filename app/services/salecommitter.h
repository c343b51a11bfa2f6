// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/sale.h"

#include <QObject>

#include <memory>

namespace ok::db {
class Database;
class Ledger;
} // namespace ok::db

namespace ok {

class CashDrawerService;
class ReceiptService;
class Ticket;

/// Finishes a paid ticket: the sale, its lines, taxes, tenders, stock deltas, journal entry and
/// outbox event in one transaction that also deletes the draft; then, and only then, the drawer
/// (for cash) and the receipt (docs/reliability.md#r2-one-transaction-per-fact). A sale that
/// cannot be committed keeps its ticket and tenders: nothing is lost, the cashier tries again.
class SaleCommitter : public QObject
{
    Q_OBJECT
public:
    SaleCommitter(Ticket &ticket, db::Database &ledger, CashDrawerService &drawer, ReceiptService &receipts, QObject *parent = nullptr);
    ~SaleCommitter() override;

    /// Commit the ticket as it is (it must be paid; TenderSession decides when).
    Result<void> commit();

    /// The sale the ticket would commit as, now. Public for tests.
    SaleRecord record() const;

Q_SIGNALS:
    void saleCompleted(const ok::CommittedSale &sale, qint64 change);
    /// A fact went to the outbox (push soon).
    void eventWritten();

private:
    Ticket &m_ticket;
    std::unique_ptr<db::Ledger> m_sales;
    CashDrawerService &m_drawer;
    ReceiptService &m_receipts;
};

} // namespace ok

Q_DECLARE_METATYPE(ok::CommittedSale)
