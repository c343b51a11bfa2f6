// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ticketdraft.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ok::ticketdraft {

namespace {

constexpr int kVersion = 1;

QString tr(const char *text)
{
    return QCoreApplication::translate("ok::ticketdraft", text); // the context lupdate files these under
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

qint64 gi(const QJsonObject &o, const char *key)
{
    return qint64(o.value(QLatin1String(key)).toDouble());
}

QString gs(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

Error unreadable(const QString &text)
{
    return Error{QStringLiteral("till.draft"), text};
}

} // namespace

QByteArray encode(const TicketState &t, const QString &cashierId)
{
    QJsonArray lines;
    for (int i = 0; i < t.basket.lines().size(); ++i) {
        const BasketLine &l = t.basket.lines().at(i);
        lines.append(QJsonObject{{QStringLiteral("product_id"), l.productId}, {QStringLiteral("sku"), l.sku},
                                 {QStringLiteral("name"), l.name}, {QStringLiteral("tax_code"), l.taxRateCode},
                                 {QStringLiteral("tax_bp"), l.taxBasisPoints}, {QStringLiteral("unit_price"), l.unitPriceMinor},
                                 {QStringLiteral("quantity"), l.quantity.value},
                                 {QStringLiteral("unit"), l.quantity.unit == Quantity::Unit::Gram ? QStringLiteral("gram") : QStringLiteral("piece")},
                                 {QStringLiteral("discount_kind"), discountKind(l.discount.kind)},
                                 {QStringLiteral("discount_value"), l.discount.value},
                                 {QStringLiteral("discount_reason"), l.discount.reason},
                                 {QStringLiteral("note"), t.notes.value(i)}});
    }
    QJsonArray returns;
    for (const auto &r : t.returns)
        returns.append(QJsonObject{{QStringLiteral("sale_id"), r.saleId}, {QStringLiteral("line_no"), r.lineNo},
                                   {QStringLiteral("product_id"), r.productId}, {QStringLiteral("sku"), r.sku},
                                   {QStringLiteral("name"), r.name}, {QStringLiteral("quantity"), r.quantity},
                                   {QStringLiteral("unit"), r.unit}, {QStringLiteral("unit_price"), r.unitPrice},
                                   {QStringLiteral("refund"), r.refund}, {QStringLiteral("tax_code"), r.taxCode},
                                   {QStringLiteral("tax_bp"), r.taxBasisPoints}, {QStringLiteral("note"), r.note}});
    QJsonArray tenders;
    for (const auto &tender : t.tenders)
        tenders.append(QJsonObject{{QStringLiteral("kind"), tender.kind}, {QStringLiteral("amount"), tender.amount},
                                   {QStringLiteral("change"), tender.change}, {QStringLiteral("reference"), tender.reference},
                                   {QStringLiteral("state"), tenderState(tender.state)}, {QStringLiteral("tx_ref"), tender.txRef}});
    QJsonArray approvals;
    for (const auto &a : t.approvals)
        approvals.append(QJsonObject{{QStringLiteral("action"), a.action}, {QStringLiteral("staff_id"), a.staffId},
                                     {QStringLiteral("reason"), a.reason}, {QStringLiteral("at_ms"), a.atMs}});
    const Discount &rd = t.basket.receiptDiscount();
    const QJsonObject o{{QStringLiteral("v"), kVersion},
                        {QStringLiteral("ticket_id"), t.id},
                        {QStringLiteral("cashier_id"), cashierId},
                        {QStringLiteral("customer"), t.customer},
                        {QStringLiteral("receipt_discount_kind"), discountKind(rd.kind)},
                        {QStringLiteral("receipt_discount_value"), rd.value},
                        {QStringLiteral("receipt_discount_reason"), rd.reason},
                        {QStringLiteral("source_sale_id"), t.returnSourceId},
                        {QStringLiteral("remote_original"), t.remoteOriginal},
                        {QStringLiteral("lines"), lines},
                        {QStringLiteral("returns"), returns},
                        {QStringLiteral("tenders"), tenders},
                        {QStringLiteral("approvals"), approvals}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<TicketState> decode(const QByteArray &payload, const Currency &currency, const TaxPolicy &policy)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject() || gi(doc.object(), "v") != kVersion)
        return unreadable(tr("The saved basket could not be read; it was kept in the ledger for staff"));
    const QJsonObject o = doc.object();
    TicketState t(currency, policy);
    for (const QJsonValue &v : o.value(QLatin1String("lines")).toArray()) {
        const QJsonObject l = v.toObject();
        const bool gram = gs(l, "unit") == QLatin1String("gram");
        const BasketLineInput in{gi(l, "product_id"), gs(l, "sku"), gs(l, "name"), gs(l, "tax_code"), int(gi(l, "tax_bp")),
                                 gi(l, "unit_price"), gram ? Quantity::grams(gi(l, "quantity")) : Quantity::pieces(gi(l, "quantity"))};
        const int before = int(t.basket.lines().size());
        const int at = t.basket.addLine(in);
        if (at < 0)
            return unreadable(tr("The saved basket has an invalid line (%1)").arg(in.sku));
        if (at != before) // merged into an equal line: the draft held them apart
            return unreadable(tr("The saved basket could not be restored line by line"));
        t.basket.setLineDiscount(at, Discount{discountKindFrom(gs(l, "discount_kind")), gi(l, "discount_value"), gs(l, "discount_reason")});
        t.notes.append(gs(l, "note"));
    }
    t.basket.setReceiptDiscount(Discount{discountKindFrom(gs(o, "receipt_discount_kind")), gi(o, "receipt_discount_value"),
                                         gs(o, "receipt_discount_reason")});
    for (const QJsonValue &v : o.value(QLatin1String("returns")).toArray()) {
        const QJsonObject r = v.toObject();
        t.returns.append({gs(r, "sale_id"), int(gi(r, "line_no")), gi(r, "product_id"), gs(r, "sku"), gs(r, "name"), gi(r, "quantity"),
                          gs(r, "unit"), gi(r, "unit_price"), gi(r, "refund"), gs(r, "tax_code"), int(gi(r, "tax_bp")), gs(r, "note")});
    }
    for (const QJsonValue &v : o.value(QLatin1String("tenders")).toArray()) {
        const QJsonObject tender = v.toObject();
        // A card payment that was pending when the program stopped: only the terminal knows.
        t.tenders.append({gs(tender, "kind"), gi(tender, "amount"), gi(tender, "change"), gs(tender, "reference"),
                          gs(tender, "state") == QLatin1String("done") ? TenderLine::State::Done : TenderLine::State::Unknown,
                          gs(tender, "tx_ref")});
    }
    for (const QJsonValue &v : o.value(QLatin1String("approvals")).toArray()) {
        const QJsonObject a = v.toObject();
        t.approvals.append({gs(a, "action"), gs(a, "staff_id"), gs(a, "reason"), gi(a, "at_ms")});
    }
    t.id = gs(o, "ticket_id");
    t.customer = gs(o, "customer");
    t.returnSourceId = gs(o, "source_sale_id");
    t.remoteOriginal = gs(o, "remote_original");
    return t;
}

} // namespace ok::ticketdraft
