// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ticket.h"

#include "core/rounding.h"
#include "services/approvalgate.h"
#include "services/staffsession.h"
#include "services/ticketdraft.h"
#include "storage/diskspace.h"
#include "storage/drafts.h"
#include "storage/ledger.h"
#include "storage/shifts.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QUuid>

Q_LOGGING_CATEGORY(lcTicket, "omnikiosk.till.ticket", QtInfoMsg)

namespace ok {

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Error invalidInput(const QString &text)
{
    return Error{QStringLiteral("till.invalid"), text};
}

/// Longest customer reference kept on a ticket (a loyalty card number, a name).
constexpr qsizetype kMaxCustomerLength = 64;

} // namespace

Ticket::Ticket(TillSettings settings, db::Database &ledger, StaffSession &session, ApprovalGate &gate, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_session(session)
    , m_gate(gate)
    , m_drafts(std::make_unique<db::Drafts>(ledger))
    , m_ledger(std::make_unique<db::Ledger>(ledger))
    , m_db(ledger)
    , m_format(ReceiptHeader{m_settings.storeName, m_settings.storeId, m_settings.terminalId, m_settings.language,
                             m_settings.currency.exponent, m_settings.storeWording})
    , m_t(m_settings.currency, m_settings.taxPolicy)
{
    m_t.id = newId();
}

Ticket::~Ticket() = default;

qint64 Ticket::now() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

bool Ticket::hasOpenCard() const
{
    return std::any_of(m_t.tenders.cbegin(), m_t.tenders.cend(), [](const TenderLine &t) { return t.state != TenderLine::State::Done; });
}

QString Ticket::shiftId() const
{
    const auto shift = db::Shifts(m_db).openShift(m_settings.terminalId);
    return shift ? shift->id : QString();
}

Result<void> Ticket::ready() const
{
    if (auto who = m_session.signedIn(); !who)
        return who.error();
    if (hasOpenCard())
        return Error{QStringLiteral("till.card-open"), tr("A card payment is not settled yet: wait for it or check it on the terminal")};
    return {};
}

Result<void> Ticket::editable(const char *whatStarted) const
{
    if (auto r = ready(); !r)
        return r;
    if (isPaying())
        return Error{QStringLiteral("till.paying"), tr(whatStarted)};
    return {};
}

Result<void> Ticket::checkLine(int line) const
{
    if (line < 0 || line >= m_t.basket.lines().size())
        return invalidInput(tr("No such line"));
    return {};
}

Ticket::Totals Ticket::totals() const
{
    return ticketTotals(m_t, m_settings.taxPolicy);
}

qint64 Ticket::cashDue() const
{
    const qint64 due = totals().due;
    const Money rounded = cashRounded(Money(due, m_settings.currency));
    return rounded.isValid() ? rounded.minor() : due;
}

// ------------------------------------------------------------------ lifecycle

Result<void> Ticket::load(const QByteArray &payload)
{
    auto loaded = ticketdraft::decode(payload, m_settings.currency, m_settings.taxPolicy);
    if (!loaded)
        return loaded.error();
    m_t = std::move(loaded).value();
    if (m_t.id.isEmpty())
        m_t.id = newId();
    return {};
}

Result<void> Ticket::persist()
{
    if (isEmpty() && m_t.tenders.isEmpty()) {
        if (auto r = m_drafts->remove(db::Drafts::kCurrent); !r)
            return r;
    } else {
        const QString cashier = m_session.member() ? m_session.member()->id : QString();
        if (auto r = m_drafts->save({db::Drafts::kCurrent, cashier, QString(), ticketdraft::encode(m_t, cashier), now()}); !r) {
            qCCritical(lcTicket).noquote() << "basket not saved:" << r.error().message;
            Q_EMIT message(tr("The basket could not be saved: %1").arg(r.error().message), true);
            return r;
        }
    }
    Q_EMIT changed();
    return {};
}

Result<void> Ticket::restore()
{
    const auto draft = m_drafts->load(db::Drafts::kCurrent);
    if (!draft)
        return {};
    if (auto r = load(draft->payload); !r)
        return r;
    if (hasOpenCard())
        Q_EMIT message(tr("A card payment was in progress when the till stopped. Check it with the terminal before going on."), true);
    qCInfo(lcTicket) << "restored the basket in progress:" << m_t.basket.lines().size() << "lines," << m_t.returns.size() << "returns,"
                     << m_t.tenders.size() << "tenders";
    Q_EMIT replaced();
    Q_EMIT changed();
    return {};
}

void Ticket::reset()
{
    m_t = TicketState(m_settings.currency, m_settings.taxPolicy);
    m_t.id = newId();
    Q_EMIT replaced();
    Q_EMIT changed();
}

void Ticket::recordApproval(const std::optional<ApprovalRecord> &approval)
{
    if (approval)
        m_t.approvals.append(*approval);
}

Result<void> Ticket::journal(const QString &kind, const QJsonObject &payload, const std::optional<ApprovalRecord> &approval,
                             const QString &outboxKind)
{
    // A late answer (a points redemption) may arrive after the cashier signed out: the terminal
    // is the actor then.
    const auto who = m_session.member();
    const QString actor = approval ? approval->staffId : who ? who->id : QStringLiteral("terminal");
    auto seq = m_ledger->recordEvent(kind, m_t.id, actor, payload, now(), outboxKind);
    if (!seq)
        return seq.error();
    if (!outboxKind.isEmpty())
        Q_EMIT eventWritten();
    return {};
}

// ------------------------------------------------------------------ ringing up

Result<int> Ticket::addProduct(const ProductInfo &p, std::optional<Quantity> quantity, std::optional<qint64> labelPrice)
{
    if (auto r = editable(QT_TR_NOOP("Payment has started: finish or cancel it before adding items")); !r)
        return r.error();
    if (m_disk && isEmpty()) // a new sale: refused before anything is written when the disk is nearly full
        if (auto r = m_disk->checkRoomForSale(); !r)
            return r.error();
    const bool weighed = p.unit == QLatin1String("kg");
    qint64 unitPrice = 0;
    Quantity q = quantity.value_or(Quantity::pieces(1));
    if (labelPrice) {
        // A price label: one line at the printed price (the weight stays on the label).
        unitPrice = *labelPrice;
        q = Quantity::pieces(1);
    } else {
        if (!p.price)
            return Error{QStringLiteral("till.no-price"), tr("%1 has no price in this store. A supervisor can enter one (price override).").arg(p.name)};
        if (p.currency != m_settings.currency.code)
            return Error{QStringLiteral("till.currency"), tr("%1 is priced in %2, not %3").arg(p.name, p.currency, m_settings.currency.code)};
        unitPrice = *p.price;
        if (weighed && q.unit != Quantity::Unit::Gram)
            return Error{QStringLiteral("till.needs-weight"), tr("%1 is sold by weight: scan its scale label or enter the weight").arg(p.name)};
        if (!weighed && q.unit == Quantity::Unit::Gram)
            return Error{QStringLiteral("till.not-weighed"), tr("%1 is sold by the piece").arg(p.name)};
    }
    const int before = int(m_t.basket.lines().size());
    const int line = m_t.basket.addLine({p.id, p.sku, p.name, p.taxCode, p.taxBasisPoints, unitPrice, q});
    if (line < 0)
        return invalidInput(tr("%1 cannot be added with this quantity or price").arg(p.name));
    // A channel promotion's price is the web shop's too: the receipt says which promotion it is.
    if (line == before)
        m_t.notes.append(labelPrice           ? tr("price label")
                         : p.promotion.isEmpty() ? QString()
                                                 : tr("Promotion: %1").arg(p.promotion));
    if (auto r = persist(); !r) {
        // Never show a line that would not survive a crash.
        if (line == before) {
            m_t.basket.removeLine(line);
            m_t.notes.removeLast();
        } else {
            m_t.basket.setQuantity(line, Quantity{m_t.basket.lines().at(line).quantity.value - q.value, q.unit});
        }
        return r.error();
    }
    Q_EMIT lineAdded(line);
    return line;
}

Result<void> Ticket::setQuantity(int line, qint64 value, const std::optional<ApprovalRecord> &approval)
{
    if (auto r = ready(); !r)
        return r;
    if (auto r = checkLine(line); !r)
        return r;
    if (auto r = editable(QT_TR_NOOP("Payment has started: finish or cancel it before changing items")); !r)
        return r;
    const BasketLine old = m_t.basket.lines().at(line);
    // Lowering a quantity takes something off the ticket: it is a void of those pieces.
    const bool lower = value < old.quantity.value;
    if (lower)
        if (auto r = m_gate.check(Permission::VoidLine, approval); !r)
            return r;
    if (!m_t.basket.setQuantity(line, Quantity{value, old.quantity.unit}))
        return invalidInput(value <= 0 ? tr("Enter a quantity above zero, or void the line") : tr("That quantity is not possible"));
    if (lower)
        recordApproval(approval);
    return persist();
}

bool Ticket::isLargeDiscount(const Discount &discount, qint64 base) const
{
    switch (discount.kind) {
    case Discount::Kind::Percent: return discount.value > m_settings.discountLimitBp;
    case Discount::Kind::Amount: return Int128(discount.value) * 10000 > Int128(base) * m_settings.discountLimitBp;
    case Discount::Kind::None: return false;
    }
    return false;
}

Result<void> Ticket::checkDiscount(const Discount &discount, bool large, const std::optional<ApprovalRecord> &approval) const
{
    if (large)
        if (auto r = m_gate.check(Permission::LargeDiscount, approval); !r)
            return r;
    if (discount.kind != Discount::Kind::None && discount.reason.trimmed().isEmpty())
        return invalidInput(tr("Give a reason for the discount"));
    return {};
}

Result<void> Ticket::setLineDiscount(int line, const Discount &discount, const std::optional<ApprovalRecord> &approval)
{
    if (auto r = ready(); !r)
        return r;
    if (auto r = checkLine(line); !r)
        return r;
    if (!isValidDiscount(discount))
        return invalidInput(tr("A discount is 0 to 100 percent, or an amount of at least zero"));
    if (auto r = editable(QT_TR_NOOP("Payment has started: finish or cancel it before changing items")); !r)
        return r;
    const auto gross = Basket::lineGross(m_t.basket.lines().at(line).unitPriceMinor, m_t.basket.lines().at(line).quantity).value_or(0);
    const bool large = isLargeDiscount(discount, gross);
    if (auto r = checkDiscount(discount, large, approval); !r)
        return r;
    m_t.basket.setLineDiscount(line, discount);
    m_t.notes[line] = discount.kind == Discount::Kind::None ? QString() : tr("Discount: %1").arg(discount.reason.trimmed());
    if (large)
        recordApproval(approval);
    return persist();
}

Result<void> Ticket::setReceiptDiscount(const Discount &discount, const std::optional<ApprovalRecord> &approval)
{
    if (auto r = ready(); !r)
        return r;
    if (!isValidDiscount(discount))
        return invalidInput(tr("A discount is 0 to 100 percent, or an amount of at least zero"));
    if (auto r = editable(QT_TR_NOOP("Payment has started: finish or cancel it before changing the discount")); !r)
        return r;
    qint64 base = 0;
    for (const auto &l : m_t.basket.totals().lines)
        base += l.gross - l.lineDiscount;
    const bool large = isLargeDiscount(discount, base);
    if (auto r = checkDiscount(discount, large, approval); !r)
        return r;
    m_t.basket.setReceiptDiscount(discount);
    if (large)
        recordApproval(approval);
    return persist();
}

Result<void> Ticket::overridePrice(int line, qint64 unitPrice, const QString &reason, const std::optional<ApprovalRecord> &approval)
{
    if (auto r = ready(); !r)
        return r;
    if (auto r = checkLine(line); !r)
        return r;
    if (reason.trimmed().isEmpty())
        return invalidInput(tr("Give a reason for the price change"));
    if (auto r = editable(QT_TR_NOOP("Payment has started: finish or cancel it before changing prices")); !r)
        return r;
    if (auto r = m_gate.check(Permission::PriceOverride, approval); !r)
        return r;
    const BasketLine old = m_t.basket.lines().at(line);
    if (!m_t.basket.setUnitPrice(line, unitPrice))
        return invalidInput(tr("That price is not possible"));
    const QString cashier = m_session.member()->id;
    m_t.notes[line] = tr("Price %1 → %2: %3").arg(m_format.amount(old.unitPriceMinor), m_format.amount(unitPrice), reason.trimmed());
    recordApproval(approval ? approval
                            : std::optional<ApprovalRecord>(ApprovalRecord{permissionKey(Permission::PriceOverride), cashier, reason.trimmed(), now()}));
    const QJsonObject payload{{QStringLiteral("ticket_id"), m_t.id}, {QStringLiteral("product_id"), old.productId},
                              {QStringLiteral("from"), old.unitPriceMinor}, {QStringLiteral("to"), unitPrice},
                              {QStringLiteral("reason"), reason.trimmed()}, {QStringLiteral("cashier_id"), cashier}};
    if (auto j = journal(QStringLiteral("price.override"), payload, approval); !j)
        return j;
    return persist();
}

Result<void> Ticket::voidLine(int line, const std::optional<ApprovalRecord> &approval)
{
    if (auto r = ready(); !r)
        return r;
    if (auto r = checkLine(line); !r)
        return r;
    if (auto r = editable(QT_TR_NOOP("Payment has started: finish or cancel it before voiding lines")); !r)
        return r;
    if (auto r = m_gate.check(Permission::VoidLine, approval); !r)
        return r;
    const BasketLine l = m_t.basket.lines().at(line);
    const auto lineTotals = m_t.basket.totals();
    const QJsonObject payload{{QStringLiteral("ticket_id"), m_t.id}, {QStringLiteral("product_id"), l.productId},
                              {QStringLiteral("sku"), l.sku}, {QStringLiteral("quantity"), l.quantity.value},
                              {QStringLiteral("amount"), lineTotals.lines.at(line).amount},
                              {QStringLiteral("cashier_id"), m_session.member()->id}};
    if (auto j = journal(QStringLiteral("line.voided"), payload, approval); !j)
        return j;
    m_t.basket.removeLine(line);
    m_t.notes.removeAt(line);
    recordApproval(approval);
    return persist();
}

Result<void> Ticket::voidSale(const std::optional<ApprovalRecord> &approval)
{
    if (auto r = ready(); !r)
        return r;
    if (isEmpty())
        return {};
    for (const auto &t : m_t.tenders)
        if (t.kind == QLatin1String("card") || t.kind == QLatin1String("loyalty"))
            return Error{QStringLiteral("till.paid-electronically"),
                         t.kind == QLatin1String("card") ? tr("A card payment was taken: finish the sale, then return it to the card")
                                                         : tr("Points were paid with: finish the sale, then return it")};
    if (auto r = m_gate.check(Permission::VoidSale, approval); !r)
        return r;
    const QString cashier = m_session.member()->id;
    const QJsonObject payload{{QStringLiteral("sale_id"), m_t.id}, {QStringLiteral("store_id"), m_settings.storeId},
                              {QStringLiteral("terminal_id"), m_settings.terminalId}, {QStringLiteral("cashier_id"), cashier},
                              {QStringLiteral("approved_by"), approval ? approval->staffId : cashier},
                              {QStringLiteral("lines"), int(m_t.basket.lines().size() + m_t.returns.size())},
                              {QStringLiteral("total"), totals().total}, {QStringLiteral("currency"), m_settings.currency.code}};
    if (auto j = journal(QStringLiteral("sale.voided"), payload, approval, QStringLiteral("sale.voided")); !j)
        return j;
    // Cash already handed over for this ticket goes back to the customer: nothing was taken.
    reset();
    return persist();
}

Result<void> Ticket::setCustomer(const QString &customer)
{
    if (auto r = ready(); !r)
        return r;
    m_t.customer = customer.trimmed().left(kMaxCustomerLength);
    return persist();
}

// ------------------------------------------------------------------ for the sessions

Result<void> Ticket::addReturnLine(const ReturnLine &line, const std::optional<ApprovalRecord> &approval)
{
    if (auto r = editable(QT_TR_NOOP("Payment has started: finish or cancel it before adding returns")); !r)
        return r;
    if (m_disk && isEmpty()) // a return starts a new ticket too
        if (auto r = m_disk->checkRoomForSale(); !r)
            return r.error();
    m_t.returns.append(line);
    recordApproval(approval);
    if (auto r = persist(); !r) {
        m_t.returns.removeLast();
        if (approval)
            m_t.approvals.removeLast();
        return r;
    }
    return {};
}

Result<void> Ticket::removeReturnLine(int index)
{
    if (auto r = ready(); !r)
        return r;
    if (index < 0 || index >= m_t.returns.size())
        return invalidInput(tr("No such line"));
    if (auto r = editable(QT_TR_NOOP("Payment has started: finish or cancel it before changing returns")); !r)
        return r;
    m_t.returns.removeAt(index);
    return persist();
}

void Ticket::setReturnSource(const QString &saleId, bool remote)
{
    m_t.returnSourceId = saleId;
    if (remote)
        m_t.remoteOriginal = saleId;
    else if (m_t.returns.isEmpty())
        m_t.remoteOriginal.clear();
}

Result<void> Ticket::addTender(const TenderLine &tender)
{
    m_t.tenders.append(tender);
    if (auto r = persist(); !r) {
        m_t.tenders.removeLast();
        return r;
    }
    return {};
}

Result<void> Ticket::cancelRedemption(const QString &redemptionId, const QString &customerId)
{
    const QString kind = QStringLiteral("loyalty.redemption_cancelled");
    return journal(kind, {{QStringLiteral("redemption_id"), redemptionId}, {QStringLiteral("customer_id"), customerId},
                          {QStringLiteral("sale_id"), m_t.id}}, std::nullopt, kind);
}

Result<void> Ticket::settleTender(const QString &txRef, Settle how, const QString &reference)
{
    for (int i = 0; i < m_t.tenders.size(); ++i) {
        TenderLine &t = m_t.tenders[i];
        if (t.txRef != txRef || t.state == TenderLine::State::Done)
            continue;
        switch (how) {
        case Settle::Done:
            t.state = TenderLine::State::Done;
            t.reference = reference;
            break;
        case Settle::Unknown: t.state = TenderLine::State::Unknown; break;
        case Settle::Remove: m_t.tenders.removeAt(i); break;
        }
        return persist();
    }
    return invalidInput(tr("No card payment %1 is open").arg(txRef));
}

} // namespace ok
