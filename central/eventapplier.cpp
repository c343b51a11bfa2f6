// SPDX-License-Identifier: GPL-3.0-or-later
// The side effects of pushed events other than click-and-collect (those are in orderevents.cpp).
#include "central/eventapplier.h"

#include <algorithm>
#include <limits>

namespace ok::central {

using nlohmann::json;

std::optional<std::string> getString(const json &o, const char *key)
{
    const auto it = o.find(key);
    if (it == o.end() || !it->is_string())
        return std::nullopt;
    return it->get<std::string>();
}

std::optional<qint64> getInt(const json &o, const char *key)
{
    const auto it = o.find(key);
    if (it == o.end() || !it->is_number_integer())
        return std::nullopt;
    if (it->is_number_unsigned() && it->get<uint64_t>() > uint64_t(std::numeric_limits<qint64>::max()))
        return std::nullopt;
    return it->get<qint64>();
}

Outcome reject(std::string reason)
{
    return Outcome{false, std::move(reason), std::nullopt};
}

Outcome malformed(const char *field, const char *type)
{
    return reject(std::string("malformed payload: \"") + field + "\" missing or not " + type);
}

Result<StockLevel> stockRowIn(CentralStore::Writer &w, qint64 productId, const std::string &locationId)
{
    auto row = w.stock(productId, locationId);
    if (!row)
        return row.error();
    return row.value().value_or(StockLevel{productId, locationId, 0, 0, 0, 0});
}

Result<Outcome> EventApplier::apply()
{
    const std::string &k = m_ev.kind;
    if (k == "sale.completed")
        return sale("sale");
    if (k == "return.completed")
        return sale("return");
    if (k == "sale.voided")
        return recordOnly({{"sale_id", "a string"}});
    if (k == "cash.movement")
        return cashMovement();
    if (k == "shift.closed")
        return recordOnly({{"shift_id", "a string"}});
    if (k == "order.handed_over")
        return handedOver();
    if (k == "locker.loaded")
        return lockerLoaded();
    if (k == "order.expired")
        return orderExpired();
    if (k == "order.refused")
        return orderRefused();
    if (k == "order.extended")
        return orderExtended();
    if (k == "locker.incident")
        return lockerIncident();
    if (k == "stock.counted")
        return stockCounted();
    if (k == "reservation.requested")
        return m_p.contains("hold_id") ? hold() : reservation();
    if (k == "reservation.released")
        return holdReleased();
    if (k == "loyalty.redemption_cancelled")
        return redemptionCancelled();
    if (k == "transfer.requested")
        return transferRequested();
    if (k == "web_order.collect_here")
        return collectHere();
    if (k == "web_return.completed")
        return webReturn();
    return reject("unknown event kind");
}

Result<void> EventApplier::exception(const std::string &kind, const std::string &ref, const std::string &message)
{
    return m_w.addException(ExceptionRecord{0, m_now, kind, m_t.id, m_ev.id, ref, message});
}

Result<Outcome> EventApplier::recordOnly(std::initializer_list<std::pair<const char *, const char *>> required)
{
    for (const auto &[field, type] : required)
        if (!getString(m_p, field))
            return malformed(field, type);
    return Outcome{};
}

Result<Outcome> EventApplier::cashMovement()
{
    if (!getString(m_p, "kind"))
        return malformed("kind", "a string");
    if (!getInt(m_p, "amount"))
        return malformed("amount", "an integer");
    if (!getString(m_p, "currency"))
        return malformed("currency", "a string");
    return Outcome{};
}

/// Parse `stock_deltas` (absent = none). nullopt with `reason` set when malformed.
std::optional<std::vector<EventApplier::Delta>> EventApplier::deltas(std::string *reason)
{
    std::vector<Delta> out;
    const auto it = m_p.find("stock_deltas");
    if (it == m_p.end() || it->is_null())
        return out;
    if (!it->is_array()) {
        *reason = "malformed payload: \"stock_deltas\" is not an array";
        return std::nullopt;
    }
    for (const json &d : *it) {
        const auto pid = d.is_object() ? getInt(d, "product_id") : std::nullopt;
        const auto loc = d.is_object() ? getString(d, "location_id") : std::nullopt;
        const auto delta = d.is_object() ? getInt(d, "delta") : std::nullopt;
        if (!pid || !loc || !delta) {
            *reason = "malformed payload: every stock delta needs product_id, location_id and delta";
            return std::nullopt;
        }
        out.push_back({*pid, *loc, *delta});
    }
    return out;
}

/// Facts beat forecasts: every delta is applied; an unknown item or a negative on-hand
/// raises an exception for staff instead of refusing the event.
Result<void> EventApplier::applyDeltas(const std::vector<Delta> &list)
{
    for (const Delta &d : list) {
        const std::string ref = std::to_string(d.productId) + "|" + d.locationId;
        auto product = m_w.product(d.productId);
        if (!product)
            return product.error();
        auto location = m_w.location(d.locationId);
        if (!location)
            return location.error();
        if (!product.value() || !location.value()) {
            if (auto r = exception("stock.unknown-item", ref,
                                   "stock delta " + std::to_string(d.delta) + " for an unknown product or location "
                                       + ref + " from event " + m_ev.id + " (" + m_ev.kind + ") was not applied");
                !r)
                return r;
            continue;
        }
        auto row = stockRowIn(m_w, d.productId, d.locationId);
        if (!row)
            return row.error();
        StockLevel s = std::move(row).value();
        s.onHand += d.delta;
        if (auto r = m_w.putStock(s); !r)
            return r.error();
        if (s.onHand < 0) {
            if (auto r = exception("stock.negative", ref,
                                   "on hand of product " + std::to_string(d.productId) + " at " + d.locationId + " is "
                                       + std::to_string(s.onHand) + " after event " + m_ev.id + " (" + m_ev.kind + ")");
                !r)
                return r;
        }
    }
    return {};
}

Result<Outcome> EventApplier::sale(const char *kind)
{
    const auto saleId = getString(m_p, "sale_id");
    if (!saleId || saleId->empty())
        return malformed("sale_id", "a string");
    const auto storeId = getString(m_p, "store_id");
    if (!storeId)
        return malformed("store_id", "a string");
    if (*storeId != m_t.storeId)
        return reject("store_id " + *storeId + " is not this terminal's store " + m_t.storeId);
    const auto currency = getString(m_p, "currency");
    if (!currency)
        return malformed("currency", "a string");
    const auto total = getInt(m_p, "total");
    if (!total)
        return malformed("total", "an integer");
    std::string reason;
    const auto list = deltas(&reason);
    if (!list)
        return reject(reason);

    SaleRecord rec{*saleId, kind, *storeId, m_t.id, getInt(m_p, "receipt_no").value_or(0), *total, *currency,
                   getString(m_p, "original_sale_id").value_or(std::string()), m_seq};
    auto dup = m_w.insertSale(rec);
    if (!dup)
        return dup.error();
    if (dup.value()) {
        // The same sale under a second event id would apply its stock twice: refuse, and
        // tell someone, because a terminal should never do this.
        Outcome o = reject(std::string(kind) + " " + *saleId + " was already recorded by event seq "
                           + std::to_string(*dup.value()));
        o.alarm = AlarmRecord{0, m_now, "sale.duplicate", m_t.id, m_ev.id, o.reason, m_p.dump()};
        return o;
    }
    if (auto r = applyDeltas(*list); !r)
        return r.error();
    return saleLoyalty(*saleId, kind, *total, *currency);
}

Result<Outcome> EventApplier::stockCounted()
{
    const auto pid = getInt(m_p, "product_id");
    if (!pid)
        return malformed("product_id", "an integer");
    const auto loc = getString(m_p, "location_id");
    if (!loc)
        return malformed("location_id", "a string");
    const auto counted = getInt(m_p, "counted");
    if (!counted || *counted < 0)
        return malformed("counted", "a non-negative integer");
    const auto expected = getInt(m_p, "expected_version");
    if (!expected || *expected < 0)
        return malformed("expected_version", "a non-negative integer");
    if (const auto staff = m_p.find("staff_id"); staff != m_p.end() && !staff->is_null() && !staff->is_string())
        return malformed("staff_id", "a string");
    // A count is what someone saw on the shelf here: another location's stock is not this
    // terminal's to count.
    if (*loc != m_t.storeId)
        return reject("stock at " + *loc + " is counted by its own staff: this terminal counts at " + m_t.storeId + " only");
    auto product = m_w.product(*pid);
    if (!product)
        return product.error();
    auto location = m_w.location(*loc);
    if (!location)
        return location.error();
    if (!product.value() || !location.value())
        return reject("unknown product or location " + std::to_string(*pid) + "|" + *loc);
    auto row = stockRowIn(m_w, *pid, *loc);
    if (!row)
        return row.error();
    StockLevel s = std::move(row).value();
    if (s.version != *expected) // 0 when the location never had a row
        return reject("stock changed since it was counted: count again");
    s.onHand = *counted;
    if (auto r = m_w.putStock(s); !r)
        return r.error();
    return Outcome{};
}

/// A reservation without hold_id (a web order's, by order_ref): kept for terminals and tools that
/// send the kind as it was before holds. It never expires by itself.
Result<Outcome> EventApplier::reservation()
{
    const auto pid = getInt(m_p, "product_id");
    if (!pid)
        return malformed("product_id", "an integer");
    const auto loc = getString(m_p, "location_id");
    if (!loc)
        return malformed("location_id", "a string");
    const auto qty = getInt(m_p, "quantity");
    if (!qty || *qty <= 0)
        return malformed("quantity", "a positive integer");
    auto refusal = reserveStock(*pid, *loc, *qty);
    if (!refusal)
        return refusal.error();
    if (refusal.value())
        return reject(*refusal.value());
    return Outcome{};
}

Result<std::optional<std::string>> EventApplier::reserveStock(qint64 productId, const std::string &locationId, qint64 quantity)
{
    auto row = m_w.stock(productId, locationId);
    if (!row)
        return row.error();
    const qint64 available = row.value() ? (row.value())->onHand - (row.value())->reserved : 0;
    if (!row.value() || available < quantity)
        return std::optional<std::string>("not enough stock available at " + locationId + ": "
                                          + std::to_string(std::max<qint64>(available, 0)) + " available, "
                                          + std::to_string(quantity) + " requested");
    StockLevel s = *row.value();
    s.reserved += quantity;
    if (auto r = m_w.putStock(s); !r)
        return r.error();
    return std::optional<std::string>();
}

} // namespace ok::central
