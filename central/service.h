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

/// Click-and-collect limits (docs/central.md). An order may be extended (order.extended) to at
/// most this many days after it was created: the store keeps the goods, the customer paid.
inline constexpr int kMaxPickupWindowDays = 30;
inline constexpr int kMaxParcels = 20;          ///< parcels, and so compartments, per order
inline constexpr size_t kMaxCompartmentChars = 16; ///< as the terminals accept them
/// Attempts at a locator no other open order of the store has; then a collision is accepted
/// (the terminal checks every order with the locator, so it only costs one more derivation).
inline constexpr int kLocatorAttempts = 50;

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
    Result<EnrolResult> enrol(const std::string &storeId, const std::string &terminalId, const std::string &code,
                              const std::string &certSha256);
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
    Result<std::string> stockJson(qint64 productId);
    Result<std::string> orderStatusJson(const AuthTerminal &t, std::string_view orderId);
    /// GET /v1/sales/{id}: the sale's pushed payload and what was returned of it per line.
    Result<std::string> saleJson(const AuthTerminal &t, std::string_view saleId);
    Result<std::string> heartbeat(const AuthTerminal &t, const nlohmann::json &body);

    // ---------------------------------------------------------------- admin
    struct LineRequest {
        qint64 productId = 0;
        qint64 quantity = 0; ///< pieces, or grams for goods sold by weight
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
    /// Seed the demo network (ok::demo::generateDemoNetwork) into an empty store. `progress` gets
    /// the number of products written so far.
    Result<ok::demo::DemoSummary> seedDemo(const ok::demo::DemoParams &p, const std::function<void(qint64)> &progress = {});

private:
    CentralStore &m_store;
    Clock m_clock;
};

/// A store or terminal id as the protocol allows it: 1–32 of [A-Za-z0-9_-].
bool isValidId(std::string_view id);
/// A locker compartment id: 1–16 of [A-Za-z0-9_-] ("A07").
bool isValidCompartment(std::string_view id);

} // namespace ok::central
