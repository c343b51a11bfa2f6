// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The rules of docs/sync-protocol.md, independent of HTTP and of the database: enrolment and
// authentication, pull pages and summaries, the idempotent push with its per-kind side effects,
// live queries, heartbeats, and what the admin CLI does. The HTTP layer (httpserver.h) only
// parses requests and maps error codes to statuses; storage is reached through CentralStore.

#include "central/store.h"

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ok::demo {
struct DemoParams;
struct DemoSummary;
} // namespace ok::demo

namespace ok::central {

/// Error codes (ok::Error::code) the service returns; the HTTP layer maps them to statuses.
namespace errc {
inline constexpr const char *kBadRequest = "bad_request";     ///< 400
inline constexpr const char *kUnauthorized = "unauthorized";  ///< 401
inline constexpr const char *kForbidden = "forbidden";        ///< 403
inline constexpr const char *kNotFound = "not_found";         ///< 404
inline constexpr const char *kConflict = "conflict";          ///< 409: an id reused with another body
inline constexpr const char *kInsufficientPoints = "insufficient_points"; ///< 409: the balance is too low
inline constexpr const char *kTooLarge = "too_large";         ///< 413
inline constexpr const char *kShuttingDown = "shutting_down"; ///< 503
inline constexpr const char *kInternal = "internal";          ///< 500
inline constexpr const char *kInvalid = "invalid";            ///< admin input the service refuses
} // namespace errc

Error makeError(const char *code, const std::string &message);

inline constexpr int kMaxEventsPerPush = 500;
inline constexpr qint64 kDefaultPageLimit = 2000;
inline constexpr qint64 kMaxPageLimit = 10000;
inline constexpr qint64 kEnrolmentCodeLifetimeMs = 24LL * 3600 * 1000;
/// Failed enrolments raise at most one alarm per peer in this window.
inline constexpr qint64 kEnrolAlarmWindowMs = 60'000;
/// Peers whose failed enrolments are counted at once; older windows are forgotten beyond it.
inline constexpr size_t kMaxEnrolFailurePeers = 10'000;

/// Click-and-collect limits (docs/central.md). An order may be extended (order.extended) to at
/// most this many days after it was created: the store keeps the goods, the customer paid.
inline constexpr int kMaxPickupWindowDays = 30;
inline constexpr int kMaxParcels = 20;          ///< parcels, and so compartments, per order
inline constexpr size_t kMaxCompartmentChars = 16; ///< as the terminals accept them
/// Attempts at a locator no other open order of the store has; then a collision is accepted
/// (the terminal checks every order with the locator, so it only costs one more derivation).
inline constexpr int kLocatorAttempts = 50;

/// Issue 13 limits (docs/sync-protocol.md). A hold lasts at most this long.
inline constexpr qint64 kMaxHoldSeconds = 14LL * 86400;
inline constexpr qint64 kMaxHoldQuantity = 1000;     ///< also of a transfer request
inline constexpr qint64 kMaxPoints = 1'000'000'000;  ///< a redemption, an opening balance
/// Protocol limits a pushed event is held to (docs/sync-protocol.md, "Limits"): what a terminal
/// refuses in a page, the central service refuses in an event, so one terminal cannot write a
/// value that every other terminal's next pull would refuse.
inline constexpr qint64 kMaxStockQuantity = 1'000'000'000;    ///< |on_hand|, reserved, |delta|, sale line |quantity|
inline constexpr qint64 kMaxSaleAmount = 100'000'000'000;     ///< |amount| of a sale line, total, tender, unit_price
inline constexpr size_t kMaxSaleLines = 1000;
inline constexpr size_t kMaxSaleTenders = 100;
inline constexpr qint64 kMaxCashRounding = 100;               ///< |cash_rounding|: a cash amount rounded to the coins
/// How long holds and their history stay in GET /v1/holds after they were made.
inline constexpr qint64 kHoldListWindowMs = 30LL * 86400 * 1000;

/// The authenticated caller of a request.
struct AuthTerminal {
    std::string id;         ///< "S001-T01"
    std::string storeId;
    std::string terminalId;
    std::string country;
    std::string currency;
};

struct EnrolResult {
    std::string terminal;
    std::string token; ///< shown once: only its SHA-256 is stored
    Location store;
    qint64 serverTimeMs = 0;
};

struct CreatedOrder {
    Order order;
    std::string pickupCode; ///< normalized (ok::pickup), shown once: only salt and verifier are stored
};

/// What the demo seed added for the channels (docs/central.md, "Demo data"): printed once so the
/// demo operator can type a customer's loyalty id, e-mail or phone.
struct DemoChannels {
    std::vector<Customer> customers;
    std::vector<WebOrder> webOrders;
    std::vector<Price> promotions; ///< the channel promotion of each store
};

/// One line for the operator: "customer C00001 loyalty-id ... email ... phone +48... points N
/// store-credit N PLN home S001 promotions P-VIP10 name Anna Nowak" (the name last: it has spaces).
std::string customerLine(const Customer &c);
/// The seed report's lines: customerLine() per customer, then "web-order W200001 customer C00001
/// channel web status delivered delivery home total 45998 PLN" and "promotion S001 product 17
/// amount 7999 regular 9999 PLN until UNIXSEC name NAME", each ending with a line break.
std::string demoChannelsReport(const DemoChannels &d);

struct StreamSummary {
    Stream stream = Stream::Catalog;
    qint64 count = 0;
    uint64_t checksum = 0;
    qint64 cursor = 0; ///< the highest version in scope (0 when empty)
};

class CentralService
{
public:
    using Clock = std::function<qint64()>; ///< unix milliseconds, server time

    explicit CentralService(CentralStore &store, Clock clock = {});

    CentralStore &store() { return m_store; }
    qint64 nowMs() const;

    // ---------------------------------------------------------------- terminals
    /// A one-time enrolment code for STORE-TERMINAL, valid 24 h. Only its SHA-256 is stored.
    Result<std::string> createEnrolmentCode(const std::string &storeId, const std::string &terminalId);
    /// Consume the code and bind the terminal to `certSha256` (empty without TLS); a new token.
    /// Unknown, used, expired or mismatched codes: errc::kUnauthorized with one message for all.
    /// The code is checked with a read first: only a code that matches takes the write lock, so a
    /// flood of guesses never queues the pushes. Failed attempts raise an alarm "enrol.failed",
    /// at most one per `peer` (the client's address, as the HTTP layer sees it) per minute, the
    /// next one saying how many more came in that minute.
    Result<EnrolResult> enrol(const std::string &storeId, const std::string &terminalId, const std::string &code,
                              const std::string &certSha256, const std::string &peer = {});
    static std::string enrolResultJson(const EnrolResult &r);
    /// The caller of a request: 401 for a missing or unknown token, 403 when `checkCert` and the
    /// presented client certificate is not the one bound at enrolment.
    Result<AuthTerminal> authenticate(std::string_view bearerToken, std::string_view certSha256, bool checkCert);

    // ---------------------------------------------------------------- pull
    static Scope scopeOf(const AuthTerminal &t) { return Scope{t.storeId, t.country}; }
    /// The scope a terminal of `storeId` would have (for the admin CLI's summary).
    Result<Scope> scopeOfStore(const std::string &storeId);
    /// The JSON body of one page: rows with version > cursor, at most `limit`.
    Result<std::string> pageJson(const Scope &scope, Stream stream, qint64 cursor, qint64 limit);
    Result<StreamSummary> summary(const Scope &scope, Stream stream);
    static std::string summaryJson(const StreamSummary &s);

    // ---------------------------------------------------------------- push
    /// POST /v1/events: the JSON response body, or errc::kBadRequest (nothing applied) / a storage
    /// error (nothing applied: the batch is one transaction).
    Result<std::string> push(const AuthTerminal &t, const nlohmann::json &body);

    // ---------------------------------------------------------------- live queries, heartbeat
    /// Every location's level, its city, what the web shop can sell, the server time. Expired
    /// holds are released first.
    Result<std::string> stockJson(qint64 productId);
    Result<std::string> orderStatusJson(const AuthTerminal &t, std::string_view orderId);
    /// GET /v1/sales/{id}: the sale's pushed payload and what was returned of it per line.
    Result<std::string> saleJson(const AuthTerminal &t, std::string_view saleId);
    Result<std::string> heartbeat(const AuthTerminal &t, const nlohmann::json &body);

    // ---------------------------------------------------------------- customers and channels (channels.cpp)
    /// GET /v1/customers: exact match on one key (LoyaltyId, Phone or Email); 400 when `value` is
    /// not a loyalty id, a phone number or an e-mail address. Contacts are served masked.
    Result<std::string> customersJson(CustomerKey key, const std::string &value);
    /// GET /v1/customers/{id}/orders: newest first; 404 for an unknown customer.
    Result<std::string> customerOrdersJson(const std::string &customerId);
    /// GET /v1/web-orders/{number} (the id works too); 404 when unknown.
    Result<std::string> webOrderJson(const std::string &number);
    /// POST /v1/loyalty/redeem: points debited at once, idempotent by redemption_id;
    /// errc::kInsufficientPoints or errc::kConflict (409) when refused.
    Result<std::string> redeem(const AuthTerminal &t, const nlohmann::json &body);
    /// GET /v1/holds?store_id= and GET /v1/transfers?store_id=: the terminal's own store only (403).
    Result<std::string> holdsJson(const AuthTerminal &t, const std::string &storeId);
    Result<std::string> transfersJson(const AuthTerminal &t, const std::string &storeId);
    /// Releases every active hold whose expires_at has passed (reserved goes down, the hold
    /// "expired"); returns how many. Cheap when none is due: one indexed read.
    Result<int> expireHolds();

    // ---------------------------------------------------------------- admin
    struct LineRequest {
        qint64 productId = 0;
        qint64 quantity = 0; ///< pieces, or grams for goods sold by weight
        /// What the customer already paid for the line (an order made from a web order); nullopt:
        /// the store's current price.
        std::optional<qint64> amount = std::nullopt;
        std::string name = {}; ///< with `amount`: the line's name as the customer saw it
    };
    /// Where a new order is: still to be loaded, or ready in a locker or at the counter.
    enum class Placement { AwaitingLoading, Locker, Counter };
    struct OrderRequest {
        std::string storeId;
        std::vector<LineRequest> lines;
        Placement placement = Placement::AwaitingLoading;
        std::string compartment; ///< Placement::Locker only
        std::string customerFirstName;
        std::string contactMasked;
        int expiresInDays = 7;
        int parcels = 1;     ///< 1..kMaxParcels
        bool idCheck = false;
    };
    /// A click-and-collect order with a fresh pickup code (ok::pickup format: a locator not used
    /// by another open order of the store where possible, a 10-symbol secret; PBKDF2 verifier).
    /// Ready (locker or counter): status "ready" and an "order.ready" notification record;
    /// otherwise "awaiting_pickup".
    Result<CreatedOrder> createOrder(const OrderRequest &request);
    Result<Order> cancelOrder(const std::string &orderId);
    /// A new price from `validFrom` (default: now): the price open at that time is closed there,
    /// and the new one runs until the next scheduled price (or open-ended).
    Result<Price> setPrice(const std::string &storeId, qint64 productId, qint64 amount, std::optional<qint64> validFrom);
    /// The language of a staff member's screens on every terminal ("en", "pl", "it", "ru", "nb";
    /// "" = the store's), sent with the staff stream.
    Result<void> setStaffLanguage(const std::string &staffId, const std::string &language);
    /// Goods received (or, negative, written off) at a location.
    Result<StockLevel> receiveStock(const std::string &locationId, qint64 productId, qint64 quantity);
    /// Seed the demo network (ok::demo::generateDemoNetwork) into an empty store, then the demo
    /// customers, their web orders and a channel promotion per store (`channels`, if given, gets
    /// them). `progress` gets the number of products written so far.
    Result<ok::demo::DemoSummary> seedDemo(const ok::demo::DemoParams &p, const std::function<void(qint64)> &progress = {},
                                           DemoChannels *channels = nullptr);

    // Admin of the channels (channels.cpp), so a tester can play the web shop.
    struct CustomerRequest {
        std::string name;
        std::string email;
        std::string phone;   ///< digits, spaces, dashes, parentheses and a leading +
        std::string storeId; ///< home store (currency of the store credit); empty: S001
        qint64 points = 0;   ///< opening balance (an "adjust" entry)
    };
    Result<Customer> createCustomer(const CustomerRequest &request);
    struct WebOrderRequest {
        std::string customerId;
        std::vector<LineRequest> lines;
        std::string channel = "web"; ///< "web", "app"
        std::string storeId;         ///< collect in this store; empty: home delivery
    };
    struct CreatedWebOrder {
        WebOrder order;
        std::optional<CreatedOrder> pickup; ///< collect in a store: its click-and-collect order
    };
    /// Priced at the current price of the delivery store (home delivery: the customer's home
    /// store), paid by card-online. Collect in a store: the store's stock is reserved and a
    /// click-and-collect order made, as web_order.collect_here does.
    Result<CreatedWebOrder> createWebOrder(const WebOrderRequest &request);
    /// A channel promotion: a new price row named `name` at `percent` % off the regular price,
    /// valid from now for `days` days, after which the regular price is back.
    Result<Price> setPromotion(const std::string &storeId, qint64 productId, int percent, const std::string &name, int days);
    /// transfer-ship: the source's on-hand and reservation go down, the destination store's in-transit up.
    Result<Transfer> shipTransfer(const std::string &requestId);
    struct ArrivedTransfer {
        Transfer transfer;
        std::optional<CreatedOrder> pickup; ///< ship-to-store: the click-and-collect order made
    };
    /// transfer-arrive: ship-to-store puts the goods on hand and reserved at the store and makes
    /// a click-and-collect order (awaiting_pickup); ship-to-home is delivered.
    Result<ArrivedTransfer> arriveTransfer(const std::string &requestId);

private:
    /// Counts a failed enrolment of `peer`; writes an alarm when its minute window starts.
    void noteFailedEnrolment(const std::string &peer, const std::string &storeId, const std::string &terminalId, qint64 now);

    struct FailureWindow {
        qint64 startMs = 0;
        qint64 count = 0; ///< attempts in the window, the first one alarmed
    };

    CentralStore &m_store;
    Clock m_clock;
    std::mutex m_enrolFailuresMutex;
    std::map<std::string, FailureWindow> m_enrolFailures; ///< by peer
};

/// A store or terminal id as the protocol allows it: 1–32 of [A-Za-z0-9_-].
bool isValidId(std::string_view id);
/// A locker compartment id: 1–16 of [A-Za-z0-9_-] ("A07").
bool isValidCompartment(std::string_view id);

} // namespace ok::central
