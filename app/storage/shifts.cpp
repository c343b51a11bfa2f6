// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/shifts.h"

#include "storage/ledger.h"
#include "storage/sqlite.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace ok::db {

namespace {

Error invalid(const QString &what)
{
    return Error{QStringLiteral("shift.invalid"), what};
}

QString countsJson(const DenominationCounts &counts)
{
    QJsonObject o;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() != 0)
            o.insert(QString::number(it.key()), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

DenominationCounts countsFrom(const QString &text)
{
    DenominationCounts out;
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key().toLongLong(), qint64(it.value().toDouble()));
    return out;
}

constexpr std::string_view kShiftColumns =
    "SELECT id, terminal_id, opened_by, opened_at, currency, float_amount, float_counts, closed_at, "
    "coalesce(closed_by, ''), coalesce(z_no, 0), coalesce(expected_cash, 0), coalesce(counted_cash, 0), "
    "coalesce(counted_counts, '{}'), coalesce(approved_by, ''), coalesce(approval_reason, '') FROM shift ";

ShiftRecord readShift(const Statement &st)
{
    ShiftRecord r;
    r.id = st.text(0);
    r.terminalId = st.text(1);
    r.openedBy = st.text(2);
    r.openedAtMs = st.int64(3);
    r.currency = st.text(4);
    r.floatAmount = st.int64(5);
    r.floatCounts = countsFrom(st.text(6));
    r.closed = !st.isNull(7);
    r.closedAtMs = r.closed ? st.int64(7) : 0;
    r.closedBy = st.text(8);
    r.zNo = st.int64(9);
    r.expectedCash = st.int64(10);
    r.countedCash = st.int64(11);
    r.countedCounts = countsFrom(st.text(12));
    r.approvedBy = st.text(13);
    r.approvalReason = st.text(14);
    return r;
}

QJsonObject figuresJson(const ShiftFigures &f)
{
    QJsonArray tenders;
    for (const auto &t : f.tenders)
        tenders.append(QJsonObject{{QStringLiteral("kind"), t.kind}, {QStringLiteral("count"), t.count},
                                   {QStringLiteral("amount"), t.amount}});
    QJsonArray taxes;
    for (const auto &t : f.taxes)
        taxes.append(QJsonObject{{QStringLiteral("tax_code"), t.code}, {QStringLiteral("tax_bp"), t.basisPoints},
                                 {QStringLiteral("net"), t.net}, {QStringLiteral("tax"), t.tax}, {QStringLiteral("gross"), t.gross}});
    return QJsonObject{{QStringLiteral("sales_count"), f.salesCount}, {QStringLiteral("sales_total"), f.salesTotal},
                       {QStringLiteral("returns_count"), f.returnsCount}, {QStringLiteral("returns_total"), f.returnsTotal},
                       {QStringLiteral("discount_total"), f.discountTotal}, {QStringLiteral("cash_rounding"), f.cashRounding},
                       {QStringLiteral("tenders"), tenders}, {QStringLiteral("taxes"), taxes},
                       {QStringLiteral("float"), f.floatAmount}, {QStringLiteral("cash_sales"), f.cashSales},
                       {QStringLiteral("cash_in"), f.cashIn}, {QStringLiteral("cash_out"), f.cashOut},
                       {QStringLiteral("no_sale_count"), f.noSaleCount}, {QStringLiteral("expected_cash"), f.expectedCash},
                       {QStringLiteral("first_receipt"), f.firstReceipt}, {QStringLiteral("last_receipt"), f.lastReceipt}};
}
} // namespace

Shifts::Shifts(Database &ledger)
    : m_db(ledger)
{
}

std::optional<ShiftRecord> Shifts::queryOne(std::string_view where, const QString &key)
{
    Statement &st = m_db.cached(std::string(kShiftColumns) + std::string(where));
    st.bind(1, key);
    std::optional<ShiftRecord> out;
    if (st.step())
        out = readShift(st);
    st.reset();
    return out;
}

std::optional<ShiftRecord> Shifts::openShift(const QString &terminalId)
{
    return queryOne("WHERE terminal_id = ?1 AND closed_at IS NULL", terminalId);
}

std::optional<ShiftRecord> Shifts::shift(const QString &id)
{
    return queryOne("WHERE id = ?1", id);
}

std::optional<ShiftRecord> Shifts::lastClosed(const QString &terminalId)
{
    return queryOne("WHERE terminal_id = ?1 AND z_no IS NOT NULL ORDER BY z_no DESC LIMIT 1", terminalId);
}

Result<ShiftRecord> Shifts::open(const QString &terminalId, const QString &storeId, const QString &staffId,
                                 const QString &currency, const DenominationCounts &floatCounts, qint64 atMs)
{
    const auto amount = countedTotal(floatCounts);
    if (!amount)
        return invalid(QStringLiteral("The float count has a negative or impossible number"));
    if (staffId.isEmpty() || terminalId.isEmpty() || currency.size() != 3)
        return invalid(QStringLiteral("Terminal, staff and currency are required to open a shift"));
    Transaction tx(m_db);
    if (!tx.isActive())
        return *tx.beginError();
    if (openShift(terminalId))
        return Error{QStringLiteral("shift.open"), QStringLiteral("A shift is already open on this terminal")};
    ShiftRecord r;
    r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.terminalId = terminalId;
    r.openedBy = staffId;
    r.openedAtMs = atMs;
    r.currency = currency;
    r.floatAmount = *amount;
    r.floatCounts = floatCounts;
    Statement &ins = m_db.cached("INSERT INTO shift(id, terminal_id, opened_by, opened_at, currency, float_amount, float_counts) "
                                 "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (!ins.bind(1, r.id).bind(2, terminalId).bind(3, staffId).bind(4, atMs).bind(5, currency).bind(6, r.floatAmount)
             .bind(7, countsJson(floatCounts)).exec())
        return statementError(ins);
    const QString movementId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Statement &cash = m_db.cached("INSERT INTO cash_movement(id, shift_id, kind, amount, currency, reason, staff_id, created_at) "
                                  "VALUES(?1, ?2, 'float', ?3, ?4, 'opening float', ?5, ?6)");
    if (!cash.bind(1, movementId).bind(2, r.id).bind(3, r.floatAmount).bind(4, currency).bind(5, staffId).bind(6, atMs).exec())
        return statementError(cash);
    const QJsonObject payload{{QStringLiteral("movement_id"), movementId}, {QStringLiteral("shift_id"), r.id},
                              {QStringLiteral("store_id"), storeId}, {QStringLiteral("terminal_id"), terminalId},
                              {QStringLiteral("kind"), QStringLiteral("float")}, {QStringLiteral("amount"), r.floatAmount},
                              {QStringLiteral("currency"), currency}, {QStringLiteral("staff_id"), staffId},
                              {QStringLiteral("counts"), QJsonDocument::fromJson(countsJson(floatCounts).toUtf8()).object()}};
    if (auto j = journal::append(m_db, {0, atMs, QStringLiteral("shift.opened"), r.id, staffId,
                                        QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact))}); !j)
        return j.error();
    if (auto o = outbox::append(m_db, QStringLiteral("cash.movement"), movementId, payload, atMs); !o)
        return o.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return r;
}

Result<QString> Shifts::cashMovement(const ShiftRecord &shift, const QString &storeId, const QString &kind, qint64 amount,
                                     const QString &reason, const QString &staffId, const QString &approvedBy, qint64 atMs)
{
    const bool noSale = kind == QLatin1String("no_sale");
    if (!noSale && kind != QLatin1String("cash_in") && kind != QLatin1String("cash_out"))
        return invalid(QStringLiteral("Unknown cash movement \"%1\"").arg(kind));
    if (noSale ? amount != 0 : amount <= 0)
        return invalid(noSale ? QStringLiteral("A no-sale opening moves no money")
                              : QStringLiteral("Enter an amount above zero"));
    if (!noSale && reason.trimmed().isEmpty())
        return invalid(QStringLiteral("Give a reason for the cash movement"));
    Transaction tx(m_db);
    if (!tx.isActive())
        return *tx.beginError();
    const auto current = this->shift(shift.id);
    if (!current || current->closed)
        return Error{QStringLiteral("shift.closed"), QStringLiteral("The shift is closed: open a new one first")};
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Statement &cash = m_db.cached("INSERT INTO cash_movement(id, shift_id, kind, amount, currency, reason, staff_id, created_at, approved_by) "
                                  "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, NULLIF(?9, ''))");
    if (!cash.bind(1, id).bind(2, shift.id).bind(3, kind).bind(4, amount).bind(5, shift.currency).bind(6, reason.trimmed())
             .bind(7, staffId).bind(8, atMs).bind(9, approvedBy).exec())
        return statementError(cash);
    const QJsonObject payload{{QStringLiteral("movement_id"), id}, {QStringLiteral("shift_id"), shift.id},
                              {QStringLiteral("store_id"), storeId}, {QStringLiteral("terminal_id"), shift.terminalId},
                              {QStringLiteral("kind"), kind}, {QStringLiteral("amount"), amount},
                              {QStringLiteral("currency"), shift.currency}, {QStringLiteral("reason"), reason.trimmed()},
                              {QStringLiteral("staff_id"), staffId}, {QStringLiteral("approved_by"), approvedBy}};
    const QString journalKind = noSale ? QStringLiteral("drawer.no_sale") : QStringLiteral("cash.") + kind;
    if (auto j = journal::append(m_db, {0, atMs, journalKind, id, staffId,
                                        QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact))}); !j)
        return j.error();
    if (auto o = outbox::append(m_db, QStringLiteral("cash.movement"), id, payload, atMs); !o)
        return o.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return id;
}

ShiftFigures Shifts::figures(const ShiftRecord &shift)
{
    ShiftFigures f;
    f.floatAmount = shift.floatAmount;
    Statement &sales = m_db.cached(R"sql(
        SELECT total >= 0, count(*), sum(total), sum(discount_total), sum(cash_rounding), min(receipt_no), max(receipt_no)
        FROM sale WHERE shift_id = ?1 GROUP BY total >= 0)sql");
    sales.bind(1, shift.id);
    while (sales.step()) {
        if (sales.int64(0)) {
            f.salesCount = sales.int64(1);
            f.salesTotal = sales.int64(2);
        } else {
            f.returnsCount = sales.int64(1);
            f.returnsTotal = sales.int64(2);
        }
        f.discountTotal += sales.int64(3);
        f.cashRounding += sales.int64(4);
        f.firstReceipt = f.firstReceipt ? std::min(f.firstReceipt, sales.int64(5)) : sales.int64(5);
        f.lastReceipt = std::max(f.lastReceipt, sales.int64(6));
    }
    sales.reset();
    Statement &tenders = m_db.cached(R"sql(
        SELECT t.kind, count(*), sum(t.amount - t.change_given) FROM tender t JOIN sale s ON s.id = t.sale_id
        WHERE s.shift_id = ?1 GROUP BY t.kind ORDER BY t.kind)sql");
    tenders.bind(1, shift.id);
    while (tenders.step())
        f.tenders.append({tenders.text(0), tenders.int64(1), tenders.int64(2)});
    tenders.reset();
    Statement &taxes = m_db.cached(R"sql(
        SELECT x.tax_code, x.tax_bp, sum(x.net), sum(x.tax), sum(x.gross) FROM sale_tax x JOIN sale s ON s.id = x.sale_id
        WHERE s.shift_id = ?1 GROUP BY x.tax_code, x.tax_bp ORDER BY x.tax_bp DESC, x.tax_code)sql");
    taxes.bind(1, shift.id);
    while (taxes.step())
        f.taxes.append({taxes.text(0), taxes.int32(1), taxes.int64(2), taxes.int64(3), taxes.int64(4)});
    taxes.reset();
    Statement &cash = m_db.cached("SELECT kind, count(*), sum(amount) FROM cash_movement WHERE shift_id = ?1 GROUP BY kind");
    cash.bind(1, shift.id);
    while (cash.step()) {
        const QString kind = cash.text(0);
        if (kind == QLatin1String("sale") || kind == QLatin1String("refund"))
            f.cashSales += cash.int64(2);
        else if (kind == QLatin1String("cash_in"))
            f.cashIn += cash.int64(2);
        else if (kind == QLatin1String("cash_out"))
            f.cashOut += cash.int64(2);
        else if (kind == QLatin1String("no_sale"))
            f.noSaleCount += cash.int64(1);
    }
    cash.reset();
    f.expectedCash = f.floatAmount + f.cashSales + f.cashIn - f.cashOut;
    return f;
}

Result<ShiftRecord> Shifts::close(const ShiftRecord &shift, const QString &storeId, const QString &staffId,
                                  const DenominationCounts &counted, const QString &approvedBy, const QString &reason,
                                  qint64 atMs)
{
    const auto total = countedTotal(counted);
    if (!total)
        return invalid(QStringLiteral("The count has a negative or impossible number"));
    Transaction tx(m_db);
    if (!tx.isActive())
        return *tx.beginError();
    auto current = this->shift(shift.id);
    if (!current || current->closed)
        return Error{QStringLiteral("shift.closed"), QStringLiteral("This shift is already closed")};
    const ShiftFigures f = figures(*current);
    Statement &next = m_db.cached("INSERT INTO counter(name, value) VALUES(?1, 1) "
                                  "ON CONFLICT(name) DO UPDATE SET value = value + 1 RETURNING value");
    next.bind(1, QStringLiteral("z:") + current->terminalId);
    if (!next.step())
        return statementError(next);
    const qint64 zNo = next.int64(0);
    next.reset();
    Statement &upd = m_db.cached(R"sql(
        UPDATE shift SET closed_at = ?2, closed_by = ?3, z_no = ?4, expected_cash = ?5, counted_cash = ?6,
                         counted_counts = ?7, approved_by = NULLIF(?8, ''), approval_reason = NULLIF(?9, '')
        WHERE id = ?1 AND closed_at IS NULL)sql");
    if (!upd.bind(1, current->id).bind(2, atMs).bind(3, staffId).bind(4, zNo).bind(5, f.expectedCash).bind(6, *total)
             .bind(7, countsJson(counted)).bind(8, approvedBy).bind(9, reason.trimmed()).exec())
        return statementError(upd);
    QJsonObject payload{{QStringLiteral("shift_id"), current->id}, {QStringLiteral("store_id"), storeId},
                        {QStringLiteral("terminal_id"), current->terminalId}, {QStringLiteral("z_no"), zNo},
                        {QStringLiteral("opened_by"), current->openedBy}, {QStringLiteral("opened_at_ms"), current->openedAtMs},
                        {QStringLiteral("closed_by"), staffId}, {QStringLiteral("currency"), current->currency},
                        {QStringLiteral("expected_cash"), f.expectedCash}, {QStringLiteral("counted_cash"), *total},
                        {QStringLiteral("difference"), *total - f.expectedCash},
                        {QStringLiteral("counts"), QJsonDocument::fromJson(countsJson(counted).toUtf8()).object()},
                        {QStringLiteral("approved_by"), approvedBy}, {QStringLiteral("approval_reason"), reason.trimmed()},
                        {QStringLiteral("figures"), figuresJson(f)}};
    if (auto j = journal::append(m_db, {0, atMs, QStringLiteral("shift.closed"), current->id, staffId,
                                        QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact))}); !j)
        return j.error();
    if (auto o = outbox::append(m_db, QStringLiteral("shift.closed"), current->id, payload, atMs); !o)
        return o.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return *this->shift(current->id);
}

} // namespace ok::db
