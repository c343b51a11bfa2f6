// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The parts of the ticket in progress that the basket (core/basket.h) does not hold: tenders,
// return lines, and the saved form a crash or a parked basket leaves behind.

#include "core/basket.h"
#include "core/sale.h"
#include "core/tax.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace ok {

/// A tender of the ticket in progress.
struct TenderLine {
    enum class State { Done, Pending, Unknown };
    QString kind;       ///< cash, card
    qint64 amount = 0;  ///< taken (< 0: paid back)
    qint64 change = 0;
    QString reference;  ///< card: "auth 123456 VISA ****1234"
    State state = State::Done;
    QString txRef;      ///< card: our transaction reference at the terminal
};

/// A line being returned: from a receipt (saleId + lineNo) or without one.
struct ReturnLine {
    QString saleId;     ///< empty: return without receipt
    int lineNo = 0;
    qint64 productId = 0;
    QString sku;
    QString name;
    qint64 quantity = 0; ///< pieces or grams, > 0
    QString unit;
    qint64 unitPrice = 0;
    qint64 refund = 0;   ///< what goes back, > 0
    QString taxCode;
    int taxBasisPoints = 0;
    QString note;
};

/// Everything the ticket in progress holds: what a crash restores and a park puts aside.
struct TicketState {
    explicit TicketState(const Currency &currency, const TaxPolicy &policy)
        : basket(currency, policy)
    {
    }
    QString id;                      ///< the sale id it will commit under (made on the terminal)
    Basket basket;
    QList<QString> notes;            ///< parallel to basket lines: override / discount reason
    QList<ReturnLine> returns;
    QList<TenderLine> tenders;
    QList<ApprovalRecord> approvals;
    QString customer;
    QString returnSourceId;          ///< the sale whose receipt lines are being returned ("" = none)
    QString remoteOriginal;          ///< that sale is another terminal's, checked at the central service

    bool isEmpty() const { return basket.isEmpty() && returns.isEmpty(); }
};

/// What the ticket comes to.
struct TicketTotals {
    qint64 subtotal = 0;  ///< Σ sale line gross - Σ refunds
    qint64 discounts = 0;
    qint64 total = 0;     ///< > 0 customer pays, < 0 customer gets back
    qint64 paid = 0;      ///< settled tenders (net of change)
    qint64 due = 0;       ///< total - paid
    TaxSummary tax;
    QList<BasketLineTotals> lines;
};

/// The totals of `ticket`: its sale lines after discounts, less its refunds, taxed by `policy`,
/// less what its settled tenders paid.
TicketTotals ticketTotals(const TicketState &ticket, const TaxPolicy &policy);

/// A ticket in progress or parked, as the ledger keeps it (db::Drafts). The payload is the
/// ticket's own JSON (services/ticketdraft.h); storage only keeps it durable, so a crash restarts
/// into the ticket.
struct BasketDraft {
    QString slot;       ///< "current" or "parked:<uuid>"
    QString cashierId;
    QString label;      ///< parked: what the list shows ("3 items, 42.50")
    QByteArray payload;
    qint64 updatedAtMs = 0;
};

} // namespace ok
