// SPDX-License-Identifier: GPL-3.0-or-later
// The schema of central.db and its migrations (SqliteStore runs them on open).
#include "central/sqliteschema.h"

namespace ok::central {

namespace {

// ------------------------------------------------------------------ schema (central.db)
// Every row that a pull stream serves carries `version`: a value of the one global change counter
// (table counter, name 'version'), taken in the transaction that last wrote the row. Indexes on
// (scope, version) make every page one index range scan.

constexpr std::string_view kCentralV1 = R"sql(
CREATE TABLE meta(
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE counter(
    name   TEXT PRIMARY KEY,
    value  INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO counter(name, value) VALUES('version', 0);

CREATE TABLE location(
    id        TEXT PRIMARY KEY,
    kind      TEXT NOT NULL CHECK(kind IN ('store','warehouse','online')),
    name      TEXT NOT NULL,
    country   TEXT,                                  -- stores: ISO 3166 code
    currency  TEXT,                                  -- stores: ISO 4217 code
    language  TEXT,                                  -- stores: the language of receipts and order lines
    version   INTEGER NOT NULL
);
CREATE INDEX location_version ON location(version);

-- Tax classes are per country; products carry a country-neutral tier (0 standard, 1 reduced,
-- 2 reduced food, 3 zero) that tax_tier maps to the country's code when the catalog is served.
CREATE TABLE tax_class(
    country  TEXT NOT NULL,
    code     TEXT NOT NULL,
    rate_bp  INTEGER NOT NULL CHECK(rate_bp BETWEEN 0 AND 10000),
    label    TEXT NOT NULL,
    version  INTEGER NOT NULL,
    PRIMARY KEY(country, code)
) WITHOUT ROWID;
CREATE INDEX tax_class_version ON tax_class(country, version);

CREATE TABLE tax_tier(
    country  TEXT NOT NULL,
    tier     INTEGER NOT NULL CHECK(tier BETWEEN 0 AND 3),
    code     TEXT NOT NULL,
    PRIMARY KEY(country, tier),
    FOREIGN KEY(country, code) REFERENCES tax_class(country, code)
) WITHOUT ROWID;

-- names and barcodes are stored as the JSON the catalog stream serves (written by us with
-- nlohmann::json, so always valid): a page is then one index range scan and string copies.
CREATE TABLE product(
    id        INTEGER PRIMARY KEY,
    sku       TEXT NOT NULL UNIQUE,
    tax_tier  INTEGER NOT NULL CHECK(tax_tier BETWEEN 0 AND 3),
    unit      TEXT NOT NULL CHECK(unit IN ('piece','kg')),
    active    INTEGER NOT NULL DEFAULT 1,
    names     TEXT NOT NULL,                         -- {"pl": "...", "en": "..."}
    barcodes  TEXT NOT NULL,                         -- ["5901234123457"]
    version   INTEGER NOT NULL
);
CREATE INDEX product_version ON product(version);

-- Prices per store with validity [valid_from, valid_to), unix seconds, server time.
CREATE TABLE price(
    store_id    TEXT NOT NULL REFERENCES location(id),
    product_id  INTEGER NOT NULL REFERENCES product(id),
    valid_from  INTEGER NOT NULL,
    valid_to    INTEGER,
    amount      INTEGER NOT NULL CHECK(amount >= 0),
    currency    TEXT NOT NULL,
    version     INTEGER NOT NULL,
    PRIMARY KEY(store_id, product_id, valid_from)
) WITHOUT ROWID;
CREATE INDEX price_version ON price(store_id, version);

CREATE TABLE stock(
    product_id   INTEGER NOT NULL REFERENCES product(id),
    location_id  TEXT NOT NULL REFERENCES location(id),
    on_hand      INTEGER NOT NULL,                   -- may go negative: facts beat forecasts
    reserved     INTEGER NOT NULL DEFAULT 0,
    in_transit   INTEGER NOT NULL DEFAULT 0,
    version      INTEGER NOT NULL,
    PRIMARY KEY(product_id, location_id)
) WITHOUT ROWID;
CREATE INDEX stock_version ON stock(version);

-- Click-and-collect orders. The pickup code is never stored: only salt and SHA-256(salt || code).
CREATE TABLE cc_order(
    id                   TEXT PRIMARY KEY,
    store_id             TEXT NOT NULL REFERENCES location(id),
    number               TEXT NOT NULL,
    customer_first_name  TEXT NOT NULL,
    contact_masked       TEXT NOT NULL,
    pickup_salt          BLOB NOT NULL,
    pickup_verifier      BLOB NOT NULL,
    compartment          TEXT,
    status               TEXT NOT NULL CHECK(status IN ('awaiting_pickup','ready','collected','cancelled','expired')),
    expires_at           INTEGER NOT NULL,
    total                INTEGER NOT NULL,
    currency             TEXT NOT NULL,
    lines                TEXT NOT NULL,              -- JSON array as the orders stream serves it
    created_at_ms        INTEGER NOT NULL,
    version              INTEGER NOT NULL,
    UNIQUE(store_id, number)
);
CREATE INDEX cc_order_version ON cc_order(store_id, version);

-- Staff: PIN verifiers only (PBKDF2-HMAC-SHA256), never PINs.
CREATE TABLE staff(
    id              TEXT PRIMARY KEY,
    name            TEXT NOT NULL,
    role            TEXT NOT NULL CHECK(role IN ('cashier','supervisor','manager')),
    store_id        TEXT REFERENCES location(id),    -- NULL: network-wide
    pin_salt        BLOB NOT NULL,
    pin_iterations  INTEGER NOT NULL CHECK(pin_iterations >= 10000),
    pin_verifier    BLOB NOT NULL,
    active          INTEGER NOT NULL DEFAULT 1,
    version         INTEGER NOT NULL
);
CREATE INDEX staff_version ON staff(version);

-- Enrolled terminals: the SHA-256 of the bearer token and of the client certificate, never the token.
CREATE TABLE terminal(
    id                 TEXT PRIMARY KEY,             -- "S001-T01"
    store_id           TEXT NOT NULL REFERENCES location(id),
    terminal_id        TEXT NOT NULL,
    token_sha256       TEXT NOT NULL UNIQUE,
    cert_sha256        TEXT NOT NULL,                -- '' when enrolled over plain HTTP (development)
    enrolled_at_ms     INTEGER NOT NULL,
    last_heartbeat_ms  INTEGER,
    last_heartbeat     TEXT
);

-- One-time enrolment codes, stored as SHA-256 of the code.
CREATE TABLE enrolment_code(
    code_sha256    TEXT PRIMARY KEY,
    store_id       TEXT NOT NULL REFERENCES location(id),
    terminal_id    TEXT NOT NULL,
    created_at_ms  INTEGER NOT NULL,
    expires_at_ms  INTEGER NOT NULL,
    used_at_ms     INTEGER
);

-- Every pushed event, and its idempotency record: (terminal, event_id) is the key, body_sha256
-- the SHA-256 of the canonical JSON of {kind, payload}, status/reason the stored answer.
CREATE TABLE event(
    seq             INTEGER PRIMARY KEY AUTOINCREMENT,
    terminal        TEXT NOT NULL,
    event_id        TEXT NOT NULL,
    kind            TEXT NOT NULL,
    body_sha256     TEXT NOT NULL,
    payload         TEXT NOT NULL,
    created_at_ms   INTEGER,
    received_at_ms  INTEGER NOT NULL,
    status          TEXT NOT NULL CHECK(status IN ('accepted','rejected')),
    reason          TEXT,
    UNIQUE(terminal, event_id)
);
CREATE INDEX event_terminal ON event(terminal, seq);

-- Sales and returns recorded from events: one row per sale id, whichever event brought it.
CREATE TABLE sale(
    id                TEXT PRIMARY KEY,
    kind              TEXT NOT NULL CHECK(kind IN ('sale','return')),
    store_id          TEXT NOT NULL,
    terminal          TEXT NOT NULL,
    receipt_no        INTEGER,
    total             INTEGER NOT NULL,
    currency          TEXT NOT NULL,
    original_sale_id  TEXT,
    event_seq         INTEGER NOT NULL REFERENCES event(seq)
);

CREATE TABLE exception(
    id             INTEGER PRIMARY KEY,
    created_at_ms  INTEGER NOT NULL,
    kind           TEXT NOT NULL,
    terminal       TEXT,
    event_id       TEXT,
    ref            TEXT,
    message        TEXT NOT NULL
);

CREATE TABLE alarm(
    id             INTEGER PRIMARY KEY,
    created_at_ms  INTEGER NOT NULL,
    kind           TEXT NOT NULL,
    terminal       TEXT,
    event_id       TEXT,
    message        TEXT NOT NULL,
    detail         TEXT
);
)sql";

// Each staff member's screen language, sent to the terminals with the staff stream.
constexpr std::string_view kCentralV2 = R"sql(
ALTER TABLE staff ADD COLUMN language TEXT NOT NULL DEFAULT '' CHECK(language IN ('', 'en', 'pl', 'it', 'ru', 'nb'));
)sql";

// Pickup codes with a locator and a slow verifier (docs/pickup.md), parcels in several
// compartments, the ID check; the customer notification record and refunds of refused goods.
// Old orders keep pickup_iterations 0: their SHA-256 verifier cannot be checked at a kiosk, the
// orders stream serves them without a locator and staff hand them over.
constexpr std::string_view kCentralV3 = R"sql(
ALTER TABLE cc_order ADD COLUMN pickup_locator TEXT NOT NULL DEFAULT '';
ALTER TABLE cc_order ADD COLUMN pickup_iterations INTEGER NOT NULL DEFAULT 0;
ALTER TABLE cc_order ADD COLUMN parcels INTEGER NOT NULL DEFAULT 1 CHECK(parcels BETWEEN 1 AND 20);
ALTER TABLE cc_order ADD COLUMN id_check INTEGER NOT NULL DEFAULT 0;
ALTER TABLE cc_order ADD COLUMN compartments TEXT NOT NULL DEFAULT '[]';   -- JSON array; compartment = the first
UPDATE cc_order SET compartments = json_array(compartment) WHERE compartment IS NOT NULL;
-- Locators of open orders are drawn to be unique per store: the lookup is this index.
CREATE INDEX cc_order_open_locator ON cc_order(store_id, pickup_locator)
    WHERE status IN ('awaiting_pickup', 'ready');

-- What the customer would be told (no SMS is sent). Never a pickup code or token.
CREATE TABLE cc_notification(
    id              INTEGER PRIMARY KEY,
    order_id        TEXT NOT NULL,
    store_id        TEXT NOT NULL,
    kind            TEXT NOT NULL,                   -- order.ready, order.extended
    contact_masked  TEXT NOT NULL,
    created_at_ms   INTEGER NOT NULL,
    detail          TEXT NOT NULL
);
CREATE INDEX cc_notification_order ON cc_notification(order_id);

-- Money owed back for goods the customer refused at the handover (event order.refused).
CREATE TABLE cc_refund(
    id             INTEGER PRIMARY KEY,
    order_id       TEXT NOT NULL,
    terminal       TEXT NOT NULL,
    event_id       TEXT NOT NULL,
    lines          TEXT NOT NULL,                    -- [{"line_no", "quantity", "amount"}]
    amount         INTEGER NOT NULL CHECK(amount >= 0),
    currency       TEXT NOT NULL,
    method         TEXT NOT NULL,                    -- original-payment
    created_at_ms  INTEGER NOT NULL
);
CREATE INDEX cc_refund_order ON cc_refund(order_id);
)sql";

// Issue 13, one truth across channels (docs/central.md, "Customers, web orders, holds and
// transfers"). Catalog attributes for variants and search, the city of a location, channel
// promotions on price rows; customers with their points ledger and redemptions, web and app
// orders, holds with their expiry, transfer requests. Refunds also record web returns, which
// name their store, the payment they go back to and the return's own id.
constexpr std::string_view kCentralV4 = R"sql(
ALTER TABLE product ADD COLUMN brand TEXT NOT NULL DEFAULT '';
ALTER TABLE product ADD COLUMN model TEXT NOT NULL DEFAULT '';
ALTER TABLE product ADD COLUMN size TEXT NOT NULL DEFAULT '';
ALTER TABLE product ADD COLUMN colour TEXT NOT NULL DEFAULT '';       -- JSON object by language, '' = none
ALTER TABLE product ADD COLUMN popularity INTEGER NOT NULL DEFAULT 0 CHECK(popularity >= 0);
ALTER TABLE location ADD COLUMN city TEXT NOT NULL DEFAULT '';
ALTER TABLE price ADD COLUMN promotion TEXT NOT NULL DEFAULT '';      -- a channel promotion's name
ALTER TABLE price ADD COLUMN regular_amount INTEGER;                  -- with a promotion: the price outside it

ALTER TABLE cc_refund ADD COLUMN store_id TEXT NOT NULL DEFAULT '';   -- web returns: the store that paid or took it
ALTER TABLE cc_refund ADD COLUMN reference TEXT NOT NULL DEFAULT '';  -- the payment refunded to (original-payment)
ALTER TABLE cc_refund ADD COLUMN return_id TEXT NOT NULL DEFAULT '';  -- web returns: the terminal's return id
CREATE INDEX cc_refund_return ON cc_refund(return_id) WHERE return_id <> '';

-- Customers. Contacts are stored in full (the web shop needs them) and only ever served masked.
-- email is lower case, phone digits only with the country code: lookups are exact matches.
CREATE TABLE customer(
    id             TEXT PRIMARY KEY,                 -- "C00001"
    loyalty_id     TEXT NOT NULL UNIQUE,             -- EAN-13 with prefix 298
    name           TEXT NOT NULL,
    email          TEXT NOT NULL,
    phone          TEXT NOT NULL,
    home_store_id  TEXT NOT NULL REFERENCES location(id),
    currency       TEXT NOT NULL,                    -- of the store credit
    points         INTEGER NOT NULL CHECK(points >= 0),
    store_credit   INTEGER NOT NULL DEFAULT 0 CHECK(store_credit >= 0),
    created_at_ms  INTEGER NOT NULL
);
CREATE INDEX customer_email ON customer(email);
CREATE INDEX customer_phone ON customer(phone);

CREATE TABLE customer_promotion(
    customer_id  TEXT NOT NULL REFERENCES customer(id),
    id           TEXT NOT NULL,
    name         TEXT NOT NULL,
    percent_bp   INTEGER NOT NULL CHECK(percent_bp BETWEEN 1 AND 10000),
    PRIMARY KEY(customer_id, id)
) WITHOUT ROWID;

-- Every change of a customer's points, with what caused it: (kind, ref) is unique, so an earn,
-- a redemption or its cancellation is applied once whatever repeats it. sale_id: the sale a
-- row is about (earn: the sale; return: the original sale), basis: the money it was computed on.
CREATE TABLE points_ledger(
    id             INTEGER PRIMARY KEY,
    customer_id    TEXT NOT NULL REFERENCES customer(id),
    kind           TEXT NOT NULL CHECK(kind IN ('earn','return','redeem','cancel','adjust')),
    ref            TEXT NOT NULL,
    points         INTEGER NOT NULL,                 -- signed
    balance        INTEGER NOT NULL CHECK(balance >= 0),
    basis          INTEGER NOT NULL DEFAULT 0,
    sale_id        TEXT NOT NULL DEFAULT '',
    store_id       TEXT NOT NULL DEFAULT '',
    created_at_ms  INTEGER NOT NULL,
    detail         TEXT NOT NULL DEFAULT '',
    UNIQUE(kind, ref)
);
CREATE INDEX points_ledger_customer ON points_ledger(customer_id, id);
CREATE INDEX points_ledger_sale ON points_ledger(sale_id) WHERE sale_id <> '';

-- Points redeemed as a tender (POST /v1/loyalty/redeem), idempotent by id and body.
CREATE TABLE redemption(
    id             TEXT PRIMARY KEY,
    customer_id    TEXT NOT NULL REFERENCES customer(id),
    points         INTEGER NOT NULL CHECK(points > 0),
    amount         INTEGER NOT NULL,
    currency       TEXT NOT NULL,
    sale_id        TEXT NOT NULL,
    store_id       TEXT NOT NULL,
    terminal       TEXT NOT NULL,
    body_sha256    TEXT NOT NULL,
    balance_after  INTEGER NOT NULL,
    state          TEXT NOT NULL CHECK(state IN ('redeemed','used','cancelled')),
    used_by_sale   TEXT NOT NULL DEFAULT '',
    created_at_ms  INTEGER NOT NULL
);

-- Web and app orders. Lines (with what was returned of each), payments and history are JSON
-- written by us; cc_order_id: the click-and-collect order made when it is collected in a store.
CREATE TABLE web_order(
    id             TEXT PRIMARY KEY,                 -- "WEB-200001"
    number         TEXT NOT NULL UNIQUE,             -- "W200001"
    channel        TEXT NOT NULL CHECK(channel IN ('web','app')),
    customer_id    TEXT NOT NULL REFERENCES customer(id),
    status         TEXT NOT NULL CHECK(status IN ('paid','shipped','delivered','collect_in_store','collected','returned','cancelled')),
    delivery       TEXT NOT NULL CHECK(delivery IN ('home','store')),
    store_id       TEXT NOT NULL DEFAULT '',
    created_at_ms  INTEGER NOT NULL,
    total          INTEGER NOT NULL,
    currency       TEXT NOT NULL,
    lines          TEXT NOT NULL,
    payments       TEXT NOT NULL,
    history        TEXT NOT NULL,
    cc_order_id    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX web_order_customer ON web_order(customer_id, created_at_ms);
CREATE INDEX web_order_cc ON web_order(cc_order_id) WHERE cc_order_id <> '';

-- Holds of goods for a customer at a store (reservation.requested with a hold_id).
CREATE TABLE hold(
    id             TEXT PRIMARY KEY,
    store_id       TEXT NOT NULL,
    product_id     INTEGER NOT NULL,
    quantity       INTEGER NOT NULL CHECK(quantity BETWEEN 1 AND 1000),
    expires_at     INTEGER NOT NULL,                 -- unix s
    customer_name  TEXT NOT NULL DEFAULT '',
    staff_id       TEXT NOT NULL DEFAULT '',
    terminal       TEXT NOT NULL,
    event_id       TEXT NOT NULL,
    state          TEXT NOT NULL CHECK(state IN ('active','expired','released')),
    created_at_ms  INTEGER NOT NULL,
    ended_at_ms    INTEGER,
    end_reason     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX hold_due ON hold(expires_at) WHERE state = 'active';
CREATE INDEX hold_store ON hold(store_id, created_at_ms);

-- Ship-to-store and ship-to-home requests (transfer.requested).
CREATE TABLE transfer(
    id                TEXT PRIMARY KEY,              -- request_id
    store_id          TEXT NOT NULL,                 -- the requesting store
    terminal          TEXT NOT NULL,
    product_id        INTEGER NOT NULL,
    quantity          INTEGER NOT NULL CHECK(quantity BETWEEN 1 AND 1000),
    from_location     TEXT NOT NULL,
    destination       TEXT NOT NULL CHECK(destination IN ('store','home')),
    customer_name     TEXT NOT NULL,
    customer_phone    TEXT NOT NULL DEFAULT '',
    customer_email    TEXT NOT NULL DEFAULT '',
    customer_address  TEXT NOT NULL DEFAULT '',
    staff_id          TEXT NOT NULL DEFAULT '',
    state             TEXT NOT NULL CHECK(state IN ('requested','shipped','arrived','delivered','collected','cancelled')),
    order_id          TEXT NOT NULL DEFAULT '',
    created_at_ms     INTEGER NOT NULL,
    updated_at_ms     INTEGER NOT NULL
);
CREATE INDEX transfer_store ON transfer(store_id, created_at_ms);
CREATE INDEX transfer_order ON transfer(order_id) WHERE order_id <> '';
)sql";

// v5: a terminal's stock stream reads its own store's and the shared locations' rows by range.
constexpr std::string_view kCentralV5 = R"sql(
CREATE INDEX stock_location_version ON stock(location_id, version);
)sql";

// Sales keyed by (terminal, id): a terminal cannot take another terminal's sale id by pushing it
// first. Returns are found by their original's id.
constexpr std::string_view kCentralV6 = R"sql(
CREATE TABLE sale_v6(
    id                TEXT NOT NULL,
    kind              TEXT NOT NULL CHECK(kind IN ('sale','return')),
    store_id          TEXT NOT NULL,
    terminal          TEXT NOT NULL,
    receipt_no        INTEGER,
    total             INTEGER NOT NULL,
    currency          TEXT NOT NULL,
    original_sale_id  TEXT,
    event_seq         INTEGER NOT NULL REFERENCES event(seq),
    PRIMARY KEY(terminal, id)
) WITHOUT ROWID;
INSERT INTO sale_v6(id, kind, store_id, terminal, receipt_no, total, currency, original_sale_id, event_seq)
    SELECT id, kind, store_id, terminal, receipt_no, total, currency, original_sale_id, event_seq FROM sale;
DROP TABLE sale;
ALTER TABLE sale_v6 RENAME TO sale;
CREATE INDEX sale_by_id ON sale(id);
CREATE INDEX sale_original ON sale(original_sale_id) WHERE original_sale_id IS NOT NULL;
)sql";

} // namespace

std::span<const db::Migration> centralMigrations()
{
    static const db::Migration steps[] = {
        {1, "reference data, prices, stock, orders, staff, terminals, events", kCentralV1, {}},
        {2, "staff screen language", kCentralV2, {}},
        {3, "pickup locators and slow verifiers, parcels, ID checks, notifications, refunds", kCentralV3, {}},
        {4, "catalog variants, cities, channel promotions, customers and points, web orders, holds, transfers", kCentralV4, {}},
        {5, "stock streams by location", kCentralV5, {}},
        {6, "sales keyed by terminal and id", kCentralV6, {}},
    };
    return steps;
}

} // namespace ok::central
