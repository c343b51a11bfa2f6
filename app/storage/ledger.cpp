// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/ledger.h"

#include "core/customer.h"

#include "storage/logging.h"
#include "storage/sqlite.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QUuid>

namespace ok::db {

namespace {

Error invalid(const QString &what)
{
    return Error{QStringLiteral("sale.invalid"), what};
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonArray approvalsJson(const QList<ApprovalRecord> &list)
{
    QJsonArray out;
    for (const auto &a : list)
        out.append(QJsonObject{{QStringLiteral("action"), a.action}, {QStringLiteral("staff_id"), a.staffId},
                               {QStringLiteral("reason"), a.reason}, {QStringLiteral("at_ms"), a.atMs}});
    return out;
}

QJsonObject saleJson(const SaleRecord &s, qint64 receiptNo, const QString &location)
{
    // The payload of sale.completed / return.completed as docs/sync-protocol.md defines it.
    QJsonArray lines;
    QJsonArray deltas;
    QMap<qint64, qint64> perProduct; // a product on two lines is one stock delta
    for (const auto &l : s.lines) {
        lines.append(QJsonObject{{QStringLiteral("product_id"), l.productId}, {QStringLiteral("sku"), l.sku},
                                 {QStringLiteral("quantity"), l.quantity}, {QStringLiteral("unit"), l.unit},
                                 {QStringLiteral("unit_price"), l.unitPrice}, {QStringLiteral("discount"), l.discount},
                                 {QStringLiteral("amount"), l.amount}, {QStringLiteral("tax_code"), l.taxCode},
                                 {QStringLiteral("tax_bp"), l.taxBasisPoints},
                                 {QStringLiteral("return_of_line"), l.returnOfLine}});
        perProduct[l.productId] -= l.quantity;
    }
    for (auto it = perProduct.cbegin(); it != perProduct.cend(); ++it)
        if (it.value() != 0)
            deltas.append(QJsonObject{{QStringLiteral("product_id"), it.key()},
                                      {QStringLiteral("location_id"), location},
                                      {QStringLiteral("delta"), it.value()}});
    QJsonArray tenders;
    for (const auto &t : s.tenders)
        tenders.append(QJsonObject{{QStringLiteral("kind"), t.kind}, {QStringLiteral("amount"), t.amount},
                                   {QStringLiteral("change"), t.change}, {QStringLiteral("reference"), t.reference}});
    // Amounts travel as integers in minor units (JSON numbers are exact up to 2^53).
    QJsonObject payload{{QStringLiteral("sale_id"), s.id},
                       {QStringLiteral("kind"), s.kind},
                       {QStringLiteral("store_id"), s.storeId},
                       {QStringLiteral("terminal_id"), s.terminalId},
                       {QStringLiteral("receipt_no"), receiptNo},
                       {QStringLiteral("cashier_id"), s.cashierId},
                       {QStringLiteral("currency"), s.currency},
                       {QStringLiteral("subtotal"), s.subtotal},
                       {QStringLiteral("discount_total"), s.discountTotal},
                       {QStringLiteral("total"), s.total},
                       {QStringLiteral("tax_total"), s.taxTotal},
                       {QStringLiteral("cash_rounding"), s.cashRounding},
                       {QStringLiteral("prices_include_tax"), s.pricesIncludeTax},
                       {QStringLiteral("created_at_ms"), s.createdAtMs},
                       {QStringLiteral("lines"), lines},
                       {QStringLiteral("tenders"), tenders},
                       {QStringLiteral("stock_deltas"), deltas},
                       {QStringLiteral("shift_id"), s.shiftId},
                       {QStringLiteral("original_sale_id"), s.originalSaleId},
                       {QStringLiteral("approvals"), approvalsJson(s.approvals)}};
    // The customer's loyalty card earns the sale's points at the central service: the only
    // customer datum a sale keeps (docs/channels.md).
    if (isLoyaltyId(s.customer))
        payload.insert(QStringLiteral("loyalty_id"), s.customer);
    return payload;
}
} // namespace

Ledger::Ledger(Database &ledger)
    : m_db(ledger)
{
}

std::optional<Error> Ledger::validate(const SaleRecord &s)
{
    if (s.lines.isEmpty())
        return invalid(QStringLiteral("A sale needs at least one line"));
    if (s.storeId.isEmpty() || s.terminalId.isEmpty() || s.currency.size() != 3)
        return invalid(QStringLiteral("Store, terminal and currency are required"));
    const bool isSale = s.kind == QLatin1String("sale");
    const bool isReturn = s.kind == QLatin1String("return");
    if (!isSale && !isReturn && s.kind != QLatin1String("exchange"))
        return invalid(QStringLiteral("Unknown sale kind \"%1\"").arg(s.kind));
    qint64 lineSum = 0;
    for (const auto &l : s.lines) {
        if (l.unit != QLatin1String("piece") && l.unit != QLatin1String("gram"))
            return invalid(QStringLiteral("Line %1: unknown unit \"%2\"").arg(l.sku, l.unit));
        if (l.quantity == 0)
            return invalid(QStringLiteral("Line %1: zero quantity").arg(l.sku));
        // A sale line sells (quantity and amount >= 0); a return line gives back (both <= 0)
        // and names the line it returns when there was a receipt.
        const bool returning = l.quantity < 0;
        if ((returning && l.amount > 0) || (!returning && l.amount < 0))
            return invalid(QStringLiteral("Line %1: amount and quantity have different signs").arg(l.sku));
        if ((isSale && returning) || (isReturn && !returning))
            return invalid(QStringLiteral("Line %1: a %2 cannot hold this line").arg(l.sku, s.kind));
        if (!returning && l.returnOfLine != 0)
            return invalid(QStringLiteral("Line %1: only a return line can refer to a sold line").arg(l.sku));
        if (l.returnOfLine != 0 && s.originalSaleId.isEmpty())
            return invalid(QStringLiteral("Line %1: returns a line but no original sale is given").arg(l.sku));
        lineSum += l.amount;
    }
    if (isSale && !s.originalSaleId.isEmpty())
        return invalid(QStringLiteral("A sale cannot have an original sale"));
    // Tax-inclusive prices: the lines add up to the total. Tax-exclusive: to the net, and the
    // total is the net plus tax.
    const qint64 expectedTotal = s.pricesIncludeTax ? lineSum : lineSum + s.taxTotal;
    if (expectedTotal != s.total)
        return invalid(s.pricesIncludeTax ? QStringLiteral("Lines add up to %1 but the total is %2").arg(lineSum).arg(s.total)
                                          : QStringLiteral("Lines (%1) plus tax (%2) are not the total %3").arg(lineSum).arg(s.taxTotal).arg(s.total));
    if (s.subtotal - s.discountTotal != lineSum)
        return invalid(QStringLiteral("Subtotal minus discounts is not what the lines add up to"));
    qint64 taxGross = 0, taxNet = 0, taxSum = 0;
    for (const auto &t : s.taxes) {
        if (t.net + t.tax != t.gross)
            return invalid(QStringLiteral("Tax row %1: net + tax is not gross").arg(t.code));
        taxGross += t.gross;
        taxNet += t.net;
        taxSum += t.tax;
    }
    if (!s.taxes.isEmpty() && (taxGross != s.total || taxSum != s.taxTotal || (!s.pricesIncludeTax && taxNet != lineSum)))
        return invalid(QStringLiteral("Tax summary does not add up to the total"));
    qint64 paid = 0;
    const bool refund = s.total + s.cashRounding < 0;
    for (const auto &t : s.tenders) {
        // Money comes in (amount > 0, maybe with change) or goes back (refund: amount < 0).
        if (t.change < 0 || (refund ? t.amount > 0 || t.change != 0 : t.amount < 0))
            return invalid(QStringLiteral("Tender %1: %2 is not possible here").arg(t.kind).arg(t.amount));
        if (t.change > 0 && t.kind != QLatin1String("cash"))
            return invalid(QStringLiteral("Change is only given in cash"));
        paid += t.amount - t.change;
    }
    // Tenders pay exactly the payable amount (total plus cash rounding), change already deducted.
    if (!s.tenders.isEmpty() && paid != s.total + s.cashRounding)
        return invalid(QStringLiteral("Tenders (%1) do not match the amount payable (%2)").arg(paid).arg(s.total + s.cashRounding));
    return std::nullopt;
}

Result<CommittedSale> Ledger::commitSale(SaleRecord s)
{
    if (s.id.isEmpty())
        s.id = newUuid();
    if (auto e = validate(s))
        return *e;

    Transaction tx(m_db);
    if (!tx.isActive())
        return *tx.beginError();

    // Gap-free receipt number: the counter row is updated inside the same transaction.
    const QString counterName = QStringLiteral("receipt:") + s.terminalId;
    Statement &next = m_db.cached("INSERT INTO counter(name, value) VALUES(?1, 1) "
                                  "ON CONFLICT(name) DO UPDATE SET value = value + 1 RETURNING value");
    next.bind(1, counterName);
    if (!next.step())
        return statementError(next);
    const qint64 receiptNo = next.int64(0);
    next.reset();

    // Returns: never more than was sold and not already returned, checked against the original
    // inside this transaction (a second till returning the same line waits for our lock).
    // A return of another terminal's sale (originalIsRemote, original not here) was checked by
    // the till against the central service's answer; every other check below still applies.
    std::optional<StoredSale> original;
    if (!s.originalSaleId.isEmpty()) {
        original = sale(s.originalSaleId);
        if (!original && !s.originalIsRemote)
            return invalid(QStringLiteral("The original sale %1 is not in this terminal's ledger").arg(s.originalSaleId));
    }
    if (original) {
        if (original->sale.kind != QLatin1String("sale") && original->sale.kind != QLatin1String("exchange"))
            return invalid(QStringLiteral("Receipt %1 is itself a return").arg(original->receiptNo));
        const QHash<int, ReturnedQuantity> before = returnedLines(s.originalSaleId);
        QHash<int, qint64> now;
        for (const auto &l : s.lines) {
            if (l.returnOfLine == 0)
                continue;
            if (l.returnOfLine < 1 || l.returnOfLine > original->sale.lines.size())
                return invalid(QStringLiteral("Receipt %1 has no line %2").arg(original->receiptNo).arg(l.returnOfLine));
            const SaleLineRecord &sold = original->sale.lines.at(l.returnOfLine - 1);
            if (sold.productId != l.productId || sold.unit != l.unit || sold.quantity <= 0)
                return invalid(QStringLiteral("Line %1 does not match line %2 of receipt %3").arg(l.sku).arg(l.returnOfLine).arg(original->receiptNo));
            now[l.returnOfLine] += -l.quantity;
            const ReturnedQuantity done = before.value(l.returnOfLine);
            if (done.quantity + now[l.returnOfLine] > sold.quantity)
                return invalid(QStringLiteral("%1: only %2 of %3 can still be returned").arg(sold.name).arg(sold.quantity - done.quantity).arg(sold.quantity));
            if (done.amount - l.amount > sold.amount)
                return invalid(QStringLiteral("%1: the refund is more than was paid").arg(sold.name));
        }
    }

    const QJsonArray approvals = approvalsJson(s.approvals);
    Statement &saleRow = m_db.cached(R"sql(
        INSERT INTO sale(id, kind, store_id, terminal_id, receipt_no, cashier_id, created_at, currency,
                         subtotal, discount_total, tax_total, total, cash_rounding, line_count, tender_count,
                         shift_id, original_sale_id, customer, approvals, remote_original_sale_id, prices_include_tax)
        VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, NULLIF(?16, ''), NULLIF(?17, ''),
               NULLIF(?18, ''), NULLIF(?19, ''), NULLIF(?20, ''), ?21))sql");
    saleRow.bind(1, s.id).bind(2, s.kind).bind(3, s.storeId).bind(4, s.terminalId).bind(5, receiptNo)
        .bind(6, s.cashierId).bind(7, s.createdAtMs).bind(8, s.currency).bind(9, s.subtotal)
        .bind(10, s.discountTotal).bind(11, s.taxTotal).bind(12, s.total).bind(13, s.cashRounding)
        .bind(14, qint64(s.lines.size())).bind(15, qint64(s.tenders.size())).bind(16, s.shiftId)
        .bind(17, original ? s.originalSaleId : QString()).bind(18, s.customer)
        .bind(20, original ? QString() : s.originalSaleId).bind(21, s.pricesIncludeTax ? 1 : 0)
        .bind(19, approvals.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(approvals).toJson(QJsonDocument::Compact)));
    if (!saleRow.exec())
        return statementError(saleRow);
    for (const auto &a : s.approvals) {
        const QString payload = QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("action"), a.action},
            {QStringLiteral("cashier_id"), s.cashierId}, {QStringLiteral("reason"), a.reason}}).toJson(QJsonDocument::Compact));
        if (auto r = journal::append(m_db, {0, a.atMs ? a.atMs : s.createdAtMs, QStringLiteral("approval"), s.id, a.staffId, payload}); !r)
            return r.error();
    }
    if (!s.draftSlot.isEmpty()) {
        Statement &draft = m_db.cached("DELETE FROM basket_draft WHERE slot = ?1");
        if (!draft.bind(1, s.draftSlot).exec())
            return statementError(draft);
    }

    const QString eventId = newUuid();
    const QString location = s.stockLocation.isEmpty() ? s.storeId : s.stockLocation;
    int lineNo = 0;
    for (const auto &l : s.lines) {
        Statement &line = m_db.cached(R"sql(
            INSERT INTO sale_line(sale_id, line_no, product_id, sku, name, quantity, unit, unit_price,
                                  discount, amount, tax_code, tax_bp, return_of_line, note)
            VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, NULLIF(?13, 0), NULLIF(?14, '')))sql");
        line.bind(1, s.id).bind(2, ++lineNo).bind(3, l.productId).bind(4, l.sku).bind(5, l.name)
            .bind(6, l.quantity).bind(7, l.unit).bind(8, l.unitPrice).bind(9, l.discount).bind(10, l.amount)
            .bind(11, l.taxCode).bind(12, l.taxBasisPoints).bind(13, l.returnOfLine).bind(14, l.note);
        if (!line.exec())
            return statementError(line);
        // Stock travels as a delta keyed by the event (docs/reliability.md#r5-facts-beat-forecasts).
        // Weighed goods are counted in grams; a sale takes stock out, a return puts it back
        // (negative quantity).
        Statement &delta = m_db.cached(R"sql(
            INSERT INTO stock_delta(event_id, product_id, location_id, delta) VALUES(?1, ?2, ?3, ?4)
            ON CONFLICT(event_id, product_id, location_id) DO UPDATE SET delta = delta + excluded.delta)sql");
        if (!delta.bind(1, eventId).bind(2, l.productId).bind(3, location).bind(4, -l.quantity).exec())
            return statementError(delta);
    }
    for (const auto &t : s.taxes) {
        Statement &tax = m_db.cached("INSERT INTO sale_tax(sale_id, tax_code, tax_bp, net, tax, gross) "
                                     "VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
        if (!tax.bind(1, s.id).bind(2, t.code).bind(3, t.basisPoints).bind(4, t.net).bind(5, t.tax).bind(6, t.gross).exec())
            return statementError(tax);
    }
    int seq = 0;
    qint64 cashIn = 0;
    for (const auto &t : s.tenders) {
        Statement &tender = m_db.cached("INSERT INTO tender(sale_id, seq, kind, amount, change_given, reference) "
                                        "VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
        if (!tender.bind(1, s.id).bind(2, ++seq).bind(3, t.kind).bind(4, t.amount).bind(5, t.change).bind(6, t.reference).exec())
            return statementError(tender);
        if (t.kind == QLatin1String("cash"))
            cashIn += t.amount - t.change;
    }
    if (cashIn != 0) {
        Statement &cash = m_db.cached("INSERT INTO cash_movement(id, shift_id, kind, amount, currency, staff_id, ref, created_at) "
                                      "VALUES(?1, NULLIF(?8, ''), ?2, ?3, ?4, ?5, ?6, ?7)");
        cash.bind(1, newUuid()).bind(2, cashIn > 0 ? QStringLiteral("sale") : QStringLiteral("refund"))
            .bind(3, cashIn).bind(4, s.currency).bind(5, s.cashierId).bind(6, s.id).bind(7, s.createdAtMs).bind(8, s.shiftId);
        if (!cash.exec())
            return statementError(cash);
    }

    const QJsonObject payload = saleJson(s, receiptNo, location);
    const QString payloadText = QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    // An exchange that takes money in travels as a sale, one that pays out as a return; its
    // payload says "exchange" and carries both kinds of lines.
    const QString eventKind = s.kind == QLatin1String("return") || (s.kind == QLatin1String("exchange") && s.total < 0)
        ? QStringLiteral("return.completed") : QStringLiteral("sale.completed");
    auto seqNo = journal::append(m_db, {0, s.createdAtMs, eventKind, s.id, s.cashierId, payloadText});
    if (!seqNo)
        return seqNo.error();

    Statement &out = m_db.cached("INSERT INTO outbox(event_id, kind, ref, payload, created_at) VALUES(?1, ?2, ?5, ?3, ?4)");
    out.bind(5, s.id).bind(1, eventId).bind(2, eventKind)
        .bind(3, payloadText).bind(4, s.createdAtMs);
    if (!out.exec())
        return statementError(out);

    if (auto r = tx.commit(); !r)
        return r.error();
    return CommittedSale{s.id, receiptNo, seqNo.value(), eventId};
}

QList<CommittedSale> Ledger::unprintedSales()
{
    QList<CommittedSale> out;
    Statement &st = m_db.cached("SELECT id, receipt_no FROM sale WHERE receipt_printed_at IS NULL ORDER BY receipt_no");
    while (st.step())
        out.append({st.text(0), st.int64(1), 0, QString()});
    st.reset();
    return out;
}

Result<void> Ledger::markReceiptPrinted(const QString &saleId, qint64 atMs)
{
    Statement &st = m_db.cached("UPDATE sale SET receipt_printed_at = ?2 WHERE id = ?1");
    if (!st.bind(1, saleId).bind(2, atMs).exec())
        return statementError(st);
    return {};
}

std::optional<StoredSale> Ledger::sale(const QString &id)
{
    Statement &st = m_db.cached(R"sql(
        SELECT id, kind, store_id, terminal_id, receipt_no, coalesce(cashier_id, ''), created_at, currency, subtotal,
               discount_total, tax_total, total, cash_rounding, coalesce(shift_id, ''), coalesce(original_sale_id, remote_original_sale_id, ''),
               coalesce(customer, ''), coalesce(approvals, ''), receipt_printed_at, prices_include_tax
        FROM sale WHERE id = ?1)sql");
    st.bind(1, id);
    if (!st.step()) {
        st.reset();
        return std::nullopt;
    }
    StoredSale out;
    SaleRecord &r = out.sale;
    r.id = st.text(0);
    r.kind = st.text(1);
    r.storeId = st.text(2);
    r.terminalId = st.text(3);
    out.receiptNo = st.int64(4);
    r.cashierId = st.text(5);
    r.createdAtMs = st.int64(6);
    r.currency = st.text(7);
    r.subtotal = st.int64(8);
    r.discountTotal = st.int64(9);
    r.taxTotal = st.int64(10);
    r.total = st.int64(11);
    r.cashRounding = st.int64(12);
    r.shiftId = st.text(13);
    r.originalSaleId = st.text(14);
    r.customer = st.text(15);
    const QByteArray approvals = st.text(16).toUtf8();
    if (!st.isNull(17))
        out.receiptPrintedAtMs = st.int64(17);
    r.pricesIncludeTax = st.int64(18) != 0;
    st.reset();
    for (const QJsonValue &v : QJsonDocument::fromJson(approvals).array()) {
        const QJsonObject o = v.toObject();
        r.approvals.append({o.value(QLatin1String("action")).toString(), o.value(QLatin1String("staff_id")).toString(),
                            o.value(QLatin1String("reason")).toString(), qint64(o.value(QLatin1String("at_ms")).toDouble())});
    }

    Statement &lines = m_db.cached(R"sql(
        SELECT product_id, sku, name, quantity, unit, unit_price, discount, amount, tax_code, tax_bp,
               coalesce(return_of_line, 0), coalesce(note, '')
        FROM sale_line WHERE sale_id = ?1 ORDER BY line_no)sql");
    lines.bind(1, id);
    while (lines.step())
        r.lines.append({lines.int64(0), lines.text(1), lines.text(2), lines.int64(3), lines.text(4), lines.int64(5),
                        lines.int64(6), lines.int64(7), lines.text(8), lines.int32(9), lines.int32(10), lines.text(11)});
    lines.reset();
    Statement &tenders = m_db.cached("SELECT kind, amount, change_given, coalesce(reference, '') FROM tender "
                                     "WHERE sale_id = ?1 ORDER BY seq");
    tenders.bind(1, id);
    while (tenders.step())
        r.tenders.append({tenders.text(0), tenders.int64(1), tenders.int64(2), tenders.text(3)});
    tenders.reset();
    Statement &taxes = m_db.cached("SELECT tax_code, tax_bp, net, tax, gross FROM sale_tax WHERE sale_id = ?1 "
                                   "ORDER BY tax_bp DESC, tax_code");
    taxes.bind(1, id);
    while (taxes.step())
        r.taxes.append({taxes.text(0), taxes.int32(1), taxes.int64(2), taxes.int64(3), taxes.int64(4)});
    taxes.reset();
    return out;
}

std::optional<StoredSale> Ledger::saleByReceipt(const QString &terminalId, qint64 receiptNo)
{
    Statement &st = m_db.cached("SELECT id FROM sale WHERE terminal_id = ?1 AND receipt_no = ?2");
    st.bind(1, terminalId).bind(2, receiptNo);
    const QString id = st.step() ? st.text(0) : QString();
    st.reset();
    return id.isEmpty() ? std::nullopt : sale(id);
}

QHash<int, ReturnedQuantity> Ledger::returnedLines(const QString &saleId)
{
    return returned(saleId, false);
}

QHash<int, ReturnedQuantity> Ledger::unsentReturnedLines(const QString &saleId)
{
    return returned(saleId, true);
}

QHash<int, ReturnedQuantity> Ledger::returned(const QString &saleId, bool onlyUnsent)
{
    QHash<int, ReturnedQuantity> out;
    Statement &st = m_db.cached(R"sql(
        SELECT l.return_of_line, -sum(l.quantity), -sum(l.amount)
        FROM sale s JOIN sale_line l ON l.sale_id = s.id
        WHERE (s.original_sale_id = ?1 OR s.remote_original_sale_id = ?1) AND l.return_of_line IS NOT NULL
          AND (?2 = 0 OR EXISTS(SELECT 1 FROM outbox o WHERE o.ref = s.id AND o.state <> 'acked'))
        GROUP BY l.return_of_line)sql");
    st.bind(1, saleId).bind(2, onlyUnsent ? 1 : 0);
    while (st.step())
        out.insert(st.int32(0), {st.int64(1), st.int64(2)});
    st.reset();
    return out;
}

QList<StoredSale> Ledger::recentSales(const QString &terminalId, qint64 sinceMs, int limit)
{
    QStringList ids;
    Statement &st = m_db.cached("SELECT id FROM sale WHERE terminal_id = ?1 AND created_at >= ?2 "
                                "ORDER BY receipt_no DESC LIMIT ?3");
    st.bind(1, terminalId).bind(2, sinceMs).bind(3, limit);
    while (st.step())
        ids.append(st.text(0));
    st.reset();
    QList<StoredSale> out;
    for (const QString &id : std::as_const(ids))
        if (auto s = sale(id))
            out.append(std::move(*s));
    return out;
}

qint64 Ledger::saleCount()
{
    return m_db.queryInt("SELECT count(*) FROM sale").value_or(-1);
}

qint64 Ledger::pendingOutboxCount()
{
    return m_db.queryInt("SELECT count(*) FROM outbox WHERE state = 'pending'").value_or(-1);
}

Result<qint64> Ledger::recordEvent(const QString &kind, const QString &ref, const QString &actor, const QJsonObject &payload,
                                   qint64 atMs, const QString &outboxKind)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return *tx.beginError();
    auto seq = journal::append(m_db, {0, atMs, kind, ref, actor, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact))});
    if (!seq)
        return seq.error();
    if (!outboxKind.isEmpty())
        if (auto o = outbox::append(m_db, outboxKind, ref, payload, atMs); !o)
            return o.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return seq.value();
}

// ------------------------------------------------------------------ outbox

namespace outbox {
Result<QString> append(Database &db, const QString &kind, const QString &ref, const QJsonObject &payload, qint64 atMs)
{
    const QString eventId = newUuid();
    Statement &out = db.cached("INSERT INTO outbox(event_id, kind, ref, payload, created_at) VALUES(?1, ?2, ?3, ?4, ?5)");
    out.bind(1, eventId).bind(2, kind).bind(3, ref).bind(4, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)))
        .bind(5, atMs);
    if (!out.exec())
        return statementError(out);
    return eventId;
}
} // namespace outbox

// ------------------------------------------------------------------ journal

namespace journal {

QByteArray hashEntry(const QByteArray &prevHash, const Entry &e)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(prevHash);
    // Length-prefixed fields: no two different entries share a canonical form.
    auto field = [&h](const QByteArray &b) {
        const QByteArray len = QByteArray::number(b.size()) + ':';
        h.addData(len);
        h.addData(b);
    };
    field(QByteArray::number(e.seq));
    field(QByteArray::number(e.createdAtMs));
    field(e.kind.toUtf8());
    field(e.ref.toUtf8());
    field(e.actor.toUtf8());
    field(e.payload.toUtf8());
    return h.result();
}

Result<qint64> append(Database &db, const Entry &entry)
{
    Statement &last = db.cached("SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1");
    qint64 seq = 1;
    QByteArray prev(32, '\0');
    if (last.step()) {
        seq = last.int64(0) + 1;
        prev = last.blob(1);
    }
    last.reset();
    Entry e = entry;
    e.seq = seq;
    const QByteArray hash = hashEntry(prev, e);
    Statement &ins = db.cached("INSERT INTO journal(seq, created_at, kind, ref, actor, payload, prev_hash, hash) "
                               "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    ins.bind(1, seq).bind(2, e.createdAtMs).bind(3, e.kind).bind(4, e.ref).bind(5, e.actor).bind(6, e.payload)
        .bind(7, prev).bind(8, hash);
    if (!ins.exec())
        return statementError(ins);
    return seq;
}

std::optional<qint64> verify(Database &db)
{
    auto st = db.prepare("SELECT seq, created_at, kind, ref, actor, payload, prev_hash, hash FROM journal ORDER BY seq");
    if (!st)
        return 0;
    QByteArray prev(32, '\0');
    qint64 expectedSeq = 1;
    while (st->step()) {
        Entry e{st->int64(0), st->int64(1), st->text(2), st->text(3), st->text(4), st->text(5)};
        if (e.seq != expectedSeq || st->blob(6) != prev || hashEntry(prev, e) != st->blob(7))
            return e.seq;
        prev = st->blob(7);
        ++expectedSeq;
    }
    return std::nullopt;
}

} // namespace journal

} // namespace ok::db
