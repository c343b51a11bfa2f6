// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the central service (service.cpp's push): one pushed event's side effects. The
// general kinds (sales, cash, stock) are in eventapplier.cpp, the click-and-collect kinds
// (orders, lockers) in orderevents.cpp, the customer and channel kinds (loyalty, holds,
// transfers, web orders) in channelevents.cpp. See docs/central.md, "Side effects".

#include "central/service.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace ok::central {

/// A string member of `o`, nullopt when absent or not a string.
std::optional<std::string> getString(const nlohmann::json &o, const char *key);
/// An integer member of `o` that fits qint64, nullopt otherwise.
std::optional<qint64> getInt(const nlohmann::json &o, const char *key);

/// The outcome of one event's side effects.
struct Outcome {
    bool accepted = true;
    std::string reason;                     ///< why rejected
    std::optional<AlarmRecord> alarm;       ///< written after the event's savepoint is rolled back
};

Outcome reject(std::string reason);
Outcome malformed(const char *field, const char *type);

struct Incoming {
    std::string id;
    std::string kind;
    const nlohmann::json *payload = nullptr;
    qint64 createdAtMs = 0;
    bool retry = false; ///< staff sent a refused event again: evaluate it again, do not replay
};

/// The "order ready" notification of an order that just became ready (in a locker or at the
/// counter). Holds no code and no token.
NotificationRecord readyNotification(const Order &o, qint64 nowMs);

/// The share of a line's `amount` for `quantity` of `ordered` pieces after `before` were already
/// taken, rounded down on the running total: refunding a line in parts adds up to its amount.
qint64 shareOf(qint64 amount, qint64 ordered, qint64 before, qint64 quantity);

/// The stock of a product at a location inside the caller's transaction; all zeros (version 0
/// too) when it has no row yet.
Result<StockLevel> stockRowIn(CentralStore::Writer &w, qint64 productId, const std::string &locationId);

/// Applies one event's side effects through a Writer. Storage failures are returned as errors
/// (the whole batch then fails); business refusals as a rejected Outcome.
class EventApplier
{
public:
    EventApplier(CentralStore::Writer &w, const AuthTerminal &t, const Incoming &ev, qint64 seq, qint64 nowMs)
        : m_w(w)
        , m_t(t)
        , m_ev(ev)
        , m_p(*ev.payload)
        , m_seq(seq)
        , m_now(nowMs)
    {
    }

    Result<Outcome> apply();

private:
    struct Delta {
        qint64 productId;
        std::string locationId;
        qint64 delta;
    };

    Result<void> exception(const std::string &kind, const std::string &ref, const std::string &message);
    Result<Outcome> recordOnly(std::initializer_list<std::pair<const char *, const char *>> required);
    Result<Outcome> cashMovement();
    std::optional<std::vector<Delta>> deltas(std::string *reason);
    /// Applies deltas that deltasRefusal() let through (unknown items become exceptions).
    Result<void> applyDeltas(const std::vector<Delta> &list);
    /// Why stock deltas are refused: a location other than the terminal's store, or an on-hand
    /// that would leave ±kMaxStockQuantity. nullopt: they may be applied.
    Result<std::optional<std::string>> deltasRefusal(const std::vector<Delta> &list);
    Result<Outcome> sale(const char *kind);
    /// The ledger's own checks of a sale or return payload, repeated (docs/sync-protocol.md,
    /// "What the central service checks in a sale"). nullopt: consistent; otherwise the refusal.
    std::optional<std::string> saleRefusal(const char *kind, const std::vector<Delta> &deltas) const;
    Result<Outcome> stockCounted();
    Result<Outcome> reservation();
    /// Reserves `quantity` of a product at a location when that much is available there (on hand
    /// less reserved). nullopt: reserved; otherwise the refusal, for reject().
    Result<std::optional<std::string>> reserveStock(qint64 productId, const std::string &locationId, qint64 quantity);

    // channelevents.cpp
    /// The loyalty part of a sale or return that was just recorded: a loyalty tender must name a
    /// redemption of the customer with that amount (else rejected); points earned once per sale,
    /// and taken back in proportion by a return of it.
    Result<Outcome> saleLoyalty(const std::string &saleId, const char *kind, qint64 total, const std::string &currency);
    Result<Outcome> redemptionCancelled();
    Result<Outcome> hold();
    Result<Outcome> holdReleased();
    Result<Outcome> transferRequested();
    Result<Outcome> collectHere();
    Result<Outcome> webReturn();
    /// A click-and-collect order was handed over: the web order or transfer it came from is
    /// collected too.
    Result<void> linkedCollected(const Order &order);

    // orderevents.cpp
    Result<std::optional<Order>> storeOrder(Outcome *refusal);
    Result<Outcome> handedOver();
    Result<Outcome> lockerLoaded();
    Result<Outcome> orderExpired();
    Result<Outcome> orderRefused();
    Result<Outcome> orderExtended();
    Result<Outcome> lockerIncident();

    CentralStore::Writer &m_w;
    const AuthTerminal &m_t;
    const Incoming &m_ev;
    const nlohmann::json &m_p;
    qint64 m_seq;
    qint64 m_now;
};

} // namespace ok::central
