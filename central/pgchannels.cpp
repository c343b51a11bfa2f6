// SPDX-License-Identifier: GPL-3.0-or-later
// Customers, points, redemptions, web orders, holds and transfers on PostgreSQL (as
// sqlitechannels.cpp on SQLite).
#include "central/pgchannels.h"

#include "central/pghelpers.h"
#include "central/pgstore.h"

#include <nlohmann/json.hpp>

namespace ok::central {

using nlohmann::json;
using pg::Params;
using pg::Rows;

namespace pgchannels {

namespace {

constexpr std::string_view kCustomerColumns =
    "id, loyalty_id, name, email, phone, home_store_id, currency, points, store_credit, created_at_ms";

Customer readCustomer(const Rows &q, int i)
{
    return Customer{q.str(i, 0), q.str(i, 1), q.str(i, 2), q.str(i, 3), q.str(i, 4), q.str(i, 5),
                    q.str(i, 6), q.i64(i, 7), q.i64(i, 8), q.i64(i, 9), {}};
}

Result<void> readPromotions(PGconn *c, Customer &cu)
{
    auto list = pg::selectAll(
        c, "SELECT id, name, percent_bp FROM customer_promotion WHERE customer_id = $1 ORDER BY id", "Reading a customer's promotions",
        [](const Rows &q, int i) { return CustomerPromotion{q.str(i, 0), q.str(i, 1), int(q.i64(i, 2))}; }, Params().text(cu.id));
    if (!list)
        return list.error();
    cu.promotions = std::move(list).value();
    return {};
}

constexpr std::string_view kPointsColumns = "id, customer_id, kind, ref, points, balance, basis, sale_id, store_id, created_at_ms, detail";

PointsEntry readPoints(const Rows &q, int i)
{
    return PointsEntry{q.i64(i, 0), q.str(i, 1), q.str(i, 2), q.str(i, 3), q.i64(i, 4), q.i64(i, 5),
                       q.i64(i, 6), q.str(i, 7), q.str(i, 8), q.i64(i, 9), q.str(i, 10)};
}

Result<std::vector<PointsEntry>> readPointsList(PGconn *c, std::string_view where, std::string_view value, int limit, bool newestFirst)
{
    Params p;
    p.text(value);
    if (limit < 0)
        p.null();
    else
        p.num(limit);
    return pg::selectAll(c,
                         std::string("SELECT ")
                             .append(kPointsColumns)
                             .append(" FROM points_ledger WHERE ")
                             .append(where)
                             .append(newestFirst ? " ORDER BY id DESC LIMIT $2" : " ORDER BY id LIMIT $2"),
                         "Reading points", readPoints, std::move(p));
}

constexpr std::string_view kWebOrderColumns = "id, number, channel, customer_id, status, delivery, store_id, created_at_ms, "
                                              "total, currency, lines, payments, history, cc_order_id";

json parsedArray(std::string_view text)
{
    json a = json::parse(text, nullptr, false);
    return a.is_array() ? a : json::array();
}

WebOrder readWebOrder(const Rows &q, int i)
{
    WebOrder o{q.str(i, 0), q.str(i, 1), q.str(i, 2), q.str(i, 3), q.str(i, 4), q.str(i, 5), q.str(i, 6),
               q.i64(i, 7), q.i64(i, 8), q.str(i, 9), {}, {}, {}, q.str(i, 13)};
    for (const json &l : parsedArray(q.text(i, 10)))
        if (l.is_object())
            o.lines.push_back(WebOrderLine{l.value("line_no", 0), l.value("product_id", qint64(0)), l.value("name", std::string()),
                                           l.value("quantity", qint64(0)), l.value("amount", qint64(0)),
                                           l.value("returned", qint64(0))});
    for (const json &p : parsedArray(q.text(i, 11)))
        if (p.is_object())
            o.payments.push_back(WebPayment{p.value("method", std::string()), p.value("amount", qint64(0)),
                                            p.value("reference", std::string())});
    for (const json &e : parsedArray(q.text(i, 12)))
        if (e.is_object())
            o.history.push_back(HistoryEntry{e.value("at_ms", qint64(0)), e.value("what", std::string())});
    return o;
}

bool knownColumn(std::string_view c)
{
    return c == "id" || c == "number" || c == "cc_order_id" || c == "order_id";
}

Error unknownColumn(std::string_view c)
{
    return Error{QStringLiteral("internal"), QStringLiteral("no lookup by column %1").arg(QString::fromUtf8(c.data(), qsizetype(c.size())))};
}

Params limitParam(Params p, int limit)
{
    return limit < 0 ? p.null() : p.num(limit);
}

} // namespace

constexpr std::string_view kHoldColumns = "id, store_id, product_id, quantity, expires_at, customer_name, staff_id, terminal, "
                                          "event_id, state, created_at_ms, ended_at_ms, end_reason";

Hold readHold(const Rows &q, int i)
{
    return Hold{q.str(i, 0), q.str(i, 1), q.i64(i, 2), q.i64(i, 3), q.i64(i, 4), q.str(i, 5), q.str(i, 6),
                q.str(i, 7), q.str(i, 8), q.str(i, 9), q.i64(i, 10), q.optI64(i, 11), q.str(i, 12)};
}

constexpr std::string_view kTransferColumns =
    "id, store_id, terminal, product_id, quantity, from_location, destination, customer_name, customer_phone, "
    "customer_email, customer_address, staff_id, state, order_id, created_at_ms, updated_at_ms";

Transfer readTransfer(const Rows &q, int i)
{
    return Transfer{q.str(i, 0), q.str(i, 1), q.str(i, 2),  q.i64(i, 3),  q.i64(i, 4),  q.str(i, 5),  q.str(i, 6),  q.str(i, 7),
                    q.str(i, 8), q.str(i, 9), q.str(i, 10), q.str(i, 11), q.str(i, 12), q.str(i, 13), q.i64(i, 14), q.i64(i, 15)};
}

Result<void> putCustomer(PGconn *c, const Customer &cu)
{
    auto r = pg::exec(c, R"sql(
        INSERT INTO customer(id, loyalty_id, name, email, phone, home_store_id, currency, points, store_credit, created_at_ms)
        VALUES($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
        ON CONFLICT(id) DO UPDATE SET loyalty_id = excluded.loyalty_id, name = excluded.name, email = excluded.email,
            phone = excluded.phone, home_store_id = excluded.home_store_id, currency = excluded.currency,
            points = excluded.points, store_credit = excluded.store_credit)sql",
                      Params().text(cu.id).text(cu.loyaltyId).text(cu.name).text(cu.email).text(cu.phone).text(cu.homeStoreId)
                          .text(cu.currency).num(cu.points).num(cu.storeCredit).num(cu.createdAtMs),
                      "Writing a customer");
    if (!r)
        return r.error();
    if (auto d = pg::exec(c, "DELETE FROM customer_promotion WHERE customer_id = $1", Params().text(cu.id), "Writing promotions"); !d)
        return d.error();
    for (const CustomerPromotion &p : cu.promotions)
        if (auto ins = pg::exec(c, "INSERT INTO customer_promotion(customer_id, id, name, percent_bp) VALUES($1, $2, $3, $4)",
                                Params().text(cu.id).text(p.id).text(p.name).num(p.percentBp), "Writing promotions");
            !ins)
            return ins.error();
    return {};
}

Result<std::vector<Customer>> findCustomers(PGconn *c, CustomerKey key, std::string_view value, int limit)
{
    std::string_view where;
    switch (key) {
    case CustomerKey::Id: where = "id = $1"; break;
    case CustomerKey::LoyaltyId: where = "loyalty_id = $1"; break;
    case CustomerKey::Email: where = "email = $1"; break;
    case CustomerKey::Phone: where = "phone = $1"; break;
    case CustomerKey::AdminSearch:
        where = "$1 = '' OR id = $1 OR loyalty_id = $1 OR email = lower($1) OR phone = $1 OR strpos(lower(name), lower($1)) > 0";
        break;
    }
    auto list = pg::selectAll(c,
                              std::string("SELECT ")
                                  .append(kCustomerColumns)
                                  .append(" FROM customer WHERE ")
                                  .append(where)
                                  .append(" ORDER BY created_at_ms DESC, id DESC LIMIT $2"),
                              "Reading customers", readCustomer, limitParam(Params().text(value), limit));
    if (!list)
        return list.error();
    for (Customer &cu : list.value())
        if (auto r = readPromotions(c, cu); !r)
            return r.error();
    return list;
}

Result<std::optional<Customer>> oneCustomer(PGconn *c, CustomerKey key, std::string_view value)
{
    auto list = findCustomers(c, key, value, 1);
    if (!list)
        return list.error();
    if (list.value().empty())
        return std::optional<Customer>();
    return std::optional<Customer>(std::move(list.value().front()));
}

Result<qint64> lastSerial(PGconn *c, std::string_view table, std::string_view column, int from)
{
    // As SQLite's CAST(substr(...) AS INTEGER): the leading digits, 0 without any.
    return pg::selectInt(c,
                         std::string("SELECT coalesce(max(coalesce(nullif(substring(substr(")
                             .append(column)
                             .append(", $1) from '^[0-9]+'), '')::bigint, 0)), 0) FROM ")
                             .append(table),
                         "Reading serial numbers", Params().num(from));
}

Result<bool> addPointsEntry(PGconn *c, const PointsEntry &e)
{
    auto r = pg::exec(c, R"sql(
        INSERT INTO points_ledger(customer_id, kind, ref, points, balance, basis, sale_id, store_id, created_at_ms, detail)
        VALUES($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT(kind, ref) DO NOTHING)sql",
                      Params().text(e.customerId).text(e.kind).text(e.ref).num(e.points).num(e.balance).num(e.basis).text(e.saleId)
                          .text(e.storeId).num(e.createdAtMs).text(e.detail),
                      "Writing points");
    if (!r)
        return r.error();
    return pg::affected(r.value()) > 0;
}

Result<std::optional<PointsEntry>> pointsEntry(PGconn *c, std::string_view kind, std::string_view ref)
{
    return pg::selectOne(c, std::string("SELECT ").append(kPointsColumns).append(" FROM points_ledger WHERE kind = $1 AND ref = $2"),
                         "Reading points", readPoints, Params().text(kind).text(ref));
}

Result<std::vector<PointsEntry>> pointsOfSale(PGconn *c, std::string_view saleId)
{
    return readPointsList(c, "sale_id = $1 AND sale_id <> ''", saleId, -1, false);
}

Result<std::vector<PointsEntry>> pointsLedger(PGconn *c, std::string_view customerId, int limit)
{
    return readPointsList(c, "customer_id = $1", customerId, limit, true);
}

Result<void> putRedemption(PGconn *c, const Redemption &r)
{
    auto w = pg::exec(c, R"sql(
        INSERT INTO redemption(id, customer_id, points, amount, currency, sale_id, store_id, terminal, body_sha256,
                               balance_after, state, used_by_sale, created_at_ms)
        VALUES($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
        ON CONFLICT(id) DO UPDATE SET state = excluded.state, used_by_sale = excluded.used_by_sale)sql",
                      Params().text(r.id).text(r.customerId).num(r.points).num(r.amount).text(r.currency).text(r.saleId)
                          .text(r.storeId).text(r.terminal).text(r.bodySha256).num(r.balanceAfter).text(r.state).text(r.usedBySale)
                          .num(r.createdAtMs),
                      "Writing a redemption");
    if (!w)
        return w.error();
    return {};
}

Result<std::optional<Redemption>> redemption(PGconn *c, std::string_view id)
{
    return pg::selectOne(
        c,
        "SELECT id, customer_id, points, amount, currency, sale_id, store_id, terminal, body_sha256, "
        "balance_after, state, used_by_sale, created_at_ms FROM redemption WHERE id = $1",
        "Reading a redemption",
        [](const Rows &q, int i) {
            return Redemption{q.str(i, 0), q.str(i, 1), q.i64(i, 2), q.i64(i, 3), q.str(i, 4),  q.str(i, 5),  q.str(i, 6),
                              q.str(i, 7), q.str(i, 8), q.i64(i, 9), q.str(i, 10), q.str(i, 11), q.i64(i, 12)};
        },
        Params().text(id));
}

Result<void> putWebOrder(PGconn *c, const WebOrder &o)
{
    json lines = json::array(), payments = json::array(), history = json::array();
    for (const WebOrderLine &l : o.lines)
        lines.push_back(json{{"line_no", l.lineNo}, {"product_id", l.productId}, {"name", l.name}, {"quantity", l.quantity},
                             {"amount", l.amount}, {"returned", l.returned}});
    for (const WebPayment &p : o.payments)
        payments.push_back(json{{"method", p.method}, {"amount", p.amount}, {"reference", p.reference}});
    for (const HistoryEntry &e : o.history)
        history.push_back(json{{"at_ms", e.atMs}, {"what", e.what}});
    auto w = pg::exec(c, R"sql(
        INSERT INTO web_order(id, number, channel, customer_id, status, delivery, store_id, created_at_ms, total, currency,
                              lines, payments, history, cc_order_id)
        VALUES($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
        ON CONFLICT(id) DO UPDATE SET status = excluded.status, delivery = excluded.delivery, store_id = excluded.store_id,
            lines = excluded.lines, payments = excluded.payments, history = excluded.history,
            cc_order_id = excluded.cc_order_id)sql",
                      Params().text(o.id).text(o.number).text(o.channel).text(o.customerId).text(o.status).text(o.delivery)
                          .text(o.storeId).num(o.createdAtMs).num(o.total).text(o.currency).text(lines.dump()).text(payments.dump())
                          .text(history.dump()).text(o.ccOrderId),
                      "Writing a web order");
    if (!w)
        return w.error();
    return {};
}

Result<std::optional<WebOrder>> webOrder(PGconn *c, std::string_view column, std::string_view value)
{
    if (!knownColumn(column))
        return unknownColumn(column);
    if (value.empty())
        return std::optional<WebOrder>();
    return pg::selectOne(c, std::string("SELECT ").append(kWebOrderColumns).append(" FROM web_order WHERE ").append(column).append(" = $1"),
                         "Reading a web order", readWebOrder, Params().text(value));
}

Result<std::vector<WebOrder>> webOrders(PGconn *c, std::string_view customerId, int limit)
{
    return pg::selectAll(c,
                         std::string("SELECT ")
                             .append(kWebOrderColumns)
                             .append(" FROM web_order WHERE $1 = '' OR customer_id = $1 ORDER BY created_at_ms DESC, id DESC LIMIT $2"),
                         "Reading web orders", readWebOrder, limitParam(Params().text(customerId), limit));
}

Result<void> putHold(PGconn *c, const Hold &h)
{
    auto w = pg::exec(c, R"sql(
        INSERT INTO hold(id, store_id, product_id, quantity, expires_at, customer_name, staff_id, terminal, event_id, state,
                         created_at_ms, ended_at_ms, end_reason)
        VALUES($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
        ON CONFLICT(id) DO UPDATE SET state = excluded.state, ended_at_ms = excluded.ended_at_ms,
            end_reason = excluded.end_reason)sql",
                      Params().text(h.id).text(h.storeId).num(h.productId).num(h.quantity).num(h.expiresAt).text(h.customerName)
                          .text(h.staffId).text(h.terminal).text(h.eventId).text(h.state).num(h.createdAtMs).opt(h.endedAtMs)
                          .text(h.endReason),
                      "Writing a hold");
    if (!w)
        return w.error();
    return {};
}

Result<std::optional<Hold>> hold(PGconn *c, std::string_view id)
{
    return pg::selectOne(c, std::string("SELECT ").append(kHoldColumns).append(" FROM hold WHERE id = $1"), "Reading a hold", readHold,
                         Params().text(id));
}

Result<std::vector<Hold>> dueHolds(PGconn *c, qint64 nowSec)
{
    return pg::selectAll(c,
                         std::string("SELECT ").append(kHoldColumns).append(" FROM hold WHERE state = 'active' AND expires_at <= $1 "
                                                                            "ORDER BY expires_at, id"),
                         "Reading holds", readHold, Params().num(nowSec));
}

Result<void> putTransfer(PGconn *c, const Transfer &t)
{
    auto w = pg::exec(c, R"sql(
        INSERT INTO transfer(id, store_id, terminal, product_id, quantity, from_location, destination, customer_name,
                             customer_phone, customer_email, customer_address, staff_id, state, order_id, created_at_ms,
                             updated_at_ms)
        VALUES($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
        ON CONFLICT(id) DO UPDATE SET state = excluded.state, order_id = excluded.order_id,
            updated_at_ms = excluded.updated_at_ms)sql",
                      Params().text(t.id).text(t.storeId).text(t.terminal).num(t.productId).num(t.quantity).text(t.fromLocation)
                          .text(t.destination).text(t.customerName).text(t.customerPhone).text(t.customerEmail)
                          .text(t.customerAddress).text(t.staffId).text(t.state).text(t.orderId).num(t.createdAtMs).num(t.updatedAtMs),
                      "Writing a transfer");
    if (!w)
        return w.error();
    return {};
}

Result<std::optional<Transfer>> transfer(PGconn *c, std::string_view column, std::string_view value)
{
    if (!knownColumn(column))
        return unknownColumn(column);
    if (value.empty())
        return std::optional<Transfer>();
    return pg::selectOne(c, std::string("SELECT ").append(kTransferColumns).append(" FROM transfer WHERE ").append(column).append(" = $1"),
                         "Reading a transfer", readTransfer, Params().text(value));
}

Result<std::optional<std::string>> refundOfReturn(PGconn *c, std::string_view returnId)
{
    return pg::selectOne(c, "SELECT order_id FROM cc_refund WHERE return_id = $1 AND return_id <> '' LIMIT 1", "Reading refunds",
                         [](const Rows &q, int i) { return q.str(i, 0); }, Params().text(returnId));
}

} // namespace pgchannels

// ------------------------------------------------------------------ PgStore, read side

#define OK_PG_LEASE                                                                                                                        \
    auto lease = readConnection();                                                                                                       \
    if (!lease)                                                                                                                          \
        return lease.error();                                                                                                            \
    PGconn *c = lease.value()->get();

Result<std::vector<Customer>> PgStore::customers(CustomerKey key, std::string_view value, int limit)
{
    OK_PG_LEASE
    return pgchannels::findCustomers(c, key, value, limit);
}

Result<std::vector<PointsEntry>> PgStore::pointsLedger(std::string_view customerId, int limit)
{
    OK_PG_LEASE
    return pgchannels::pointsLedger(c, customerId, limit);
}

Result<std::vector<WebOrder>> PgStore::webOrders(std::string_view customerId, int limit)
{
    OK_PG_LEASE
    return pgchannels::webOrders(c, customerId, limit);
}

Result<std::optional<WebOrder>> PgStore::webOrder(std::string_view idOrNumber)
{
    OK_PG_LEASE
    auto byNumber = pgchannels::webOrder(c, "number", idOrNumber);
    if (!byNumber || byNumber.value())
        return byNumber;
    return pgchannels::webOrder(c, "id", idOrNumber);
}

Result<std::vector<Hold>> PgStore::holds(std::string_view storeId, qint64 sinceMs, int limit)
{
    OK_PG_LEASE
    Params p;
    p.text(storeId).num(sinceMs);
    if (limit < 0)
        p.null();
    else
        p.num(limit);
    return pg::selectAll(
        c,
        std::string("SELECT ")
            .append(pgchannels::kHoldColumns)
            .append(" FROM hold WHERE ($1 = '' OR store_id = $1) AND created_at_ms >= $2 ORDER BY created_at_ms DESC, id DESC LIMIT $3"),
        "Reading holds", pgchannels::readHold, std::move(p));
}

Result<bool> PgStore::hasDueHolds(qint64 nowSec)
{
    OK_PG_LEASE
    auto due = pg::selectInt(c, "SELECT EXISTS(SELECT 1 FROM hold WHERE state = 'active' AND expires_at <= $1)", "Reading holds",
                             Params().num(nowSec));
    if (!due)
        return due.error();
    return due.value() != 0;
}

Result<std::vector<Transfer>> PgStore::transfers(std::string_view storeId, int limit)
{
    OK_PG_LEASE
    Params p;
    p.text(storeId);
    if (limit < 0)
        p.null();
    else
        p.num(limit);
    return pg::selectAll(c,
                         std::string("SELECT ")
                             .append(pgchannels::kTransferColumns)
                             .append(" FROM transfer WHERE ($1 = '' OR store_id = $1) ORDER BY created_at_ms DESC, id DESC LIMIT $2"),
                         "Reading transfers", pgchannels::readTransfer, std::move(p));
}

#undef OK_PG_LEASE

} // namespace ok::central
