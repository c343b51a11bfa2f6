// SPDX-License-Identifier: GPL-3.0-or-later
#include "central/pgstore.h"

#include "central/pgchannels.h"
#include "central/pghelpers.h"
#include "central/pgschema.h"

#include <libpq-fe.h>

namespace ok::central {

// Order lines and compartments travel as JSON in storage (service.cpp).
std::string orderLinesToJson(const std::vector<OrderLine> &lines);
std::vector<OrderLine> orderLinesFromJson(std::string_view json);
std::string stringsToJson(const std::vector<std::string> &list);
std::vector<std::string> stringsFromJson(std::string_view json);

using pg::Params;
using pg::Rows;

// ------------------------------------------------------------------ the change feed
//
// The contract (store.h): a reader that has seen version V never later finds a change with a
// version below V. SQLite has one writer at a time, so versions become visible in order. Here
// several processes write at once, each in its own transaction, and versions come from the
// SEQUENCE version_seq (nextval takes no lock, so writers never queue on the counter). A
// transaction that took version 10 may commit after one that took 11: a reader that served 11
// and moved its cursor past it would skip 10 for ever. So a scan serves only versions up to a
// horizon below which every version is either committed or will never be:
//
// 1. A Writer, before its first nextval, registers in writer_inflight on a separate autocommit
//    connection: (pid of its main connection, since = the sequence's last value then). Every
//    version it then takes is > since. It deletes the row after its transaction commits or
//    rolls back (the row is replaced by its next registration if that delete fails).
// 2. A reader (horizon()) reads L = the sequence's last value; THEN, in a new statement, the
//    inflight rows whose backend is still in a transaction (pg_stat_activity): horizon = min(L,
//    their since). THEN the scan runs in a fresh snapshot with version <= horizon.
//
// Why it holds: take v <= horizon <= L, taken by writer W. v <= L means W took v before step
// 2 read L, so W's row was committed before that, hence present in the inflight statement's
// snapshot unless W had already deleted it, i.e. W had ended, so the scan's later snapshot sees
// W's commit. If the row was present and W in a transaction, horizon <= since(W) < v: not the
// case. If the row was present but W's backend not in a transaction (ended, crashed, its
// connection gone), W's transaction had ended before the scan's snapshot was taken. So every
// version up to the horizon is final in the scan's snapshot.
//
// Cost: two small statements per scan. A long writer (a seed) holds the horizon for its
// duration: readers see nothing newer until it ends, as with SQLite's one writer.

namespace {

constexpr std::string_view kOrderColumns =
    "id, store_id, number, customer_first_name, contact_masked, pickup_salt, pickup_verifier, compartment, "
    "status, expires_at, total, currency, lines, created_at_ms, version, pickup_locator, pickup_iterations, parcels, "
    "id_check, compartments";

Order readOrder(const Rows &q, int i)
{
    Order o;
    o.id = q.str(i, 0);
    o.storeId = q.str(i, 1);
    o.number = q.str(i, 2);
    o.customerFirstName = q.str(i, 3);
    o.contactMasked = q.str(i, 4);
    o.pickupSalt = q.bytes(i, 5);
    o.pickupVerifier = q.bytes(i, 6);
    if (!q.isNull(i, 7))
        o.compartment = q.str(i, 7);
    o.status = q.str(i, 8);
    o.expiresAt = q.i64(i, 9);
    o.total = q.i64(i, 10);
    o.currency = q.str(i, 11);
    o.lines = orderLinesFromJson(q.text(i, 12));
    o.createdAtMs = q.i64(i, 13);
    o.version = q.i64(i, 14);
    o.pickupLocator = q.str(i, 15);
    o.pickupIterations = int(q.i64(i, 16));
    o.parcels = int(q.i64(i, 17));
    o.idCheck = q.boolean(i, 18);
    o.compartments = stringsFromJson(q.text(i, 19));
    return o;
}

constexpr std::string_view kLocationSelect =
    "SELECT id, kind, name, coalesce(country, ''), coalesce(currency, ''), coalesce(language, ''), city FROM location";

Location readLocation(const Rows &q, int i)
{
    return Location{q.str(i, 0), q.str(i, 1), q.str(i, 2), q.str(i, 3), q.str(i, 4), q.str(i, 5), q.str(i, 6)};
}

constexpr std::string_view kTerminalSelect = "SELECT id, store_id, terminal_id, token_sha256, cert_sha256, enrolled_at_ms, "
                                             "last_heartbeat_ms, coalesce(last_heartbeat, '') FROM terminal";

TerminalRecord readTerminal(const Rows &q, int i)
{
    return TerminalRecord{q.str(i, 0), q.str(i, 1), q.str(i, 2), q.str(i, 3), q.str(i, 4), q.i64(i, 5), q.optI64(i, 6), q.str(i, 7)};
}

Params withLimit(Params p, qint64 limit)
{
    return limit < 0 ? p.null() : p.num(limit);
}

Result<std::vector<RefundRecord>> readRefunds(PGconn *c, std::string_view storeId, std::string_view orderId, int limit, bool newestFirst)
{
    return pg::selectAll(
        c,
        std::string("SELECT r.id, r.order_id, r.terminal, r.event_id, r.lines, r.amount, r.currency, "
                    "r.method, r.created_at_ms, r.store_id, r.reference, r.return_id "
                    "FROM cc_refund r LEFT JOIN cc_order o ON o.id = r.order_id "
                    "WHERE ($1 = '' OR o.store_id = $1 OR r.store_id = $1) "
                    "AND ($2 = '' OR r.order_id = $2) ORDER BY r.id ")
            .append(newestFirst ? "DESC" : "ASC")
            .append(" LIMIT $3"),
        "Reading refunds",
        [](const Rows &q, int i) {
            return RefundRecord{q.i64(i, 0), q.str(i, 1), q.str(i, 2), q.str(i, 3), q.str(i, 4),  q.i64(i, 5),
                                q.str(i, 6), q.str(i, 7), q.i64(i, 8), q.str(i, 9), q.str(i, 10), q.str(i, 11)};
        },
        withLimit(Params().text(storeId).text(orderId), limit));
}

Result<void> done(const Result<Rows> &r)
{
    if (!r)
        return r.error();
    return {};
}

} // namespace

// ------------------------------------------------------------------ the writer

class PgStore::PgWriter final : public CentralStore::Writer
{
public:
    PgWriter(PgStore &store, std::unique_lock<std::mutex> lock)
        : m_store(store)
        , m_c(store.m_writeConn.get())
        , m_lock(std::move(lock))
    {
    }

    ~PgWriter() override
    {
        if (m_open)
            (void)pg::command(m_c, "ROLLBACK", "Rolling back");
        unregister();
    }

    Result<void> begin()
    {
        if (auto r = pg::command(m_c, "BEGIN ISOLATION LEVEL REPEATABLE READ", "Starting a transaction"); !r)
            return r;
        m_open = true;
        return {};
    }

    Result<void> commit() override
    {
        // COMMIT of a transaction that had failed "succeeds" with the tag ROLLBACK: not kept.
        Rows r(PQexec(m_c, "COMMIT"));
        m_open = false;
        unregister();
        if (!r.get() || PQresultStatus(r.get()) != PGRES_COMMAND_OK)
            return pg::resultError(m_c, r.get(), "Committing");
        if (std::string_view(PQcmdStatus(r.get())) != "COMMIT")
            return Error{QStringLiteral("internal"), QStringLiteral("Committing: the transaction had failed and was rolled back")};
        return {};
    }
    Result<void> savepoint() override { return pg::command(m_c, "SAVEPOINT ev", "Setting a savepoint"); }
    Result<void> releaseSavepoint() override { return pg::command(m_c, "RELEASE SAVEPOINT ev", "Releasing a savepoint"); }
    Result<void> rollbackToSavepoint() override
    {
        return pg::command(m_c, "ROLLBACK TO SAVEPOINT ev; RELEASE SAVEPOINT ev", "Rolling back to a savepoint");
    }

    /// Announce this writer in writer_inflight before its first version (see the top of the
    /// file). The versions themselves are nextval('version_seq') inside each statement.
    Result<void> registerWriter()
    {
        if (m_registered)
            return {};
        if (auto r = m_store.ensure(m_store.m_sideConn); !r)
            return r.error();
        auto r = pg::exec(m_store.m_sideConn.get(), R"sql(
            INSERT INTO writer_inflight(backend_pid, since_version)
            SELECT $1, CASE WHEN is_called THEN last_value ELSE last_value - 1 END FROM version_seq
            ON CONFLICT(backend_pid) DO UPDATE SET since_version = excluded.since_version)sql",
                          Params().num(PQbackendPID(m_c)), "Registering a writer");
        if (!r)
            return r.error();
        m_registered = true;
        return {};
    }

    /// `sql` as a statement prepared once per connection (the writer's statements repeat).
    Result<Rows> run(std::string_view sql, Params params, std::string_view what)
    {
        auto &names = m_store.m_prepared;
        auto it = names.find(std::string(sql));
        if (it == names.end()) {
            const std::string name = "w" + std::to_string(names.size() + 1);
            Rows prepared(PQprepare(m_c, name.c_str(), std::string(sql).c_str(), 0, nullptr));
            if (!prepared.get() || PQresultStatus(prepared.get()) != PGRES_COMMAND_OK)
                return pg::resultError(m_c, prepared.get(), what);
            it = names.emplace(std::string(sql), name).first;
        }
        Rows rows(PQexecPrepared(m_c, it->second.c_str(), params.count(), params.values(), params.lengths(), params.formats(), 0));
        const ExecStatusType st = rows.get() ? PQresultStatus(rows.get()) : PGRES_FATAL_ERROR;
        if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK)
            return pg::resultError(m_c, rows.get(), what);
        return rows;
    }

    Result<void> putLocation(const Location &l) override
    {
        if (auto r = registerWriter(); !r)
            return r.error();
        return done(run(R"sql(
            INSERT INTO location(id, kind, name, country, currency, language, version, city) VALUES($1, $2, $3, $4, $5, $6, nextval('version_seq'), $7)
            ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, name = excluded.name, country = excluded.country,
                currency = excluded.currency, language = excluded.language, version = excluded.version,
                city = excluded.city)sql",
                             Params().text(l.id).text(l.kind).text(l.name).textOrNull(l.country).textOrNull(l.currency)
                                 .textOrNull(l.language).text(l.city),
                             "Writing a location"));
    }

    Result<void> putTaxClass(const TaxClass &t, int tier) override
    {
        if (auto r = registerWriter(); !r)
            return r.error();
        if (auto r = run(R"sql(
            INSERT INTO tax_class(country, code, rate_bp, label, version) VALUES($1, $2, $3, $4, nextval('version_seq'))
            ON CONFLICT(country, code) DO UPDATE SET rate_bp = excluded.rate_bp, label = excluded.label,
                version = excluded.version)sql",
                              Params().text(t.country).text(t.code).num(t.rateBasisPoints).text(t.label),
                              "Writing a tax class");
            !r)
            return r.error();
        return done(run("INSERT INTO tax_tier(country, tier, code) VALUES($1, $2, $3) "
                                  "ON CONFLICT(country, tier) DO UPDATE SET code = excluded.code",
                             Params().text(t.country).num(tier).text(t.code), "Writing a tax tier"));
    }

    Result<void> putProduct(const Product &p) override
    {
        if (auto r = registerWriter(); !r)
            return r.error();
        return done(run(R"sql(
            INSERT INTO product(id, sku, tax_tier, unit, active, names, barcodes, version, brand, model, size, colour, popularity)
            VALUES($1, $2, $3, $4, $5, $6, $7, nextval('version_seq'), $8, $9, $10, $11, $12)
            ON CONFLICT(id) DO UPDATE SET sku = excluded.sku, tax_tier = excluded.tax_tier, unit = excluded.unit,
                active = excluded.active, names = excluded.names, barcodes = excluded.barcodes,
                version = excluded.version, brand = excluded.brand, model = excluded.model, size = excluded.size,
                colour = excluded.colour, popularity = excluded.popularity)sql",
                             Params().num(p.id).text(p.sku).num(p.taxTier).text(p.unit).boolean(p.active).text(p.namesJson)
                                 .text(p.barcodesJson).text(p.brand).text(p.model).text(p.size).text(p.colourJson)
                                 .num(p.popularity),
                             "Writing a product"));
    }

    Result<void> putPrice(const Price &p) override
    {
        if (auto r = registerWriter(); !r)
            return r.error();
        return done(run(R"sql(
            INSERT INTO price(store_id, product_id, valid_from, valid_to, amount, currency, version, promotion, regular_amount)
            VALUES($1, $2, $3, $4, $5, $6, nextval('version_seq'), $7, $8)
            ON CONFLICT(store_id, product_id, valid_from) DO UPDATE SET valid_to = excluded.valid_to,
                amount = excluded.amount, currency = excluded.currency, version = excluded.version,
                promotion = excluded.promotion, regular_amount = excluded.regular_amount)sql",
                             Params().text(p.storeId).num(p.productId).num(p.validFrom).opt(p.validTo).num(p.amount).text(p.currency)
                                 .text(p.promotion).opt(p.regularAmount),
                             "Writing a price"));
    }

    Result<qint64> putStock(const StockLevel &s) override
    {
        if (auto r = registerWriter(); !r)
            return r.error();
        auto r = run(R"sql(
            INSERT INTO stock(product_id, location_id, on_hand, reserved, in_transit, version, shared)
            VALUES($1, $2, $3, $4, $5, nextval('version_seq'), coalesce((SELECT kind <> 'store' FROM location WHERE id = $2), false))
            ON CONFLICT(product_id, location_id) DO UPDATE SET on_hand = excluded.on_hand, reserved = excluded.reserved,
                in_transit = excluded.in_transit, version = excluded.version RETURNING version)sql",
                          Params().num(s.productId).text(s.locationId).num(s.onHand).num(s.reserved).num(s.inTransit),
                          "Writing stock");
        if (!r)
            return r.error();
        if (r->size() != 1)
            return Error{QStringLiteral("internal"), QStringLiteral("Writing stock: no version")};
        return r->i64(0, 0);
    }

    Result<void> putOrder(const Order &o) override
    {
        if (auto r = registerWriter(); !r)
            return r.error();
        return done(run(R"sql(
            INSERT INTO cc_order(id, store_id, number, customer_first_name, contact_masked, pickup_salt, pickup_verifier,
                                 compartment, status, expires_at, total, currency, lines, created_at_ms, version,
                                 pickup_locator, pickup_iterations, parcels, id_check, compartments)
            VALUES($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, nextval('version_seq'), $15, $16, $17, $18, $19)
            ON CONFLICT(id) DO UPDATE SET compartment = excluded.compartment, status = excluded.status,
                expires_at = excluded.expires_at, total = excluded.total, lines = excluded.lines,
                customer_first_name = excluded.customer_first_name, contact_masked = excluded.contact_masked,
                version = excluded.version, parcels = excluded.parcels, id_check = excluded.id_check,
                compartments = excluded.compartments)sql",
                             Params().text(o.id).text(o.storeId).text(o.number).text(o.customerFirstName).text(o.contactMasked)
                                 .bytes(o.pickupSalt).bytes(o.pickupVerifier).opt(o.compartment).text(o.status).num(o.expiresAt)
                                 .num(o.total).text(o.currency).text(orderLinesToJson(o.lines)).num(o.createdAtMs)
                                 .text(o.pickupLocator).num(o.pickupIterations).num(o.parcels).boolean(o.idCheck)
                                 .text(stringsToJson(o.compartments)),
                             "Writing an order"));
    }

    Result<void> putStaff(const Staff &s) override
    {
        if (auto r = registerWriter(); !r)
            return r.error();
        return done(run(R"sql(
            INSERT INTO staff(id, name, role, store_id, pin_salt, pin_iterations, pin_verifier, active, version, language)
            VALUES($1, $2, $3, $4, $5, $6, $7, $8, nextval('version_seq'), $9)
            ON CONFLICT(id) DO UPDATE SET name = excluded.name, role = excluded.role, store_id = excluded.store_id,
                pin_salt = excluded.pin_salt, pin_iterations = excluded.pin_iterations,
                pin_verifier = excluded.pin_verifier, active = excluded.active, version = excluded.version,
                language = excluded.language)sql",
                             Params().text(s.id).text(s.name).text(s.role).opt(s.storeId).bytes(s.pinSalt).num(s.pinIterations)
                                 .bytes(s.pinVerifier).boolean(s.active).text(s.language),
                             "Writing staff"));
    }

    Result<bool> setStaffLanguage(std::string_view staffId, std::string_view language) override
    {
        if (auto r = registerWriter(); !r)
            return r.error();
        auto r = run("UPDATE staff SET language = $2, version = nextval('version_seq') WHERE id = $1",
                          Params().text(staffId).text(language), "Writing staff");
        if (!r)
            return r.error();
        return pg::affected(r.value()) > 0;
    }

    Result<std::optional<Location>> location(std::string_view id) override
    {
        return pg::selectOne(m_c, std::string(kLocationSelect).append(" WHERE id = $1"), "Reading a location", readLocation,
                             Params().text(id));
    }

    Result<std::optional<Product>> product(qint64 id) override
    {
        return pg::selectOne(
            m_c,
            "SELECT id, sku, tax_tier, unit, active, names, barcodes, brand, model, size, colour, popularity FROM product WHERE id = $1",
            "Reading a product",
            [](const Rows &q, int i) {
                return Product{q.i64(i, 0), q.str(i, 1), int(q.i64(i, 2)), q.str(i, 3),  q.boolean(i, 4), q.str(i, 5),
                               q.str(i, 6), q.str(i, 7), q.str(i, 8),      q.str(i, 9), q.str(i, 10),    q.i64(i, 11)};
            },
            Params().num(id));
    }

    Result<std::vector<Price>> prices(std::string_view storeId, qint64 productId) override
    {
        return pg::selectAll(
            m_c,
            "SELECT valid_from, valid_to, amount, currency, version, promotion, regular_amount FROM price "
            "WHERE store_id = $1 AND product_id = $2 ORDER BY valid_from",
            "Reading prices",
            [&](const Rows &q, int i) {
                return Price{std::string(storeId), productId, q.i64(i, 0), q.optI64(i, 1), q.i64(i, 2), q.str(i, 3), q.i64(i, 4),
                             q.str(i, 5), q.optI64(i, 6)};
            },
            Params().text(storeId).num(productId));
    }

    Result<std::optional<StockLevel>> stock(qint64 productId, std::string_view locationId) override
    {
        return pg::selectOne(
            m_c, "SELECT on_hand, reserved, in_transit, version FROM stock WHERE product_id = $1 AND location_id = $2", "Reading stock",
            [&](const Rows &q, int i) {
                return StockLevel{productId, std::string(locationId), q.i64(i, 0), q.i64(i, 1), q.i64(i, 2), q.i64(i, 3)};
            },
            Params().num(productId).text(locationId));
    }

    Result<std::optional<Order>> order(std::string_view id) override
    {
        return pg::selectOne(m_c, std::string("SELECT ").append(kOrderColumns).append(" FROM cc_order WHERE id = $1"), "Reading an order",
                             readOrder, Params().text(id));
    }

    Result<qint64> lastOrderSerial(std::string_view storeId) override
    {
        return pg::selectInt(m_c,
                             "SELECT coalesce(max(coalesce(nullif(substring(substr(number, 3) from '^[0-9]+'), '')::bigint, 0)), 0) "
                             "FROM cc_order WHERE store_id = $1",
                             "Reading order numbers", Params().text(storeId));
    }

    Result<bool> openOrderHasLocator(std::string_view storeId, std::string_view locator) override
    {
        auto r = pg::selectInt(m_c,
                               "SELECT EXISTS(SELECT 1 FROM cc_order WHERE store_id = $1 AND pickup_locator = $2 "
                               "AND status IN ('awaiting_pickup', 'ready'))",
                               "Reading pickup locators", Params().text(storeId).text(locator));
        if (!r)
            return r.error();
        return r.value() != 0;
    }

    Result<std::vector<std::string>> openOrdersInCompartment(std::string_view storeId, std::string_view compartment,
                                                             std::string_view exceptOrderId) override
    {
        return pg::selectAll(
            m_c,
            "SELECT id FROM cc_order WHERE store_id = $1 AND id <> $3 AND status IN ('awaiting_pickup', 'ready') "
            "AND (compartment = $2 OR compartments::jsonb ? $2) ORDER BY id",
            "Reading the orders of a compartment", [](const Rows &q, int i) { return q.str(i, 0); },
            Params().text(storeId).text(compartment).text(exceptOrderId));
    }

    Result<void> addNotification(const NotificationRecord &n) override
    {
        return done(pg::exec(m_c,
                             "INSERT INTO cc_notification(order_id, store_id, kind, contact_masked, created_at_ms, detail) "
                             "VALUES($1, $2, $3, $4, $5, $6)",
                             Params().text(n.orderId).text(n.storeId).text(n.kind).text(n.contactMasked).num(n.createdAtMs).text(n.detail),
                             "Writing a notification"));
    }

    Result<void> addRefund(const RefundRecord &r) override
    {
        return done(pg::exec(m_c,
                             "INSERT INTO cc_refund(order_id, terminal, event_id, lines, amount, currency, method, created_at_ms, "
                             "store_id, reference, return_id) VALUES($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
                             Params().text(r.orderId).text(r.terminal).text(r.eventId).text(r.linesJson).num(r.amount).text(r.currency)
                                 .text(r.method).num(r.createdAtMs).text(r.storeId).text(r.reference).text(r.returnId),
                             "Writing a refund"));
    }

    Result<std::vector<RefundRecord>> refunds(std::string_view orderId) override
    {
        return readRefunds(m_c, "", orderId, -1, false);
    }

    Result<void> addEnrolmentCode(const EnrolmentCode &c) override
    {
        return done(pg::exec(m_c,
                             "INSERT INTO enrolment_code(code_sha256, store_id, terminal_id, created_at_ms, expires_at_ms) "
                             "VALUES($1, $2, $3, $4, $5)",
                             Params().text(c.codeSha256).text(c.storeId).text(c.terminalId).num(c.createdAtMs).num(c.expiresAtMs),
                             "Writing an enrolment code"));
    }

    Result<std::optional<EnrolmentCode>> enrolmentCode(std::string_view codeSha256) override
    {
        return pg::selectOne(
            m_c, "SELECT store_id, terminal_id, created_at_ms, expires_at_ms, used_at_ms FROM enrolment_code WHERE code_sha256 = $1",
            "Reading an enrolment code",
            [&](const Rows &q, int i) {
                return EnrolmentCode{std::string(codeSha256), q.str(i, 0), q.str(i, 1), q.i64(i, 2), q.i64(i, 3), q.optI64(i, 4)};
            },
            Params().text(codeSha256));
    }

    Result<void> markEnrolmentCodeUsed(std::string_view codeSha256, qint64 nowMs) override
    {
        return done(run("UPDATE enrolment_code SET used_at_ms = $2 WHERE code_sha256 = $1",
                             Params().text(codeSha256).num(nowMs), "Using an enrolment code"));
    }

    Result<void> putTerminal(const TerminalRecord &t) override
    {
        return done(run(R"sql(
            INSERT INTO terminal(id, store_id, terminal_id, token_sha256, cert_sha256, enrolled_at_ms)
            VALUES($1, $2, $3, $4, $5, $6)
            ON CONFLICT(id) DO UPDATE SET token_sha256 = excluded.token_sha256,
                cert_sha256 = excluded.cert_sha256, enrolled_at_ms = excluded.enrolled_at_ms)sql",
                             Params().text(t.id).text(t.storeId).text(t.terminalId).text(t.tokenSha256).text(t.certSha256)
                                 .num(t.enrolledAtMs),
                             "Writing a terminal"));
    }

    Result<void> recordHeartbeat(std::string_view terminal, std::string_view body, qint64 nowMs) override
    {
        return done(run("UPDATE terminal SET last_heartbeat_ms = $2, last_heartbeat = $3 WHERE id = $1",
                             Params().text(terminal).num(nowMs).text(body), "Recording a heartbeat"));
    }

    Result<std::optional<EventRecord>> event(std::string_view terminal, std::string_view eventId) override
    {
        return pg::selectOne(
            m_c,
            "SELECT seq, kind, body_sha256, payload, coalesce(created_at_ms, 0), received_at_ms, status, coalesce(reason, '') "
            "FROM event WHERE terminal = $1 AND event_id = $2",
            "Reading an event",
            [&](const Rows &q, int i) {
                return EventRecord{q.i64(i, 0), std::string(terminal), std::string(eventId), q.str(i, 1), q.str(i, 2),
                                   q.str(i, 3), q.i64(i, 4),           q.i64(i, 5),          q.str(i, 6), q.str(i, 7)};
            },
            Params().text(terminal).text(eventId));
    }

    Result<qint64> insertEvent(const EventRecord &e) override
    {
        return pg::selectInt(m_c, R"sql(
            INSERT INTO event(terminal, event_id, kind, body_sha256, payload, created_at_ms, received_at_ms, status, reason)
            VALUES($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING seq)sql",
                             "Writing an event",
                             Params().text(e.terminal).text(e.eventId).text(e.kind).text(e.bodySha256).text(e.payloadJson)
                                 .num(e.createdAtMs).num(e.receivedAtMs).text(e.status).textOrNull(e.reason));
    }

    Result<void> reviseEvent(qint64 seq, std::string_view status, std::string_view reason) override
    {
        return done(run("UPDATE event SET status = $2, reason = $3 WHERE seq = $1",
                             Params().num(seq).text(status).textOrNull(reason), "Revising an event"));
    }

    Result<std::optional<qint64>> insertSale(const SaleRecord &s) override
    {
        auto known = pg::selectOne(m_c, "SELECT event_seq FROM sale WHERE terminal = $1 AND id = $2", "Reading a sale",
                                   [](const Rows &q, int i) { return q.i64(i, 0); }, Params().text(s.terminal).text(s.id));
        if (!known || known.value())
            return known;
        auto r = run(R"sql(
            INSERT INTO sale(id, kind, store_id, terminal, receipt_no, total, currency, original_sale_id, event_seq)
            VALUES($1, $2, $3, $4, $5, $6, $7, $8, $9))sql",
                          Params().text(s.id).text(s.kind).text(s.storeId).text(s.terminal).num(s.receiptNo).num(s.total)
                              .text(s.currency).textOrNull(s.originalSaleId).num(s.eventSeq),
                          "Writing a sale");
        if (!r)
            return r.error();
        return std::optional<qint64>();
    }

    Result<void> addException(const ExceptionRecord &e) override
    {
        return done(pg::exec(m_c,
                             "INSERT INTO exception(created_at_ms, kind, terminal, event_id, ref, message) VALUES($1, $2, $3, $4, $5, $6)",
                             Params().num(e.createdAtMs).text(e.kind).text(e.terminal).text(e.eventId).text(e.ref).text(e.message),
                             "Writing an exception"));
    }

    Result<void> addAlarm(const AlarmRecord &a) override
    {
        return done(pg::exec(m_c,
                             "INSERT INTO alarm(created_at_ms, kind, terminal, event_id, message, detail) VALUES($1, $2, $3, $4, $5, $6)",
                             Params().num(a.createdAtMs).text(a.kind).text(a.terminal).text(a.eventId).text(a.message).text(a.detail),
                             "Writing an alarm"));
    }

    Result<void> setMeta(std::string_view key, std::string_view value) override
    {
        return done(run("INSERT INTO meta(key, value) VALUES($1, $2) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                             Params().text(key).text(value), "Writing meta"));
    }

    // Customers and channels: pgchannels.cpp, shared with the read side.
    Result<void> putCustomer(const Customer &c) override { return pgchannels::putCustomer(m_c, c); }
    Result<std::optional<Customer>> customer(std::string_view id) override
    {
        return pgchannels::oneCustomer(m_c, CustomerKey::Id, id);
    }
    Result<std::optional<Customer>> customerByLoyaltyId(std::string_view loyaltyId) override
    {
        return pgchannels::oneCustomer(m_c, CustomerKey::LoyaltyId, loyaltyId);
    }
    Result<qint64> lastCustomerSerial() override { return pgchannels::lastSerial(m_c, "customer", "id", 2); }
    Result<bool> addPointsEntry(const PointsEntry &e) override { return pgchannels::addPointsEntry(m_c, e); }
    Result<std::optional<PointsEntry>> pointsEntry(std::string_view kind, std::string_view ref) override
    {
        return pgchannels::pointsEntry(m_c, kind, ref);
    }
    Result<std::vector<PointsEntry>> pointsOfSale(std::string_view saleId) override { return pgchannels::pointsOfSale(m_c, saleId); }
    Result<void> putRedemption(const Redemption &r) override { return pgchannels::putRedemption(m_c, r); }
    Result<std::optional<Redemption>> redemption(std::string_view id) override { return pgchannels::redemption(m_c, id); }
    Result<void> putWebOrder(const WebOrder &o) override { return pgchannels::putWebOrder(m_c, o); }
    Result<std::optional<WebOrder>> webOrder(std::string_view id) override { return pgchannels::webOrder(m_c, "id", id); }
    Result<std::optional<WebOrder>> webOrderByCcOrder(std::string_view ccOrderId) override
    {
        return pgchannels::webOrder(m_c, "cc_order_id", ccOrderId);
    }
    Result<qint64> lastWebOrderSerial() override { return pgchannels::lastSerial(m_c, "web_order", "id", 5); }
    Result<void> putHold(const Hold &h) override { return pgchannels::putHold(m_c, h); }
    Result<std::optional<Hold>> hold(std::string_view id) override { return pgchannels::hold(m_c, id); }
    Result<std::vector<Hold>> dueHolds(qint64 nowSec) override { return pgchannels::dueHolds(m_c, nowSec); }
    Result<void> putTransfer(const Transfer &t) override { return pgchannels::putTransfer(m_c, t); }
    Result<std::optional<Transfer>> transfer(std::string_view id) override { return pgchannels::transfer(m_c, "id", id); }
    Result<std::optional<Transfer>> transferByOrder(std::string_view orderId) override
    {
        return pgchannels::transfer(m_c, "order_id", orderId);
    }
    Result<std::optional<std::string>> refundOfReturn(std::string_view returnId) override
    {
        return pgchannels::refundOfReturn(m_c, returnId);
    }

private:
    /// After the transaction ended: readers need not wait for us any more.
    void unregister()
    {
        if (!m_registered)
            return;
        m_registered = false;
        // If this fails the row stays, but with our backend out of a transaction readers ignore
        // it, and our next registration replaces it.
        if (m_store.ensure(m_store.m_sideConn))
            (void)pg::exec(m_store.m_sideConn.get(), "DELETE FROM writer_inflight WHERE backend_pid = $1",
                           Params().num(PQbackendPID(m_c)), "Unregistering a writer");
    }

    PgStore &m_store;
    PGconn *m_c;
    std::unique_lock<std::mutex> m_lock;
    bool m_open = false;
    bool m_registered = false;
};

// ------------------------------------------------------------------ the store

PgStore::~PgStore() = default;

Result<std::unique_ptr<PgStore>> PgStore::open(const std::string &conninfo)
{
    std::unique_ptr<PgStore> store(new PgStore);
    store->m_conninfo = conninfo;
    auto c = pg::connect(conninfo);
    if (!c)
        return c.error();
    if (auto r = pgschema::migrate(c.value().get()); !r)
        return r.error();
    store->m_writeConn = std::move(c).value();
    auto side = pg::connect(conninfo);
    if (!side)
        return side.error();
    store->m_sideConn = std::move(side).value();
    // Rows of writers whose backend is gone (a crash): readers ignore them already; tidy up.
    if (auto r = pg::exec(store->m_sideConn.get(),
                          "DELETE FROM writer_inflight w WHERE NOT EXISTS(SELECT 1 FROM pg_stat_activity a WHERE a.pid = w.backend_pid)",
                          {}, "Tidying writer_inflight");
        !r)
        return r.error();
    return store;
}

Result<void> PgStore::ensure(Connection &c)
{
    if (c && PQstatus(c.get()) == CONNECTION_OK)
        return {};
    auto fresh = pg::connect(m_conninfo);
    if (!fresh)
        return fresh.error();
    c = std::move(fresh).value();
    if (&c == &m_writeConn)
        m_prepared.clear(); // a new session: nothing prepared on it yet
    return {};
}

PgStore::Lease::Lease(PgStore &store, Connection c)
    : m_store(store)
    , m_c(std::move(c))
{
}

PgStore::Lease::~Lease()
{
    if (PQstatus(m_c.get()) != CONNECTION_OK || PQtransactionStatus(m_c.get()) != PQTRANS_IDLE)
        return; // not reused
    std::lock_guard lock(m_store.m_poolMutex);
    m_store.m_pool.push_back(std::move(m_c));
}

Result<std::unique_ptr<PgStore::Lease>> PgStore::readConnection()
{
    {
        std::lock_guard lock(m_poolMutex);
        if (!m_pool.empty()) {
            Connection c = std::move(m_pool.back());
            m_pool.pop_back();
            return std::make_unique<Lease>(*this, std::move(c));
        }
    }
    auto c = pg::connect(m_conninfo);
    if (!c)
        return c.error();
    return std::make_unique<Lease>(*this, std::move(c).value());
}

Result<std::unique_ptr<CentralStore::Writer>> PgStore::write()
{
    std::unique_lock lock(m_writeMutex);
    if (auto r = ensure(m_writeConn); !r)
        return r.error();
    auto w = std::make_unique<PgWriter>(*this, std::move(lock));
    if (auto r = w->begin(); !r)
        return r.error();
    return std::unique_ptr<Writer>(std::move(w));
}

namespace {

/// horizon() on a given connection: two statements, each its own snapshot, in this order.
Result<qint64> horizonOn(PGconn *c)
{
    auto last = pg::selectInt(c, "SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END FROM version_seq",
                              "Reading the change counter");
    if (!last)
        return last;
    // Writers still in a transaction. A backend that is gone or idle has ended its transaction
    // (a crashed writer's row is ignored; its transaction was rolled back). A backend whose state
    // cannot be seen (another role's; track_activities off: 'disabled') counts as in flight.
    // pg_stat_get_activity(pid) reads that one backend's entry; the pg_stat_activity view would
    // copy every backend's on each scan (1,000 terminals pull 1,200 pages a second).
    auto oldest = pg::exec(c, R"sql(
        SELECT min(w.since_version) FROM writer_inflight w
        WHERE EXISTS (SELECT 1 FROM pg_stat_get_activity(w.backend_pid) a WHERE a.state IS DISTINCT FROM 'idle'))sql",
                           {}, "Reading the writers in flight");
    if (!oldest)
        return oldest.error();
    if (oldest->size() > 0 && !oldest->isNull(0, 0))
        return std::min(last.value(), oldest->i64(0, 0));
    return last;
}

} // namespace

Result<qint64> PgStore::horizon()
{
    auto lease = readConnection();
    if (!lease)
        return lease.error();
    return horizonOn(lease.value()->get());
}

Result<ScanResult> PgStore::scan(const Scope &scope, Stream stream, qint64 afterVersion, qint64 limit, RowVisitor &visitor,
                                 ScanFields fields)
{
    auto lease = readConnection();
    if (!lease)
        return lease.error();
    PGconn *c = lease.value()->get();
    auto horizon = horizonOn(c);
    if (!horizon)
        return horizon.error();
    const bool keys = fields == ScanFields::KeysOnly;

    // Parameters: $1 country, $2 cursor, $3 limit (+1 to learn whether there is more, NULL: all),
    // $4 store, $5 horizon. Each query is one index range scan on (scope, version).
    std::string_view sql;
    switch (stream) {
    case Stream::Reference:
        sql = R"sql(
            SELECT * FROM (
              SELECT 0 AS k, code AS id, rate_bp, label AS a, NULL::text AS b, version, ''::text AS city
                FROM tax_class WHERE country = $1 AND version > $2 AND version <= $5
              UNION ALL
              SELECT 1, id, 0, kind, name, version, city FROM location WHERE version > $2 AND version <= $5) u
            ORDER BY version LIMIT $3)sql";
        break;
    case Stream::Catalog:
        sql = keys ? "SELECT id, '', '', '', true, '', '', version, '', '', '', '', 0 FROM product "
                     "WHERE version > $2 AND version <= $5 ORDER BY version LIMIT $3"
                   : R"sql(
            SELECT p.id, p.sku, coalesce(t.code, ''), p.unit, p.active, p.names, p.barcodes, p.version,
                   p.brand, p.model, p.size, p.colour, p.popularity
            FROM product p LEFT JOIN tax_tier t ON t.country = $1 AND t.tier = p.tax_tier
            WHERE p.version > $2 AND p.version <= $5 ORDER BY p.version LIMIT $3)sql";
        break;
    case Stream::Prices:
        sql = "SELECT product_id, valid_from, valid_to, amount, currency, version, promotion, regular_amount FROM price "
              "WHERE store_id = $4 AND version > $2 AND version <= $5 ORDER BY version LIMIT $3";
        break;
    case Stream::Stock:
        // The scope's own store and the locations every store shares (warehouse, online reserve):
        // a terminal's stock pull grows with its store's activity, not the chain's.
        sql = R"sql(
            SELECT * FROM (
              (SELECT product_id, location_id, on_hand, reserved, in_transit, version FROM stock
                 WHERE location_id = $4 AND version > $2 AND version <= $5 ORDER BY version LIMIT $3)
              UNION ALL
              (SELECT product_id, location_id, on_hand, reserved, in_transit, version FROM stock
                 WHERE shared AND version > $2 AND version <= $5 ORDER BY version LIMIT $3)) u
            ORDER BY version LIMIT $3)sql";
        break;
    case Stream::Orders:
        sql = keys ? "SELECT id, '', '', '', ''::bytea, ''::bytea, NULL, '', 0, 0, '', '', version, '', 0, 1, false, '[]' FROM cc_order "
                     "WHERE store_id = $4 AND version > $2 AND version <= $5 ORDER BY version LIMIT $3"
                   : "SELECT id, number, customer_first_name, contact_masked, pickup_salt, pickup_verifier, compartment, "
                     "status, expires_at, total, currency, lines, version, pickup_locator, pickup_iterations, parcels, "
                     "id_check, compartments FROM cc_order "
                     "WHERE store_id = $4 AND version > $2 AND version <= $5 ORDER BY version LIMIT $3";
        break;
    case Stream::Staff:
        sql = "SELECT id, name, role, store_id, pin_salt, pin_iterations, pin_verifier, active, version, language FROM staff "
              "WHERE (store_id = $4 OR store_id IS NULL) AND version > $2 AND version <= $5 ORDER BY version LIMIT $3";
        break;
    }
    Params p;
    p.text(scope.country).num(afterVersion);
    if (limit < 0)
        p.null();
    else
        p.num(limit + 1);
    p.text(scope.storeId).num(horizon.value());
    // Not every query names every parameter: their types given (text, int8, int8, text, int8).
    static const Oid kTypes[] = {25, 20, 20, 25, 20};
    auto rows = pg::exec(c, sql, std::move(p), "Scanning a stream", kTypes);
    if (!rows)
        return rows.error();
    const Rows &q = rows.value();

    ScanResult res;
    res.lastVersion = afterVersion;
    std::string salt, verifier; // bytea decoded for the visitor's views
    for (int i = 0; i < q.size(); ++i) {
        if (limit >= 0 && res.rows == limit) {
            res.more = true;
            break;
        }
        switch (stream) {
        case Stream::Reference:
            if (q.i64(i, 0) == 0)
                visitor.taxClass(TaxClassView{q.text(i, 1), q.i64(i, 2), q.text(i, 3), q.i64(i, 5)});
            else
                visitor.location(LocationView{q.text(i, 1), q.text(i, 3), q.text(i, 4), q.i64(i, 5), q.text(i, 6)});
            res.lastVersion = q.i64(i, 5);
            break;
        case Stream::Catalog:
            visitor.product(ProductView{q.i64(i, 0), q.text(i, 1), q.text(i, 2), q.text(i, 3), q.boolean(i, 4), q.text(i, 5),
                                        q.text(i, 6), q.i64(i, 7), q.text(i, 8), q.text(i, 9), q.text(i, 10), q.text(i, 11),
                                        q.i64(i, 12)});
            res.lastVersion = q.i64(i, 7);
            break;
        case Stream::Prices:
            visitor.price(PriceView{q.i64(i, 0), q.i64(i, 1), q.optI64(i, 2), q.i64(i, 3), q.text(i, 4), q.i64(i, 5), q.text(i, 6),
                                    q.optI64(i, 7)});
            res.lastVersion = q.i64(i, 5);
            break;
        case Stream::Stock:
            visitor.stock(StockView{q.i64(i, 0), q.text(i, 1), q.i64(i, 2), q.i64(i, 3), q.i64(i, 4), q.i64(i, 5)});
            res.lastVersion = q.i64(i, 5);
            break;
        case Stream::Orders:
            salt = q.bytes(i, 4);
            verifier = q.bytes(i, 5);
            visitor.order(OrderView{q.text(i, 0), q.text(i, 1), q.text(i, 2), q.text(i, 3), salt, verifier, q.optText(i, 6),
                                    q.text(i, 7), q.i64(i, 8), q.i64(i, 9), q.text(i, 10), q.text(i, 11), q.i64(i, 12),
                                    q.text(i, 13), q.i64(i, 14), q.i64(i, 15), q.boolean(i, 16), q.text(i, 17)});
            res.lastVersion = q.i64(i, 12);
            break;
        case Stream::Staff:
            salt = q.bytes(i, 4);
            verifier = q.bytes(i, 6);
            visitor.staff(StaffView{q.text(i, 0), q.text(i, 1), q.text(i, 2), q.optText(i, 3), salt, q.i64(i, 5), verifier,
                                    q.boolean(i, 7), q.i64(i, 8), q.text(i, 9)});
            res.lastVersion = q.i64(i, 8);
            break;
        }
        ++res.rows;
    }
    return res;
}

#define OK_PG_LEASE                                                                                                                        \
    auto lease = readConnection();                                                                                                       \
    if (!lease)                                                                                                                          \
        return lease.error();                                                                                                            \
    PGconn *c = lease.value()->get();

Result<std::optional<TerminalRecord>> PgStore::terminalByToken(std::string_view tokenSha256)
{
    OK_PG_LEASE
    return pg::selectOne(c, std::string(kTerminalSelect).append(" WHERE token_sha256 = $1"), "Reading a terminal", readTerminal,
                         Params().text(tokenSha256));
}

Result<std::vector<TerminalRecord>> PgStore::terminals()
{
    OK_PG_LEASE
    return pg::selectAll(c, std::string(kTerminalSelect).append(" ORDER BY id"), "Reading terminals", readTerminal);
}

Result<std::optional<Location>> PgStore::location(std::string_view id)
{
    OK_PG_LEASE
    return pg::selectOne(c, std::string(kLocationSelect).append(" WHERE id = $1"), "Reading a location", readLocation, Params().text(id));
}

Result<std::vector<Location>> PgStore::locations()
{
    OK_PG_LEASE
    return pg::selectAll(c, std::string(kLocationSelect).append(" ORDER BY id"), "Reading locations", readLocation);
}

Result<std::optional<std::vector<LiveStockLevel>>> PgStore::stockLevels(qint64 productId)
{
    OK_PG_LEASE
    // One statement: the product's existence and its levels from one snapshot.
    auto rows = pg::exec(c, R"sql(
        SELECT s.location_id, s.on_hand, s.reserved, s.in_transit, s.version, l.kind, l.name, l.city
        FROM product p LEFT JOIN stock s ON s.product_id = p.id LEFT JOIN location l ON l.id = s.location_id
        WHERE p.id = $1 ORDER BY s.location_id)sql",
                         Params().num(productId), "Reading stock levels");
    if (!rows)
        return rows.error();
    const Rows &q = rows.value();
    if (q.size() == 0)
        return std::optional<std::vector<LiveStockLevel>>();
    std::vector<LiveStockLevel> out;
    for (int i = 0; i < q.size(); ++i)
        if (!q.isNull(i, 0))
            out.push_back(LiveStockLevel{StockLevel{productId, q.str(i, 0), q.i64(i, 1), q.i64(i, 2), q.i64(i, 3), q.i64(i, 4)},
                                         q.str(i, 5), q.str(i, 6), q.str(i, 7)});
    return std::optional<std::vector<LiveStockLevel>>(std::move(out));
}

Result<std::optional<Order>> PgStore::order(std::string_view id)
{
    OK_PG_LEASE
    return pg::selectOne(c, std::string("SELECT ").append(kOrderColumns).append(" FROM cc_order WHERE id = $1"), "Reading an order",
                         readOrder, Params().text(id));
}

Result<std::vector<Order>> PgStore::orders(std::string_view storeId, std::string_view status, int limit)
{
    OK_PG_LEASE
    return pg::selectAll(c,
                         std::string("SELECT ").append(kOrderColumns).append(" FROM cc_order WHERE store_id = $1 AND ($2 = '' "
                                                                             "OR status = $2) ORDER BY created_at_ms DESC, id DESC LIMIT $3"),
                         "Reading orders", readOrder, withLimit(Params().text(storeId).text(status), limit));
}

Result<std::vector<NotificationRecord>> PgStore::notifications(std::string_view storeId, std::string_view orderId, int limit)
{
    OK_PG_LEASE
    return pg::selectAll(
        c,
        "SELECT id, order_id, store_id, kind, contact_masked, created_at_ms, detail "
        "FROM cc_notification WHERE ($1 = '' OR store_id = $1) AND ($2 = '' OR order_id = $2) ORDER BY id DESC LIMIT $3",
        "Reading notifications",
        [](const Rows &q, int i) {
            return NotificationRecord{q.i64(i, 0), q.str(i, 1), q.str(i, 2), q.str(i, 3), q.str(i, 4), q.i64(i, 5), q.str(i, 6)};
        },
        withLimit(Params().text(storeId).text(orderId), limit));
}

Result<std::vector<RefundRecord>> PgStore::refundList(std::string_view storeId, std::string_view orderId, int limit)
{
    OK_PG_LEASE
    return readRefunds(c, storeId, orderId, limit, true);
}

Result<std::vector<SaleWithReturns>> PgStore::salesWithReturns(std::string_view id)
{
    OK_PG_LEASE
    // One statement: every terminal's sale with this id and the returns naming it, from the same
    // snapshot (the sales first, oldest first, then the returns).
    auto rows = pg::exec(c, R"sql(
        SELECT 0, s.id, s.kind, s.store_id, s.terminal, coalesce(s.receipt_no, 0), s.total, s.currency,
               coalesce(s.original_sale_id, ''), s.event_seq, e.payload
        FROM sale s JOIN event e ON e.seq = s.event_seq WHERE s.id = $1
        UNION ALL
        SELECT 1, '', '', '', '', 0, 0, '', '', s.event_seq, e.payload
        FROM sale s JOIN event e ON e.seq = s.event_seq WHERE s.original_sale_id = $1
        ORDER BY 1, 10)sql",
                         Params().text(id), "Reading a sale");
    if (!rows)
        return rows.error();
    const Rows &q = rows.value();
    std::vector<SaleWithReturns> out;
    std::vector<std::string> returns;
    for (int i = 0; i < q.size(); ++i) {
        if (q.i64(i, 0) == 0)
            out.push_back(SaleWithReturns{SaleRecord{q.str(i, 1), q.str(i, 2), q.str(i, 3), q.str(i, 4), q.i64(i, 5), q.i64(i, 6),
                                                     q.str(i, 7), q.str(i, 8), q.i64(i, 9)},
                                          q.str(i, 10),
                                          {}});
        else
            returns.push_back(q.str(i, 10));
    }
    for (SaleWithReturns &s : out)
        s.returnPayloads = returns;
    return out;
}

Result<std::optional<EnrolmentCode>> PgStore::enrolmentCode(std::string_view codeSha256)
{
    OK_PG_LEASE
    return pg::selectOne(
        c, "SELECT store_id, terminal_id, created_at_ms, expires_at_ms, used_at_ms FROM enrolment_code WHERE code_sha256 = $1",
        "Reading an enrolment code",
        [&](const Rows &q, int i) {
            return EnrolmentCode{std::string(codeSha256), q.str(i, 0), q.str(i, 1), q.i64(i, 2), q.i64(i, 3), q.optI64(i, 4)};
        },
        Params().text(codeSha256));
}

Result<std::vector<EventRecord>> PgStore::events(std::string_view terminal, int limit)
{
    OK_PG_LEASE
    return pg::selectAll(
        c,
        "SELECT seq, terminal, event_id, kind, body_sha256, payload, coalesce(created_at_ms, 0), received_at_ms, status, "
        "coalesce(reason, '') FROM event WHERE ($1 = '' OR terminal = $1) ORDER BY seq DESC LIMIT $2",
        "Reading events",
        [](const Rows &q, int i) {
            return EventRecord{q.i64(i, 0), q.str(i, 1), q.str(i, 2), q.str(i, 3), q.str(i, 4),
                               q.str(i, 5), q.i64(i, 6), q.i64(i, 7), q.str(i, 8), q.str(i, 9)};
        },
        withLimit(Params().text(terminal), limit));
}

Result<std::vector<ExceptionRecord>> PgStore::exceptions(int limit)
{
    OK_PG_LEASE
    return pg::selectAll(
        c,
        "SELECT id, created_at_ms, kind, coalesce(terminal, ''), coalesce(event_id, ''), coalesce(ref, ''), message "
        "FROM exception ORDER BY id DESC LIMIT $1",
        "Reading exceptions",
        [](const Rows &q, int i) {
            return ExceptionRecord{q.i64(i, 0), q.i64(i, 1), q.str(i, 2), q.str(i, 3), q.str(i, 4), q.str(i, 5), q.str(i, 6)};
        },
        withLimit(Params(), limit));
}

Result<std::vector<AlarmRecord>> PgStore::alarms(int limit)
{
    OK_PG_LEASE
    return pg::selectAll(
        c,
        "SELECT id, created_at_ms, kind, coalesce(terminal, ''), coalesce(event_id, ''), message, coalesce(detail, '') "
        "FROM alarm ORDER BY id DESC LIMIT $1",
        "Reading alarms",
        [](const Rows &q, int i) {
            return AlarmRecord{q.i64(i, 0), q.i64(i, 1), q.str(i, 2), q.str(i, 3), q.str(i, 4), q.str(i, 5), q.str(i, 6)};
        },
        withLimit(Params(), limit));
}

Result<std::optional<std::string>> PgStore::meta(std::string_view key)
{
    OK_PG_LEASE
    return pg::selectOne(c, "SELECT value FROM meta WHERE key = $1", "Reading meta", [](const Rows &q, int i) { return q.str(i, 0); },
                         Params().text(key));
}

Result<bool> PgStore::isEmpty()
{
    OK_PG_LEASE
    auto empty = pg::selectInt(c, "SELECT NOT EXISTS(SELECT 1 FROM product) AND NOT EXISTS(SELECT 1 FROM location)", "Checking for data");
    if (!empty)
        return empty.error();
    return empty.value() != 0;
}

#undef OK_PG_LEASE

} // namespace ok::central
