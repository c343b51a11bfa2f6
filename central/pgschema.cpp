// SPDX-License-Identifier: GPL-3.0-or-later
// The schema of the central database on PostgreSQL (PgStore runs the migrations on open). It
// holds what central.db holds in SQLite (sqliteschema.cpp, v1..v4) with PostgreSQL types: bigint
// for integers and times, bytea for salts and verifiers, boolean for flags. The change counter
// is a SEQUENCE and writers in flight are announced in writer_inflight (pgstore.cpp explains why).
#include "central/pgschema.h"

#include "central/pghelpers.h"

#include <string>

namespace ok::central::pgschema {

namespace {

// v1: everything central.db had at its v4, plus the change feed's own tables.
constexpr std::string_view kV1 = R"sql(
CREATE TABLE meta(
    key    text PRIMARY KEY,
    value  text NOT NULL
);

-- The global change counter: nextval() takes no lock, so writers never wait for each other here.
-- CACHE must stay 1: with per-backend caches a value could be handed out after a higher
-- last_value was read, and the change feed's horizon (pgstore.cpp) relies on it not being so.
CREATE SEQUENCE version_seq CACHE 1;

-- Writers between their first nextval() and the end of their transaction (pgstore.cpp). Written
-- on a separate autocommit connection, so readers see a writer as soon as it may hold a version.
CREATE TABLE writer_inflight(
    backend_pid    integer PRIMARY KEY,          -- the writer's main connection (pg_backend_pid())
    since_version  bigint NOT NULL               -- version_seq's last value before its first nextval
);

CREATE TABLE location(
    id        text PRIMARY KEY,
    kind      text NOT NULL CHECK(kind IN ('store','warehouse','online')),
    name      text NOT NULL,
    country   text,
    currency  text,
    language  text,
    version   bigint NOT NULL,
    city      text NOT NULL DEFAULT ''
);
CREATE INDEX location_version ON location(version);

CREATE TABLE tax_class(
    country  text NOT NULL,
    code     text NOT NULL,
    rate_bp  bigint NOT NULL CHECK(rate_bp BETWEEN 0 AND 10000),
    label    text NOT NULL,
    version  bigint NOT NULL,
    PRIMARY KEY(country, code)
);
CREATE INDEX tax_class_version ON tax_class(country, version);

CREATE TABLE tax_tier(
    country  text NOT NULL,
    tier     integer NOT NULL CHECK(tier BETWEEN 0 AND 3),
    code     text NOT NULL,
    PRIMARY KEY(country, tier),
    FOREIGN KEY(country, code) REFERENCES tax_class(country, code)
);

CREATE TABLE product(
    id          bigint PRIMARY KEY,
    sku         text NOT NULL UNIQUE,
    tax_tier    integer NOT NULL CHECK(tax_tier BETWEEN 0 AND 3),
    unit        text NOT NULL CHECK(unit IN ('piece','kg')),
    active      boolean NOT NULL DEFAULT true,
    names       text NOT NULL,
    barcodes    text NOT NULL,
    version     bigint NOT NULL,
    brand       text NOT NULL DEFAULT '',
    model       text NOT NULL DEFAULT '',
    size        text NOT NULL DEFAULT '',
    colour      text NOT NULL DEFAULT '',
    popularity  bigint NOT NULL DEFAULT 0 CHECK(popularity >= 0)
);
CREATE INDEX product_version ON product(version);

CREATE TABLE price(
    store_id        text NOT NULL REFERENCES location(id),
    product_id      bigint NOT NULL REFERENCES product(id),
    valid_from      bigint NOT NULL,
    valid_to        bigint,
    amount          bigint NOT NULL CHECK(amount >= 0),
    currency        text NOT NULL,
    version         bigint NOT NULL,
    promotion       text NOT NULL DEFAULT '',
    regular_amount  bigint,
    PRIMARY KEY(store_id, product_id, valid_from)
);
CREATE INDEX price_version ON price(store_id, version);

-- shared: the location is not a store (warehouse, online reserve): every terminal pulls it. A
-- store's rows go only to that store's terminals (index stock_location_version).
CREATE TABLE stock(
    product_id   bigint NOT NULL REFERENCES product(id),
    location_id  text NOT NULL REFERENCES location(id),
    on_hand      bigint NOT NULL,
    reserved     bigint NOT NULL DEFAULT 0,
    in_transit   bigint NOT NULL DEFAULT 0,
    version      bigint NOT NULL,
    shared       boolean NOT NULL,
    PRIMARY KEY(product_id, location_id)
);
-- No index on version alone: the planner would walk it and filter by location instead.
CREATE INDEX stock_location_version ON stock(location_id, version);
CREATE INDEX stock_shared_version ON stock(version) WHERE shared;

CREATE TABLE cc_order(
    id                   text PRIMARY KEY,
    store_id             text NOT NULL REFERENCES location(id),
    number               text NOT NULL,
    customer_first_name  text NOT NULL,
    contact_masked       text NOT NULL,
    pickup_salt          bytea NOT NULL,
    pickup_verifier      bytea NOT NULL,
    compartment          text,
    status               text NOT NULL CHECK(status IN ('awaiting_pickup','ready','collected','cancelled','expired')),
    expires_at           bigint NOT NULL,
    total                bigint NOT NULL,
    currency             text NOT NULL,
    lines                text NOT NULL,
    created_at_ms        bigint NOT NULL,
    version              bigint NOT NULL,
    pickup_locator       text NOT NULL DEFAULT '',
    pickup_iterations    integer NOT NULL DEFAULT 0,
    parcels              integer NOT NULL DEFAULT 1 CHECK(parcels BETWEEN 1 AND 20),
    id_check             boolean NOT NULL DEFAULT false,
    compartments         text NOT NULL DEFAULT '[]',
    UNIQUE(store_id, number)
);
CREATE INDEX cc_order_version ON cc_order(store_id, version);
CREATE INDEX cc_order_open_locator ON cc_order(store_id, pickup_locator) WHERE status IN ('awaiting_pickup', 'ready');

CREATE TABLE staff(
    id              text PRIMARY KEY,
    name            text NOT NULL,
    role            text NOT NULL CHECK(role IN ('cashier','supervisor','manager')),
    store_id        text REFERENCES location(id),
    pin_salt        bytea NOT NULL,
    pin_iterations  integer NOT NULL CHECK(pin_iterations >= 10000),
    pin_verifier    bytea NOT NULL,
    active          boolean NOT NULL DEFAULT true,
    version         bigint NOT NULL,
    language        text NOT NULL DEFAULT '' CHECK(language IN ('', 'en', 'pl', 'it', 'ru', 'nb'))
);
CREATE INDEX staff_version ON staff(version);

CREATE TABLE terminal(
    id                 text PRIMARY KEY,
    store_id           text NOT NULL REFERENCES location(id),
    terminal_id        text NOT NULL,
    token_sha256       text NOT NULL UNIQUE,
    cert_sha256        text NOT NULL,
    enrolled_at_ms     bigint NOT NULL,
    last_heartbeat_ms  bigint,
    last_heartbeat     text
);

CREATE TABLE enrolment_code(
    code_sha256    text PRIMARY KEY,
    store_id       text NOT NULL REFERENCES location(id),
    terminal_id    text NOT NULL,
    created_at_ms  bigint NOT NULL,
    expires_at_ms  bigint NOT NULL,
    used_at_ms     bigint
);

-- (terminal, event_id) is the idempotency key: two processes inserting the same event conflict
-- on it (23505), and the later one is told to retry (pghelpers.h kRetryCode).
CREATE TABLE event(
    seq             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    terminal        text NOT NULL,
    event_id        text NOT NULL,
    kind            text NOT NULL,
    body_sha256     text NOT NULL,
    payload         text NOT NULL,
    created_at_ms   bigint,
    received_at_ms  bigint NOT NULL,
    status          text NOT NULL CHECK(status IN ('accepted','rejected')),
    reason          text,
    UNIQUE(terminal, event_id)
);
CREATE INDEX event_terminal ON event(terminal, seq);

CREATE TABLE sale(
    id                text PRIMARY KEY,
    kind              text NOT NULL CHECK(kind IN ('sale','return')),
    store_id          text NOT NULL,
    terminal          text NOT NULL,
    receipt_no        bigint,
    total             bigint NOT NULL,
    currency          text NOT NULL,
    original_sale_id  text,
    event_seq         bigint NOT NULL REFERENCES event(seq)
);
CREATE INDEX sale_original ON sale(original_sale_id) WHERE original_sale_id IS NOT NULL;

CREATE TABLE exception(
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    created_at_ms  bigint NOT NULL,
    kind           text NOT NULL,
    terminal       text,
    event_id       text,
    ref            text,
    message        text NOT NULL
);

CREATE TABLE alarm(
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    created_at_ms  bigint NOT NULL,
    kind           text NOT NULL,
    terminal       text,
    event_id       text,
    message        text NOT NULL,
    detail         text
);

CREATE TABLE cc_notification(
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id        text NOT NULL,
    store_id        text NOT NULL,
    kind            text NOT NULL,
    contact_masked  text NOT NULL,
    created_at_ms   bigint NOT NULL,
    detail          text NOT NULL
);
CREATE INDEX cc_notification_order ON cc_notification(order_id);

CREATE TABLE cc_refund(
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id       text NOT NULL,
    terminal       text NOT NULL,
    event_id       text NOT NULL,
    lines          text NOT NULL,
    amount         bigint NOT NULL CHECK(amount >= 0),
    currency       text NOT NULL,
    method         text NOT NULL,
    created_at_ms  bigint NOT NULL,
    store_id       text NOT NULL DEFAULT '',
    reference      text NOT NULL DEFAULT '',
    return_id      text NOT NULL DEFAULT ''
);
CREATE INDEX cc_refund_order ON cc_refund(order_id);
CREATE INDEX cc_refund_return ON cc_refund(return_id) WHERE return_id <> '';

CREATE TABLE customer(
    id             text PRIMARY KEY,
    loyalty_id     text NOT NULL UNIQUE,
    name           text NOT NULL,
    email          text NOT NULL,
    phone          text NOT NULL,
    home_store_id  text NOT NULL REFERENCES location(id),
    currency       text NOT NULL,
    points         bigint NOT NULL CHECK(points >= 0),
    store_credit   bigint NOT NULL DEFAULT 0 CHECK(store_credit >= 0),
    created_at_ms  bigint NOT NULL
);
CREATE INDEX customer_email ON customer(email);
CREATE INDEX customer_phone ON customer(phone);

CREATE TABLE customer_promotion(
    customer_id  text NOT NULL REFERENCES customer(id),
    id           text NOT NULL,
    name         text NOT NULL,
    percent_bp   integer NOT NULL CHECK(percent_bp BETWEEN 1 AND 10000),
    PRIMARY KEY(customer_id, id)
);

CREATE TABLE points_ledger(
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id    text NOT NULL REFERENCES customer(id),
    kind           text NOT NULL CHECK(kind IN ('earn','return','redeem','cancel','adjust')),
    ref            text NOT NULL,
    points         bigint NOT NULL,
    balance        bigint NOT NULL CHECK(balance >= 0),
    basis          bigint NOT NULL DEFAULT 0,
    sale_id        text NOT NULL DEFAULT '',
    store_id       text NOT NULL DEFAULT '',
    created_at_ms  bigint NOT NULL,
    detail         text NOT NULL DEFAULT '',
    UNIQUE(kind, ref)
);
CREATE INDEX points_ledger_customer ON points_ledger(customer_id, id);
CREATE INDEX points_ledger_sale ON points_ledger(sale_id) WHERE sale_id <> '';

CREATE TABLE redemption(
    id             text PRIMARY KEY,
    customer_id    text NOT NULL REFERENCES customer(id),
    points         bigint NOT NULL CHECK(points > 0),
    amount         bigint NOT NULL,
    currency       text NOT NULL,
    sale_id        text NOT NULL,
    store_id       text NOT NULL,
    terminal       text NOT NULL,
    body_sha256    text NOT NULL,
    balance_after  bigint NOT NULL,
    state          text NOT NULL CHECK(state IN ('redeemed','used','cancelled')),
    used_by_sale   text NOT NULL DEFAULT '',
    created_at_ms  bigint NOT NULL
);

CREATE TABLE web_order(
    id             text PRIMARY KEY,
    number         text NOT NULL UNIQUE,
    channel        text NOT NULL CHECK(channel IN ('web','app')),
    customer_id    text NOT NULL REFERENCES customer(id),
    status         text NOT NULL CHECK(status IN ('paid','shipped','delivered','collect_in_store','collected','returned','cancelled')),
    delivery       text NOT NULL CHECK(delivery IN ('home','store')),
    store_id       text NOT NULL DEFAULT '',
    created_at_ms  bigint NOT NULL,
    total          bigint NOT NULL,
    currency       text NOT NULL,
    lines          text NOT NULL,
    payments       text NOT NULL,
    history        text NOT NULL,
    cc_order_id    text NOT NULL DEFAULT ''
);
CREATE INDEX web_order_customer ON web_order(customer_id, created_at_ms);
CREATE INDEX web_order_cc ON web_order(cc_order_id) WHERE cc_order_id <> '';

CREATE TABLE hold(
    id             text PRIMARY KEY,
    store_id       text NOT NULL,
    product_id     bigint NOT NULL,
    quantity       bigint NOT NULL CHECK(quantity BETWEEN 1 AND 1000),
    expires_at     bigint NOT NULL,
    customer_name  text NOT NULL DEFAULT '',
    staff_id       text NOT NULL DEFAULT '',
    terminal       text NOT NULL,
    event_id       text NOT NULL,
    state          text NOT NULL CHECK(state IN ('active','expired','released')),
    created_at_ms  bigint NOT NULL,
    ended_at_ms    bigint,
    end_reason     text NOT NULL DEFAULT ''
);
CREATE INDEX hold_due ON hold(expires_at) WHERE state = 'active';
CREATE INDEX hold_store ON hold(store_id, created_at_ms);

CREATE TABLE transfer(
    id                text PRIMARY KEY,
    store_id          text NOT NULL,
    terminal          text NOT NULL,
    product_id        bigint NOT NULL,
    quantity          bigint NOT NULL CHECK(quantity BETWEEN 1 AND 1000),
    from_location     text NOT NULL,
    destination       text NOT NULL CHECK(destination IN ('store','home')),
    customer_name     text NOT NULL,
    customer_phone    text NOT NULL DEFAULT '',
    customer_email    text NOT NULL DEFAULT '',
    customer_address  text NOT NULL DEFAULT '',
    staff_id          text NOT NULL DEFAULT '',
    state             text NOT NULL CHECK(state IN ('requested','shipped','arrived','delivered','collected','cancelled')),
    order_id          text NOT NULL DEFAULT '',
    created_at_ms     bigint NOT NULL,
    updated_at_ms     bigint NOT NULL
);
CREATE INDEX transfer_store ON transfer(store_id, created_at_ms);
CREATE INDEX transfer_order ON transfer(order_id) WHERE order_id <> '';
)sql";

// v2 (as central.db v6): sales keyed by (terminal, id), so a terminal cannot take another
// terminal's sale id by pushing it first. Returns are found by their original's id.
constexpr std::string_view kV2 = R"sql(
ALTER TABLE sale DROP CONSTRAINT sale_pkey;
ALTER TABLE sale ADD PRIMARY KEY (terminal, id);
CREATE INDEX sale_by_id ON sale(id);
)sql";

} // namespace

std::span<const Migration> migrations()
{
    static const Migration steps[] = {
        {1, "the central database as central.db v4 has it; version_seq and writer_inflight", kV1},
        {2, "sales keyed by terminal and id", kV2},
    };
    return steps;
}

Result<void> migrate(PGconn *c)
{
    if (auto r = pg::command(c, "CREATE TABLE IF NOT EXISTS schema_version(version integer PRIMARY KEY, description text NOT NULL, "
                                "applied_at timestamptz NOT NULL DEFAULT now())",
                             "Creating schema_version");
        !r) {
        // Two processes creating it at once: one of them loses the race on the catalog; the table exists now.
        if (r.error().code != QLatin1String(pg::kRetryCode))
            return r;
    }
    const int newest = migrations().back().version;
    for (const Migration &m : migrations()) {
        if (auto r = pg::command(c, "BEGIN", "Starting a migration"); !r)
            return r;
        auto fail = [&](Error e) -> Result<void> {
            (void)pg::command(c, "ROLLBACK", "Rolling back a migration");
            return e;
        };
        // One migrating process at a time (any number of them may start together).
        if (auto r = pg::command(c, "SELECT pg_advisory_xact_lock(7262010014)", "Locking the schema"); !r)
            return fail(r.error());
        auto current = pg::selectInt(c, "SELECT coalesce(max(version), 0) FROM schema_version", "Reading the schema version");
        if (!current)
            return fail(current.error());
        if (current.value() > newest)
            return fail(Error{QStringLiteral("db.newer-schema"),
                              QStringLiteral("The PostgreSQL database has schema version %1, newer than this program's %2: "
                                             "use a newer omnikiosk-central")
                                  .arg(current.value())
                                  .arg(newest)});
        if (current.value() >= m.version) {
            if (auto r = pg::command(c, "COMMIT", "Ending a migration"); !r)
                return r;
            continue;
        }
        if (auto r = pg::command(c, m.sql, "Migrating the central database"); !r)
            return fail(r.error());
        if (auto r = pg::exec(c, "INSERT INTO schema_version(version, description) VALUES($1, $2)",
                              pg::Params().num(m.version).text(m.description), "Recording the schema version");
            !r)
            return fail(r.error());
        if (auto r = pg::command(c, "COMMIT", "Committing a migration"); !r)
            return r;
    }
    return {};
}

} // namespace ok::central::pgschema
