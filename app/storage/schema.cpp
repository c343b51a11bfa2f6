// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/schema.h"

#include "storage/sqlite.h"

namespace ok::db {

namespace {

// ------------------------------------------------------------------ ledger.db
// Amounts are integers in minor units of the row's currency. Timestamps from the terminal clock
// (created_at, ms since epoch UTC) are informational: ordering uses sequence numbers.

constexpr std::string_view kLedgerV1 = R"sql(
CREATE TABLE counter(
    name  TEXT PRIMARY KEY,
    value INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE sale(
    id              TEXT PRIMARY KEY,              -- UUID made on this terminal
    kind            TEXT NOT NULL CHECK(kind IN ('sale','return','exchange')),
    store_id        TEXT NOT NULL,
    terminal_id     TEXT NOT NULL,
    receipt_no      INTEGER NOT NULL,              -- gap-free per terminal
    cashier_id      TEXT,
    created_at      INTEGER NOT NULL,
    currency        TEXT NOT NULL,
    subtotal        INTEGER NOT NULL,
    discount_total  INTEGER NOT NULL,
    tax_total       INTEGER NOT NULL,
    total           INTEGER NOT NULL,
    cash_rounding   INTEGER NOT NULL DEFAULT 0,
    line_count      INTEGER NOT NULL CHECK(line_count > 0),
    tender_count    INTEGER NOT NULL,
    UNIQUE(terminal_id, receipt_no)
);

CREATE TABLE sale_line(
    sale_id     TEXT NOT NULL REFERENCES sale(id),
    line_no     INTEGER NOT NULL,
    product_id  INTEGER NOT NULL,
    sku         TEXT NOT NULL,
    name        TEXT NOT NULL,
    quantity    INTEGER NOT NULL,                  -- pieces, or grams for weighed goods
    unit        TEXT NOT NULL CHECK(unit IN ('piece','gram')),
    unit_price  INTEGER NOT NULL,                  -- per piece, or per kg
    discount    INTEGER NOT NULL,
    amount      INTEGER NOT NULL,
    tax_code    TEXT NOT NULL,
    tax_bp      INTEGER NOT NULL,
    PRIMARY KEY(sale_id, line_no)
) WITHOUT ROWID;

CREATE TABLE sale_tax(
    sale_id   TEXT NOT NULL REFERENCES sale(id),
    tax_code  TEXT NOT NULL,
    tax_bp    INTEGER NOT NULL,
    net       INTEGER NOT NULL,
    tax       INTEGER NOT NULL,
    gross     INTEGER NOT NULL,
    PRIMARY KEY(sale_id, tax_code)
) WITHOUT ROWID;

CREATE TABLE tender(
    sale_id       TEXT NOT NULL REFERENCES sale(id),
    seq           INTEGER NOT NULL,
    kind          TEXT NOT NULL CHECK(kind IN ('cash','card','voucher','store_credit')),
    amount        INTEGER NOT NULL,
    change_given  INTEGER NOT NULL DEFAULT 0,
    reference     TEXT,                            -- authorisation code, never card data
    PRIMARY KEY(sale_id, seq)
) WITHOUT ROWID;

CREATE TABLE stock_delta(
    event_id     TEXT NOT NULL,                    -- the outbox event that carries it
    product_id   INTEGER NOT NULL,
    location_id  TEXT NOT NULL,
    delta        INTEGER NOT NULL,
    PRIMARY KEY(event_id, product_id, location_id)
) WITHOUT ROWID;

CREATE TABLE cash_movement(
    id          TEXT PRIMARY KEY,
    shift_id    TEXT,
    kind        TEXT NOT NULL CHECK(kind IN ('float','cash_in','cash_out','no_sale','sale','refund')),
    amount      INTEGER NOT NULL,
    currency    TEXT NOT NULL,
    reason      TEXT,
    staff_id    TEXT,
    ref         TEXT,
    created_at  INTEGER NOT NULL
);

-- Hash-chained journal: hash = SHA-256(prev_hash || canonical entry). See storage/journal.h.
CREATE TABLE journal(
    seq         INTEGER PRIMARY KEY,
    created_at  INTEGER NOT NULL,
    kind        TEXT NOT NULL,
    ref         TEXT NOT NULL,
    actor       TEXT NOT NULL,
    payload     TEXT NOT NULL,
    prev_hash   BLOB NOT NULL,
    hash        BLOB NOT NULL
);
CREATE INDEX journal_ref ON journal(ref);

-- Transactional outbox: written in the same transaction as the fact it reports; a row leaves
-- 'pending' only when the central service acknowledged it ('acked') or rejected it ('dead').
CREATE TABLE outbox(
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id    TEXT NOT NULL UNIQUE,
    kind        TEXT NOT NULL,
    ref         TEXT NOT NULL,                     -- the business fact it reports (sale id ...)
    payload     TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    state       TEXT NOT NULL DEFAULT 'pending' CHECK(state IN ('pending','acked','dead')),
    attempts    INTEGER NOT NULL DEFAULT 0,
    last_error  TEXT,
    acked_at    INTEGER
);
)sql";

constexpr std::string_view kLedgerV2 = R"sql(
-- Receipt printing state: a committed sale whose receipt did not print is offered for reprint
-- after a restart, never rung again.
ALTER TABLE sale ADD COLUMN receipt_printed_at INTEGER;
CREATE INDEX sale_unprinted ON sale(receipt_no) WHERE receipt_printed_at IS NULL;
CREATE INDEX outbox_pending ON outbox(seq) WHERE state = 'pending';
CREATE INDEX outbox_ref ON outbox(ref);
)sql";

// The print spooler's queue (app/services/printspooler.h). A job holds the bytes already encoded
// for its printer, so what is reprinted after a restart is exactly what was meant to print.
// 'sending' is written (and committed) before the first byte goes to the printer; a job found
// 'sending' at start-up was interrupted by a crash and becomes 'uncertain': staff decide, the
// spooler never prints it again on its own.
constexpr std::string_view kLedgerV3 = R"sql(
CREATE TABLE print_job(
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    printer     TEXT NOT NULL,                     -- the [device.NAME] whose queue holds it
    kind        TEXT NOT NULL CHECK(kind IN ('receipt','report','test')),
    ref         TEXT NOT NULL DEFAULT '',          -- receipt: the sale id
    label       TEXT NOT NULL DEFAULT '',          -- for staff: "Receipt 42", "Test print"
    payload     BLOB NOT NULL,                     -- ESC/POS bytes for the printer's profile
    copy        INTEGER NOT NULL DEFAULT 0 CHECK(copy IN (0,1)),
    copy_of     INTEGER REFERENCES print_job(id) ON DELETE SET NULL,
    state       TEXT NOT NULL DEFAULT 'queued'
                CHECK(state IN ('queued','sending','printed','cancelled','uncertain')),
    attempts    INTEGER NOT NULL DEFAULT 0,
    last_error  TEXT,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    printed_at  INTEGER
);
CREATE INDEX print_job_open ON print_job(printer, id) WHERE state IN ('queued','sending','uncertain');
CREATE INDEX print_job_ref ON print_job(ref) WHERE ref <> '';
)sql";


// The till (docs/pos.md): shifts with their float and Z count, what a sale returns, supervisor
// approvals, the basket in progress (and parked ones), and staff PIN lockouts.
constexpr std::string_view kLedgerV4 = R"sql(
CREATE TABLE shift(
    id              TEXT PRIMARY KEY,              -- UUID made on this terminal
    terminal_id     TEXT NOT NULL,
    opened_by       TEXT NOT NULL,
    opened_at       INTEGER NOT NULL,
    currency        TEXT NOT NULL,
    float_amount    INTEGER NOT NULL CHECK(float_amount >= 0),
    float_counts    TEXT NOT NULL,                 -- JSON {"denomination": count}
    closed_at       INTEGER,
    closed_by       TEXT,
    z_no            INTEGER,                       -- gap-free per terminal
    expected_cash   INTEGER,
    counted_cash    INTEGER,
    counted_counts  TEXT,
    approved_by     TEXT,                          -- manager who accepted a difference
    approval_reason TEXT,
    UNIQUE(terminal_id, z_no)
);
-- At most one open shift per terminal.
CREATE UNIQUE INDEX shift_open ON shift(terminal_id) WHERE closed_at IS NULL;

ALTER TABLE sale ADD COLUMN shift_id TEXT REFERENCES shift(id);
ALTER TABLE sale ADD COLUMN original_sale_id TEXT REFERENCES sale(id);
ALTER TABLE sale ADD COLUMN customer TEXT;
ALTER TABLE sale ADD COLUMN approvals TEXT;    -- JSON [{"action","staff_id","reason"}]
ALTER TABLE sale_line ADD COLUMN return_of_line INTEGER;  -- line_no in original_sale_id
ALTER TABLE sale_line ADD COLUMN note TEXT;               -- price override / discount reason
ALTER TABLE cash_movement ADD COLUMN approved_by TEXT;
CREATE INDEX sale_shift ON sale(shift_id);
CREATE INDEX sale_original ON sale(original_sale_id) WHERE original_sale_id IS NOT NULL;
CREATE INDEX cash_movement_shift ON cash_movement(shift_id);

-- The basket in progress ('current') and parked ones ('parked:<uuid>'), rewritten on every
-- change so that a crash or power loss restarts into the same basket. A sale's commit deletes
-- its draft in the same transaction: a committed sale is never restored and rung again.
CREATE TABLE basket_draft(
    slot        TEXT PRIMARY KEY,
    cashier_id  TEXT,
    label       TEXT NOT NULL DEFAULT '',
    payload     TEXT NOT NULL,                 -- JSON, see services/till.cpp
    updated_at  INTEGER NOT NULL
) WITHOUT ROWID;

-- Failed PIN attempts per staff member on this terminal; survives a restart.
CREATE TABLE staff_lockout(
    staff_id      TEXT PRIMARY KEY,
    failures      INTEGER NOT NULL,
    locked_until  INTEGER NOT NULL               -- terminal ms; 0 = not locked
) WITHOUT ROWID;
)sql";

// The dead-letter list on the staff sync screen and the refused count of every sync cycle.
constexpr std::string_view kLedgerV5 = R"sql(
CREATE INDEX outbox_dead ON outbox(seq) WHERE state = 'dead';
)sql";

// Returns of another terminal's sale (looked up live at the central service): that original is
// not in this ledger, so it cannot be original_sale_id (a foreign key to sale).
constexpr std::string_view kLedgerV6 = R"sql(
ALTER TABLE sale ADD COLUMN remote_original_sale_id TEXT;
CREATE INDEX sale_remote_original ON sale(remote_original_sale_id) WHERE remote_original_sale_id IS NOT NULL;
)sql";

// PIN lockouts that follow the monotonic clock (docs/pos.md, "Sign-in and lockout"): the wall
// clock set back a year must not lock staff out for a year, nor set forward clear a lockout.
// `locked_until` stays (terminal wall clock, for people and for another boot); the deadline on
// the monotonic clock decides while the machine has not rebooted (`boot_id`).
constexpr std::string_view kLedgerV7 = R"sql(
ALTER TABLE staff_lockout ADD COLUMN locked_until_mono INTEGER NOT NULL DEFAULT 0;
ALTER TABLE staff_lockout ADD COLUMN boot_id TEXT NOT NULL DEFAULT '';
)sql";

constexpr std::string_view kLedgerV8 = R"sql(
ALTER TABLE sale ADD COLUMN prices_include_tax INTEGER NOT NULL DEFAULT 1 CHECK(prices_include_tax IN (0, 1));
)sql";

// Each staff member's own settings on this terminal: the language of the staff screens.
constexpr std::string_view kLedgerV9 = R"sql(
CREATE TABLE staff_setting(
    staff_id  TEXT PRIMARY KEY,
    language  TEXT NOT NULL CHECK(language IN ('en', 'pl', 'it', 'ru', 'nb'))
) WITHOUT ROWID;
)sql";

// Click-and-collect at this terminal (docs/pickup.md): failed pickup attempts per order and per
// terminal, kept across restarts, and what this terminal did to an order ahead of the orders
// stream (loaded, handed over, returned to stock, extended), which wins until the stream shows it.
constexpr std::string_view kLedgerV10 = R"sql(
CREATE TABLE pickup_order_guard(
    order_id         TEXT PRIMARY KEY,
    failures         INTEGER NOT NULL DEFAULT 0 CHECK(failures >= 0),
    locked_at        INTEGER,             -- unix ms; NULL = not locked
    last_failure_at  INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

CREATE TABLE pickup_terminal_guard(
    id               INTEGER PRIMARY KEY CHECK(id = 1),
    failures         INTEGER NOT NULL DEFAULT 0 CHECK(failures >= 0), -- consecutive failed attempts
    last_failure_at  INTEGER NOT NULL DEFAULT 0                       -- unix ms
);

CREATE TABLE pickup_local(
    order_id      TEXT PRIMARY KEY,
    status        TEXT NOT NULL CHECK(status IN ('ready','collected','expired','cancelled')),
    compartments  TEXT NOT NULL DEFAULT '',  -- comma-separated; '' = at the counter
    expires_at    INTEGER,                   -- unix s, after an extension
    updated_at    INTEGER NOT NULL           -- unix ms
) WITHOUT ROWID;
)sql";

// What staff did across channels at this terminal (docs/channels.md): holds, ship-to-store and
// ship-to-home requests, stock counts, web orders moved to this store and returned here. Each row
// is the local record of one outbox event (its state is the event's); no customer contact is
// kept here (a hold has only the name staff typed for the shelf label).
constexpr std::string_view kLedgerV11 = R"sql(
CREATE TABLE store_action(
    id           TEXT PRIMARY KEY,            -- hold id, request id, count id, return id
    kind         TEXT NOT NULL CHECK(kind IN ('hold','transfer','count','collect_here','web_return')),
    product_id   INTEGER,                     -- hold, transfer, count
    product_name TEXT NOT NULL DEFAULT '',    -- as shown when it was done (the lists show it offline)
    quantity     INTEGER,                     -- hold, transfer: pieces; count: the count
    location_id  TEXT NOT NULL DEFAULT '',    -- hold, count: this store; transfer: where from
    label        TEXT NOT NULL DEFAULT '',    -- hold: for whom; transfer: "store"/"home"; web: the order number
    amount       INTEGER,                     -- web return: the refund, minor units
    expires_at   INTEGER,                     -- hold: unix s
    released_at  INTEGER,                     -- hold: unix ms, released here
    staff_id     TEXT NOT NULL,
    created_at   INTEGER NOT NULL,            -- unix ms
    event_id     TEXT NOT NULL UNIQUE         -- its outbox event
) WITHOUT ROWID;
CREATE INDEX store_action_kind ON store_action(kind, created_at);

-- Loyalty points are a tender (the redemption id is its reference): the tender table is rebuilt
-- with the kind allowed, its rows copied as they are (SQLite cannot alter a CHECK in place).
CREATE TABLE tender_v11(
    sale_id       TEXT NOT NULL REFERENCES sale(id),
    seq           INTEGER NOT NULL,
    kind          TEXT NOT NULL CHECK(kind IN ('cash','card','voucher','store_credit','loyalty')),
    amount        INTEGER NOT NULL,
    change_given  INTEGER NOT NULL DEFAULT 0,
    reference     TEXT,                            -- authorisation code or redemption id, never card data
    PRIMARY KEY(sale_id, seq)
) WITHOUT ROWID;
INSERT INTO tender_v11(sale_id, seq, kind, amount, change_given, reference)
    SELECT sale_id, seq, kind, amount, change_given, reference FROM tender;
DROP TABLE tender;
ALTER TABLE tender_v11 RENAME TO tender;
)sql";

const Migration kLedger[] = {
    {1, "sales, tenders, cash, journal, outbox", kLedgerV1, {}},
    {2, "receipt printing state, pending-outbox index", kLedgerV2, {}},
    {3, "print spooler queue", kLedgerV3, {}},
    {4, "shifts, returns, approvals, basket drafts, PIN lockouts", kLedgerV4, {}},
    {5, "dead-letter index", kLedgerV5, {}},
    {6, "returns of other terminals' sales", kLedgerV6, {}},
    {7, "PIN lockouts on the monotonic clock", kLedgerV7, {}},
    {8, "sales of stores whose prices exclude tax", kLedgerV8, {}},
    {9, "staff members' screen language", kLedgerV9, {}},
    {10, "click-and-collect attempts and local order states", kLedgerV10, {}},
    {11, "holds, transfers, counts and web returns made here; loyalty points as a tender", kLedgerV11, {}},
};

// ------------------------------------------------------------------ cache.db

constexpr std::string_view kCacheV1 = R"sql(
CREATE TABLE tax_class(
    code     TEXT PRIMARY KEY,
    rate_bp  INTEGER NOT NULL CHECK(rate_bp BETWEEN 0 AND 10000),
    label    TEXT NOT NULL
);

CREATE TABLE product(
    id         INTEGER PRIMARY KEY,               -- central product id
    sku        TEXT NOT NULL UNIQUE,
    tax_class  TEXT NOT NULL REFERENCES tax_class(code),
    unit       TEXT NOT NULL CHECK(unit IN ('piece','kg')),
    active     INTEGER NOT NULL DEFAULT 1,
    version    INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE product_name(
    product_id  INTEGER NOT NULL REFERENCES product(id) ON DELETE CASCADE,
    lang        TEXT NOT NULL,
    name        TEXT NOT NULL,
    PRIMARY KEY(product_id, lang)
) WITHOUT ROWID;

-- Several barcodes per product (multipacks, old and new packaging).
CREATE TABLE barcode(
    code        TEXT PRIMARY KEY,
    product_id  INTEGER NOT NULL REFERENCES product(id) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX barcode_product ON barcode(product_id);

-- Prices of this store with validity [valid_from, valid_to) in server time (unix seconds).
CREATE TABLE price(
    store_id    TEXT NOT NULL,
    product_id  INTEGER NOT NULL REFERENCES product(id) ON DELETE CASCADE,
    valid_from  INTEGER NOT NULL,
    valid_to    INTEGER,
    amount      INTEGER NOT NULL CHECK(amount >= 0),
    currency    TEXT NOT NULL,
    PRIMARY KEY(store_id, product_id, valid_from)
) WITHOUT ROWID;

CREATE TABLE location(
    id    TEXT PRIMARY KEY,
    kind  TEXT NOT NULL CHECK(kind IN ('store','warehouse','online')),
    name  TEXT NOT NULL
);

-- Stock per product and location, as last told by the central system.
CREATE TABLE stock(
    product_id   INTEGER NOT NULL REFERENCES product(id) ON DELETE CASCADE,
    location_id  TEXT NOT NULL REFERENCES location(id),
    on_hand      INTEGER NOT NULL,
    reserved     INTEGER NOT NULL DEFAULT 0,       -- held for online orders
    in_transit   INTEGER NOT NULL DEFAULT 0,
    version      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY(product_id, location_id)
) WITHOUT ROWID;

-- Click-and-collect orders for this store. The pickup code itself is never stored: only a salted
-- verifier the terminal checks a typed or scanned code against.
CREATE TABLE cc_order(
    id                   TEXT PRIMARY KEY,
    store_id             TEXT NOT NULL,
    number               TEXT NOT NULL UNIQUE,
    customer_first_name  TEXT NOT NULL,
    contact_masked       TEXT NOT NULL,
    pickup_salt          BLOB NOT NULL,
    pickup_verifier      BLOB NOT NULL,
    compartment          TEXT,                      -- locker compartment, NULL = counter
    status               TEXT NOT NULL CHECK(status IN ('awaiting_pickup','ready','collected','cancelled','expired')),
    expires_at           INTEGER NOT NULL,
    total                INTEGER NOT NULL,
    currency             TEXT NOT NULL,
    version              INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE cc_order_line(
    order_id    TEXT NOT NULL REFERENCES cc_order(id) ON DELETE CASCADE,
    line_no     INTEGER NOT NULL,
    product_id  INTEGER NOT NULL,
    name        TEXT NOT NULL,
    quantity    INTEGER NOT NULL CHECK(quantity > 0),
    PRIMARY KEY(order_id, line_no)
) WITHOUT ROWID;

-- Server-issued cursors per pull stream, stored in the same transaction as the page they follow.
CREATE TABLE sync_cursor(
    stream      TEXT PRIMARY KEY,
    cursor      TEXT NOT NULL,
    updated_at  INTEGER NOT NULL
);
)sql";

// Search: the folded text (names in every language, SKU, barcodes) lives in product.search_terms
// and is indexed by an external-content FTS5 table. Folding (ok_fold, see core/textfold.h) is done
// by us, not by the tokenizer, because unicode61 does not fold ł, ø, æ, ß, ё.
constexpr std::string_view kCacheV2 = R"sql(
ALTER TABLE product ADD COLUMN search_terms TEXT NOT NULL DEFAULT '';
CREATE VIRTUAL TABLE product_search USING fts5(
    search_terms, content='product', content_rowid='id',
    tokenize="unicode61 remove_diacritics 0", prefix='1 2 3');
UPDATE product SET search_terms = ok_fold(
    sku || ' ' || coalesce((SELECT group_concat(name, ' ') FROM product_name WHERE product_id = product.id), '')
        || ' ' || coalesce((SELECT group_concat(code, ' ') FROM barcode WHERE product_id = product.id), ''));
INSERT INTO product_search(product_search) VALUES('rebuild');
)sql";

// Staff accounts (PIN verifiers only, never PINs) and per-stream sync health. Every pulled row
// keeps the central version it was sent with: the stream checksums are computed over them.
constexpr std::string_view kCacheV3 = R"sql(
ALTER TABLE price ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE tax_class ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE location ADD COLUMN version INTEGER NOT NULL DEFAULT 0;

CREATE TABLE staff(
    id              TEXT PRIMARY KEY,
    name            TEXT NOT NULL,
    role            TEXT NOT NULL CHECK(role IN ('cashier','supervisor','manager')),
    store_id        TEXT,                          -- NULL: network-wide (area managers)
    pin_salt        BLOB NOT NULL,
    pin_iterations  INTEGER NOT NULL CHECK(pin_iterations >= 10000),
    pin_verifier    BLOB NOT NULL,
    active          INTEGER NOT NULL DEFAULT 1,
    version         INTEGER NOT NULL DEFAULT 0
);

-- What the last pull of each stream found; the cursor itself stays in sync_cursor, written in
-- the same transaction as the page it follows.
CREATE TABLE sync_stream(
    stream          TEXT PRIMARY KEY,
    last_ok_at      INTEGER,                       -- terminal ms of the last page that applied
    last_error      TEXT,
    last_error_at   INTEGER,
    rows_applied    INTEGER NOT NULL DEFAULT 0,
    -- 1 while an initial catalog pull writes products without touching the FTS index (much
    -- faster); the index is rebuilt once when the stream has caught up. Survives a crash.
    search_stale    INTEGER NOT NULL DEFAULT 0
);
)sql";

// A stream pulled again from zero must end with exactly the central service's rows
// (docs/storage.md, "Pulling a stream again"): every pulled row carries the generation of the
// pull that last brought it, sync_stream the stream's current generation and whether a sweep of
// the older ones waits for the re-pull to catch up. Rows already here start at generation 0, the
// same as their stream: nothing is marked.
constexpr std::string_view kCacheV4 = R"sql(
ALTER TABLE tax_class ADD COLUMN sync_gen INTEGER NOT NULL DEFAULT 0;
ALTER TABLE location ADD COLUMN sync_gen INTEGER NOT NULL DEFAULT 0;
ALTER TABLE product ADD COLUMN sync_gen INTEGER NOT NULL DEFAULT 0;
ALTER TABLE price ADD COLUMN sync_gen INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stock ADD COLUMN sync_gen INTEGER NOT NULL DEFAULT 0;
ALTER TABLE cc_order ADD COLUMN sync_gen INTEGER NOT NULL DEFAULT 0;
ALTER TABLE staff ADD COLUMN sync_gen INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sync_stream ADD COLUMN generation INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sync_stream ADD COLUMN sweep_pending INTEGER NOT NULL DEFAULT 0;
)sql";

// The staff screens' language each staff member has at the central service ('' = the store's).
constexpr std::string_view kCacheV5 = R"sql(
ALTER TABLE staff ADD COLUMN language TEXT NOT NULL DEFAULT '';
)sql";

// Pickup codes with a locator and a slow verifier, parcels per order, the ID check
// (docs/pickup.md). Orders from before have no locator: they are handed over by staff.
constexpr std::string_view kCacheV6 = R"sql(
ALTER TABLE cc_order ADD COLUMN pickup_locator TEXT NOT NULL DEFAULT '';
ALTER TABLE cc_order ADD COLUMN pickup_iterations INTEGER NOT NULL DEFAULT 0;
ALTER TABLE cc_order ADD COLUMN parcels INTEGER NOT NULL DEFAULT 1 CHECK(parcels BETWEEN 1 AND 20);
ALTER TABLE cc_order ADD COLUMN id_check INTEGER NOT NULL DEFAULT 0;
ALTER TABLE cc_order ADD COLUMN compartments TEXT NOT NULL DEFAULT '';
CREATE INDEX cc_order_locator ON cc_order(pickup_locator);
)sql";

// Issue 13, one truth across channels (docs/storage.md, "Cache version 7"): variants of an article
// (model, size, colour per language), brand and popularity; the city of a location; a channel
// promotion on a price row. And the ranked search (docs/performance.md, "Search"):
//  - search_terms gets brand, model, size and colours, and " | " before every name, so that "a
//    name starts with" can be checked on the same text that FTS5 indexes (the bars are no token);
//  - product_name.name_key (the folded name) with the product's popularity, indexed: "a name
//    starts with" is a range of that index;
//  - product_rank: the active products in popularity order with their search terms, for the
//    searches that match too many products to sort; product_popularity: the popularity by id,
//    for those that match few enough to sort.
// Rows written before carry no brand, model or popularity: the reference, catalog and prices
// streams are pulled again from the start (their cursors are forgotten) to fill them; nothing is
// deleted meanwhile.
constexpr std::string_view kCacheV7 = R"sql(
ALTER TABLE product ADD COLUMN brand TEXT NOT NULL DEFAULT '';
ALTER TABLE product ADD COLUMN model TEXT NOT NULL DEFAULT '';
ALTER TABLE product ADD COLUMN size TEXT NOT NULL DEFAULT '';
ALTER TABLE product ADD COLUMN popularity INTEGER NOT NULL DEFAULT 0 CHECK(popularity >= 0);
CREATE INDEX product_model ON product(model) WHERE model <> '';

CREATE TABLE product_colour(
    product_id  INTEGER NOT NULL REFERENCES product(id) ON DELETE CASCADE,
    lang        TEXT NOT NULL,
    name        TEXT NOT NULL,
    PRIMARY KEY(product_id, lang)
) WITHOUT ROWID;

ALTER TABLE product_name ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
ALTER TABLE product_name ADD COLUMN popularity INTEGER NOT NULL DEFAULT 0;
UPDATE product_name SET name_key = ok_fold(name)
    WHERE (SELECT active FROM product WHERE id = product_name.product_id) = 1;
CREATE INDEX product_name_key ON product_name(name_key, popularity);

ALTER TABLE location ADD COLUMN city TEXT NOT NULL DEFAULT '';
ALTER TABLE price ADD COLUMN promotion TEXT NOT NULL DEFAULT '';
ALTER TABLE price ADD COLUMN regular_amount INTEGER;

UPDATE product SET search_terms = ok_fold(
        sku || ' ' || coalesce((SELECT group_concat(code, ' ') FROM barcode WHERE product_id = product.id), ''))
    || coalesce((SELECT group_concat(' | ' || ok_fold(name), '') FROM product_name WHERE product_id = product.id), '');
INSERT INTO product_search(product_search) VALUES('rebuild');
CREATE INDEX product_rank ON product(popularity DESC, id, search_terms) WHERE active = 1;
-- The popularity of the (at most 1,500) candidates of a search, read from 12 bytes per product
-- instead of the product rows (a page read per candidate on a cache larger than memory).
CREATE INDEX product_popularity ON product(id, popularity) WHERE active = 1;

DELETE FROM sync_cursor WHERE stream IN ('reference', 'catalog', 'prices');
)sql";

const Migration kCache[] = {
    {1, "catalog, prices, stock, click-and-collect orders, sync cursors", kCacheV1, {}},
    {2, "diacritics-insensitive product search (FTS5)", kCacheV2, {}},
    {3, "staff accounts, sync stream health", kCacheV3, {}},
    {4, "mark and sweep for streams pulled again", kCacheV4, {}},
    {5, "staff screen language", kCacheV5, {}},
    {6, "pickup locators, slow verifiers, parcels, ID checks", kCacheV6, {}},
    {7, "variants, brands, popularity, cities, channel promotions, ranked search", kCacheV7, {}},
};

} // namespace

std::span<const Migration> ledgerMigrations()
{
    return kLedger;
}

std::span<const Migration> cacheMigrations()
{
    return kCache;
}

} // namespace ok::db
