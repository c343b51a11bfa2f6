// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/salecommitter.h"

#include "services/cashdrawerservice.h"
#include "services/receiptservice.h"
#include "services/staffsession.h"
#include "services/ticket.h"
#include "storage/drafts.h"
#include "storage/ledger.h"

#include <QDateTime>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCommit, "omnikiosk.till.commit", QtInfoMsg)

namespace ok {

SaleCommitter::SaleCommitter(Ticket &ticket, db::Database &ledger, CashDrawerService &drawer, ReceiptService &receipts, QObject *parent)
    : QObject(parent)
    , m_ticket(ticket)
    , m_sales(std::make_unique<db::Ledger>(ledger))
    , m_drawer(drawer)
    , m_receipts(receipts)
{
    qRegisterMetaType<ok::CommittedSale>();
}

SaleCommitter::~SaleCommitter() = default;

SaleRecord SaleCommitter::record() const
{
    const TicketState &t = m_ticket.state();
    const TillSettings &settings = m_ticket.settings();
    const Ticket::Totals totals = m_ticket.totals();
    SaleRecord s;
    s.id = t.id;
    s.kind = t.returns.isEmpty() ? QStringLiteral("sale") : t.basket.isEmpty() ? QStringLiteral("return") : QStringLiteral("exchange");
    s.storeId = settings.storeId;
    s.terminalId = settings.terminalId;
    s.cashierId = m_ticket.session().member() ? m_ticket.session().member()->id : QString();
    s.currency = settings.currency.code;
    s.createdAtMs = QDateTime::currentMSecsSinceEpoch();
    s.subtotal = totals.subtotal;
    s.discountTotal = totals.discounts;
    s.total = totals.total;
    s.taxTotal = totals.tax.totalTax;
    s.cashRounding = -totals.due; // what the cash rounding left open (0 unless the last tender was rounded cash)
    s.pricesIncludeTax = settings.taxPolicy.priceMode == PriceMode::TaxInclusive;
    for (int i = 0; i < t.basket.lines().size(); ++i) {
        const BasketLine &l = t.basket.lines().at(i);
        const BasketLineTotals &lt = totals.lines.at(i);
        s.lines.append({l.productId, l.sku, l.name, l.quantity.value,
                        l.quantity.unit == Quantity::Unit::Gram ? QStringLiteral("gram") : QStringLiteral("piece"), l.unitPriceMinor,
                        lt.lineDiscount + lt.receiptDiscountShare, lt.amount, l.taxRateCode, l.taxBasisPoints, 0, t.notes.value(i)});
    }
    for (const auto &r : t.returns)
        s.lines.append({r.productId, r.sku, r.name, -r.quantity, r.unit, r.unitPrice, 0, -r.refund, r.taxCode, r.taxBasisPoints, r.lineNo, r.note});
    for (const auto &tender : t.tenders)
        s.tenders.append({tender.kind, tender.amount, tender.change, tender.reference});
    for (const auto &row : totals.tax.rows)
        s.taxes.append({row.rateCode, row.basisPoints, row.net, row.tax, row.gross});
    s.shiftId = m_ticket.shiftId();
    for (const auto &r : t.returns)
        if (!r.saleId.isEmpty())
            s.originalSaleId = r.saleId;
    s.originalIsRemote = !s.originalSaleId.isEmpty() && s.originalSaleId == t.remoteOriginal;
    s.customer = t.customer;
    s.approvals = t.approvals;
    s.draftSlot = db::Drafts::kCurrent;
    return s;
}

Result<void> SaleCommitter::commit()
{
    if (auto r = m_ticket.ready(); !r)
        return r;
    if (m_ticket.isEmpty())
        return Error{QStringLiteral("till.invalid"), tr("The basket is empty")};
    // No free-space check here: the customer has paid, and a sale takes kilobytes. The check refuses
    // a *new* sale ([storage] min_free_mb, Ticket::addProduct); should SQLite itself find the disk
    // full, the commit fails whole and the ticket with its tenders stays for another try.
    const SaleRecord sale = record();
    auto committed = m_sales->commitSale(sale);
    if (!committed) {
        qCCritical(lcCommit).noquote() << "sale not committed:" << committed.error().message;
        m_ticket.say(tr("The sale could not be saved: %1. Nothing is lost: try again, or call a supervisor.").arg(committed.error().message), true);
        return committed.error();
    }
    qint64 change = 0;
    bool cash = false;
    for (const auto &t : sale.tenders) {
        change += t.change;
        cash = cash || t.kind == QLatin1String("cash");
    }
    const CommittedSale done = committed.value();
    m_ticket.reset(); // the commit deleted the draft in its transaction
    Q_EMIT eventWritten();
    // Only now, with the sale on disk: the drawer and the receipt.
    if (cash)
        if (auto r = m_drawer.open(sale.cashierId, QStringLiteral("sale"), done.id); !r)
            m_ticket.say(tr("The drawer did not open: %1").arg(r.error().message), true);
    if (auto r = m_receipts.print(done.id, false); !r)
        m_ticket.say(r.error().message, true);
    Q_EMIT saleCompleted(done, change);
    return {};
}

} // namespace ok
