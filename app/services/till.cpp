// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/till.h"

#include "core/rounding.h"
#include "drivers/printer/encoder.h"
#include "drivers/printer/escposprinter.h"
#include "drivers/scanner/scanparser.h"
#include "services/catalogservice.h"
#include "services/devicemanager.h"
#include "services/printspooler.h"
#include "storage/printjobs.h"
#include "storage/shifts.h"
#include "storage/sqlite.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QUuid>

Q_LOGGING_CATEGORY(lcTill, "omnikiosk.till", QtInfoMsg)

namespace ok {

namespace {
constexpr int kDraftVersion = 1;

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString discountKind(Discount::Kind k)
{
    return k == Discount::Kind::Percent ? QStringLiteral("percent") : k == Discount::Kind::Amount ? QStringLiteral("amount") : QString();
}

Discount::Kind discountKindFrom(const QString &s)
{
    return s == QLatin1String("percent") ? Discount::Kind::Percent : s == QLatin1String("amount") ? Discount::Kind::Amount : Discount::Kind::None;
}

QString tenderState(TenderLine::State s)
{
    return s == TenderLine::State::Done ? QStringLiteral("done") : s == TenderLine::State::Pending ? QStringLiteral("pending") : QStringLiteral("unknown");
}

Error invalidInput(const QString &text)
{
    return Error{QStringLiteral("till.invalid"), text};
}

qint64 gi(const QJsonObject &o, const char *key)
{
    return qint64(o.value(QLatin1String(key)).toDouble());
}

QString gs(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QJsonObject approvalJson(const ApprovalRecord &a)
{
    return {{QStringLiteral("action"), a.action}, {QStringLiteral("staff_id"), a.staffId}, {QStringLiteral("reason"), a.reason},
            {QStringLiteral("at_ms"), a.atMs}};
}

ApprovalRecord approvalFrom(const QJsonObject &o)
{
    return {gs(o, "action"), gs(o, "staff_id"), gs(o, "reason"), gi(o, "at_ms")};
}
} // namespace

Till::Till(TillSettings settings, db::Database &ledger, CatalogService *catalog, DeviceManager *devices, StaffAuth *auth,
           QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_ledger(ledger)
    , m_sales(ledger)
    , m_drafts(ledger)
    , m_catalog(catalog)
    , m_devices(devices)
    , m_auth(auth)
    , m_receipts(ReceiptHeader{m_settings.storeName, m_settings.storeId, m_settings.terminalId, m_settings.language,
                               m_settings.currency.exponent})
    , m_basket(m_settings.currency, m_settings.taxPolicy)
{
    qRegisterMetaType<ok::CommittedSale>();
    m_ticketId = newId();
    if (m_catalog) {
        connect(m_catalog, &CatalogService::barcodeFound, this, &Till::onLookupFound);
        connect(m_catalog, &CatalogService::barcodeNotFound, this, &Till::onLookupMissing);
        connect(m_catalog, &CatalogService::failed, this, [this](int request, const QString &text) {
            if (const auto it = m_lookups.constFind(request); it != m_lookups.cend()) {
                const QString code = it->code;
                m_lookups.erase(it);
                Q_EMIT scanRejected(code, text);
            }
        });
    }
    if (auto *t = terminal()) {
        connect(t, &ports::PaymentTerminal::finished, this, &Till::onCardFinished);
        connect(t, &ports::PaymentTerminal::prompt, this, [this](const QString &text) { Q_EMIT message(text, false); });
    }
}

Till::~Till() = default;

qint64 Till::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

ports::PaymentTerminal *Till::terminal() const
{
    return m_devices ? qobject_cast<ports::PaymentTerminal *>(m_devices->byRole(QStringLiteral("payment"))) : nullptr;
}

void Till::setCashier(const std::optional<StaffMember> &cashier)
{
    m_cashier = cashier;
}

QString Till::shiftId() const
{
    const auto shift = db::Shifts(m_ledger).openShift(m_settings.terminalId);
    return shift ? shift->id : QString();
}

Result<void> Till::ready() const
{
    if (!m_cashier)
        return Error{QStringLiteral("till.signed-out"), tr("Sign in first")};
    if (hasOpenCard())
        return Error{QStringLiteral("till.card-open"), tr("A card payment is not settled yet: wait for it or check it on the terminal")};
    return {};
}

Result<void> Till::readyToTender() const
{
    if (auto r = ready(); !r)
        return r;
    if (shiftId().isEmpty())
        return Error{QStringLiteral("till.no-shift"), tr("Open a shift (count the float into the drawer) before taking payment")};
    if (isEmpty())
        return invalidInput(tr("The basket is empty"));
    return {};
}

bool Till::hasOpenCard() const
{
    for (const auto &t : m_tenders)
        if (t.state != TenderLine::State::Done)
            return true;
    return false;
}

bool Till::cardInProgress() const
{
    return hasOpenCard();
}

Error Till::needsApproval(Permission p) const
{
    return Error{QStringLiteral("approval:") + permissionKey(p), tr("This needs a supervisor's approval")};
}

bool Till::allowed(Permission p, const std::optional<ApprovalRecord> &approval) const
{
    if (m_cashier && roleAllows(m_cashier->role, p))
        return true;
    return approval && approval->action == permissionKey(p);
}

void Till::recordApproval(const std::optional<ApprovalRecord> &approval)
{
    if (approval)
        m_approvals.append(*approval);
}

Result<void> Till::journalNow(const QString &kind, const QString &ref, const QJsonObject &payload, const QString &actor,
                              const QString &outboxKind)
{
    db::Transaction tx(m_ledger);
    if (!tx.isActive())
        return *tx.beginError();
    if (auto j = db::journal::append(m_ledger, {0, now(), kind, ref, actor,
                                                QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact))});
        !j)
        return j.error();
    if (!outboxKind.isEmpty())
        if (auto o = db::outbox::append(m_ledger, outboxKind, ref, payload, now()); !o)
            return o.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    if (!outboxKind.isEmpty())
        Q_EMIT eventWritten();
    return {};
}

// ------------------------------------------------------------------ draft

QByteArray Till::serialize() const
{
    QJsonArray lines;
    for (int i = 0; i < m_basket.lines().size(); ++i) {
        const BasketLine &l = m_basket.lines().at(i);
        lines.append(QJsonObject{{QStringLiteral("product_id"), l.productId}, {QStringLiteral("sku"), l.sku},
                                 {QStringLiteral("name"), l.name}, {QStringLiteral("tax_code"), l.taxRateCode},
                                 {QStringLiteral("tax_bp"), l.taxBasisPoints}, {QStringLiteral("unit_price"), l.unitPriceMinor},
                                 {QStringLiteral("quantity"), l.quantity.value},
                                 {QStringLiteral("unit"), l.quantity.unit == Quantity::Unit::Gram ? QStringLiteral("gram") : QStringLiteral("piece")},
                                 {QStringLiteral("discount_kind"), discountKind(l.discount.kind)},
                                 {QStringLiteral("discount_value"), l.discount.value},
                                 {QStringLiteral("discount_reason"), l.discount.reason},
                                 {QStringLiteral("note"), m_notes.value(i)}});
    }
    QJsonArray returns;
    for (const auto &r : m_returns)
        returns.append(QJsonObject{{QStringLiteral("sale_id"), r.saleId}, {QStringLiteral("line_no"), r.lineNo},
                                   {QStringLiteral("product_id"), r.productId}, {QStringLiteral("sku"), r.sku},
                                   {QStringLiteral("name"), r.name}, {QStringLiteral("quantity"), r.quantity},
                                   {QStringLiteral("unit"), r.unit}, {QStringLiteral("unit_price"), r.unitPrice},
                                   {QStringLiteral("refund"), r.refund}, {QStringLiteral("tax_code"), r.taxCode},
                                   {QStringLiteral("tax_bp"), r.taxBasisPoints}, {QStringLiteral("note"), r.note}});
    QJsonArray tenders;
    for (const auto &t : m_tenders)
        tenders.append(QJsonObject{{QStringLiteral("kind"), t.kind}, {QStringLiteral("amount"), t.amount},
                                   {QStringLiteral("change"), t.change}, {QStringLiteral("reference"), t.reference},
                                   {QStringLiteral("state"), tenderState(t.state)}, {QStringLiteral("tx_ref"), t.txRef}});
    QJsonArray approvals;
    for (const auto &a : m_approvals)
        approvals.append(approvalJson(a));
    const Discount &rd = m_basket.receiptDiscount();
    const QJsonObject o{{QStringLiteral("v"), kDraftVersion},
                        {QStringLiteral("ticket_id"), m_ticketId},
                        {QStringLiteral("cashier_id"), m_cashier ? m_cashier->id : QString()},
                        {QStringLiteral("customer"), m_customer},
                        {QStringLiteral("receipt_discount_kind"), discountKind(rd.kind)},
                        {QStringLiteral("receipt_discount_value"), rd.value},
                        {QStringLiteral("receipt_discount_reason"), rd.reason},
                        {QStringLiteral("source_sale_id"), m_source ? m_source->sale.id : QString()},
                        {QStringLiteral("remote_original"), m_remoteOriginal},
                        {QStringLiteral("lines"), lines},
                        {QStringLiteral("returns"), returns},
                        {QStringLiteral("tenders"), tenders},
                        {QStringLiteral("approvals"), approvals}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<void> Till::load(const QByteArray &payload)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject() || gi(doc.object(), "v") != kDraftVersion)
        return Error{QStringLiteral("till.draft"), tr("The saved basket could not be read; it was kept in the ledger for staff")};
    const QJsonObject o = doc.object();
    Basket basket(m_settings.currency, m_settings.taxPolicy);
    QList<QString> notes;
    for (const QJsonValue &v : o.value(QLatin1String("lines")).toArray()) {
        const QJsonObject l = v.toObject();
        const bool gram = gs(l, "unit") == QLatin1String("gram");
        BasketLineInput in{gi(l, "product_id"), gs(l, "sku"), gs(l, "name"), gs(l, "tax_code"), int(gi(l, "tax_bp")),
                           gi(l, "unit_price"), gram ? Quantity::grams(gi(l, "quantity")) : Quantity::pieces(gi(l, "quantity"))};
        // Lines are restored one by one, never merged (the draft holds them as they were).
        const int before = int(basket.lines().size());
        const int at = basket.addLine(in);
        if (at < 0)
            return Error{QStringLiteral("till.draft"), tr("The saved basket has an invalid line (%1)").arg(in.sku)};
        if (at != before) { // merged into an equal line: put it back as its own line
            (void)basket.setQuantity(at, Quantity{basket.lines().at(at).quantity.value - in.quantity.value, in.quantity.unit});
            return Error{QStringLiteral("till.draft"), tr("The saved basket could not be restored line by line")};
        }
        basket.setLineDiscount(at, Discount{discountKindFrom(gs(l, "discount_kind")), gi(l, "discount_value"), gs(l, "discount_reason")});
        notes.append(gs(l, "note"));
    }
    basket.setReceiptDiscount(Discount{discountKindFrom(gs(o, "receipt_discount_kind")), gi(o, "receipt_discount_value"),
                                       gs(o, "receipt_discount_reason")});
    QList<ReturnLine> returns;
    for (const QJsonValue &v : o.value(QLatin1String("returns")).toArray()) {
        const QJsonObject r = v.toObject();
        returns.append({gs(r, "sale_id"), int(gi(r, "line_no")), gi(r, "product_id"), gs(r, "sku"), gs(r, "name"),
                        gi(r, "quantity"), gs(r, "unit"), gi(r, "unit_price"), gi(r, "refund"), gs(r, "tax_code"),
                        int(gi(r, "tax_bp")), gs(r, "note")});
    }
    QList<TenderLine> tenders;
    for (const QJsonValue &v : o.value(QLatin1String("tenders")).toArray()) {
        const QJsonObject t = v.toObject();
        const QString state = gs(t, "state");
        // A card payment that was pending when the program stopped: only the terminal knows.
        tenders.append({gs(t, "kind"), gi(t, "amount"), gi(t, "change"), gs(t, "reference"),
                        state == QLatin1String("done") ? TenderLine::State::Done : TenderLine::State::Unknown, gs(t, "tx_ref")});
    }
    QList<ApprovalRecord> approvals;
    for (const QJsonValue &v : o.value(QLatin1String("approvals")).toArray())
        approvals.append(approvalFrom(v.toObject()));

    m_ticketId = gs(o, "ticket_id").isEmpty() ? newId() : gs(o, "ticket_id");
    m_basket = basket;
    m_notes = notes;
    m_returns = returns;
    m_tenders = tenders;
    m_approvals = approvals;
    m_customer = gs(o, "customer");
    m_source.reset();
    m_sourceRemote = false;
    m_sourceReturned.clear();
    // A remote source is not kept over a restart (scan the receipt again to return more of it);
    // the return lines already on the ticket keep the remote original they were checked against.
    m_remoteOriginal = gs(o, "remote_original");
    if (const QString src = gs(o, "source_sale_id"); !src.isEmpty()) {
        m_source = m_sales.sale(src);
        if (m_source)
            m_sourceReturned = m_sales.returnedLines(src);
    }
    return {};
}

Result<void> Till::persist()
{
    if (isEmpty() && m_tenders.isEmpty()) {
        if (auto r = m_drafts.remove(db::Drafts::kCurrent); !r)
            return r;
    } else if (auto r = m_drafts.save({db::Drafts::kCurrent, m_cashier ? m_cashier->id : QString(), QString(), serialize(), now()}); !r) {
        qCCritical(lcTill).noquote() << "basket not saved:" << r.error().message;
        Q_EMIT message(tr("The basket could not be saved: %1").arg(r.error().message), true);
        return r;
    }
    Q_EMIT changed();
    return {};
}

Result<void> Till::restore()
{
    const auto draft = m_drafts.load(db::Drafts::kCurrent);
    if (!draft)
        return {};
    if (auto r = load(draft->payload); !r)
        return r;
    if (hasOpenCard()) {
        for (auto &t : m_tenders)
            if (t.state != TenderLine::State::Done)
                t.state = TenderLine::State::Unknown;
        Q_EMIT message(tr("A card payment was in progress when the till stopped. Check it with the terminal before going on."), true);
    }
    qCInfo(lcTill) << "restored the basket in progress:" << m_basket.lines().size() << "lines," << m_returns.size() << "returns,"
                   << m_tenders.size() << "tenders";
    Q_EMIT changed();
    Q_EMIT returnSourceChanged();
    return {};
}

void Till::resetTicket()
{
    m_ticketId = newId();
    m_basket.clear();
    m_notes.clear();
    m_returns.clear();
    m_tenders.clear();
    m_approvals.clear();
    m_customer.clear();
    clearReturnSource();
}

// ------------------------------------------------------------------ ringing up

void Till::scan(const QString &code)
{
    if (auto r = ready(); !r) {
        Q_EMIT scanRejected(code, r.error().message);
        return;
    }
    if (!m_catalog) {
        Q_EMIT scanRejected(code, tr("The product catalog is not available."));
        return;
    }
    const QString trimmed = code.trimmed();
    // In-store labels (EAN-13 prefixes 20-29) carry the item and a weight or a price; the item
    // reference is the product id (docs/pos.md).
    if (!m_settings.variableMeasure.isEmpty() && trimmed.size() == 13 && trimmed.startsWith(QLatin1Char('2'))) {
        scanner::ScannerConfig config;
        config.variableMeasureLayouts = m_settings.variableMeasure;
        config.currencyExponent = m_settings.currency.exponent;
        const auto parsed = scanner::ScanParser(config).parse(trimmed.toLatin1());
        if (!parsed) {
            Q_EMIT scanRejected(code, parsed.error().message);
            return;
        }
        if (const auto &vm = parsed.value().variableMeasure) {
            PendingScan p{trimmed, std::nullopt, std::nullopt};
            if (vm->kind == scanner::VariableMeasure::Kind::Weight)
                p.quantity = Quantity::grams(vm->weightGrams);
            else
                p.labelPrice = vm->priceMinor;
            m_lookups.insert(m_catalog->lookupProduct(vm->itemReference.toLongLong()), p);
            return;
        }
    }
    m_lookups.insert(m_catalog->lookupBarcode(trimmed), PendingScan{trimmed, std::nullopt, std::nullopt});
}

void Till::scanWeighed(const QString &code, qint64 grams)
{
    if (auto r = ready(); !r) {
        Q_EMIT scanRejected(code, r.error().message);
        return;
    }
    if (!m_catalog || grams <= 0) {
        Q_EMIT scanRejected(code, m_catalog ? tr("Enter a weight above zero") : tr("The product catalog is not available."));
        return;
    }
    m_lookups.insert(m_catalog->lookupBarcode(code.trimmed()), PendingScan{code.trimmed(), Quantity::grams(grams), std::nullopt});
}

void Till::onLookupFound(int request, const ProductInfo &product)
{
    const auto it = m_lookups.constFind(request);
    if (it == m_lookups.cend())
        return; // someone else's lookup
    const PendingScan p = *it;
    m_lookups.erase(it);
    auto added = addProduct(product, p.quantity, p.labelPrice);
    if (!added)
        Q_EMIT scanRejected(p.code, added.error().message);
}

void Till::onLookupMissing(int request, const QString &code)
{
    const auto it = m_lookups.constFind(request);
    if (it == m_lookups.cend())
        return;
    const QString scanned = it->code;
    m_lookups.erase(it);
    Q_UNUSED(code);
    Q_EMIT scanRejected(scanned, tr("Code %1 is not in the catalog. Search the product by name, or set it aside for a supervisor.").arg(scanned));
}

Result<int> Till::addProduct(const ProductInfo &p, std::optional<Quantity> quantity, std::optional<qint64> labelPrice)
{
    if (auto r = ready(); !r)
        return r.error();
    if (!m_tenders.isEmpty())
        return Error{QStringLiteral("till.paying"), tr("Payment has started: finish or cancel it before adding items")};
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
    const int before = int(m_basket.lines().size());
    const int line = m_basket.addLine({p.id, p.sku, p.name, p.taxCode, p.taxBasisPoints, unitPrice, q});
    if (line < 0)
        return invalidInput(tr("%1 cannot be added with this quantity or price").arg(p.name));
    if (line == before)
        m_notes.append(labelPrice ? tr("price label") : QString());
    if (auto r = persist(); !r) {
        // Never show a line that would not survive a crash.
        if (line == before) {
            m_basket.removeLine(line);
            m_notes.removeLast();
        } else {
            m_basket.setQuantity(line, Quantity{m_basket.lines().at(line).quantity.value - q.value, q.unit});
        }
        return r.error();
    }
    Q_EMIT lineAdded(line);
    return line;
}

Result<void> Till::setQuantity(int line, qint64 value)
{
    if (auto r = ready(); !r)
        return r;
    if (line < 0 || line >= m_basket.lines().size())
        return invalidInput(tr("No such line"));
    if (!m_tenders.isEmpty())
        return Error{QStringLiteral("till.paying"), tr("Payment has started: finish or cancel it before changing items")};
    const BasketLine old = m_basket.lines().at(line);
    // Lowering a quantity takes something off the ticket: it is a void of those pieces.
    if (value < old.quantity.value && !allowed(Permission::VoidLine, std::nullopt))
        return needsApproval(Permission::VoidLine);
    if (!m_basket.setQuantity(line, Quantity{value, old.quantity.unit}))
        return invalidInput(value <= 0 ? tr("Enter a quantity above zero, or void the line") : tr("That quantity is not possible"));
    return persist();
}

bool Till::isLargeDiscount(const Discount &discount, qint64 base) const
{
    switch (discount.kind) {
    case Discount::Kind::Percent: return discount.value > m_settings.discountLimitBp;
    case Discount::Kind::Amount: return Int128(discount.value) * 10000 > Int128(base) * m_settings.discountLimitBp;
    case Discount::Kind::None: return false;
    }
    return false;
}

Result<void> Till::checkDiscount(const Discount &discount, bool large, const std::optional<ApprovalRecord> &approval) const
{
    if (large && !allowed(Permission::LargeDiscount, approval))
        return needsApproval(Permission::LargeDiscount);
    if (discount.kind != Discount::Kind::None && discount.reason.trimmed().isEmpty())
        return invalidInput(tr("Give a reason for the discount"));
    return {};
}

Result<void> Till::setLineDiscount(int line, const Discount &discount, const std::optional<ApprovalRecord> &approval)
{
    if (auto r = ready(); !r)
        return r;
    if (line < 0 || line >= m_basket.lines().size())
        return invalidInput(tr("No such line"));
    if (!isValidDiscount(discount))
        return invalidInput(tr("A discount is 0 to 100 percent, or an amount of at least zero"));
    if (!m_tenders.isEmpty())
        return Error{QStringLiteral("till.paying"), tr("Payment has started: finish or cancel it before changing items")};
    const auto gross = Basket::lineGross(m_basket.lines().at(line).unitPriceMinor, m_basket.lines().at(line).quantity).value_or(0);
    const bool large = isLargeDiscount(discount, gross);
    if (auto r = checkDiscount(discount, large, approval); !r)
        return r;
    m_basket.setLineDiscount(line, discount);
    m_notes[line] = discount.kind == Discount::Kind::None ? QString() : tr("Discount: %1").arg(discount.reason.trimmed());
    if (large)
        recordApproval(approval);
    return persist();
}

Result<void> Till::setReceiptDiscount(const Discount &discount, const std::optional<ApprovalRecord> &approval)
{
    if (auto r = ready(); !r)
        return r;
    if (!isValidDiscount(discount))
        return invalidInput(tr("A discount is 0 to 100 percent, or an amount of at least zero"));
    if (!m_tenders.isEmpty())
        return Error{QStringLiteral("till.paying"), tr("Payment has started: finish or cancel it before changing the discount")};
    qint64 base = 0;
    for (const auto &l : m_basket.totals().lines)
        base += l.gross - l.lineDiscount;
    const bool large = isLargeDiscount(discount, base);
    if (auto r = checkDiscount(discount, large, approval); !r)
        return r;
    m_basket.setReceiptDiscount(discount);
    if (large)
        recordApproval(approval);
    return persist();
}

Result<void> Till::overridePrice(int line, qint64 unitPrice, const QString &reason, const std::optional<ApprovalRecord> &approval)
{
    if (auto r = ready(); !r)
        return r;
    if (line < 0 || line >= m_basket.lines().size())
        return invalidInput(tr("No such line"));
    if (reason.trimmed().isEmpty())
        return invalidInput(tr("Give a reason for the price change"));
    if (!m_tenders.isEmpty())
        return Error{QStringLiteral("till.paying"), tr("Payment has started: finish or cancel it before changing prices")};
    if (!allowed(Permission::PriceOverride, approval))
        return needsApproval(Permission::PriceOverride);
    const BasketLine old = m_basket.lines().at(line);
    if (!m_basket.setUnitPrice(line, unitPrice))
        return invalidInput(tr("That price is not possible"));
    m_notes[line] = tr("Price %1 → %2: %3").arg(m_receipts.amount(old.unitPriceMinor), m_receipts.amount(unitPrice), reason.trimmed());
    recordApproval(approval ? approval : std::optional<ApprovalRecord>(ApprovalRecord{permissionKey(Permission::PriceOverride), m_cashier->id, reason.trimmed(), now()}));
    const QJsonObject payload{{QStringLiteral("ticket_id"), m_ticketId}, {QStringLiteral("product_id"), old.productId},
                              {QStringLiteral("from"), old.unitPriceMinor}, {QStringLiteral("to"), unitPrice},
                              {QStringLiteral("reason"), reason.trimmed()}, {QStringLiteral("cashier_id"), m_cashier->id}};
    if (auto j = journalNow(QStringLiteral("price.override"), m_ticketId, payload, approval ? approval->staffId : m_cashier->id); !j)
        return j;
    return persist();
}

Result<void> Till::voidLine(int line, const std::optional<ApprovalRecord> &approval)
{
    if (auto r = ready(); !r)
        return r;
    if (line < 0 || line >= m_basket.lines().size())
        return invalidInput(tr("No such line"));
    if (!m_tenders.isEmpty())
        return Error{QStringLiteral("till.paying"), tr("Payment has started: finish or cancel it before voiding lines")};
    if (!allowed(Permission::VoidLine, approval))
        return needsApproval(Permission::VoidLine);
    const BasketLine l = m_basket.lines().at(line);
    const auto totals = m_basket.totals();
    const QJsonObject payload{{QStringLiteral("ticket_id"), m_ticketId}, {QStringLiteral("product_id"), l.productId},
                              {QStringLiteral("sku"), l.sku}, {QStringLiteral("quantity"), l.quantity.value},
                              {QStringLiteral("amount"), totals.lines.at(line).amount}, {QStringLiteral("cashier_id"), m_cashier->id}};
    if (auto j = journalNow(QStringLiteral("line.voided"), m_ticketId, payload, approval ? approval->staffId : m_cashier->id); !j)
        return j;
    m_basket.removeLine(line);
    m_notes.removeAt(line);
    recordApproval(approval);
    return persist();
}

Result<void> Till::voidSale(const std::optional<ApprovalRecord> &approval)
{
    if (auto r = ready(); !r)
        return r;
    if (isEmpty())
        return {};
    for (const auto &t : m_tenders)
        if (t.kind == QLatin1String("card"))
            return Error{QStringLiteral("till.card-taken"), tr("A card payment was taken: finish the sale, then return it to the card")};
    if (!allowed(Permission::VoidSale, approval))
        return needsApproval(Permission::VoidSale);
    const Totals t = totals();
    const QJsonObject payload{{QStringLiteral("sale_id"), m_ticketId}, {QStringLiteral("store_id"), m_settings.storeId},
                              {QStringLiteral("terminal_id"), m_settings.terminalId},
                              {QStringLiteral("cashier_id"), m_cashier->id},
                              {QStringLiteral("approved_by"), approval ? approval->staffId : m_cashier->id},
                              {QStringLiteral("lines"), int(m_basket.lines().size() + m_returns.size())},
                              {QStringLiteral("total"), t.total}, {QStringLiteral("currency"), m_settings.currency.code}};
    if (auto j = journalNow(QStringLiteral("sale.voided"), m_ticketId, payload, approval ? approval->staffId : m_cashier->id,
                            QStringLiteral("sale.voided"));
        !j)
        return j;
    // Cash already handed over for this ticket goes back to the customer: nothing was taken.
    resetTicket();
    return persist();
}

Result<void> Till::setCustomer(const QString &customer)
{
    if (auto r = ready(); !r)
        return r;
    m_customer = customer.trimmed().left(64);
    return persist();
}

Result<void> Till::park()
{
    if (auto r = ready(); !r)
        return r;
    if (isEmpty())
        return invalidInput(tr("The basket is empty"));
    if (!m_tenders.isEmpty())
        return Error{QStringLiteral("till.paying"), tr("Payment has started: finish or cancel it before parking")};
    if (auto r = persist(); !r)
        return r;
    const Totals t = totals();
    const QString label = tr("%n item(s), %1", nullptr, int(m_basket.lines().size() + m_returns.size())).arg(m_receipts.amount(t.total))
        + (m_customer.isEmpty() ? QString() : QStringLiteral(" · ") + m_customer);
    if (auto r = m_drafts.move(db::Drafts::kCurrent, QStringLiteral("parked:") + m_ticketId, label, now()); !r)
        return r;
    resetTicket();
    Q_EMIT changed();
    return {};
}

Result<void> Till::resume(const QString &slot)
{
    if (auto r = ready(); !r)
        return r;
    if (!isEmpty())
        return Error{QStringLiteral("till.busy"), tr("Finish or park the current basket first")};
    const auto draft = m_drafts.load(slot);
    if (!draft || !slot.startsWith(QLatin1String("parked:")))
        return invalidInput(tr("That parked basket is gone (resumed on another screen?)"));
    if (auto r = load(draft->payload); !r)
        return r;
    if (auto r = m_drafts.move(slot, db::Drafts::kCurrent, QString(), now()); !r) {
        resetTicket();
        return r;
    }
    Q_EMIT returnSourceChanged();
    return persist();
}

QList<BasketDraft> Till::parked()
{
    return m_drafts.parked();
}

// ------------------------------------------------------------------ returns

Result<void> Till::openReturnSource(const QString &receiptText)
{
    if (auto r = ready(); !r)
        return r;
    const auto ref = parseReceiptRef(receiptText, m_settings.terminalId);
    if (!ref)
        return invalidInput(tr("Scan the QR code on the receipt, or type its number"));
    std::optional<StoredSale> sale;
    if (!ref->saleId.isEmpty())
        sale = m_sales.sale(ref->saleId);
    else if (ref->terminalId == m_settings.terminalId)
        sale = m_sales.saleByReceipt(ref->terminalId, ref->receiptNo);
    if (!sale) {
        const bool otherTill = ref->terminalId != m_settings.terminalId || (!ref->storeId.isEmpty() && ref->storeId != m_settings.storeId);
        if (otherTill && !ref->saleId.isEmpty() && m_remoteLookup) {
            // Another till's receipt with its sale id: ask the central service; the answer
            // opens the source later (returnSourceChanged) or says why not (message).
            const int generation = ++m_lookupGeneration;
            Q_EMIT message(tr("Looking up receipt %1-%2 at the central service ...").arg(ref->terminalId).arg(ref->receiptNo), false);
            const ReceiptRef asked = *ref;
            QPointer<Till> self(this);
            m_remoteLookup(ref->saleId, [self, generation, asked](Result<RemoteSale> answer) {
                if (self && generation == self->m_lookupGeneration)
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
    if (!m_returns.isEmpty() && m_source && m_source->sale.id != sale->sale.id)
        return Error{QStringLiteral("till.one-source"), tr("This ticket already returns lines of receipt %1: finish it first").arg(m_source->receiptNo)};
    ++m_lookupGeneration; // a pending remote answer no longer matters
    m_source = sale;
    m_sourceRemote = false;
    m_sourceReturned = m_sales.returnedLines(sale->sale.id);
    Q_EMIT returnSourceChanged();
    return persist();
}

void Till::onRemoteSale(const ReceiptRef &ref, Result<RemoteSale> answer)
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
    if (sold.currency != m_settings.currency.code) {
        refuse(tr("Receipt %1-%2 was paid in %3: it cannot be refunded in %4 here")
                   .arg(ref.terminalId).arg(ref.receiptNo).arg(sold.currency, m_settings.currency.code));
        return;
    }
    if (!m_returns.isEmpty() && m_source && m_source->sale.id != sold.id) {
        refuse(tr("This ticket already returns lines of receipt %1: finish it first").arg(m_source->receiptNo));
        return;
    }
    // What the central service knows was returned, plus this till's returns of the sale that
    // have not reached it yet.
    QHash<int, ReturnedQuantity> returned = remote.returned;
    const QHash<int, ReturnedQuantity> unsent = m_sales.unsentReturnedLines(sold.id);
    for (auto it = unsent.cbegin(); it != unsent.cend(); ++it) {
        returned[it.key()].quantity += it.value().quantity;
        returned[it.key()].amount += it.value().amount;
    }
    m_source = remote.sale;
    m_sourceRemote = true;
    m_remoteOriginal = sold.id;
    m_sourceReturned = returned;
    Q_EMIT returnSourceChanged();
    (void)persist();
}

void Till::clearReturnSource()
{
    ++m_lookupGeneration;
    m_source.reset();
    m_sourceRemote = false;
    m_remoteOriginal.clear();
    m_sourceReturned.clear();
    Q_EMIT returnSourceChanged();
}

void Till::closeReturnSource()
{
    if (!m_returns.isEmpty())
        return; // the lines being returned still need it
    clearReturnSource();
    (void)persist();
}

bool Till::sourcePaidByCard() const
{
    if (m_source)
        for (const auto &t : m_source->sale.tenders)
            if (t.kind == QLatin1String("card") && t.amount > 0)
                return true;
    return false;
}

qint64 Till::returnable(int lineNo) const
{
    if (!m_source || lineNo < 1 || lineNo > m_source->sale.lines.size())
        return 0;
    const SaleLineRecord &sold = m_source->sale.lines.at(lineNo - 1);
    if (sold.quantity <= 0)
        return 0;
    qint64 left = sold.quantity - m_sourceReturned.value(lineNo).quantity;
    for (const auto &r : m_returns)
        if (r.saleId == m_source->sale.id && r.lineNo == lineNo)
            left -= r.quantity;
    return std::max<qint64>(0, left);
}

Result<void> Till::returnLine(int lineNo, qint64 quantity)
{
    if (auto r = ready(); !r)
        return r;
    if (!m_source)
        return invalidInput(tr("Scan the receipt first"));
    if (!m_tenders.isEmpty())
        return Error{QStringLiteral("till.paying"), tr("Payment has started: finish or cancel it before adding returns")};
    const qint64 left = returnable(lineNo);
    if (quantity <= 0 || quantity > left)
        return invalidInput(left == 0 ? tr("Nothing of this line is left to return")
                                      : tr("At most %1 can be returned").arg(m_receipts.quantity(left, m_source->sale.lines.at(lineNo - 1).unit)));
    const SaleLineRecord &sold = m_source->sale.lines.at(lineNo - 1);
    // The refund is the line's paid amount (after its discounts) shared by quantity, with the
    // rounding settled so that returning everything refunds exactly what was paid.
    qint64 before = m_sourceReturned.value(lineNo).quantity;
    for (const auto &r : m_returns)
        if (r.saleId == m_source->sale.id && r.lineNo == lineNo)
            before += r.quantity;
    const qint64 upTo = qint64(Int128(sold.amount) * (before + quantity) / sold.quantity);
    const qint64 upToBefore = qint64(Int128(sold.amount) * before / sold.quantity);
    const qint64 refund = upTo - upToBefore;
    m_returns.append({m_source->sale.id, lineNo, sold.productId, sold.sku, sold.name, quantity, sold.unit, sold.unitPrice, refund,
                      sold.taxCode, sold.taxBasisPoints, QString()});
    return persist();
}

Result<void> Till::returnWithoutReceipt(const ProductInfo &p, qint64 quantity, qint64 unitPrice, const QString &reason,
                                        const std::optional<ApprovalRecord> &approval)
{
    if (auto r = ready(); !r)
        return r;
    if (!m_tenders.isEmpty())
        return Error{QStringLiteral("till.paying"), tr("Payment has started: finish or cancel it before adding returns")};
    if (reason.trimmed().isEmpty())
        return invalidInput(tr("Give a reason for the return"));
    if (quantity <= 0 || unitPrice < 0)
        return invalidInput(tr("Enter a quantity above zero and a price"));
    if (!allowed(Permission::ReturnWithoutReceipt, approval))
        return needsApproval(Permission::ReturnWithoutReceipt);
    const bool weighed = p.unit == QLatin1String("kg");
    const auto gross = Basket::lineGross(unitPrice, weighed ? Quantity::grams(quantity) : Quantity::pieces(quantity));
    if (!gross)
        return invalidInput(tr("That amount is not possible"));
    m_returns.append({QString(), 0, p.id, p.sku, p.name, quantity, weighed ? QStringLiteral("gram") : QStringLiteral("piece"),
                      unitPrice, *gross, p.taxCode, p.taxBasisPoints, tr("no receipt: %1").arg(reason.trimmed())});
    recordApproval(approval ? approval : std::optional<ApprovalRecord>(ApprovalRecord{permissionKey(Permission::ReturnWithoutReceipt), m_cashier->id, reason.trimmed(), now()}));
    return persist();
}

Result<void> Till::removeReturnLine(int index)
{
    if (auto r = ready(); !r)
        return r;
    if (index < 0 || index >= m_returns.size())
        return invalidInput(tr("No such line"));
    if (!m_tenders.isEmpty())
        return Error{QStringLiteral("till.paying"), tr("Payment has started: finish or cancel it before changing returns")};
    m_returns.removeAt(index);
    return persist();
}

// ------------------------------------------------------------------ totals and tender

Till::Totals Till::totals() const
{
    Totals t;
    const BasketTotals b = m_basket.totals();
    t.lines = b.lines;
    QList<TaxableAmount> amounts;
    for (int i = 0; i < m_basket.lines().size(); ++i) {
        const BasketLine &l = m_basket.lines().at(i);
        amounts.append({l.taxRateCode, l.taxBasisPoints, b.lines.at(i).amount});
    }
    qint64 refunds = 0;
    for (const auto &r : m_returns) {
        amounts.append({r.taxCode, r.taxBasisPoints, -r.refund});
        refunds += r.refund;
    }
    t.tax = computeTax(amounts, m_settings.taxPolicy);
    t.subtotal = b.subtotal - refunds;
    t.discounts = b.lineDiscounts + b.receiptDiscount;
    t.total = t.tax.totalGross;
    for (const auto &tender : m_tenders)
        if (tender.state == TenderLine::State::Done)
            t.paid += tender.amount - tender.change;
    t.due = t.total - t.paid;
    return t;
}

qint64 Till::cashDue() const
{
    const qint64 due = totals().due;
    const Money rounded = cashRounded(Money(due, m_settings.currency));
    return rounded.isValid() ? rounded.minor() : due;
}

Result<void> Till::payCash(qint64 amount)
{
    if (auto r = readyToTender(); !r)
        return r;
    const qint64 due = totals().due;
    const qint64 payable = cashDue();
    if (due == 0)
        return finishIfPaid();
    if (due > 0) {
        if (amount <= 0)
            return invalidInput(tr("Enter the cash handed over"));
        // Change only when the rest is paid; no rounding on a part payment.
        m_tenders.append({QStringLiteral("cash"), amount, amount >= payable ? amount - payable : 0, QString(),
                          TenderLine::State::Done, QString()});
    } else {
        m_tenders.append({QStringLiteral("cash"), payable, 0, QString(), TenderLine::State::Done, QString()});
    }
    if (auto r = persist(); !r) {
        m_tenders.removeLast();
        return r;
    }
    return finishIfPaid();
}

Result<void> Till::payCard(qint64 amount)
{
    if (auto r = readyToTender(); !r)
        return r;
    auto *t = terminal();
    if (!t)
        return Error{QStringLiteral("till.no-terminal"), tr("No card terminal is configured")};
    const qint64 due = totals().due;
    if (due == 0)
        return finishIfPaid();
    const bool refund = due < 0;
    if (refund && !m_returns.isEmpty() && !sourcePaidByCard())
        return invalidInput(tr("The original sale was not paid by card: refund in cash"));
    if (amount <= 0 || amount > (refund ? -due : due))
        return invalidInput(tr("Enter an amount up to %1").arg(m_receipts.amount(refund ? -due : due)));
    TenderLine line{QStringLiteral("card"), refund ? -amount : amount, 0, QString(), TenderLine::State::Pending, newId()};
    m_tenders.append(line);
    // Written before the terminal is asked: after a crash we know to check this payment.
    if (auto r = persist(); !r) {
        m_tenders.removeLast();
        return r;
    }
    const auto started = refund ? t->refund(line.txRef, amount, m_settings.currency.code) : t->pay(line.txRef, amount, m_settings.currency.code);
    if (!started) {
        m_tenders.removeLast();
        (void)persist();
        return started.error();
    }
    Q_EMIT message(refund ? tr("Refund to card: %1").arg(m_receipts.amount(amount)) : tr("Card payment: %1").arg(m_receipts.amount(amount)), false);
    return {};
}

Result<void> Till::checkCard()
{
    auto *t = terminal();
    if (!t)
        return Error{QStringLiteral("till.no-terminal"), tr("No card terminal is configured")};
    for (const auto &tender : std::as_const(m_tenders))
        if (tender.state == TenderLine::State::Unknown) {
            if (auto r = t->checkStatus(tender.txRef, tender.amount < 0 ? -tender.amount : tender.amount, m_settings.currency.code); !r)
                return r;
            Q_EMIT message(tr("Asking the card terminal…"), false);
            return {};
        }
    return invalidInput(tr("No card payment needs checking"));
}

void Till::cancelCard()
{
    if (auto *t = terminal())
        t->cancel();
}

void Till::onCardFinished(const ports::PaymentResult &result)
{
    int at = -1;
    for (int i = 0; i < m_tenders.size(); ++i)
        if (m_tenders.at(i).txRef == result.reference && m_tenders.at(i).state != TenderLine::State::Done)
            at = i;
    if (at < 0)
        return; // not ours (a staff test, an old transaction)
    using O = ports::PaymentResult::Outcome;
    switch (result.outcome) {
    case O::Approved: {
        TenderLine &t = m_tenders[at];
        t.state = TenderLine::State::Done;
        t.reference = QStringList{result.authCode.isEmpty() ? QString() : tr("auth %1").arg(result.authCode), result.maskedCard}
                          .filter(QRegularExpression(QStringLiteral("."))).join(QLatin1Char(' '));
        (void)persist();
        Q_EMIT message(result.message, false);
        if (auto r = finishIfPaid(); !r)
            Q_EMIT message(r.error().message, true);
        return;
    }
    case O::Declined:
    case O::Cancelled:
        m_tenders.removeAt(at);
        (void)persist();
        Q_EMIT message(result.message, true);
        return;
    case O::Unknown:
        m_tenders[at].state = TenderLine::State::Unknown;
        (void)persist();
        Q_EMIT message(result.message, true);
        return;
    }
}

Result<void> Till::finishIfPaid()
{
    if (hasOpenCard() || isEmpty())
        return {};
    const Totals t = totals();
    // Paid when nothing is left, or when what is left is only the cash rounding.
    if (t.due != 0) {
        const bool cashOnly = !m_tenders.isEmpty() && m_tenders.constLast().kind == QLatin1String("cash");
        if (!cashOnly || cashDue() != 0)
            return {};
    }
    return complete();
}

SaleRecord Till::buildRecord() const
{
    const Totals t = totals();
    SaleRecord s;
    s.id = m_ticketId;
    s.kind = m_returns.isEmpty() ? QStringLiteral("sale") : m_basket.isEmpty() ? QStringLiteral("return") : QStringLiteral("exchange");
    s.storeId = m_settings.storeId;
    s.terminalId = m_settings.terminalId;
    s.cashierId = m_cashier ? m_cashier->id : QString();
    s.currency = m_settings.currency.code;
    s.createdAtMs = now();
    s.subtotal = t.subtotal;
    s.discountTotal = t.discounts;
    s.total = t.total;
    s.taxTotal = t.tax.totalTax;
    s.cashRounding = -t.due; // what the cash rounding left open (0 unless the last tender was rounded cash)
    for (int i = 0; i < m_basket.lines().size(); ++i) {
        const BasketLine &l = m_basket.lines().at(i);
        const BasketLineTotals &lt = t.lines.at(i);
        s.lines.append({l.productId, l.sku, l.name, l.quantity.value,
                        l.quantity.unit == Quantity::Unit::Gram ? QStringLiteral("gram") : QStringLiteral("piece"), l.unitPriceMinor,
                        lt.lineDiscount + lt.receiptDiscountShare, lt.amount, l.taxRateCode, l.taxBasisPoints, 0, m_notes.value(i)});
    }
    for (const auto &r : m_returns)
        s.lines.append({r.productId, r.sku, r.name, -r.quantity, r.unit, r.unitPrice, 0, -r.refund, r.taxCode, r.taxBasisPoints,
                        r.lineNo, r.note});
    for (const auto &tender : m_tenders)
        s.tenders.append({tender.kind, tender.amount, tender.change, tender.reference});
    for (const auto &row : t.tax.rows)
        s.taxes.append({row.rateCode, row.basisPoints, row.net, row.tax, row.gross});
    s.shiftId = shiftId();
    for (const auto &r : m_returns)
        if (!r.saleId.isEmpty())
            s.originalSaleId = r.saleId;
    s.originalIsRemote = !s.originalSaleId.isEmpty() && s.originalSaleId == m_remoteOriginal;
    s.customer = m_customer;
    s.approvals = m_approvals;
    s.draftSlot = db::Drafts::kCurrent;
    return s;
}

Result<void> Till::complete()
{
    if (auto r = ready(); !r)
        return r;
    if (isEmpty())
        return invalidInput(tr("The basket is empty"));
    const SaleRecord record = buildRecord();
    auto committed = m_sales.commitSale(record);
    if (!committed) {
        qCCritical(lcTill).noquote() << "sale not committed:" << committed.error().message;
        Q_EMIT message(tr("The sale could not be saved: %1. Nothing is lost: try again, or call a supervisor.").arg(committed.error().message), true);
        return committed.error();
    }
    qint64 change = 0;
    bool cash = false;
    for (const auto &t : record.tenders) {
        change += t.change;
        cash = cash || t.kind == QLatin1String("cash");
    }
    const CommittedSale done = committed.value();
    resetTicket();
    Q_EMIT changed();
    Q_EMIT eventWritten();
    // Only now, with the sale on disk: the drawer and the receipt.
    if (cash && m_devices)
        if (auto r = m_devices->openCashDrawer(record.cashierId, QStringLiteral("sale"), done.id); !r)
            Q_EMIT message(tr("The drawer did not open: %1").arg(r.error().message), true);
    if (auto r = printReceipt(done.id, false); !r)
        Q_EMIT message(r.error().message, true);
    Q_EMIT saleCompleted(done, change);
    return {};
}

// ------------------------------------------------------------------ receipts

Result<void> Till::printReceipt(const QString &saleId, bool copy)
{
    const auto sale = m_sales.sale(saleId);
    if (!sale)
        return invalidInput(tr("There is no such sale"));
    PrintSpooler *spooler = m_devices ? m_devices->receiptSpooler() : nullptr;
    if (!spooler)
        return Error{QStringLiteral("till.no-printer"), tr("No receipt printer: the sale is saved; print it from the sales list later")};
    if (db::PrintJobs(m_ledger).hasOpenJobFor(saleId))
        return Error{QStringLiteral("till.queued"), tr("Receipt %1 is already in the print queue").arg(sale->receiptNo)};
    QString cashierName = sale->sale.cashierId;
    if (m_auth)
        if (const auto who = m_auth->member(sale->sale.cashierId))
            cashierName = who->name;
    std::optional<qint64> original;
    if (!sale->sale.originalSaleId.isEmpty())
        if (const auto o = m_sales.sale(sale->sale.originalSaleId))
            original = o->receiptNo;
    ReceiptDocument doc = m_receipts.sale(*sale, cashierName, original);
    const QString label = tr("Receipt %1").arg(sale->receiptNo);
    if (copy) {
        // A reprint says COPY above the original text.
        if (!spooler->printer())
            return Error{QStringLiteral("till.no-printer"), tr("The receipt printer is not available")};
        const QByteArray bytes = spooler->copyBanner() + escpos::Encoder::encode(doc, spooler->printer()->profile());
        auto job = spooler->submit(QStringLiteral("receipt"), saleId, label + QStringLiteral(" ") + tr("(copy)"), bytes);
        if (!job)
            return job.error();
        return {};
    }
    auto job = spooler->submit(QStringLiteral("receipt"), saleId, label, doc);
    if (!job)
        return job.error();
    return {};
}

QList<CommittedSale> Till::unprintedSales()
{
    QList<CommittedSale> out;
    db::PrintJobs jobs(m_ledger);
    for (const auto &s : m_sales.unprintedSales())
        if (!jobs.hasOpenJobFor(s.id))
            out.append(s);
    return out;
}

} // namespace ok
