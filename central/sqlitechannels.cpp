// SPDX-License-Identifier: GPL-3.0-or-later
// Customers, points, redemptions, web orders, holds and transfers in central.db (schema v4).
#include "central/sqlitechannels.h"

#include "central/sqlitehelpers.h"
#include "central/sqlitestore.h"

#include <nlohmann/json.hpp>

namespace ok::central {

using namespace sqlitehelpers;
using nlohmann::json;

namespace channels {

namespace {

constexpr std::string_view kCustomerColumns =
    "id, loyalty_id, name, email, phone, home_store_id, currency, points, store_credit, created_at_ms";

Customer readCustomer(const db::Statement &q)
{
    return Customer{str(q, 0), str(q, 1), str(q, 2), str(q, 3), str(q, 4), str(q, 5),
                    str(q, 6), q.int64(7), q.int64(8), q.int64(9), {}};
}

Result<void> readPromotions(db::Database &h, Customer &c)
{
    auto list = selectAll(
        h, "SELECT id, name, percent_bp FROM customer_promotion WHERE customer_id = ?1 ORDER BY id", "Reading a customer's promotions",
        [](const db::Statement &q) { return CustomerPromotion{str(q, 0), str(q, 1), int(q.int64(2))}; }, std::string_view(c.id));
    if (!list)
        return list.error();
    c.promotions = std::move(list).value();
    return {};
}

constexpr std::string_view kPointsColumns =
    "id, customer_id, kind, ref, points, balance, basis, sale_id, store_id, created_at_ms, detail";

PointsEntry readPoints(const db::Statement &q)
{
    return PointsEntry{q.int64(0), str(q, 1), str(q, 2), str(q, 3), q.int64(4), q.int64(5),
                       q.int64(6), str(q, 7), str(q, 8), q.int64(9), str(q, 10)};
}

Result<std::vector<PointsEntry>> readPointsList(db::Database &h, std::string_view where, std::string_view value, int limit,
                                                bool newestFirst)
{
    return selectAll(h,
                     std::string("SELECT ")
                         .append(kPointsColumns)
                         .append(" FROM points_ledger WHERE ")
                         .append(where)
                         .append(newestFirst ? " ORDER BY id DESC LIMIT ?2" : " ORDER BY id LIMIT ?2"),
                     "Reading points", readPoints, value, qint64(limit));
}

constexpr std::string_view kWebOrderColumns = "id, number, channel, customer_id, status, delivery, store_id, created_at_ms, "
                                              "total, currency, lines, payments, history, cc_order_id";

json parsedArray(std::string_view text)
{
    json a = json::parse(text, nullptr, false);
    return a.is_array() ? a : json::array();
}

WebOrder readWebOrder(const db::Statement &q)
{
    WebOrder o{str(q, 0), str(q, 1), str(q, 2), str(q, 3), str(q, 4), str(q, 5), str(q, 6),
               q.int64(7), q.int64(8), str(q, 9), {}, {}, {}, str(q, 13)};
    for (const json &l : parsedArray(q.textView(10)))
        if (l.is_object())
            o.lines.push_back(WebOrderLine{l.value("line_no", 0), l.value("product_id", qint64(0)), l.value("name", std::string()),
                                           l.value("quantity", qint64(0)), l.value("amount", qint64(0)),
                                           l.value("returned", qint64(0))});
    for (const json &p : parsedArray(q.textView(11)))
        if (p.is_object())
            o.payments.push_back(WebPayment{p.value("method", std::string()), p.value("amount", qint64(0)),
                                            p.value("reference", std::string())});
    for (const json &e : parsedArray(q.textView(12)))
        if (e.is_object())
            o.history.push_back(HistoryEntry{e.value("at_ms", qint64(0)), e.value("what", std::string())});
    return o;
}

constexpr std::string_view kHoldColumns = "id, store_id, product_id, quantity, expires_at, customer_name, staff_id, terminal, "
                                          "event_id, state, created_at_ms, ended_at_ms, end_reason";

Hold readHold(const db::Statement &q)
{
    return Hold{str(q, 0), str(q, 1), q.int64(2), q.int64(3), q.int64(4), str(q, 5), str(q, 6),
                str(q, 7), str(q, 8), str(q, 9), q.int64(10), q.optInt64(11), str(q, 12)};
}

constexpr std::string_view kTransferColumns =
    "id, store_id, terminal, product_id, quantity, from_location, destination, customer_name, customer_phone, "
    "customer_email, customer_address, staff_id, state, order_id, created_at_ms, updated_at_ms";

Transfer readTransfer(const db::Statement &q)
{
    return Transfer{str(q, 0), str(q, 1), str(q, 2), q.int64(3), q.int64(4), str(q, 5), str(q, 6), str(q, 7),
                    str(q, 8), str(q, 9), str(q, 10), str(q, 11), str(q, 12), str(q, 13), q.int64(14), q.int64(15)};
}

/// Only our own column names go into SQL text.
bool knownColumn(std::string_view c)
{
    return c == "id" || c == "number" || c == "cc_order_id" || c == "order_id";
}

Error unknownColumn(std::string_view c)
{
    return Error{QStringLiteral("internal"), QStringLiteral("no lookup by column %1").arg(QString::fromUtf8(c.data(), qsizetype(c.size())))};
}

} // namespace

Result<void> putCustomer(db::Database &h, const Customer &c)
{
    db::Statement &st = h.cached(R"sql(
        INSERT INTO customer(id, loyalty_id, name, email, phone, home_store_id, currency, points, store_credit, created_at_ms)
        VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
        ON CONFLICT(id) DO UPDATE SET loyalty_id = excluded.loyalty_id, name = excluded.name, email = excluded.email,
            phone = excluded.phone, home_store_id = excluded.home_store_id, currency = excluded.currency,
            points = excluded.points, store_credit = excluded.store_credit)sql");
    if (!st.bind(1, std::string_view(c.id)).bind(2, std::string_view(c.loyaltyId)).bind(3, std::string_view(c.name))
             .bind(4, std::string_view(c.email)).bind(5, std::string_view(c.phone)).bind(6, std::string_view(c.homeStoreId))
             .bind(7, std::string_view(c.currency)).bind(8, c.points).bind(9, c.storeCredit).bind(10, c.createdAtMs).exec())
        return stepError(st);
    db::Statement &del = h.cached("DELETE FROM customer_promotion WHERE customer_id = ?1");
    if (!del.bind(1, std::string_view(c.id)).exec())
        return stepError(del);
    for (const CustomerPromotion &p : c.promotions) {
        db::Statement &ins = h.cached("INSERT INTO customer_promotion(customer_id, id, name, percent_bp) VALUES(?1, ?2, ?3, ?4)");
        if (!ins.bind(1, std::string_view(c.id)).bind(2, std::string_view(p.id)).bind(3, std::string_view(p.name))
                 .bind(4, p.percentBp).exec())
            return stepError(ins);
    }
    return {};
}

Result<std::vector<Customer>> findCustomers(db::Database &h, CustomerKey key, std::string_view value, int limit)
{
    std::string_view where;
    switch (key) {
    case CustomerKey::Id: where = "id = ?1"; break;
    case CustomerKey::LoyaltyId: where = "loyalty_id = ?1"; break;
    case CustomerKey::Email: where = "email = ?1"; break;
    case CustomerKey::Phone: where = "phone = ?1"; break;
    case CustomerKey::AdminSearch:
        where = "?1 = '' OR id = ?1 OR loyalty_id = ?1 OR email = lower(?1) OR phone = ?1 OR instr(lower(name), lower(?1)) > 0";
        break;
    }
    auto list = selectAll(h,
                          std::string("SELECT ")
                              .append(kCustomerColumns)
                              .append(" FROM customer WHERE ")
                              .append(where)
                              .append(" ORDER BY created_at_ms DESC, id DESC LIMIT ?2"),
                          "Reading customers", readCustomer, value.data() ? value : std::string_view(""), qint64(limit));
    if (!list)
        return list.error();
    std::vector<Customer> &out = list.value();
    for (Customer &c : out)
        if (auto r = readPromotions(h, c); !r)
            return r.error();
    return list;
}

Result<std::optional<Customer>> oneCustomer(db::Database &h, CustomerKey key, std::string_view value)
{
    auto list = findCustomers(h, key, value, 1);
    if (!list)
        return list.error();
    if (list.value().empty())
        return std::optional<Customer>();
    return std::optional<Customer>(std::move(list.value().front()));
}

Result<qint64> lastSerial(db::Database &h, std::string_view table, std::string_view column, int from)
{
    return selectInt(h,
                     std::string("SELECT coalesce(max(CAST(substr(")
                         .append(column)
                         .append(", ")
                         .append(std::to_string(from))
                         .append(") AS INTEGER)), 0) FROM ")
                         .append(table),
                     "Reading serial numbers");
}

Result<bool> addPointsEntry(db::Database &h, const PointsEntry &e)
{
    db::Statement &st = h.cached(R"sql(
        INSERT INTO points_ledger(customer_id, kind, ref, points, balance, basis, sale_id, store_id, created_at_ms, detail)
        VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) ON CONFLICT(kind, ref) DO NOTHING)sql");
    if (!st.bind(1, std::string_view(e.customerId)).bind(2, std::string_view(e.kind)).bind(3, std::string_view(e.ref))
             .bind(4, e.points).bind(5, e.balance).bind(6, e.basis).bind(7, std::string_view(e.saleId))
             .bind(8, std::string_view(e.storeId)).bind(9, e.createdAtMs).bind(10, std::string_view(e.detail)).exec())
        return stepError(st);
    return h.changes() > 0;
}

Result<std::optional<PointsEntry>> pointsEntry(db::Database &h, std::string_view kind, std::string_view ref)
{
    return selectOne(h, std::string("SELECT ").append(kPointsColumns).append(" FROM points_ledger WHERE kind = ?1 AND ref = ?2"),
                     "Reading points", readPoints, kind, ref);
}

Result<std::vector<PointsEntry>> pointsOfSale(db::Database &h, std::string_view saleId)
{
    return readPointsList(h, "sale_id = ?1 AND sale_id <> ''", saleId, -1, false);
}

Result<std::vector<PointsEntry>> pointsLedger(db::Database &h, std::string_view customerId, int limit)
{
    return readPointsList(h, "customer_id = ?1", customerId, limit, true);
}

Result<void> putRedemption(db::Database &h, const Redemption &r)
{
    db::Statement &st = h.cached(R"sql(
        INSERT INTO redemption(id, customer_id, points, amount, currency, sale_id, store_id, terminal, body_sha256,
                               balance_after, state, used_by_sale, created_at_ms)
        VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
        ON CONFLICT(id) DO UPDATE SET state = excluded.state, used_by_sale = excluded.used_by_sale)sql");
    if (!st.bind(1, std::string_view(r.id)).bind(2, std::string_view(r.customerId)).bind(3, r.points).bind(4, r.amount)
             .bind(5, std::string_view(r.currency)).bind(6, std::string_view(r.saleId)).bind(7, std::string_view(r.storeId))
             .bind(8, std::string_view(r.terminal)).bind(9, std::string_view(r.bodySha256)).bind(10, r.balanceAfter)
             .bind(11, std::string_view(r.state)).bind(12, std::string_view(r.usedBySale)).bind(13, r.createdAtMs).exec())
        return stepError(st);
    return {};
}

Result<std::optional<Redemption>> redemption(db::Database &h, std::string_view id)
{
    return selectOne(
        h,
        "SELECT id, customer_id, points, amount, currency, sale_id, store_id, terminal, body_sha256, "
        "balance_after, state, used_by_sale, created_at_ms FROM redemption WHERE id = ?1",
        "Reading a redemption",
        [](const db::Statement &q) {
            return Redemption{str(q, 0), str(q, 1), q.int64(2), q.int64(3), str(q, 4),  str(q, 5),  str(q, 6),
                              str(q, 7), str(q, 8), q.int64(9), str(q, 10), str(q, 11), q.int64(12)};
        },
        id);
}

Result<void> putWebOrder(db::Database &h, const WebOrder &o)
{
    json lines = json::array(), payments = json::array(), history = json::array();
    for (const WebOrderLine &l : o.lines)
        lines.push_back(json{{"line_no", l.lineNo}, {"product_id", l.productId}, {"name", l.name}, {"quantity", l.quantity},
                             {"amount", l.amount}, {"returned", l.returned}});
    for (const WebPayment &p : o.payments)
        payments.push_back(json{{"method", p.method}, {"amount", p.amount}, {"reference", p.reference}});
    for (const HistoryEntry &e : o.history)
        history.push_back(json{{"at_ms", e.atMs}, {"what", e.what}});
    db::Statement &st = h.cached(R"sql(
        INSERT INTO web_order(id, number, channel, customer_id, status, delivery, store_id, created_at_ms, total, currency,
                              lines, payments, history, cc_order_id)
        VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
        ON CONFLICT(id) DO UPDATE SET status = excluded.status, delivery = excluded.delivery, store_id = excluded.store_id,
            lines = excluded.lines, payments = excluded.payments, history = excluded.history,
            cc_order_id = excluded.cc_order_id)sql");
    const std::string l = lines.dump(), p = payments.dump(), hi = history.dump();
    if (!st.bind(1, std::string_view(o.id)).bind(2, std::string_view(o.number)).bind(3, std::string_view(o.channel))
             .bind(4, std::string_view(o.customerId)).bind(5, std::string_view(o.status)).bind(6, std::string_view(o.delivery))
             .bind(7, std::string_view(o.storeId)).bind(8, o.createdAtMs).bind(9, o.total).bind(10, std::string_view(o.currency))
             .bind(11, std::string_view(l)).bind(12, std::string_view(p)).bind(13, std::string_view(hi))
             .bind(14, std::string_view(o.ccOrderId)).exec())
        return stepError(st);
    return {};
}

Result<std::optional<WebOrder>> webOrder(db::Database &h, std::string_view column, std::string_view value)
{
    if (!knownColumn(column))
        return unknownColumn(column);
    if (value.empty())
        return std::optional<WebOrder>();
    return selectOne(h, std::string("SELECT ").append(kWebOrderColumns).append(" FROM web_order WHERE ").append(column).append(" = ?1"),
                     "Reading a web order", readWebOrder, value);
}

Result<std::vector<WebOrder>> webOrders(db::Database &h, std::string_view customerId, int limit)
{
    return selectAll(h,
                     std::string("SELECT ")
                         .append(kWebOrderColumns)
                         .append(" FROM web_order WHERE ?1 = '' OR customer_id = ?1 ORDER BY created_at_ms DESC, id DESC LIMIT ?2"),
                     "Reading web orders", readWebOrder, customerId.data() ? customerId : std::string_view(""), qint64(limit));
}

Result<void> putHold(db::Database &h, const Hold &hold)
{
    db::Statement &st = h.cached(R"sql(
        INSERT INTO hold(id, store_id, product_id, quantity, expires_at, customer_name, staff_id, terminal, event_id, state,
                         created_at_ms, ended_at_ms, end_reason)
        VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
        ON CONFLICT(id) DO UPDATE SET state = excluded.state, ended_at_ms = excluded.ended_at_ms,
            end_reason = excluded.end_reason)sql");
    st.bind(1, std::string_view(hold.id)).bind(2, std::string_view(hold.storeId)).bind(3, hold.productId).bind(4, hold.quantity)
        .bind(5, hold.expiresAt).bind(6, std::string_view(hold.customerName)).bind(7, std::string_view(hold.staffId))
        .bind(8, std::string_view(hold.terminal)).bind(9, std::string_view(hold.eventId)).bind(10, std::string_view(hold.state))
        .bind(11, hold.createdAtMs).bind(13, std::string_view(hold.endReason));
    bindOpt(st, 12, hold.endedAtMs);
    if (!st.exec())
        return stepError(st);
    return {};
}

Result<std::optional<Hold>> hold(db::Database &h, std::string_view id)
{
    return selectOne(h, std::string("SELECT ").append(kHoldColumns).append(" FROM hold WHERE id = ?1"), "Reading a hold", readHold, id);
}

Result<std::vector<Hold>> dueHolds(db::Database &h, qint64 nowSec)
{
    return selectAll(h,
                     std::string("SELECT ")
                         .append(kHoldColumns)
                         .append(" FROM hold WHERE state = 'active' AND expires_at <= ?1 ORDER BY expires_at, id"),
                     "Reading holds", readHold, nowSec);
}

Result<void> putTransfer(db::Database &h, const Transfer &t)
{
    db::Statement &st = h.cached(R"sql(
        INSERT INTO transfer(id, store_id, terminal, product_id, quantity, from_location, destination, customer_name,
                             customer_phone, customer_email, customer_address, staff_id, state, order_id, created_at_ms,
                             updated_at_ms)
        VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)
        ON CONFLICT(id) DO UPDATE SET state = excluded.state, order_id = excluded.order_id,
            updated_at_ms = excluded.updated_at_ms)sql");
    if (!st.bind(1, std::string_view(t.id)).bind(2, std::string_view(t.storeId)).bind(3, std::string_view(t.terminal))
             .bind(4, t.productId).bind(5, t.quantity).bind(6, std::string_view(t.fromLocation))
             .bind(7, std::string_view(t.destination)).bind(8, std::string_view(t.customerName))
             .bind(9, std::string_view(t.customerPhone)).bind(10, std::string_view(t.customerEmail))
             .bind(11, std::string_view(t.customerAddress)).bind(12, std::string_view(t.staffId)).bind(13, std::string_view(t.state))
             .bind(14, std::string_view(t.orderId)).bind(15, t.createdAtMs).bind(16, t.updatedAtMs).exec())
        return stepError(st);
    return {};
}

Result<std::optional<Transfer>> transfer(db::Database &h, std::string_view column, std::string_view value)
{
    if (!knownColumn(column))
        return unknownColumn(column);
    if (value.empty())
        return std::optional<Transfer>();
    return selectOne(h, std::string("SELECT ").append(kTransferColumns).append(" FROM transfer WHERE ").append(column).append(" = ?1"),
                     "Reading a transfer", readTransfer, value);
}

Result<std::optional<std::string>> refundOfReturn(db::Database &h, std::string_view returnId)
{
    return selectOne(h, "SELECT order_id FROM cc_refund WHERE return_id = ?1 AND return_id <> '' LIMIT 1", "Reading refunds",
                     [](const db::Statement &q) { return str(q, 0); }, returnId);
}

} // namespace channels

// ------------------------------------------------------------------ SqliteStore, read side

Result<std::vector<Customer>> SqliteStore::customers(CustomerKey key, std::string_view value, int limit)
{
    auto lease = readConnection();
    if (!lease)
        return lease.error();
    return channels::findCustomers(lease.value()->db(), key, value, limit);
}

Result<std::vector<PointsEntry>> SqliteStore::pointsLedger(std::string_view customerId, int limit)
{
    auto lease = readConnection();
    if (!lease)
        return lease.error();
    return channels::pointsLedger(lease.value()->db(), customerId, limit);
}

Result<std::vector<WebOrder>> SqliteStore::webOrders(std::string_view customerId, int limit)
{
    auto lease = readConnection();
    if (!lease)
        return lease.error();
    return channels::webOrders(lease.value()->db(), customerId, limit);
}

Result<std::optional<WebOrder>> SqliteStore::webOrder(std::string_view idOrNumber)
{
    auto lease = readConnection();
    if (!lease)
        return lease.error();
    auto byNumber = channels::webOrder(lease.value()->db(), "number", idOrNumber);
    if (!byNumber || byNumber.value())
        return byNumber;
    return channels::webOrder(lease.value()->db(), "id", idOrNumber);
}

Result<std::vector<Hold>> SqliteStore::holds(std::string_view storeId, qint64 sinceMs, int limit)
{
    auto lease = readConnection();
    if (!lease)
        return lease.error();
    return selectAll(
        lease.value()->db(),
        std::string("SELECT ")
            .append(channels::kHoldColumns)
            .append(" FROM hold WHERE (?1 = '' OR store_id = ?1) AND created_at_ms >= ?2 ORDER BY created_at_ms DESC, id DESC LIMIT ?3"),
        "Reading holds", channels::readHold, storeId.data() ? storeId : std::string_view(""), sinceMs, qint64(limit));
}

Result<bool> SqliteStore::hasDueHolds(qint64 nowSec)
{
    auto lease = readConnection();
    if (!lease)
        return lease.error();
    auto due = selectInt(lease.value()->db(), "SELECT EXISTS(SELECT 1 FROM hold WHERE state = 'active' AND expires_at <= ?1)",
                         "Reading holds", nowSec);
    if (!due)
        return due.error();
    return due.value() != 0;
}

Result<std::vector<Transfer>> SqliteStore::transfers(std::string_view storeId, int limit)
{
    auto lease = readConnection();
    if (!lease)
        return lease.error();
    return selectAll(lease.value()->db(),
                     std::string("SELECT ")
                         .append(channels::kTransferColumns)
                         .append(" FROM transfer WHERE (?1 = '' OR store_id = ?1) ORDER BY created_at_ms DESC, id DESC LIMIT ?2"),
                     "Reading transfers", channels::readTransfer, storeId.data() ? storeId : std::string_view(""), qint64(limit));
}

} // namespace ok::central
