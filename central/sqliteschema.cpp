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

} // namespace

std::span<const db::Migration> centralMigrations()
{
    static const db::Migration steps[] = {
        {1, "reference data, prices, stock, orders, staff, terminals, events", kCentralV1, {}},
        {2, "staff screen language", kCentralV2, {}},
        {3, "pickup locators and slow verifiers, parcels, ID checks, notifications, refunds", kCentralV3, {}},
    };
    return steps;
}

} // namespace ok::central
