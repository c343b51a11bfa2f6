// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/returnsession.h"

#include "core/rounding.h"
#include "services/approvalgate.h"
#include "services/receipts.h"
#include "services/staffsession.h"
#include "services/ticket.h"
#include "storage/ledger.h"

#include <QDateTime>
#include <QPointer>

namespace ok {

namespace {
Error invalidInput(const QString &text)
{
    return Error{QStringLiteral("till.invalid"), text};
}
} // namespace

ReturnSession::ReturnSession(Ticket &ticket, db::Database &ledger, QObject *parent)
    : QObject(parent)
    , m_ticket(ticket)
    , m_sales(std::make_unique<db::Ledger>(ledger))
{
    connect(&m_ticket, &Ticket::replaced, this, &ReturnSession::onTicketReplaced);
    // What is left to return depends on the ticket's lines.
    connect(&m_ticket, &Ticket::changed, this, [this] {
        if (m_source)
            Q_EMIT sourceChanged();
    });
}

ReturnSession::~ReturnSession() = default;

void ReturnSession::clear()
{
    ++m_generation; // a lookup still in flight no longer matters
    m_source.reset();
    m_remote = false;
    m_returned.clear();
}

void ReturnSession::onTicketReplaced()
{
    // A remote source is not kept over a restart (scan the receipt again to return more of
    // it); the return lines on the ticket keep the remote original they were checked against.
    clear();
    const QString src = m_ticket.state().returnSourceId;
    if (!src.isEmpty() && src != m_ticket.state().remoteOriginal) {
        m_source = m_sales->sale(src);
        if (m_source)
            m_returned = m_sales->returnedLines(src);
    }
    Q_EMIT sourceChanged();
}

Result<void> ReturnSession::openSource(const QString &receiptText)
{
    if (auto r = m_ticket.ready(); !r)
        return r;
    const TillSettings &s = m_ticket.settings();
    const auto ref = parseReceiptRef(receiptText, s.terminalId);
    if (!ref)
        return invalidInput(tr("Scan the QR code on the receipt, or type its number"));
    std::optional<StoredSale> sale;
    if (!ref->saleId.isEmpty())
        sale = m_sales->sale(ref->saleId);
    else if (ref->terminalId == s.terminalId)
        sale = m_sales->saleByReceipt(ref->terminalId, ref->receiptNo);
    if (!sale) {
        const bool otherTill = ref->terminalId != s.terminalId || (!ref->storeId.isEmpty() && ref->storeId != s.storeId);
        if (otherTill && !ref->saleId.isEmpty() && m_remoteLookup) {
            // Another till's receipt with its sale id: the answer opens the source later.
            const int generation = ++m_generation;
            Q_EMIT message(tr("Looking up receipt %1-%2 at the central service ...").arg(ref->terminalId).arg(ref->receiptNo), false);
            const ReceiptRef asked = *ref;
            QPointer<ReturnSession> self(this);
            m_remoteLookup(ref->saleId, [self, generation, asked](Result<RemoteSale> answer) {
                if (self && generation == self->m_generation)
                    self->onRemoteSale(asked, std::move(answer));
            });
            return {};
        }
        if (otherTill)
            return Error{QStringLiteral("till.other-terminal"),
                         tr("Receipt %1-%2 was issued by another till. Return it there, or as a return without receipt.")
                             .arg(ref->terminalId).arg(ref->receiptNo)};
        return invalidInput(tr("There is no receipt %1 on this till").arg(ref->receiptNo));
    }
    if (sale->sale.kind == QLatin1String("return"))
        return invalidInput(tr("Receipt %1 is a return; it cannot be returned again").arg(sale->receiptNo));
    if (!m_ticket.returnLines().isEmpty() && m_source && m_source->sale.id != sale->sale.id)
        return Error{QStringLiteral("till.one-source"), tr("This ticket already returns lines of receipt %1: finish it first").arg(m_source->receiptNo)};
    ++m_generation;
    m_source = sale;
    m_remote = false;
    m_returned = m_sales->returnedLines(sale->sale.id);
    m_ticket.setReturnSource(sale->sale.id, false);
    Q_EMIT sourceChanged();
    return m_ticket.persist();
}

void ReturnSession::onRemoteSale(const ReceiptRef &ref, Result<RemoteSale> answer)
{
    const auto refuse = [this](const QString &text) { Q_EMIT message(text, true); };
    if (!answer) {
        refuse(tr("Receipt %1-%2 was issued by another till and could not be looked up: %3. Try again, return it there, "
                  "or as a return without receipt.").arg(ref.terminalId).arg(ref.receiptNo).arg(answer.error().message));
        return;
    }
    RemoteSale remote = std::move(answer).value();
    const SaleRecord &sold = remote.sale.sale;
    if (sold.id != ref.saleId) {
        refuse(tr("The central service answered for another sale than receipt %1-%2").arg(ref.terminalId).arg(ref.receiptNo));
        return;
    }
    if (sold.kind == QLatin1String("return")) {
        refuse(tr("Receipt %1 is a return; it cannot be returned again").arg(remote.sale.receiptNo));
        return;
    }
    const QString currency = m_ticket.settings().currency.code;
    if (sold.currency != currency) {
        refuse(tr("Receipt %1-%2 was paid in %3: it cannot be refunded in %4 here")
                   .arg(ref.terminalId).arg(ref.receiptNo).arg(sold.currency, currency));
        return;
    }
    if (!m_ticket.returnLines().isEmpty() && m_source && m_source->sale.id != sold.id) {
        refuse(tr("This ticket already returns lines of receipt %1: finish it first").arg(m_source->receiptNo));
        return;
    }
    // What the central service knows was returned, plus this till's returns of the sale that
    // have not reached it yet.
    QHash<int, ReturnedQuantity> returned = remote.returned;
    const QHash<int, ReturnedQuantity> unsent = m_sales->unsentReturnedLines(sold.id);
    for (auto it = unsent.cbegin(); it != unsent.cend(); ++it) {
        returned[it.key()].quantity += it.value().quantity;
        returned[it.key()].amount += it.value().amount;
    }
    m_source = remote.sale;
    m_remote = true;
    m_returned = returned;
    m_ticket.setReturnSource(sold.id, true);
    Q_EMIT sourceChanged();
    (void)m_ticket.persist();
}

void ReturnSession::closeSource()
{
    if (!m_ticket.returnLines().isEmpty())
        return; // the lines being returned still need it
    clear();
    m_ticket.setReturnSource(QString(), false);
    Q_EMIT sourceChanged();
    (void)m_ticket.persist();
}

bool ReturnSession::sourcePaidByCard() const
{
    if (m_source)
        for (const auto &t : m_source->sale.tenders)
            if (t.kind == QLatin1String("card") && t.amount > 0)
                return true;
    return false;
}

qint64 ReturnSession::returnable(int lineNo) const
{
    if (!m_source || lineNo < 1 || lineNo > m_source->sale.lines.size())
        return 0;
    const SaleLineRecord &sold = m_source->sale.lines.at(lineNo - 1);
    if (sold.quantity <= 0)
        return 0;
    qint64 left = sold.quantity - m_returned.value(lineNo).quantity;
    for (const auto &r : m_ticket.returnLines())
        if (r.saleId == m_source->sale.id && r.lineNo == lineNo)
            left -= r.quantity;
    return std::max<qint64>(0, left);
}

Result<void> ReturnSession::returnLine(int lineNo, qint64 quantity)
{
    if (auto r = m_ticket.ready(); !r)
        return r;
    if (!m_source)
        return invalidInput(tr("Scan the receipt first"));
    if (m_ticket.isPaying())
        return Error{QStringLiteral("till.paying"), tr("Payment has started: finish or cancel it before adding returns")};
    const qint64 left = returnable(lineNo);
    if (quantity <= 0 || quantity > left)
        return invalidInput(left == 0 ? tr("Nothing of this line is left to return")
                                      : tr("At most %1 can be returned").arg(m_ticket.format().quantity(left, m_source->sale.lines.at(lineNo - 1).unit)));
    const SaleLineRecord &sold = m_source->sale.lines.at(lineNo - 1);
    qint64 before = m_returned.value(lineNo).quantity;
    for (const auto &r : m_ticket.returnLines())
        if (r.saleId == m_source->sale.id && r.lineNo == lineNo)
            before += r.quantity;
    const qint64 upTo = qint64(Int128(sold.amount) * (before + quantity) / sold.quantity);
    const qint64 upToBefore = qint64(Int128(sold.amount) * before / sold.quantity);
    return m_ticket.addReturnLine({m_source->sale.id, lineNo, sold.productId, sold.sku, sold.name, quantity, sold.unit, sold.unitPrice,
                                   upTo - upToBefore, sold.taxCode, sold.taxBasisPoints, QString()},
                                  std::nullopt);
}

Result<void> ReturnSession::returnWithoutReceipt(const ProductInfo &p, qint64 quantity, qint64 unitPrice, const QString &reason,
                                                 const std::optional<ApprovalRecord> &approval)
{
    if (auto r = m_ticket.ready(); !r)
        return r;
    if (m_ticket.isPaying())
        return Error{QStringLiteral("till.paying"), tr("Payment has started: finish or cancel it before adding returns")};
    if (reason.trimmed().isEmpty())
        return invalidInput(tr("Give a reason for the return"));
    if (quantity <= 0 || unitPrice < 0)
        return invalidInput(tr("Enter a quantity above zero and a price"));
    if (auto r = m_ticket.gate().check(Permission::ReturnWithoutReceipt, approval); !r)
        return r;
    const bool weighed = p.unit == QLatin1String("kg");
    const auto gross = Basket::lineGross(unitPrice, weighed ? Quantity::grams(quantity) : Quantity::pieces(quantity));
    if (!gross)
        return invalidInput(tr("That amount is not possible"));
    const QString who = m_ticket.session().member()->id;
    return m_ticket.addReturnLine({QString(), 0, p.id, p.sku, p.name, quantity, weighed ? QStringLiteral("gram") : QStringLiteral("piece"),
                                   unitPrice, *gross, p.taxCode, p.taxBasisPoints, tr("no receipt: %1").arg(reason.trimmed())},
                                  approval ? approval
                                           : std::optional<ApprovalRecord>(ApprovalRecord{permissionKey(Permission::ReturnWithoutReceipt), who,
                                                                                          reason.trimmed(), QDateTime::currentMSecsSinceEpoch()}));
}

} // namespace ok
