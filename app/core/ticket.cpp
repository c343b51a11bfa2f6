// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ticket.h"

namespace ok {

TicketTotals ticketTotals(const TicketState &ticket, const TaxPolicy &policy)
{
    TicketTotals t;
    const BasketTotals b = ticket.basket.totals();
    t.lines = b.lines;
    QList<TaxableAmount> amounts;
    for (int i = 0; i < ticket.basket.lines().size(); ++i) {
        const BasketLine &l = ticket.basket.lines().at(i);
        amounts.append({l.taxRateCode, l.taxBasisPoints, b.lines.at(i).amount});
    }
    qint64 refunds = 0;
    for (const auto &r : ticket.returns) {
        amounts.append({r.taxCode, r.taxBasisPoints, -r.refund});
        refunds += r.refund;
    }
    t.tax = computeTax(amounts, policy);
    t.subtotal = b.subtotal - refunds;
    t.discounts = b.lineDiscounts + b.receiptDiscount;
    t.total = t.tax.totalGross;
    for (const auto &tender : ticket.tenders)
        if (tender.state == TenderLine::State::Done)
            t.paid += tender.amount - tender.change;
    t.due = t.total - t.paid;
    return t;
}

} // namespace ok
