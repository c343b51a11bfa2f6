// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/ledger.h"

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
Error fail(const Statement &st)
{
    return st.lastError().value_or(Error{QStringLiteral("db.error"), QStringLiteral("statement failed")});
}

Error invalid(const QString &what)
{
    return Error{QStringLiteral("sale.invalid"), what};
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
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
                                 {QStringLiteral("tax_bp"), l.taxBasisPoints}});
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
    return QJsonObject{{QStringLiteral("sale_id"), s.id},
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
                       {QStringLiteral("created_at_ms"), s.createdAtMs},
                       {QStringLiteral("lines"), lines},
                       {QStringLiteral("tenders"), tenders},
                       {QStringLiteral("stock_deltas"), deltas}};
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
    qint64 lineSum = 0;
    for (const auto &l : s.lines) {
        if (l.unit != QLatin1String("piece") && l.unit != QLatin1String("gram"))
            return invalid(QStringLiteral("Line %1: unknown unit \"%2\"").arg(l.sku, l.unit));
        if (l.quantity == 0)
            return invalid(QStringLiteral("Line %1: zero quantity").arg(l.sku));
        lineSum += l.amount;
    }
    if (lineSum != s.total)
        return invalid(QStringLiteral("Lines add up to %1 but the total is %2").arg(lineSum).arg(s.total));
    if (s.subtotal - s.discountTotal != s.total)
        return invalid(QStringLiteral("Subtotal minus discounts is not the total"));
    qint64 taxGross = 0, taxSum = 0;
    for (const auto &t : s.taxes) {
        if (t.net + t.tax != t.gross)
            return invalid(QStringLiteral("Tax row %1: net + tax is not gross").arg(t.code));
        taxGross += t.gross;
        taxSum += t.tax;
    }
    if (!s.taxes.isEmpty() && (taxGross != s.total || taxSum != s.taxTotal))
        return invalid(QStringLiteral("Tax summary does not add up to the total"));
    qint64 paid = 0;
    for (const auto &t : s.tenders) {
        if (t.amount < 0 || t.change < 0)
            return invalid(QStringLiteral("Negative tender"));
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
        return fail(next);
    const qint64 receiptNo = next.int64(0);
    next.reset();

    Statement &sale = m_db.cached(R"sql(
        INSERT INTO sale(id, kind, store_id, terminal_id, receipt_no, cashier_id, created_at, currency,
                         subtotal, discount_total, tax_total, total, cash_rounding, line_count, tender_count)
        VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15))sql");
    sale.bind(1, s.id).bind(2, s.kind).bind(3, s.storeId).bind(4, s.terminalId).bind(5, receiptNo)
        .bind(6, s.cashierId).bind(7, s.createdAtMs).bind(8, s.currency).bind(9, s.subtotal)
        .bind(10, s.discountTotal).bind(11, s.taxTotal).bind(12, s.total).bind(13, s.cashRounding)
        .bind(14, qint64(s.lines.size())).bind(15, qint64(s.tenders.size()));
    if (!sale.exec())
        return fail(sale);

    const QString eventId = newUuid();
    const QString location = s.stockLocation.isEmpty() ? s.storeId : s.stockLocation;
    int lineNo = 0;
    for (const auto &l : s.lines) {
        Statement &line = m_db.cached(R"sql(
            INSERT INTO sale_line(sale_id, line_no, product_id, sku, name, quantity, unit, unit_price,
                                  discount, amount, tax_code, tax_bp)
            VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12))sql");
        line.bind(1, s.id).bind(2, ++lineNo).bind(3, l.productId).bind(4, l.sku).bind(5, l.name)
            .bind(6, l.quantity).bind(7, l.unit).bind(8, l.unitPrice).bind(9, l.discount).bind(10, l.amount)
            .bind(11, l.taxCode).bind(12, l.taxBasisPoints);
        if (!line.exec())
            return fail(line);
        // Stock travels as a delta keyed by the event (RELIABILITY.md rule 5). Weighed goods are
        // counted in grams; a sale takes stock out, a return puts it back (negative quantity).
        Statement &delta = m_db.cached(R"sql(
            INSERT INTO stock_delta(event_id, product_id, location_id, delta) VALUES(?1, ?2, ?3, ?4)
            ON CONFLICT(event_id, product_id, location_id) DO UPDATE SET delta = delta + excluded.delta)sql");
        if (!delta.bind(1, eventId).bind(2, l.productId).bind(3, location).bind(4, -l.quantity).exec())
            return fail(delta);
    }
    for (const auto &t : s.taxes) {
        Statement &tax = m_db.cached("INSERT INTO sale_tax(sale_id, tax_code, tax_bp, net, tax, gross) "
                                     "VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
        if (!tax.bind(1, s.id).bind(2, t.code).bind(3, t.basisPoints).bind(4, t.net).bind(5, t.tax).bind(6, t.gross).exec())
            return fail(tax);
    }
    int seq = 0;
    qint64 cashIn = 0;
    for (const auto &t : s.tenders) {
        Statement &tender = m_db.cached("INSERT INTO tender(sale_id, seq, kind, amount, change_given, reference) "
                                        "VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
        if (!tender.bind(1, s.id).bind(2, ++seq).bind(3, t.kind).bind(4, t.amount).bind(5, t.change).bind(6, t.reference).exec())
            return fail(tender);
        if (t.kind == QLatin1String("cash"))
            cashIn += t.amount - t.change;
    }
    if (cashIn != 0) {
        Statement &cash = m_db.cached("INSERT INTO cash_movement(id, kind, amount, currency, staff_id, ref, created_at) "
                                      "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        cash.bind(1, newUuid()).bind(2, cashIn > 0 ? QStringLiteral("sale") : QStringLiteral("refund"))
            .bind(3, cashIn).bind(4, s.currency).bind(5, s.cashierId).bind(6, s.id).bind(7, s.createdAtMs);
        if (!cash.exec())
            return fail(cash);
    }

    const QJsonObject payload = saleJson(s, receiptNo, location);
    const QString payloadText = QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    auto seqNo = journal::append(m_db, {0, s.createdAtMs, s.kind == QLatin1String("sale") ? QStringLiteral("sale.completed") : QStringLiteral("return.completed"),
                                        s.id, s.cashierId, payloadText});
    if (!seqNo)
        return seqNo.error();

    Statement &out = m_db.cached("INSERT INTO outbox(event_id, kind, ref, payload, created_at) VALUES(?1, ?2, ?5, ?3, ?4)");
    out.bind(5, s.id).bind(1, eventId).bind(2, s.kind == QLatin1String("sale") ? QStringLiteral("sale.completed") : QStringLiteral("return.completed"))
        .bind(3, payloadText).bind(4, s.createdAtMs);
    if (!out.exec())
        return fail(out);

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
        return fail(st);
    return {};
}

qint64 Ledger::saleCount()
{
    return m_db.queryInt("SELECT count(*) FROM sale").value_or(-1);
}

qint64 Ledger::pendingOutboxCount()
{
    return m_db.queryInt("SELECT count(*) FROM outbox WHERE state = 'pending'").value_or(-1);
}

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
        return fail(ins);
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
