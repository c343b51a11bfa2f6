// SPDX-License-Identifier: GPL-3.0-or-later
#include "central/sqlitestore.h"

#include "central/sqlitechannels.h"
#include "central/sqlitehelpers.h"
#include "central/sqliteschema.h"
#include "storage/sqlite.h"

#include <array>

namespace ok::central {

// Order lines and compartments travel as JSON in storage; the conversion lives in service.cpp
// with the rest of the JSON handling (declared here to keep nlohmann out of this file's interface).
std::string orderLinesToJson(const std::vector<OrderLine> &lines);
std::vector<OrderLine> orderLinesFromJson(std::string_view json);
std::string stringsToJson(const std::vector<std::string> &list);
std::vector<std::string> stringsFromJson(std::string_view json);

using namespace sqlitehelpers;

namespace {

Location readLocation(const db::Statement &q)
{
    // id, kind, name, country, currency, language, city
    return Location{str(q, 0), str(q, 1), str(q, 2), str(q, 3), str(q, 4), str(q, 5), str(q, 6)};
}

constexpr std::string_view kOrderColumns =
    "id, store_id, number, customer_first_name, contact_masked, pickup_salt, pickup_verifier, compartment, "
    "status, expires_at, total, currency, lines, created_at_ms, version, pickup_locator, pickup_iterations, parcels, "
    "id_check, compartments";

/// Order from a row of kOrderColumns. Lines are not parsed here: they stay JSON (`linesJson`).
Order readOrder(const db::Statement &q, std::string *linesJson)
{
    Order o;
    o.id = str(q, 0);
    o.storeId = str(q, 1);
    o.number = str(q, 2);
    o.customerFirstName = str(q, 3);
    o.contactMasked = str(q, 4);
    o.pickupSalt = std::string(q.blobView(5));
    o.pickupVerifier = std::string(q.blobView(6));
    if (!q.isNull(7))
        o.compartment = str(q, 7);
    o.status = str(q, 8);
    o.expiresAt = q.int64(9);
    o.total = q.int64(10);
    o.currency = str(q, 11);
    *linesJson = str(q, 12);
    o.createdAtMs = q.int64(13);
    o.version = q.int64(14);
    o.pickupLocator = str(q, 15);
    o.pickupIterations = int(q.int64(16));
    o.parcels = int(q.int64(17));
    o.idCheck = q.int64(18) != 0;
    o.compartments = stringsFromJson(q.textView(19));
    return o;
}

/// Order from a row of kOrderColumns, lines parsed.
Order readOrderWithLines(const db::Statement &q)
{
    std::string lines;
    Order o = readOrder(q, &lines);
    o.lines = orderLinesFromJson(lines);
    return o;
}

constexpr std::string_view kLocationSelect = "SELECT id, kind, name, country, currency, language, city FROM location";
constexpr std::string_view kTerminalSelect =
    "SELECT id, store_id, terminal_id, token_sha256, cert_sha256, enrolled_at_ms, last_heartbeat_ms, last_heartbeat FROM terminal";

TerminalRecord readTerminal(const db::Statement &q)
{
    return TerminalRecord{str(q, 0), str(q, 1), str(q, 2), str(q, 3), str(q, 4), q.int64(5), q.optInt64(6), str(q, 7)};
}

} // namespace

std::optional<Stream> streamFromName(std::string_view name)
{
    for (Stream s : kAllStreams)
        if (streamName(s) == name)
            return s;
    return std::nullopt;
}

std::string_view streamName(Stream s)
{
    switch (s) {
    case Stream::Reference: return "reference";
    case Stream::Catalog: return "catalog";
    case Stream::Prices: return "prices";
    case Stream::Stock: return "stock";
    case Stream::Orders: return "orders";
    case Stream::Staff: return "staff";
    }
    return {};
}

namespace {

/// Refunds by store (through their order) and/or order, oldest or newest first; limit < 0: all.
Result<std::vector<RefundRecord>> readRefunds(db::Database &h, std::string_view storeId, std::string_view orderId, int limit,
                                              bool newestFirst)
{
    // Refunds of click-and-collect orders belong to the order's store; those of web returns name
    // the store that took the goods back (a web order has no store of its own).
    return selectAll(
        h,
        std::string("SELECT r.id, r.order_id, r.terminal, r.event_id, r.lines, r.amount, r.currency, "
                    "r.method, r.created_at_ms, r.store_id, r.reference, r.return_id "
                    "FROM cc_refund r LEFT JOIN cc_order o ON o.id = r.order_id "
                    "WHERE (coalesce(?1, '') = '' OR o.store_id = ?1 OR r.store_id = ?1) "
                    "AND (coalesce(?2, '') = '' OR r.order_id = ?2) ORDER BY r.id ")
            .append(newestFirst ? "DESC" : "ASC")
            .append(" LIMIT ?3"),
        "Reading refunds",
        [](const db::Statement &q) {
            return RefundRecord{q.int64(0), str(q, 1), str(q, 2), str(q, 3),  str(q, 4),  q.int64(5),
                                str(q, 6),  str(q, 7), q.int64(8), str(q, 9), str(q, 10), str(q, 11)};
        },
        storeId, orderId, qint64(limit));
}

} // namespace

// ------------------------------------------------------------------ write statements

struct SqliteStore::WriteStatements {
    db::Statement location, taxClass, taxTier, product, price, stock, order, staff;
};

namespace {
Result<db::Statement> prep(db::Database &db, std::string_view sql)
{
    return db.prepare(sql);
}
} // namespace

// ------------------------------------------------------------------ the writer

class SqliteStore::SqliteWriter final : public CentralStore::Writer
{
public:
    SqliteWriter(SqliteStore &store, std::unique_lock<std::mutex> lock)
        : m_db(*store.m_writeDb)
        , m_ws(*store.m_ws)
        , m_lock(std::move(lock))
        , m_tx(m_db)
    {
    }
    ~SqliteWriter() override = default;

    const std::optional<Error> &beginError() const { return m_tx.beginError(); }

    Result<void> commit() override
    {
        if (m_version) {
            db::Statement &st = m_db.cached("UPDATE counter SET value = ?1 WHERE name = 'version'");
            if (!st.bind(1, *m_version).exec())
                return stepError(st);
        }
        return m_tx.commit();
    }
    Result<void> savepoint() override { return m_db.exec("SAVEPOINT ev"); }
    Result<void> releaseSavepoint() override { return m_db.exec("RELEASE ev"); }
    Result<void> rollbackToSavepoint() override { return m_db.exec("ROLLBACK TO ev; RELEASE ev"); }

    /// The next value of the global change counter. Kept in memory for the transaction and
    /// written back by commit(): values used by work rolled back to a savepoint become gaps,
    /// which is fine (versions must increase, not be dense).
    Result<qint64> nextVersion()
    {
        if (!m_version) {
            auto v = selectInt(m_db, "SELECT value FROM counter WHERE name = 'version'", "Reading the change counter");
            if (!v)
                return v.error();
            m_version = v.value();
        }
        return ++*m_version;
    }

    Result<void> putLocation(const Location &l) override
    {
        auto v = nextVersion();
        if (!v)
            return v.error();
        db::Statement &st = m_ws.location;
        st.bind(1, std::string_view(l.id)).bind(2, std::string_view(l.kind)).bind(3, std::string_view(l.name));
        auto opt = [](const std::string &s) { return s.empty() ? std::nullopt : std::optional<std::string>(s); };
        bindOpt(st, 4, opt(l.country));
        bindOpt(st, 5, opt(l.currency));
        bindOpt(st, 6, opt(l.language));
        if (!st.bind(7, v.value()).bind(8, std::string_view(l.city)).exec())
            return stepError(st);
        return {};
    }

    Result<void> putTaxClass(const TaxClass &t, int tier) override
    {
        auto v = nextVersion();
        if (!v)
            return v.error();
        db::Statement &st = m_ws.taxClass;
        if (!st.bind(1, std::string_view(t.country)).bind(2, std::string_view(t.code)).bind(3, t.rateBasisPoints)
                 .bind(4, std::string_view(t.label)).bind(5, v.value()).exec())
            return stepError(st);
        db::Statement &tt = m_ws.taxTier;
        if (!tt.bind(1, std::string_view(t.country)).bind(2, tier).bind(3, std::string_view(t.code)).exec())
            return stepError(tt);
        return {};
    }

    Result<void> putProduct(const Product &p) override
    {
        auto v = nextVersion();
        if (!v)
            return v.error();
        db::Statement &st = m_ws.product;
        if (!st.bind(1, p.id).bind(2, std::string_view(p.sku)).bind(3, p.taxTier).bind(4, std::string_view(p.unit))
                 .bind(5, p.active ? 1 : 0).bind(6, std::string_view(p.namesJson))
                 .bind(7, std::string_view(p.barcodesJson)).bind(8, v.value()).bind(9, std::string_view(p.brand))
                 .bind(10, std::string_view(p.model)).bind(11, std::string_view(p.size)).bind(12, std::string_view(p.colourJson))
                 .bind(13, p.popularity).exec())
            return stepError(st);
        return {};
    }

    Result<void> putPrice(const Price &p) override
    {
        auto v = nextVersion();
        if (!v)
            return v.error();
        db::Statement &st = m_ws.price;
        st.bind(1, std::string_view(p.storeId)).bind(2, p.productId).bind(3, p.validFrom);
        bindOpt(st, 4, p.validTo);
        st.bind(8, std::string_view(p.promotion));
        bindOpt(st, 9, p.regularAmount);
        if (!st.bind(5, p.amount).bind(6, std::string_view(p.currency)).bind(7, v.value()).exec())
            return stepError(st);
        return {};
    }

    Result<qint64> putStock(const StockLevel &s) override
    {
        auto v = nextVersion();
        if (!v)
            return v.error();
        db::Statement &st = m_ws.stock;
        if (!st.bind(1, s.productId).bind(2, std::string_view(s.locationId)).bind(3, s.onHand).bind(4, s.reserved)
                 .bind(5, s.inTransit).bind(6, v.value()).exec())
            return stepError(st);
        return v.value();
    }

    Result<void> putOrder(const Order &o) override
    {
        auto v = nextVersion();
        if (!v)
            return v.error();
        db::Statement &st = m_ws.order;
        st.bind(1, std::string_view(o.id)).bind(2, std::string_view(o.storeId)).bind(3, std::string_view(o.number))
            .bind(4, std::string_view(o.customerFirstName)).bind(5, std::string_view(o.contactMasked))
            .bind(6, QByteArray::fromStdString(o.pickupSalt)).bind(7, QByteArray::fromStdString(o.pickupVerifier));
        bindOpt(st, 8, o.compartment);
        if (!st.bind(9, std::string_view(o.status)).bind(10, o.expiresAt).bind(11, o.total)
                 .bind(12, std::string_view(o.currency)).bind(13, std::string_view(orderLinesToJson(o.lines)))
                 .bind(14, o.createdAtMs).bind(15, v.value()).bind(16, std::string_view(o.pickupLocator))
                 .bind(17, o.pickupIterations).bind(18, o.parcels).bind(19, o.idCheck ? 1 : 0)
                 .bind(20, std::string_view(stringsToJson(o.compartments))).exec())
            return stepError(st);
        return {};
    }

    Result<void> putStaff(const Staff &s) override
    {
        auto v = nextVersion();
        if (!v)
            return v.error();
        db::Statement &st = m_ws.staff;
        st.bind(1, std::string_view(s.id)).bind(2, std::string_view(s.name)).bind(3, std::string_view(s.role));
        bindOpt(st, 4, s.storeId);
        if (!st.bind(5, QByteArray::fromStdString(s.pinSalt)).bind(6, s.pinIterations)
                 .bind(7, QByteArray::fromStdString(s.pinVerifier)).bind(8, s.active ? 1 : 0).bind(9, v.value())
                 .bind(10, std::string_view(s.language)).exec())
            return stepError(st);
        return {};
    }

    Result<bool> setStaffLanguage(std::string_view staffId, std::string_view language) override
    {
        auto v = nextVersion();
        if (!v)
            return v.error();
        db::Statement &st = m_db.cached("UPDATE staff SET language = ?2, version = ?3 WHERE id = ?1");
        if (!st.bind(1, staffId).bind(2, language).bind(3, v.value()).exec())
            return stepError(st);
        return m_db.changes() > 0;
    }

    Result<std::optional<Location>> location(std::string_view id) override
    {
        return selectOne(m_db, std::string(kLocationSelect).append(" WHERE id = ?1"), "Reading a location", readLocation, id);
    }

    Result<std::optional<Product>> product(qint64 id) override
    {
        return selectOne(
            m_db,
            "SELECT id, sku, tax_tier, unit, active, names, barcodes, brand, model, size, colour, popularity FROM product WHERE id = ?1",
            "Reading a product",
            [](const db::Statement &q) {
                return Product{q.int64(0), str(q, 1), int(q.int64(2)), str(q, 3), q.int64(4) != 0, str(q, 5),
                               str(q, 6),  str(q, 7), str(q, 8),       str(q, 9), str(q, 10),      q.int64(11)};
            },
            id);
    }

    Result<std::vector<Price>> prices(std::string_view storeId, qint64 productId) override
    {
        return selectAll(
            m_db,
            "SELECT valid_from, valid_to, amount, currency, version, promotion, regular_amount FROM price "
            "WHERE store_id = ?1 AND product_id = ?2 ORDER BY valid_from",
            "Reading prices",
            [&](const db::Statement &q) {
                return Price{std::string(storeId), productId, q.int64(0), q.optInt64(1), q.int64(2), str(q, 3), q.int64(4),
                             str(q, 5), q.optInt64(6)};
            },
            storeId, productId);
    }

    Result<std::optional<StockLevel>> stock(qint64 productId, std::string_view locationId) override
    {
        return selectOne(
            m_db, "SELECT on_hand, reserved, in_transit, version FROM stock WHERE product_id = ?1 AND location_id = ?2", "Reading stock",
            [&](const db::Statement &q) {
                return StockLevel{productId, std::string(locationId), q.int64(0), q.int64(1), q.int64(2), q.int64(3)};
            },
            productId, locationId);
    }

    Result<std::optional<Order>> order(std::string_view id) override
    {
        return selectOne(m_db, std::string("SELECT ").append(kOrderColumns).append(" FROM cc_order WHERE id = ?1"), "Reading an order",
                         readOrderWithLines, id);
    }

    Result<qint64> lastOrderSerial(std::string_view storeId) override
    {
        return selectInt(m_db, "SELECT coalesce(max(CAST(substr(number, 3) AS INTEGER)), 0) FROM cc_order WHERE store_id = ?1",
                         "Reading order numbers", storeId);
    }

    Result<bool> openOrderHasLocator(std::string_view storeId, std::string_view locator) override
    {
        db::Statement &q = m_db.cached("SELECT EXISTS(SELECT 1 FROM cc_order WHERE store_id = ?1 AND pickup_locator = ?2 "
                                       "AND status IN ('awaiting_pickup', 'ready'))");
        q.bind(1, storeId).bind(2, locator);
        const bool found = q.next() == db::Statement::Step::Row && q.int64(0) != 0;
        if (q.lastError().has_value())
            return queryError(q, "Reading pickup locators");
        q.reset();
        return found;
    }

    Result<std::vector<std::string>> openOrdersInCompartment(std::string_view storeId, std::string_view compartment,
                                                             std::string_view exceptOrderId) override
    {
        return selectAll(
            m_db,
            "SELECT id FROM cc_order WHERE store_id = ?1 AND id <> ?3 AND status IN ('awaiting_pickup', 'ready') "
            "AND (compartment = ?2 OR EXISTS(SELECT 1 FROM json_each(compartments) WHERE value = ?2)) ORDER BY id",
            "Reading the orders of a compartment", [](const db::Statement &q) { return str(q, 0); }, storeId, compartment,
            exceptOrderId);
    }

    Result<void> addNotification(const NotificationRecord &n) override
    {
        db::Statement &st = m_db.cached("INSERT INTO cc_notification(order_id, store_id, kind, contact_masked, created_at_ms, "
                                        "detail) VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
        if (!st.bind(1, std::string_view(n.orderId)).bind(2, std::string_view(n.storeId)).bind(3, std::string_view(n.kind))
                 .bind(4, std::string_view(n.contactMasked)).bind(5, n.createdAtMs).bind(6, std::string_view(n.detail)).exec())
            return stepError(st);
        return {};
    }

    Result<void> addRefund(const RefundRecord &r) override
    {
        db::Statement &st = m_db.cached("INSERT INTO cc_refund(order_id, terminal, event_id, lines, amount, currency, method, "
                                        "created_at_ms, store_id, reference, return_id) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
        if (!st.bind(1, std::string_view(r.orderId)).bind(2, std::string_view(r.terminal)).bind(3, std::string_view(r.eventId))
                 .bind(4, std::string_view(r.linesJson)).bind(5, r.amount).bind(6, std::string_view(r.currency))
                 .bind(7, std::string_view(r.method)).bind(8, r.createdAtMs).bind(9, std::string_view(r.storeId))
                 .bind(10, std::string_view(r.reference)).bind(11, std::string_view(r.returnId)).exec())
            return stepError(st);
        return {};
    }

    Result<std::vector<RefundRecord>> refunds(std::string_view orderId) override
    {
        return readRefunds(m_db, std::string_view(""), orderId, -1, false); // "", not a null view: SQLite binds that as NULL
    }

    Result<void> addEnrolmentCode(const EnrolmentCode &c) override
    {
        db::Statement &st = m_db.cached("INSERT INTO enrolment_code(code_sha256, store_id, terminal_id, created_at_ms, "
                                        "expires_at_ms) VALUES(?1, ?2, ?3, ?4, ?5)");
        if (!st.bind(1, std::string_view(c.codeSha256)).bind(2, std::string_view(c.storeId))
                 .bind(3, std::string_view(c.terminalId)).bind(4, c.createdAtMs).bind(5, c.expiresAtMs).exec())
            return stepError(st);
        return {};
    }

    Result<std::optional<EnrolmentCode>> enrolmentCode(std::string_view codeSha256) override
    {
        return selectOne(
            m_db, "SELECT store_id, terminal_id, created_at_ms, expires_at_ms, used_at_ms FROM enrolment_code WHERE code_sha256 = ?1",
            "Reading an enrolment code",
            [&](const db::Statement &q) {
                return EnrolmentCode{std::string(codeSha256), str(q, 0), str(q, 1), q.int64(2), q.int64(3), q.optInt64(4)};
            },
            codeSha256);
    }

    Result<void> markEnrolmentCodeUsed(std::string_view codeSha256, qint64 nowMs) override
    {
        db::Statement &st = m_db.cached("UPDATE enrolment_code SET used_at_ms = ?2 WHERE code_sha256 = ?1");
        if (!st.bind(1, codeSha256).bind(2, nowMs).exec())
            return stepError(st);
        return {};
    }

    Result<void> putTerminal(const TerminalRecord &t) override
    {
        db::Statement &st = m_db.cached(R"sql(
            INSERT INTO terminal(id, store_id, terminal_id, token_sha256, cert_sha256, enrolled_at_ms)
            VALUES(?1, ?2, ?3, ?4, ?5, ?6)
            ON CONFLICT(id) DO UPDATE SET token_sha256 = excluded.token_sha256,
                cert_sha256 = excluded.cert_sha256, enrolled_at_ms = excluded.enrolled_at_ms)sql");
        if (!st.bind(1, std::string_view(t.id)).bind(2, std::string_view(t.storeId)).bind(3, std::string_view(t.terminalId))
                 .bind(4, std::string_view(t.tokenSha256)).bind(5, std::string_view(t.certSha256)).bind(6, t.enrolledAtMs).exec())
            return stepError(st);
        return {};
    }

    Result<void> recordHeartbeat(std::string_view terminal, std::string_view body, qint64 nowMs) override
    {
        db::Statement &st = m_db.cached("UPDATE terminal SET last_heartbeat_ms = ?2, last_heartbeat = ?3 WHERE id = ?1");
        if (!st.bind(1, terminal).bind(2, nowMs).bind(3, body).exec())
            return stepError(st);
        return {};
    }

    Result<std::optional<EventRecord>> event(std::string_view terminal, std::string_view eventId) override
    {
        return selectOne(
            m_db,
            "SELECT seq, kind, body_sha256, payload, created_at_ms, received_at_ms, status, reason "
            "FROM event WHERE terminal = ?1 AND event_id = ?2",
            "Reading an event",
            [&](const db::Statement &q) {
                return EventRecord{q.int64(0), std::string(terminal), std::string(eventId), str(q, 1), str(q, 2),
                                   str(q, 3),  q.int64(4),            q.int64(5),           str(q, 6), str(q, 7)};
            },
            terminal, eventId);
    }

    Result<qint64> insertEvent(const EventRecord &e) override
    {
        db::Statement &st = m_db.cached(R"sql(
            INSERT INTO event(terminal, event_id, kind, body_sha256, payload, created_at_ms, received_at_ms, status, reason)
            VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9))sql");
        st.bind(1, std::string_view(e.terminal)).bind(2, std::string_view(e.eventId)).bind(3, std::string_view(e.kind))
            .bind(4, std::string_view(e.bodySha256)).bind(5, std::string_view(e.payloadJson)).bind(6, e.createdAtMs)
            .bind(7, e.receivedAtMs).bind(8, std::string_view(e.status));
        if (e.reason.empty())
            st.bindNull(9);
        else
            st.bind(9, std::string_view(e.reason));
        if (!st.exec())
            return stepError(st);
        return m_db.lastInsertRowId();
    }

    Result<void> reviseEvent(qint64 seq, std::string_view status, std::string_view reason) override
    {
        db::Statement &st = m_db.cached("UPDATE event SET status = ?2, reason = ?3 WHERE seq = ?1");
        st.bind(1, seq).bind(2, status);
        if (reason.empty())
            st.bindNull(3);
        else
            st.bind(3, reason);
        if (!st.exec())
            return stepError(st);
        return {};
    }

    Result<std::optional<qint64>> insertSale(const SaleRecord &s) override
    {
        auto known = selectOne(m_db, "SELECT event_seq FROM sale WHERE terminal = ?1 AND id = ?2", "Reading a sale",
                               [](const db::Statement &q) { return q.int64(0); }, std::string_view(s.terminal),
                               std::string_view(s.id));
        if (!known || known.value())
            return known;
        db::Statement &st = m_db.cached(R"sql(
            INSERT INTO sale(id, kind, store_id, terminal, receipt_no, total, currency, original_sale_id, event_seq)
            VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9))sql");
        st.bind(1, std::string_view(s.id)).bind(2, std::string_view(s.kind)).bind(3, std::string_view(s.storeId))
            .bind(4, std::string_view(s.terminal)).bind(5, s.receiptNo).bind(6, s.total).bind(7, std::string_view(s.currency));
        if (s.originalSaleId.empty())
            st.bindNull(8);
        else
            st.bind(8, std::string_view(s.originalSaleId));
        if (!st.bind(9, s.eventSeq).exec())
            return stepError(st);
        return std::optional<qint64>();
    }

    Result<void> addException(const ExceptionRecord &e) override
    {
        db::Statement &st = m_db.cached("INSERT INTO exception(created_at_ms, kind, terminal, event_id, ref, message) "
                                        "VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
        if (!st.bind(1, e.createdAtMs).bind(2, std::string_view(e.kind)).bind(3, std::string_view(e.terminal))
                 .bind(4, std::string_view(e.eventId)).bind(5, std::string_view(e.ref)).bind(6, std::string_view(e.message)).exec())
            return stepError(st);
        return {};
    }

    Result<void> addAlarm(const AlarmRecord &a) override
    {
        db::Statement &st = m_db.cached("INSERT INTO alarm(created_at_ms, kind, terminal, event_id, message, detail) "
                                        "VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
        if (!st.bind(1, a.createdAtMs).bind(2, std::string_view(a.kind)).bind(3, std::string_view(a.terminal))
                 .bind(4, std::string_view(a.eventId)).bind(5, std::string_view(a.message)).bind(6, std::string_view(a.detail)).exec())
            return stepError(st);
        return {};
    }

    Result<void> setMeta(std::string_view key, std::string_view value) override
    {
        db::Statement &st = m_db.cached("INSERT INTO meta(key, value) VALUES(?1, ?2) "
                                        "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
        if (!st.bind(1, key).bind(2, value).exec())
            return stepError(st);
        return {};
    }

    // Customers and channels: sqlitechannels.cpp, shared with the read side.
    Result<void> putCustomer(const Customer &c) override { return channels::putCustomer(m_db, c); }
    Result<std::optional<Customer>> customer(std::string_view id) override
    {
        return channels::oneCustomer(m_db, CustomerKey::Id, id);
    }
    Result<std::optional<Customer>> customerByLoyaltyId(std::string_view loyaltyId) override
    {
        return channels::oneCustomer(m_db, CustomerKey::LoyaltyId, loyaltyId);
    }
    Result<qint64> lastCustomerSerial() override { return channels::lastSerial(m_db, "customer", "id", 2); }
    Result<bool> addPointsEntry(const PointsEntry &e) override { return channels::addPointsEntry(m_db, e); }
    Result<std::optional<PointsEntry>> pointsEntry(std::string_view kind, std::string_view ref) override
    {
        return channels::pointsEntry(m_db, kind, ref);
    }
    Result<std::vector<PointsEntry>> pointsOfSale(std::string_view saleId) override { return channels::pointsOfSale(m_db, saleId); }
    Result<void> putRedemption(const Redemption &r) override { return channels::putRedemption(m_db, r); }
    Result<std::optional<Redemption>> redemption(std::string_view id) override { return channels::redemption(m_db, id); }
    Result<void> putWebOrder(const WebOrder &o) override { return channels::putWebOrder(m_db, o); }
    Result<std::optional<WebOrder>> webOrder(std::string_view id) override { return channels::webOrder(m_db, "id", id); }
    Result<std::optional<WebOrder>> webOrderByCcOrder(std::string_view ccOrderId) override
    {
        return channels::webOrder(m_db, "cc_order_id", ccOrderId);
    }
    Result<qint64> lastWebOrderSerial() override { return channels::lastSerial(m_db, "web_order", "id", 5); }
    Result<void> putHold(const Hold &h) override { return channels::putHold(m_db, h); }
    Result<std::optional<Hold>> hold(std::string_view id) override { return channels::hold(m_db, id); }
    Result<std::vector<Hold>> dueHolds(qint64 nowSec) override { return channels::dueHolds(m_db, nowSec); }
    Result<void> putTransfer(const Transfer &t) override { return channels::putTransfer(m_db, t); }
    Result<std::optional<Transfer>> transfer(std::string_view id) override { return channels::transfer(m_db, "id", id); }
    Result<std::optional<Transfer>> transferByOrder(std::string_view orderId) override
    {
        return channels::transfer(m_db, "order_id", orderId);
    }
    Result<std::optional<std::string>> refundOfReturn(std::string_view returnId) override
    {
        return channels::refundOfReturn(m_db, returnId);
    }

private:
    db::Database &m_db;
    WriteStatements &m_ws;
    std::unique_lock<std::mutex> m_lock; // released after m_tx (declared before it)
    db::Transaction m_tx;
    std::optional<qint64> m_version;
};

// ------------------------------------------------------------------ the store

SqliteStore::~SqliteStore()
{
    m_ws.reset(); // finalize before the connection closes
}

Result<std::unique_ptr<SqliteStore>> SqliteStore::open(const QString &path)
{
    std::unique_ptr<SqliteStore> store(new SqliteStore);
    store->m_path = path;
    auto db = db::Database::open(path, db::Durability::Full);
    if (!db)
        return db.error();
    store->m_writeDb = std::move(db).value();
    if (auto r = db::migrate(*store->m_writeDb, centralMigrations(), "central.db"); !r)
        return r.error();

    auto ws = std::make_unique<WriteStatements>();
    const std::pair<db::Statement *, std::string_view> statements[] = {
        {&ws->location, R"sql(
            INSERT INTO location(id, kind, name, country, currency, language, version, city) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
            ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, name = excluded.name, country = excluded.country,
                currency = excluded.currency, language = excluded.language, version = excluded.version,
                city = excluded.city)sql"},
        {&ws->taxClass, R"sql(
            INSERT INTO tax_class(country, code, rate_bp, label, version) VALUES(?1, ?2, ?3, ?4, ?5)
            ON CONFLICT(country, code) DO UPDATE SET rate_bp = excluded.rate_bp, label = excluded.label,
                version = excluded.version)sql"},
        {&ws->taxTier, R"sql(
            INSERT INTO tax_tier(country, tier, code) VALUES(?1, ?2, ?3)
            ON CONFLICT(country, tier) DO UPDATE SET code = excluded.code)sql"},
        {&ws->product, R"sql(
            INSERT INTO product(id, sku, tax_tier, unit, active, names, barcodes, version, brand, model, size, colour, popularity)
            VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
            ON CONFLICT(id) DO UPDATE SET sku = excluded.sku, tax_tier = excluded.tax_tier, unit = excluded.unit,
                active = excluded.active, names = excluded.names, barcodes = excluded.barcodes,
                version = excluded.version, brand = excluded.brand, model = excluded.model, size = excluded.size,
                colour = excluded.colour, popularity = excluded.popularity)sql"},
        {&ws->price, R"sql(
            INSERT INTO price(store_id, product_id, valid_from, valid_to, amount, currency, version, promotion, regular_amount)
            VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
            ON CONFLICT(store_id, product_id, valid_from) DO UPDATE SET valid_to = excluded.valid_to,
                amount = excluded.amount, currency = excluded.currency, version = excluded.version,
                promotion = excluded.promotion, regular_amount = excluded.regular_amount)sql"},
        {&ws->stock, R"sql(
            INSERT INTO stock(product_id, location_id, on_hand, reserved, in_transit, version) VALUES(?1, ?2, ?3, ?4, ?5, ?6)
            ON CONFLICT(product_id, location_id) DO UPDATE SET on_hand = excluded.on_hand, reserved = excluded.reserved,
                in_transit = excluded.in_transit, version = excluded.version)sql"},
        {&ws->order, R"sql(
            INSERT INTO cc_order(id, store_id, number, customer_first_name, contact_masked, pickup_salt, pickup_verifier,
                                 compartment, status, expires_at, total, currency, lines, created_at_ms, version,
                                 pickup_locator, pickup_iterations, parcels, id_check, compartments)
            VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)
            ON CONFLICT(id) DO UPDATE SET compartment = excluded.compartment, status = excluded.status,
                expires_at = excluded.expires_at, total = excluded.total, lines = excluded.lines,
                customer_first_name = excluded.customer_first_name, contact_masked = excluded.contact_masked,
                version = excluded.version, parcels = excluded.parcels, id_check = excluded.id_check,
                compartments = excluded.compartments)sql"},
        {&ws->staff, R"sql(
            INSERT INTO staff(id, name, role, store_id, pin_salt, pin_iterations, pin_verifier, active, version, language)
            VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
            ON CONFLICT(id) DO UPDATE SET name = excluded.name, role = excluded.role, store_id = excluded.store_id,
                pin_salt = excluded.pin_salt, pin_iterations = excluded.pin_iterations,
                pin_verifier = excluded.pin_verifier, active = excluded.active, version = excluded.version,
                language = excluded.language)sql"},
    };
    for (const auto &[target, sql] : statements) {
        auto st = prep(*store->m_writeDb, sql);
        if (!st)
            return st.error();
        *target = std::move(st).value();
    }
    store->m_ws = std::move(ws);
    return store;
}

void SqliteStore::setWriteCacheSize(qint64 bytes)
{
    std::lock_guard lock(m_writeMutex);
    (void)m_writeDb->exec("PRAGMA cache_size=" + std::to_string(bytes > 0 ? -(bytes / 1024) : -2000));
}

SqliteStore::ReadLease::ReadLease(SqliteStore &store, std::unique_ptr<db::Database> db)
    : m_store(store)
    , m_db(std::move(db))
{
}

SqliteStore::ReadLease::~ReadLease()
{
    std::lock_guard lock(m_store.m_poolMutex);
    m_store.m_pool.push_back(std::move(m_db));
}

Result<std::unique_ptr<SqliteStore::ReadLease>> SqliteStore::readConnection()
{
    {
        std::lock_guard lock(m_poolMutex);
        if (!m_pool.empty()) {
            auto db = std::move(m_pool.back());
            m_pool.pop_back();
            return std::make_unique<ReadLease>(*this, std::move(db));
        }
    }
    auto db = db::Database::open(m_path, db::Durability::Normal);
    if (!db)
        return db.error();
    // Read-only by contract; a bigger page cache and memory-mapped reads for page scans.
    if (auto r = db.value()->exec("PRAGMA query_only=ON; PRAGMA cache_size=-32768; PRAGMA mmap_size=268435456"); !r)
        return r.error();
    return std::make_unique<ReadLease>(*this, std::move(db).value());
}

Result<std::unique_ptr<CentralStore::Writer>> SqliteStore::write()
{
    std::unique_lock lock(m_writeMutex);
    auto w = std::make_unique<SqliteWriter>(*this, std::move(lock));
    if (w->beginError())
        return *w->beginError();
    return std::unique_ptr<Writer>(std::move(w));
}

Result<ScanResult> SqliteStore::scan(const Scope &scope, Stream stream, qint64 afterVersion, qint64 limit,
                                     RowVisitor &visitor, ScanFields fields)
{
    auto lease = readConnection();
    if (!lease)
        return lease.error();
    db::Database &h = lease.value()->db();
    const bool keys = fields == ScanFields::KeysOnly;

    // Parameters: ?1 country, ?2 cursor, ?3 limit (+1 to learn whether there is more), ?4 store.
    // The key-only variants read nothing but the version index (covering: the indexes of the
    // WITHOUT ROWID tables hold the primary key), which makes a summary of 3 million stock rows
    // an index scan. Columns keep the positions of the full variants.
    std::string_view sql;
    std::string stockSql;
    std::vector<std::string> stockLocations; // ?10, ?11, …
    switch (stream) {
    case Stream::Reference:
        sql = keys ? R"sql(
            SELECT 0, code, 0, '', NULL, version, '' FROM tax_class WHERE country = ?1 AND version > ?2
            UNION ALL
            SELECT 1, id, 0, '', '', version, '' FROM location WHERE version > ?2
            ORDER BY 6 LIMIT ?3)sql"
                   : R"sql(
            SELECT 0, code, rate_bp, label, NULL, version, '' FROM tax_class WHERE country = ?1 AND version > ?2
            UNION ALL
            SELECT 1, id, 0, kind, name, version, city FROM location WHERE version > ?2
            ORDER BY 6 LIMIT ?3)sql";
        break;
    case Stream::Catalog:
        sql = keys ? "SELECT id, '', '', '', 1, '', '', version, '', '', '', '', 0 FROM product WHERE version > ?2 "
                     "ORDER BY version LIMIT ?3"
                   : R"sql(
            SELECT p.id, p.sku, coalesce(t.code, ''), p.unit, p.active, p.names, p.barcodes, p.version,
                   p.brand, p.model, p.size, p.colour, p.popularity
            FROM product p LEFT JOIN tax_tier t ON t.country = ?1 AND t.tier = p.tax_tier
            WHERE p.version > ?2 ORDER BY p.version LIMIT ?3)sql";
        break;
    case Stream::Prices:
        sql = keys ? "SELECT product_id, valid_from, NULL, 0, '', version, '', NULL FROM price "
                     "WHERE store_id = ?4 AND version > ?2 ORDER BY version LIMIT ?3"
                   : "SELECT product_id, valid_from, valid_to, amount, currency, version, promotion, regular_amount FROM price "
                     "WHERE store_id = ?4 AND version > ?2 ORDER BY version LIMIT ?3";
        break;
    case Stream::Stock: {
        // A terminal's stock stream: its own store's rows and the shared locations' (warehouse,
        // online reserve), never other stores' (those are asked live, GET /v1/stock/ID). One
        // ordered range of stock_location_version per location, merged: a pull reads what its
        // own store changed, however busy the rest of the chain is.
        auto shared = selectAll(h, "SELECT id FROM location WHERE kind <> 'store' ORDER BY id", "Reading locations",
                                [](const db::Statement &q) { return std::string(q.textView(0)); });
        if (!shared)
            return shared.error();
        std::vector<std::string> locations = std::move(shared).value();
        locations.insert(locations.begin(), scope.storeId);
        const std::string_view columns = keys ? "product_id, location_id, 0, 0, 0, version"
                                              : "product_id, location_id, on_hand, reserved, in_transit, version";
        stockSql.append("SELECT * FROM (");
        for (size_t i = 0; i < locations.size(); ++i) {
            if (i > 0)
                stockSql.append(" UNION ALL ");
            stockSql.append("SELECT * FROM (SELECT ").append(columns).append(" FROM stock WHERE location_id = ?")
                .append(std::to_string(10 + i)).append(" AND version > ?2 ORDER BY version LIMIT ?3)");
        }
        stockSql.append(") ORDER BY 6 LIMIT ?3");
        stockLocations = std::move(locations);
        sql = stockSql;
        break;
    }
    case Stream::Orders:
        sql = keys ? "SELECT id, '', '', '', '', '', NULL, '', 0, 0, '', '', version, '', 0, 1, 0, '[]' FROM cc_order "
                     "WHERE store_id = ?4 AND version > ?2 ORDER BY version LIMIT ?3"
                   : "SELECT id, number, customer_first_name, contact_masked, pickup_salt, pickup_verifier, compartment, "
                     "status, expires_at, total, currency, lines, version, pickup_locator, pickup_iterations, parcels, "
                     "id_check, compartments FROM cc_order "
                     "WHERE store_id = ?4 AND version > ?2 ORDER BY version LIMIT ?3";
        break;
    case Stream::Staff:
        sql = "SELECT id, name, role, store_id, pin_salt, pin_iterations, pin_verifier, active, version, language FROM staff "
              "WHERE (store_id = ?4 OR store_id IS NULL) AND version > ?2 ORDER BY version LIMIT ?3";
        break;
    }

    auto qPrepared = h.prepare(sql);
    if (!qPrepared)
        return qPrepared.error();
    db::Statement &q = qPrepared.value();
    q.bind(2, afterVersion).bind(3, limit < 0 ? qint64(-1) : limit + 1);
    if (stream == Stream::Reference || (stream == Stream::Catalog && !keys))
        q.bind(1, std::string_view(scope.country));
    if (stream == Stream::Prices || stream == Stream::Orders || stream == Stream::Staff)
        q.bind(4, std::string_view(scope.storeId));
    for (size_t i = 0; i < stockLocations.size(); ++i)
        q.bind(int(10 + i), std::string_view(stockLocations[i]));

    ScanResult res;
    res.lastVersion = afterVersion;
    while (q.next() == db::Statement::Step::Row) {
        if (limit >= 0 && res.rows == limit) {
            res.more = true;
            break;
        }
        switch (stream) {
        case Stream::Reference:
            if (q.int64(0) == 0)
                visitor.taxClass(TaxClassView{q.textView(1), q.int64(2), q.textView(3), q.int64(5)});
            else
                visitor.location(LocationView{q.textView(1), q.textView(3), q.textView(4), q.int64(5), q.textView(6)});
            res.lastVersion = q.int64(5);
            break;
        case Stream::Catalog:
            visitor.product(ProductView{q.int64(0), q.textView(1), q.textView(2), q.textView(3), q.int64(4) != 0, q.textView(5),
                                        q.textView(6), q.int64(7), q.textView(8), q.textView(9), q.textView(10), q.textView(11),
                                        q.int64(12)});
            res.lastVersion = q.int64(7);
            break;
        case Stream::Prices:
            visitor.price(PriceView{q.int64(0), q.int64(1), q.optInt64(2), q.int64(3), q.textView(4), q.int64(5), q.textView(6),
                                    q.optInt64(7)});
            res.lastVersion = q.int64(5);
            break;
        case Stream::Stock:
            visitor.stock(StockView{q.int64(0), q.textView(1), q.int64(2), q.int64(3), q.int64(4), q.int64(5)});
            res.lastVersion = q.int64(5);
            break;
        case Stream::Orders:
            visitor.order(OrderView{q.textView(0), q.textView(1), q.textView(2), q.textView(3), q.blobView(4), q.blobView(5), optText(q, 6),
                                    q.textView(7), q.int64(8), q.int64(9), q.textView(10), q.textView(11), q.int64(12),
                                    q.textView(13), q.int64(14), q.int64(15), q.int64(16) != 0, q.textView(17)});
            res.lastVersion = q.int64(12);
            break;
        case Stream::Staff:
            visitor.staff(StaffView{q.textView(0), q.textView(1), q.textView(2), optText(q, 3), q.blobView(4), q.int64(5), q.blobView(6),
                                    q.int64(7) != 0, q.int64(8), q.textView(9)});
            res.lastVersion = q.int64(8);
            break;
        }
        ++res.rows;
    }
    if (q.lastError().has_value())
        return queryError(q, "Scanning a stream");
    return res;
}

Result<std::optional<TerminalRecord>> SqliteStore::terminalByToken(std::string_view tokenSha256)
{
    auto lease = readConnection();
    if (!lease)
        return lease.error();
    return selectOne(lease.value()->db(), std::string(kTerminalSelect).append(" WHERE token_sha256 = ?1"), "Reading a terminal",
                     readTerminal, tokenSha256);
}

Result<std::vector<TerminalRecord>> SqliteStore::terminals()
{
    auto lease = readConnection();
    if (!lease)
        return lease.error();
    return selectAll(lease.value()->db(), std::string(kTerminalSelect).append(" ORDER BY id"), "Reading terminals", readTerminal);
}

Result<std::optional<Location>> SqliteStore::location(std::string_view id)
{
    auto lease = readConnection();
    if (!lease)
        return lease.error();
    return selectOne(lease.value()->db(), std::string(kLocationSelect).append(" WHERE id = ?1"), "Reading a location", readLocation, id);
}

Result<std::vector<Location>> SqliteStore::locations()
{
    auto lease = readConnection();
    if (!lease)
        return lease.error();
    return selectAll(lease.value()->db(), std::string(kLocationSelect).append(" ORDER BY id"), "Reading locations", readLocation);
}

Result<std::optional<std::vector<LiveStockLevel>>> SqliteStore::stockLevels(qint64 productId)
{
    auto lease = readConnection();
    if (!lease)
        return lease.error();
    db::Database &h = lease.value()->db();
    {
        auto pPrepared = h.prepare("SELECT 1 FROM product WHERE id = ?1");
        if (!pPrepared)
            return pPrepared.error();
        db::Statement &p = pPrepared.value();
        p.bind(1, productId);
        const auto rc = p.next();
        if (rc == db::Statement::Step::Done)
            return std::optional<std::vector<LiveStockLevel>>();
        if (rc != db::Statement::Step::Row)
            return queryError(p, "Reading a product");
    }
    auto levels = selectAll(
        h,
        "SELECT s.location_id, s.on_hand, s.reserved, s.in_transit, s.version, l.kind, l.name, l.city "
        "FROM stock s JOIN location l ON l.id = s.location_id WHERE s.product_id = ?1 ORDER BY s.location_id",
        "Reading stock levels",
        [&](const db::Statement &q) {
            return LiveStockLevel{StockLevel{productId, str(q, 0), q.int64(1), q.int64(2), q.int64(3), q.int64(4)}, str(q, 5),
                                  str(q, 6), str(q, 7)};
        },
        productId);
    if (!levels)
        return levels.error();
    return std::optional<std::vector<LiveStockLevel>>(std::move(levels).value());
}

Result<std::optional<Order>> SqliteStore::order(std::string_view id)
{
    auto lease = readConnection();
    if (!lease)
        return lease.error();
    return selectOne(lease.value()->db(), std::string("SELECT ").append(kOrderColumns).append(" FROM cc_order WHERE id = ?1"),
                     "Reading an order", readOrderWithLines, id);
}

Result<std::vector<Order>> SqliteStore::orders(std::string_view storeId, std::string_view status, int limit)
{
    auto lease = readConnection();
    if (!lease)
        return lease.error();
    return selectAll(lease.value()->db(),
                     std::string("SELECT ").append(kOrderColumns).append(" FROM cc_order WHERE store_id = ?1 AND (coalesce(?2, '') = '' "
                                                                         "OR status = ?2) ORDER BY created_at_ms DESC, id DESC LIMIT ?3"),
                     "Reading orders", readOrderWithLines, storeId, status, qint64(limit));
}

Result<std::vector<NotificationRecord>> SqliteStore::notifications(std::string_view storeId, std::string_view orderId, int limit)
{
    auto lease = readConnection();
    if (!lease)
        return lease.error();
    return selectAll(
        lease.value()->db(),
        "SELECT id, order_id, store_id, kind, contact_masked, created_at_ms, detail "
        "FROM cc_notification WHERE (coalesce(?1, '') = '' OR store_id = ?1) AND (coalesce(?2, '') = '' OR order_id = ?2) "
        "ORDER BY id DESC LIMIT ?3",
        "Reading notifications",
        [](const db::Statement &q) {
            return NotificationRecord{q.int64(0), str(q, 1), str(q, 2), str(q, 3), str(q, 4), q.int64(5), str(q, 6)};
        },
        storeId, orderId, qint64(limit));
}

Result<std::vector<RefundRecord>> SqliteStore::refundList(std::string_view storeId, std::string_view orderId, int limit)
{
    auto lease = readConnection();
    if (!lease)
        return lease.error();
    return readRefunds(lease.value()->db(), storeId, orderId, limit, true);
}

Result<std::vector<SaleWithReturns>> SqliteStore::salesWithReturns(std::string_view id)
{
    auto lease = readConnection();
    if (!lease)
        return lease.error();
    db::Database &h = lease.value()->db();
    // One read transaction: the sales and their returns from the same snapshot.
    if (auto begun = h.exec("BEGIN"); !begun)
        return begun.error();
    struct End {
        db::Database &h;
        ~End() { (void)h.exec("COMMIT"); }
    } end{h};
    auto sales = selectAll(h,
                           "SELECT s.id, s.kind, s.store_id, s.terminal, coalesce(s.receipt_no, 0), s.total, s.currency, "
                           "coalesce(s.original_sale_id, ''), s.event_seq, e.payload FROM sale s JOIN event e ON e.seq = s.event_seq "
                           "WHERE s.id = ?1 ORDER BY s.event_seq",
                           "Reading a sale",
                           [](const db::Statement &q) {
                               return SaleWithReturns{SaleRecord{str(q, 0), str(q, 1), str(q, 2), str(q, 3), q.int64(4), q.int64(5),
                                                                 str(q, 6), str(q, 7), q.int64(8)},
                                                      str(q, 9), {}};
                           },
                           id);
    if (!sales)
        return sales.error();
    std::vector<SaleWithReturns> out = std::move(sales).value();
    if (out.empty())
        return out;
    auto returns = selectAll(h,
                             "SELECT e.payload FROM sale s JOIN event e ON e.seq = s.event_seq WHERE s.original_sale_id = ?1 "
                             "ORDER BY s.event_seq",
                             "Reading the returns of a sale", [](const db::Statement &r) { return str(r, 0); }, id);
    if (!returns)
        return returns.error();
    for (SaleWithReturns &s : out)
        s.returnPayloads = returns.value();
    return out;
}

Result<std::optional<EnrolmentCode>> SqliteStore::enrolmentCode(std::string_view codeSha256)
{
    auto lease = readConnection();
    if (!lease)
        return lease.error();
    return selectOne(
        lease.value()->db(),
        "SELECT store_id, terminal_id, created_at_ms, expires_at_ms, used_at_ms FROM enrolment_code WHERE code_sha256 = ?1",
        "Reading an enrolment code",
        [&](const db::Statement &q) {
            return EnrolmentCode{std::string(codeSha256), str(q, 0), str(q, 1), q.int64(2), q.int64(3), q.optInt64(4)};
        },
        codeSha256);
}

Result<std::vector<EventRecord>> SqliteStore::events(std::string_view terminal, int limit)
{
    auto lease = readConnection();
    if (!lease)
        return lease.error();
    return selectAll(
        lease.value()->db(),
        "SELECT seq, terminal, event_id, kind, body_sha256, payload, created_at_ms, received_at_ms, status, "
        "coalesce(reason, '') FROM event WHERE (?1 = '' OR terminal = ?1) ORDER BY seq DESC LIMIT ?2",
        "Reading events",
        [](const db::Statement &q) {
            return EventRecord{q.int64(0), str(q, 1),  str(q, 2),  str(q, 3), str(q, 4),
                               str(q, 5),  q.int64(6), q.int64(7), str(q, 8), str(q, 9)};
        },
        terminal, qint64(limit));
}

Result<std::vector<ExceptionRecord>> SqliteStore::exceptions(int limit)
{
    auto lease = readConnection();
    if (!lease)
        return lease.error();
    return selectAll(
        lease.value()->db(),
        "SELECT id, created_at_ms, kind, coalesce(terminal, ''), coalesce(event_id, ''), coalesce(ref, ''), message "
        "FROM exception ORDER BY id DESC LIMIT ?1",
        "Reading exceptions",
        [](const db::Statement &q) {
            return ExceptionRecord{q.int64(0), q.int64(1), str(q, 2), str(q, 3), str(q, 4), str(q, 5), str(q, 6)};
        },
        qint64(limit));
}

Result<std::vector<AlarmRecord>> SqliteStore::alarms(int limit)
{
    auto lease = readConnection();
    if (!lease)
        return lease.error();
    return selectAll(
        lease.value()->db(),
        "SELECT id, created_at_ms, kind, coalesce(terminal, ''), coalesce(event_id, ''), message, coalesce(detail, '') "
        "FROM alarm ORDER BY id DESC LIMIT ?1",
        "Reading alarms",
        [](const db::Statement &q) {
            return AlarmRecord{q.int64(0), q.int64(1), str(q, 2), str(q, 3), str(q, 4), str(q, 5), str(q, 6)};
        },
        qint64(limit));
}

Result<std::optional<std::string>> SqliteStore::meta(std::string_view key)
{
    auto lease = readConnection();
    if (!lease)
        return lease.error();
    return selectOne(lease.value()->db(), "SELECT value FROM meta WHERE key = ?1", "Reading meta",
                     [](const db::Statement &q) { return str(q, 0); }, key);
}

Result<bool> SqliteStore::isEmpty()
{
    auto lease = readConnection();
    if (!lease)
        return lease.error();
    auto empty = selectInt(lease.value()->db(), "SELECT NOT EXISTS(SELECT 1 FROM product) AND NOT EXISTS(SELECT 1 FROM location)",
                           "Checking for data");
    if (!empty)
        return empty.error();
    return empty.value() != 0;
}

} // namespace ok::central
