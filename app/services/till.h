// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/approvalgate.h"
#include "services/cashdesk.h"
#include "services/cashdrawerservice.h"
#include "services/receiptservice.h"
#include "services/returnsession.h"
#include "services/salecommitter.h"
#include "services/scanresolver.h"
#include "services/tendersession.h"
#include "services/ticket.h"
#include "services/staffsession.h"
#include "services/tillsettings.h"

#include <QObject>

namespace ok::db {
class Database;
class DiskSpace;
} // namespace ok::db

namespace ok {

class CatalogService;
class DeviceManager;
class StaffSession;

/// The cashier's services of one terminal, built and wired together: the ticket, scans, returns,
/// tender, the commit, receipts, the cash desk. No rules of its own: TerminalApp and the tests
/// build the till through it, so they cannot wire it differently.
class Till : public QObject
{
    Q_OBJECT
public:
    struct Parts {
        TillSettings settings;
        CashDeskSettings cashDesk;
        db::Database &ledger;
        StaffSession &session;
        ApprovalGate &gate;
        CatalogService *catalog = nullptr;
        DeviceManager *devices = nullptr;
        /// null: no card terminal configured
        ports::PaymentTerminal *paymentTerminal = nullptr;
        /// The data directory's free space ([storage] min_free_mb); null: not checked
        const db::DiskSpace *diskSpace = nullptr;
    };
    explicit Till(const Parts &parts, QObject *parent = nullptr);

    Ticket &ticket() { return m_ticket; }
    ScanResolver &scans() { return m_scans; }
    ReturnSession &returns() { return m_returns; }
    TenderSession &tender() { return m_tender; }
    SaleCommitter &committer() { return m_committer; }
    ReceiptService &receipts() { return m_receipts; }
    CashDrawerService &drawer() { return m_drawer; }
    CashDesk &cashDesk() { return m_cashDesk; }
    ApprovalGate &gate() { return m_gate; }
    StaffSession &session() { return m_session; }

Q_SIGNALS:
    /// A fact went to the outbox (a sale, a void, a cash movement): push it soon.
    void eventWritten();

private:
    StaffSession &m_session;
    ApprovalGate &m_gate;
    Ticket m_ticket;
    ScanResolver m_scans;
    ReturnSession m_returns;
    CashDrawerService m_drawer;
    ReceiptService m_receipts;
    SaleCommitter m_committer;
    TenderSession m_tender;
    CashDesk m_cashDesk;
};

} // namespace ok
