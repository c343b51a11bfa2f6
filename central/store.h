// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The storage interface of the reference central service. CentralService (service.h) holds every
// rule of docs/sync-protocol.md and talks to storage only through this interface. Two
// implementations: SqliteStore (sqlitestore.h, one file, the default) and PgStore (pgstore.h,
// PostgreSQL, several central processes on one database); storefactory.h picks one by `--db`.
//
// Contracts every implementation keeps:
// - One global change counter. Every row a Writer writes gets `version` = the next value of that
//   counter, taken inside the writing transaction. A reader never skips a change: once a scan
//   has served version V, no change with a version below V may become visible later.
//   SQLite: one writer at a time, so transactions become visible in the order of their versions.
//   PostgreSQL: versions come from a SEQUENCE (no lock; writers commit in any order) and a scan
//   serves only versions below the oldest writer still in flight (pgstore.cpp, docs/central.md).
// - `scan` reads one consistent snapshot.
// - Reads are safe from any thread at once; Writers are exclusive within a process (write()
//   waits for the previous Writer to be destroyed). PgStore's Writers of different processes run
//   at once, each a REPEATABLE READ transaction: one that collides with another process's fails
//   with code "db.conflict", nothing kept, and may be run again.
// - Strings are UTF-8. Times are unix seconds (prices, expiry) or milliseconds (`...Ms`), server
//   clock. Byte strings (salts, verifiers) are raw bytes in std::string.

#include "core/result.h"

#include <QtGlobal>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ok::central {

enum class Stream { Reference, Catalog, Prices, Stock, Orders, Staff };
inline constexpr Stream kAllStreams[] = {Stream::Reference, Stream::Catalog, Stream::Prices,
                                         Stream::Stock, Stream::Orders, Stream::Staff};
std::optional<Stream> streamFromName(std::string_view name);
std::string_view streamName(Stream s);

/// Whose view a pull reads: the terminal's store (prices, orders, staff) and its country (tax
/// classes, catalog tax codes).
struct Scope {
    std::string storeId;
    std::string country;
};

// ------------------------------------------------------------------ records

struct Location {
    std::string id;
    std::string kind; ///< "store", "warehouse", "online"
    std::string name;
    std::string country;  ///< stores only
    std::string currency; ///< stores only
    std::string language; ///< stores only
    std::string city;     ///< "Warszawa", "Stryków"; empty: none (the online location)
};

struct TaxClass {
    std::string country;
    std::string code;
    int rateBasisPoints = 0;
    std::string label;
};

struct Product {
    qint64 id = 0;
    std::string sku;
    int taxTier = 0; ///< country-neutral tier 0..3 (ok::demo::DemoTaxTier), mapped per country
    std::string unit; ///< "piece" or "kg"
    bool active = true;
    std::string namesJson;    ///< JSON object {"pl": "...", "en": "..."}
    std::string barcodesJson; ///< JSON array of strings
    std::string brand;        ///< may be empty
    std::string model;        ///< products sharing a model are variants of one article; empty: none
    std::string size;         ///< "42", "M"; empty: none
    std::string colourJson;   ///< JSON object {"en": "black", ...}; empty: none
    qint64 popularity = 0;    ///< units sold in the last 28 days across the chain
};

struct Price {
    std::string storeId;
    qint64 productId = 0;
    qint64 validFrom = 0;
    std::optional<qint64> validTo;
    qint64 amount = 0;
    std::string currency;
    qint64 version = 0; ///< filled when read
    std::string promotion;               ///< a channel promotion's name; empty: a regular price
    std::optional<qint64> regularAmount; ///< with a promotion: the price outside it
};

struct StockLevel {
    qint64 productId = 0;
    std::string locationId;
    qint64 onHand = 0;
    qint64 reserved = 0;
    qint64 inTransit = 0;
    qint64 version = 0; ///< filled when read or written
};

struct OrderLine {
    int lineNo = 0;
    qint64 productId = 0;
    std::string name;
    qint64 quantity = 0;
    qint64 amount = 0; ///< minor units the customer paid for the line (refunds are computed from it)
};

struct Order {
    std::string id;
    std::string storeId;
    std::string number;
    std::string customerFirstName;
    std::string contactMasked;
    std::string pickupSalt;     ///< raw bytes
    std::string pickupVerifier; ///< raw bytes: ok::pickup::verifier(code, salt, pickupIterations)
    /// The code's first symbols (ok::pickup::locatorOf), not secret; empty with pickupIterations 0
    /// for orders made before pickup codes had one (verifier SHA-256(salt ‖ code), staff hand them over).
    std::string pickupLocator;
    int pickupIterations = 0;
    std::optional<std::string> compartment;  ///< the first of `compartments`, nullopt: none
    std::vector<std::string> compartments;   ///< every compartment holding a parcel of the order
    int parcels = 1;                         ///< 1..20
    bool idCheck = false;                    ///< staff check an ID document at the handover
    std::string status; ///< awaiting_pickup, ready, collected, cancelled, expired
    qint64 expiresAt = 0;
    qint64 total = 0;
    std::string currency;
    std::vector<OrderLine> lines;
    qint64 createdAtMs = 0;
    qint64 version = 0; ///< filled when read
};

struct Staff {
    std::string id;
    std::string name;
    std::string role; ///< cashier, supervisor, manager
    std::optional<std::string> storeId; ///< nullopt = network-wide
    std::string pinSalt;                ///< raw bytes
    int pinIterations = 0;
    std::string pinVerifier;            ///< raw bytes: PBKDF2-HMAC-SHA256
    bool active = true;
    std::string language;               ///< the staff screens' language ("en"); empty: the store's
};

struct TerminalRecord {
    std::string id;         ///< "<store>-<terminal>", e.g. "S001-T01"
    std::string storeId;
    std::string terminalId; ///< "T01"
    std::string tokenSha256;   ///< hex; the token itself is never stored
    std::string certSha256;    ///< hex SHA-256 of the client certificate (DER); empty without TLS
    qint64 enrolledAtMs = 0;
    std::optional<qint64> lastHeartbeatMs;
    std::string lastHeartbeat; ///< the heartbeat body as received (JSON)
};

struct EnrolmentCode {
    std::string codeSha256; ///< hex of SHA-256 of the code as typed (upper case, with dashes)
    std::string storeId;
    std::string terminalId;
    qint64 createdAtMs = 0;
    qint64 expiresAtMs = 0;
    std::optional<qint64> usedAtMs;
};

/// The idempotency record of one pushed event, and the record of the event itself.
struct EventRecord {
    qint64 seq = 0; ///< assigned by insertEvent
    std::string terminal;
    std::string eventId;
    std::string kind;
    std::string bodySha256; ///< hex SHA-256 of the canonical {kind, payload}
    std::string payloadJson;
    qint64 createdAtMs = 0; ///< terminal clock, informational
    qint64 receivedAtMs = 0;
    std::string status; ///< "accepted" or "rejected"
    std::string reason; ///< why rejected
};

struct SaleRecord {
    std::string id;
    std::string kind; ///< "sale" or "return"
    std::string storeId;
    std::string terminal;
    qint64 receiptNo = 0;
    qint64 total = 0;
    std::string currency;
    std::string originalSaleId;
    qint64 eventSeq = 0;
};

/// A recorded sale with the pushed payload of its event, and the payloads of the returns and
/// exchanges recorded against it (GET /v1/sales/{id}).
struct SaleWithReturns {
    SaleRecord sale;
    std::string payloadJson;
    std::vector<std::string> returnPayloads;
};

/// Something staff must look at: negative stock, a handover after cancellation ...
struct ExceptionRecord {
    qint64 id = 0;
    qint64 createdAtMs = 0;
    std::string kind;
    std::string terminal;
    std::string eventId;
    std::string ref; ///< what it is about: "17|S001", an order id ...
    std::string message;
};

/// A message the central service would send to the customer (sending is out of scope): recorded
/// when an order becomes ready or its pickup window is extended. Never holds a code or a token.
struct NotificationRecord {
    qint64 id = 0;
    std::string orderId;
    std::string storeId;
    std::string kind;          ///< "order.ready", "order.extended"
    std::string contactMasked; ///< as the order has it
    qint64 createdAtMs = 0;
    std::string detail;        ///< what the message would say: "locker A07 until 2026-11-26", "counter ..."
};

/// Money owed back to a customer for goods refused at the handover (event order.refused).
struct RefundRecord {
    qint64 id = 0;
    std::string orderId;
    std::string terminal;
    std::string eventId;
    std::string linesJson; ///< [{"line_no", "quantity", "amount"}]
    qint64 amount = 0;     ///< minor units
    std::string currency;
    std::string method;    ///< "original-payment", and for web returns also "cash", "store-credit"
    qint64 createdAtMs = 0;
    std::string storeId;   ///< web returns: the store that took the goods back; else empty (the order's)
    std::string reference; ///< original-payment of a web order: the payment's reference
    std::string returnId;  ///< web returns: the terminal's return id
};

/// Something that should never happen: an idempotency key reused with another body ...
struct AlarmRecord {
    qint64 id = 0;
    qint64 createdAtMs = 0;
    std::string kind;
    std::string terminal;
    std::string eventId;
    std::string message;
    std::string detail; ///< e.g. the conflicting body
};

struct LiveStockLevel {
    StockLevel level;
    std::string kind; ///< location kind
    std::string name; ///< location name
    std::string city; ///< location city
};

// ------------------------------------------------------------------ customers and channels (issue 13)

struct CustomerPromotion {
    std::string id;   ///< "P-VIP10"
    std::string name; ///< "VIP −10 %"
    int percentBp = 0;
};

/// A customer of every channel. The contacts are stored in full and served only masked.
struct Customer {
    std::string id;        ///< "C00001"
    std::string loyaltyId; ///< EAN-13 with prefix 298
    std::string name;
    std::string email;     ///< lower case
    std::string phone;     ///< digits only, with the country code ("48601234321")
    std::string homeStoreId;
    std::string currency;  ///< of the store credit: the home store's
    qint64 points = 0;
    qint64 storeCredit = 0; ///< minor units of `currency`
    qint64 createdAtMs = 0;
    std::vector<CustomerPromotion> promotions;
};

/// One change of a customer's points. (kind, ref) is unique: the same cause never counts twice.
struct PointsEntry {
    qint64 id = 0;
    std::string customerId;
    std::string kind;   ///< "earn", "return", "redeem", "cancel", "adjust"
    std::string ref;    ///< earn: the sale id; return: the return's sale id (either "<terminal>|<id>" when another store's terminal took the id first); redeem/cancel: the redemption id
    qint64 points = 0;  ///< signed
    qint64 balance = 0; ///< after this change
    qint64 basis = 0;   ///< earn, return: the money the points were computed on (minor units)
    std::string saleId; ///< earn: the sale; return: the original sale
    std::string storeId;
    qint64 createdAtMs = 0;
    std::string detail;
};

struct Redemption {
    std::string id;
    std::string customerId;
    qint64 points = 0;
    qint64 amount = 0; ///< minor units of `currency` (1 point = 1 minor unit)
    std::string currency;
    std::string saleId;
    std::string storeId;
    std::string terminal;
    std::string bodySha256; ///< of the request body: a repeated id with another body is refused
    qint64 balanceAfter = 0;
    std::string state;      ///< "redeemed", "used" (a sale paid with it), "cancelled"
    std::string usedBySale;
    qint64 createdAtMs = 0;
};

struct WebOrderLine {
    int lineNo = 0;
    qint64 productId = 0;
    std::string name;
    qint64 quantity = 0;
    qint64 amount = 0;   ///< paid for the line
    qint64 returned = 0; ///< quantity returned so far, all channels
};

struct WebPayment {
    std::string method; ///< "card-online"
    qint64 amount = 0;
    std::string reference;
};

struct HistoryEntry {
    qint64 atMs = 0;
    std::string what;
};

/// An order of the web shop or the app.
struct WebOrder {
    std::string id;       ///< "WEB-200001"
    std::string number;   ///< "W200001"
    std::string channel;  ///< "web", "app"
    std::string customerId;
    std::string status;   ///< paid, shipped, delivered, collect_in_store, collected, returned, cancelled
    std::string delivery; ///< "home", "store"
    std::string storeId;  ///< the delivery store; empty for home
    qint64 createdAtMs = 0;
    qint64 total = 0;
    std::string currency;
    std::vector<WebOrderLine> lines;
    std::vector<WebPayment> payments;
    std::vector<HistoryEntry> history;
    std::string ccOrderId; ///< the click-and-collect order made when it is collected in a store
};

/// Goods held at a store for a customer until `expiresAt`.
struct Hold {
    std::string id;
    std::string storeId;
    qint64 productId = 0;
    qint64 quantity = 0;
    qint64 expiresAt = 0; ///< unix seconds
    std::string customerName;
    std::string staffId;
    std::string terminal;
    std::string eventId;
    std::string state; ///< "active", "expired", "released"
    qint64 createdAtMs = 0;
    std::optional<qint64> endedAtMs;
    std::string endReason; ///< "cancelled", "sold", "expired"
};

/// A ship-to-store or ship-to-home request from a store.
struct Transfer {
    std::string id;      ///< the terminal's request id
    std::string storeId; ///< the requesting store
    std::string terminal;
    qint64 productId = 0;
    qint64 quantity = 0;
    std::string fromLocation;
    std::string destination; ///< "store", "home"
    std::string customerName;
    std::string customerPhone;
    std::string customerEmail;
    std::string customerAddress;
    std::string staffId;
    std::string state;   ///< requested, shipped, arrived, delivered, collected, cancelled
    std::string orderId; ///< ship-to-store: the click-and-collect order made on arrival
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
};

/// How a customer is looked up: the terminals' exact keys, or the admin's free search.
enum class CustomerKey { Id, LoyaltyId, Email, Phone, AdminSearch };

// ------------------------------------------------------------------ scanning the streams

// Views into the storage's own buffers: valid only during the visitor call.
struct TaxClassView {
    std::string_view code;
    qint64 rateBasisPoints;
    std::string_view label;
    qint64 version;
};
struct LocationView {
    std::string_view id, kind, name;
    qint64 version;
    std::string_view city;
};
struct ProductView {
    qint64 id;
    std::string_view sku;
    std::string_view taxClass; ///< already the scope country's code
    std::string_view unit;
    bool active;
    std::string_view namesJson, barcodesJson;
    qint64 version;
    std::string_view brand, model, size, colourJson;
    qint64 popularity;
};
struct PriceView {
    qint64 productId, validFrom;
    std::optional<qint64> validTo;
    qint64 amount;
    std::string_view currency;
    qint64 version;
    std::string_view promotion;
    std::optional<qint64> regularAmount;
};
struct StockView {
    qint64 productId;
    std::string_view locationId;
    qint64 onHand, reserved, inTransit, version;
};
struct OrderView {
    std::string_view id, number, customerFirstName, contactMasked, pickupSalt, pickupVerifier;
    std::optional<std::string_view> compartment;
    std::string_view status;
    qint64 expiresAt, total;
    std::string_view currency, linesJson;
    qint64 version;
    std::string_view pickupLocator; ///< empty: an order from before locators (pickupIterations 0)
    qint64 pickupIterations;
    qint64 parcels;
    bool idCheck;
    std::string_view compartmentsJson; ///< JSON array of strings, written by us
};
struct StaffView {
    std::string_view id, name, role;
    std::optional<std::string_view> storeId;
    std::string_view pinSalt;
    qint64 pinIterations;
    std::string_view pinVerifier;
    bool active;
    qint64 version;
    std::string_view language;
};

class RowVisitor
{
public:
    virtual ~RowVisitor() = default;
    virtual void taxClass(const TaxClassView &) {}
    virtual void location(const LocationView &) {}
    virtual void product(const ProductView &) {}
    virtual void price(const PriceView &) {}
    virtual void stock(const StockView &) {}
    virtual void order(const OrderView &) {}
    virtual void staff(const StaffView &) {}
};

struct ScanResult {
    qint64 rows = 0;        ///< rows visited
    bool more = false;      ///< rows beyond `limit` existed in the snapshot
    qint64 lastVersion = 0; ///< version of the last visited row, or the `afterVersion` asked for
};

// ------------------------------------------------------------------ the interface

class CentralStore
{
public:
    /// One write transaction. Destroying it without commit() rolls everything back.
    class Writer
    {
    public:
        virtual ~Writer() = default;
        virtual Result<void> commit() = 0;
        /// One level of savepoint (the push uses one per event).
        virtual Result<void> savepoint() = 0;
        virtual Result<void> releaseSavepoint() = 0;
        virtual Result<void> rollbackToSavepoint() = 0;

        // Reference data. Every put writes the row with a new version.
        virtual Result<void> putLocation(const Location &l) = 0;
        virtual Result<void> putTaxClass(const TaxClass &t, int tier) = 0; ///< also maps (country, tier) → code
        virtual Result<void> putProduct(const Product &p) = 0;
        virtual Result<void> putPrice(const Price &p) = 0; ///< upsert by (store, product, valid_from)
        virtual Result<qint64> putStock(const StockLevel &s) = 0; ///< upsert; returns the new version
        virtual Result<void> putOrder(const Order &o) = 0;         ///< upsert by id
        virtual Result<void> putStaff(const Staff &s) = 0;
        /// A staff member's screen language ("" = the store's), with a new version; false: no such staff.
        virtual Result<bool> setStaffLanguage(std::string_view staffId, std::string_view language) = 0;

        virtual Result<std::optional<Location>> location(std::string_view id) = 0;
        virtual Result<std::optional<Product>> product(qint64 id) = 0;
        virtual Result<std::vector<Price>> prices(std::string_view storeId, qint64 productId) = 0;
        virtual Result<std::optional<StockLevel>> stock(qint64 productId, std::string_view locationId) = 0;
        virtual Result<std::optional<Order>> order(std::string_view id) = 0;
        /// The highest numeric serial of the store's order ids ("S001-CC-100006" → 100006), 0 if none.
        virtual Result<qint64> lastOrderSerial(std::string_view storeId) = 0;
        /// Is `locator` the pickup locator of an open (awaiting_pickup, ready) order of the store?
        virtual Result<bool> openOrderHasLocator(std::string_view storeId, std::string_view locator) = 0;
        /// Ids of the store's open orders other than `exceptOrderId` with a parcel in `compartment`.
        virtual Result<std::vector<std::string>> openOrdersInCompartment(std::string_view storeId, std::string_view compartment,
                                                                         std::string_view exceptOrderId) = 0;
        virtual Result<void> addNotification(const NotificationRecord &n) = 0;
        virtual Result<void> addRefund(const RefundRecord &r) = 0;
        /// The refunds recorded for an order, oldest first.
        virtual Result<std::vector<RefundRecord>> refunds(std::string_view orderId) = 0;

        // Terminals.
        virtual Result<void> addEnrolmentCode(const EnrolmentCode &c) = 0;
        virtual Result<std::optional<EnrolmentCode>> enrolmentCode(std::string_view codeSha256) = 0;
        virtual Result<void> markEnrolmentCodeUsed(std::string_view codeSha256, qint64 nowMs) = 0;
        virtual Result<void> putTerminal(const TerminalRecord &t) = 0; ///< enrol or re-enrol
        virtual Result<void> recordHeartbeat(std::string_view terminal, std::string_view body, qint64 nowMs) = 0;

        // Events.
        virtual Result<std::optional<EventRecord>> event(std::string_view terminal, std::string_view eventId) = 0;
        virtual Result<qint64> insertEvent(const EventRecord &e) = 0; ///< returns seq
        /// A refused event evaluated again (a staff retry): its record keeps its seq and body and
        /// takes the new outcome. Only status ("accepted"/"rejected") and reason change.
        virtual Result<void> reviseEvent(qint64 seq, std::string_view status, std::string_view reason) = 0;
        /// Records a sale or return; returns the event seq that recorded it first when this
        /// terminal already recorded `s.id` (nothing written then), nullopt when recorded now. The
        /// key is (s.terminal, s.id): another terminal's sale with the same id is another sale.
        virtual Result<std::optional<qint64>> insertSale(const SaleRecord &s) = 0;
        virtual Result<void> addException(const ExceptionRecord &e) = 0;
        virtual Result<void> addAlarm(const AlarmRecord &a) = 0;

        virtual Result<void> setMeta(std::string_view key, std::string_view value) = 0;

        // Customers and channels (issue 13).
        virtual Result<void> putCustomer(const Customer &c) = 0; ///< upsert by id, promotions replaced
        virtual Result<std::optional<Customer>> customer(std::string_view id) = 0;
        virtual Result<std::optional<Customer>> customerByLoyaltyId(std::string_view loyaltyId) = 0;
        /// The highest numeric serial of the customer ids ("C00006" → 6), 0 if none.
        virtual Result<qint64> lastCustomerSerial() = 0;
        /// Adds the entry (its `balance` must already be the customer's new points). false: an
        /// entry with the same (kind, ref) exists, nothing written.
        virtual Result<bool> addPointsEntry(const PointsEntry &e) = 0;
        virtual Result<std::optional<PointsEntry>> pointsEntry(std::string_view kind, std::string_view ref) = 0;
        /// The entries about a sale (earn: the sale; return: its original), oldest first.
        virtual Result<std::vector<PointsEntry>> pointsOfSale(std::string_view saleId) = 0;
        virtual Result<void> putRedemption(const Redemption &r) = 0; ///< upsert by id
        virtual Result<std::optional<Redemption>> redemption(std::string_view id) = 0;
        virtual Result<void> putWebOrder(const WebOrder &o) = 0; ///< upsert by id
        virtual Result<std::optional<WebOrder>> webOrder(std::string_view id) = 0;
        virtual Result<std::optional<WebOrder>> webOrderByCcOrder(std::string_view ccOrderId) = 0;
        /// The highest numeric serial of the web order ids ("WEB-200007" → 200007), 0 if none.
        virtual Result<qint64> lastWebOrderSerial() = 0;
        virtual Result<void> putHold(const Hold &h) = 0; ///< upsert by id
        virtual Result<std::optional<Hold>> hold(std::string_view id) = 0;
        /// Active holds whose expires_at is at or before `nowSec`.
        virtual Result<std::vector<Hold>> dueHolds(qint64 nowSec) = 0;
        virtual Result<void> putTransfer(const Transfer &t) = 0; ///< upsert by id
        virtual Result<std::optional<Transfer>> transfer(std::string_view id) = 0;
        virtual Result<std::optional<Transfer>> transferByOrder(std::string_view orderId) = 0;
        /// Whether a refund with this web return id is recorded, and for which order.
        virtual Result<std::optional<std::string>> refundOfReturn(std::string_view returnId) = 0;
    };

    virtual ~CentralStore() = default;

    enum class ScanFields {
        All,     ///< every field of the row (pages)
        KeysOnly ///< only the checksum key fields and version; the rest empty (summaries: index-only)
    };
    /// Visit the rows of `stream` in `scope` with version > `afterVersion`, in version order, at
    /// most `limit` of them (limit < 0: all). One snapshot.
    virtual Result<ScanResult> scan(const Scope &scope, Stream stream, qint64 afterVersion, qint64 limit,
                                    RowVisitor &visitor, ScanFields fields) = 0;

    virtual Result<std::optional<TerminalRecord>> terminalByToken(std::string_view tokenSha256) = 0;
    virtual Result<std::vector<TerminalRecord>> terminals() = 0;
    virtual Result<std::optional<Location>> location(std::string_view id) = 0;
    virtual Result<std::vector<Location>> locations() = 0;
    /// Every location's level of the product; nullopt when the product does not exist.
    virtual Result<std::optional<std::vector<LiveStockLevel>>> stockLevels(qint64 productId) = 0;
    virtual Result<std::optional<Order>> order(std::string_view id) = 0;
    /// A store's orders, newest first, optionally only those with `status` (empty: all).
    virtual Result<std::vector<Order>> orders(std::string_view storeId, std::string_view status, int limit) = 0;
    /// Customer notifications, newest first; empty filters match everything.
    virtual Result<std::vector<NotificationRecord>> notifications(std::string_view storeId, std::string_view orderId,
                                                                  int limit) = 0;
    /// Refunds, newest first; empty filters match everything (the store is the order's).
    virtual Result<std::vector<RefundRecord>> refundList(std::string_view storeId, std::string_view orderId, int limit) = 0;
    /// Every terminal's sale (or return) recorded with this id, oldest first, each with the payloads
    /// of the returns naming the id as their original (the same list for each); empty if unknown.
    virtual Result<std::vector<SaleWithReturns>> salesWithReturns(std::string_view id) = 0;
    /// An enrolment code by the SHA-256 of its normal form, read without a Writer: the service
    /// checks a typed code before it takes the write lock.
    virtual Result<std::optional<EnrolmentCode>> enrolmentCode(std::string_view codeSha256) = 0;
    virtual Result<std::vector<EventRecord>> events(std::string_view terminal, int limit) = 0; ///< newest first
    virtual Result<std::vector<ExceptionRecord>> exceptions(int limit) = 0;                    ///< newest first
    virtual Result<std::vector<AlarmRecord>> alarms(int limit) = 0;                            ///< newest first
    virtual Result<std::optional<std::string>> meta(std::string_view key) = 0;
    /// No products and no locations: a seed may run.
    virtual Result<bool> isEmpty() = 0;

    // Customers and channels (issue 13). Lists are newest first.
    /// Customers matching `value` exactly by `key` (AdminSearch: id, loyalty id, e-mail or phone
    /// exactly, or a part of the name; empty value: all), at most `limit`.
    virtual Result<std::vector<Customer>> customers(CustomerKey key, std::string_view value, int limit) = 0;
    virtual Result<std::vector<PointsEntry>> pointsLedger(std::string_view customerId, int limit) = 0;
    /// Web orders of a customer (empty: every customer's).
    virtual Result<std::vector<WebOrder>> webOrders(std::string_view customerId, int limit) = 0;
    /// A web order by id ("WEB-200001") or number ("W200001").
    virtual Result<std::optional<WebOrder>> webOrder(std::string_view idOrNumber) = 0;
    /// Holds of a store (empty: every store's) created at or after `sinceMs`.
    virtual Result<std::vector<Hold>> holds(std::string_view storeId, qint64 sinceMs, int limit) = 0;
    /// Whether an active hold is due (expires_at ≤ nowSec): a cheap read before a sweep writes.
    virtual Result<bool> hasDueHolds(qint64 nowSec) = 0;
    virtual Result<std::vector<Transfer>> transfers(std::string_view storeId, int limit) = 0;

    /// Start a write transaction; waits while another Writer of this store exists.
    virtual Result<std::unique_ptr<Writer>> write() = 0;
};

} // namespace ok::central
