// SPDX-License-Identifier: GPL-3.0-or-later
// The side effects of pushed events other than click-and-collect (those are in orderevents.cpp).
#include "central/eventapplier.h"

#include "core/basket.h"
#include "core/tax.h"

#include <algorithm>
#include <limits>
#include <map>

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
        const qint64 dv = delta.value_or(0);
        if (dv < -kMaxStockQuantity || dv > kMaxStockQuantity) {
            *reason = "stock delta " + std::to_string(dv) + " is outside ±" + std::to_string(kMaxStockQuantity);
            return std::nullopt;
        }
        out.push_back({pid.value_or(0), loc.value_or(std::string()), dv});
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
        if (__builtin_add_overflow(s.onHand, d.delta, &s.onHand)) // deltasRefusal() let it through: a bug
            return makeError(errc::kInternal, "stock delta for " + ref + " overflows on hand");
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

Result<std::optional<std::string>> EventApplier::deltasRefusal(const std::vector<Delta> &list)
{
    // Goods move at the store whose terminal saw them move, nowhere else: a delta for another
    // location would let one store's terminal change another's stock. The server computes the
    // effects on other locations itself (transfers, web orders), never from a terminal's numbers.
    std::map<std::pair<qint64, std::string>, qint64> onHand;
    for (const Delta &d : list) {
        if (d.locationId != m_t.storeId)
            return std::optional<std::string>("stock delta for location " + d.locationId
                                              + ": this terminal moves stock only at its store " + m_t.storeId);
        const auto key = std::make_pair(d.productId, d.locationId);
        auto it = onHand.find(key);
        if (it == onHand.end()) {
            auto row = m_w.stock(d.productId, d.locationId);
            if (!row)
                return row.error();
            it = onHand.emplace(key, row.value() ? (row.value())->onHand : 0).first;
        }
        if (__builtin_add_overflow(it->second, d.delta, &it->second) || it->second > kMaxStockQuantity
            || it->second < -kMaxStockQuantity)
            return std::optional<std::string>("stock delta " + std::to_string(d.delta) + " for product "
                                              + std::to_string(d.productId) + " at " + d.locationId
                                              + " takes on hand beyond ±" + std::to_string(kMaxStockQuantity));
    }
    return std::optional<std::string>();
}

namespace {

/// An integer member within [lo, hi]; nullopt when absent, not an integer or outside.
std::optional<qint64> boundedInt(const json &o, const char *key, qint64 lo, qint64 hi)
{
    const auto v = getInt(o, key);
    if (!v || *v < lo || *v > hi)
        return std::nullopt;
    return v;
}

std::string bad(const std::string &where, const char *what)
{
    return "malformed payload: " + where + " " + what;
}

} // namespace

std::optional<std::string> EventApplier::saleRefusal(const char *kind, const std::vector<Delta> &deltas) const
{
    // The ledger refuses to commit a sale that breaks these (app/storage/ledger.cpp,
    // Ledger::validate, and the basket's line arithmetic in app/core/basket.cpp): a payload that
    // breaks them did not come from a till's ledger.
    const bool returnEvent = std::string_view(kind) == "return";
    const auto terminalId = getString(m_p, "terminal_id");
    if (!terminalId)
        return bad("\"terminal_id\"", "missing or not a string");
    if (*terminalId != m_t.terminalId)
        return "terminal_id " + *terminalId + " is not this terminal " + m_t.terminalId;
    const auto currency = getString(m_p, "currency");
    if (!m_t.currency.empty() && currency != m_t.currency)
        return "currency " + currency.value_or(std::string()) + " is not store " + m_t.storeId + "'s " + m_t.currency;
    const auto saleKind = getString(m_p, "kind").value_or(returnEvent ? "return" : "sale");
    if (saleKind != "sale" && saleKind != "return" && saleKind != "exchange")
        return "unknown sale kind " + saleKind;
    if (saleKind == (returnEvent ? "sale" : "return"))
        return "a " + saleKind + " is not sent as " + m_ev.kind;
    const std::string original = getString(m_p, "original_sale_id").value_or(std::string());
    if (saleKind == "sale" && !original.empty())
        return "a sale cannot have an original sale";

    const auto total = boundedInt(m_p, "total", -kMaxSaleAmount, kMaxSaleAmount);
    const auto subtotal = boundedInt(m_p, "subtotal", -kMaxSaleAmount, kMaxSaleAmount);
    const auto discountTotal = boundedInt(m_p, "discount_total", -kMaxSaleAmount, kMaxSaleAmount);
    const auto taxTotal = boundedInt(m_p, "tax_total", -kMaxSaleAmount, kMaxSaleAmount);
    const auto rounding = boundedInt(m_p, "cash_rounding", -kMaxCashRounding, kMaxCashRounding);
    const auto inclusive = m_p.find("prices_include_tax");
    if (!total || !subtotal || !discountTotal || !taxTotal)
        return bad("total, subtotal, discount_total and tax_total", "must be integers within ±10^11");
    if (!rounding)
        return bad("\"cash_rounding\"", "must be an integer within ±100");
    if (inclusive == m_p.end() || !inclusive->is_boolean())
        return bad("\"prices_include_tax\"", "missing or not true/false");
    if (returnEvent ? *total > 0 : *total < 0)
        return returnEvent ? "a return never takes money in: total " + std::to_string(*total)
                           : "a sale never has a negative total: " + std::to_string(*total);

    const auto lines = m_p.find("lines");
    if (lines == m_p.end() || !lines->is_array() || lines->empty() || lines->size() > kMaxSaleLines)
        return bad("\"lines\"", "must be an array of 1 to 1000 lines");
    qint64 lineSum = 0;
    QList<TaxableAmount> taxable;
    std::map<qint64, qint64> sold; // product → pieces or grams that left the shelf
    for (size_t i = 0; i < lines->size(); ++i) {
        const json &l = (*lines)[i];
        const std::string where = "line " + std::to_string(i + 1);
        if (!l.is_object())
            return bad(where, "is not an object");
        const auto productId = boundedInt(l, "product_id", 1, std::numeric_limits<qint64>::max());
        const auto qty = boundedInt(l, "quantity", -kMaxStockQuantity, kMaxStockQuantity);
        const auto unit = getString(l, "unit");
        const auto unitPrice = boundedInt(l, "unit_price", 0, kMaxSaleAmount);
        const auto discount = boundedInt(l, "discount", 0, kMaxSaleAmount);
        const auto amount = boundedInt(l, "amount", -kMaxSaleAmount, kMaxSaleAmount);
        const auto taxBp = boundedInt(l, "tax_bp", 0, 10'000);
        const auto taxCode = getString(l, "tax_code");
        const auto returnOf = boundedInt(l, "return_of_line", 0, 9999);
        if (!productId || !qty || *qty == 0 || !unit || (*unit != "piece" && *unit != "gram") || !unitPrice || !discount
            || !amount || !taxBp || !taxCode || !returnOf)
            return bad(where, "needs product_id, quantity (not 0), unit, unit_price, discount, amount, tax_code, tax_bp, "
                              "return_of_line within the protocol's limits");
        const bool returning = *qty < 0;
        if ((returning && *amount > 0) || (!returning && *amount < 0))
            return where + ": amount and quantity have different signs";
        if ((saleKind == "sale" && returning) || (saleKind == "return" && !returning))
            return where + ": a " + saleKind + " cannot hold this line";
        if (!returning && *returnOf != 0)
            return where + ": only a return line can refer to a sold line";
        if (*returnOf != 0 && original.empty())
            return where + ": returns a line but no original_sale_id is given";
        const auto gross = Basket::lineGross(*unitPrice, *unit == "gram" ? Quantity::grams(std::llabs(*qty))
                                                                          : Quantity::pieces(std::llabs(*qty)));
        if (!gross)
            return where + ": unit_price × quantity is above " + std::to_string(Basket::kMaxLineGross);
        if (!returning && (*discount > *gross || *amount != *gross - *discount))
            return where + ": amount " + std::to_string(*amount) + " is not unit_price × quantity " + std::to_string(*gross)
                   + " less discount " + std::to_string(*discount);
        // A returned line refunds its share of what was paid (ReturnSession::returnLine, rounded
        // down on the running total): at most its gross, plus one minor unit for weighed goods,
        // whose paid gross was itself rounded from the weight.
        if (returning && (*discount != 0 || -*amount > *gross + (*unit == "gram" ? 1 : 0)))
            return where + ": refunds " + std::to_string(-*amount) + ", more than unit_price × quantity "
                   + std::to_string(*gross);
        lineSum += *amount;
        sold[*productId] += *qty;
        taxable.append({QString::fromStdString(*taxCode), int(*taxBp), *amount});
    }
    if (*subtotal - *discountTotal != lineSum)
        return "subtotal " + std::to_string(*subtotal) + " less discount_total " + std::to_string(*discountTotal)
               + " is not the lines' sum " + std::to_string(lineSum);
    const bool gross = inclusive->get<bool>();
    if ((gross ? lineSum : lineSum + *taxTotal) != *total)
        return gross ? "lines add up to " + std::to_string(lineSum) + ", the total is " + std::to_string(*total)
                     : "lines " + std::to_string(lineSum) + " plus tax " + std::to_string(*taxTotal) + " are not the total "
                           + std::to_string(*total);
    // Tax: whichever rounding the store's till is set to (per line or per receipt, half up or
    // half even), recomputed from the lines, as the till did.
    bool taxMatches = false;
    for (const auto scope : {TaxRoundingScope::PerReceipt, TaxRoundingScope::PerLine})
        for (const auto mode : {RoundingMode::HalfUp, RoundingMode::HalfEven})
            taxMatches = taxMatches
                         || computeTax(taxable, TaxPolicy{gross ? PriceMode::TaxInclusive : PriceMode::TaxExclusive, scope, mode}).totalTax
                                == *taxTotal;
    if (!taxMatches)
        return "tax_total " + std::to_string(*taxTotal) + " is not the tax of the lines at their tax_bp";

    const auto tenders = m_p.find("tenders");
    if (tenders == m_p.end() || !tenders->is_array() || tenders->size() > kMaxSaleTenders)
        return bad("\"tenders\"", "must be an array of at most 100 tenders");
    const qint64 payable = *total + *rounding;
    const bool refund = payable < 0;
    qint64 paid = 0;
    bool cash = false;
    for (size_t i = 0; i < tenders->size(); ++i) {
        const json &t = (*tenders)[i];
        const std::string where = "tender " + std::to_string(i + 1);
        const auto tenderKind = t.is_object() ? getString(t, "kind") : std::nullopt;
        const auto amount = t.is_object() ? boundedInt(t, "amount", -kMaxSaleAmount, kMaxSaleAmount) : std::nullopt;
        const auto change = t.is_object() && t.contains("change") ? boundedInt(t, "change", 0, kMaxSaleAmount) : qint64(0);
        if (!tenderKind || tenderKind->empty() || !amount || !change)
            return bad(where, "needs kind, amount and a change of 0 or more");
        const qint64 given = amount.value_or(0), back = change.value_or(0);
        if (refund ? given > 0 || back != 0 : given < 0)
            return where + ": " + *tenderKind + " " + std::to_string(given) + " is not possible when "
                   + (refund ? "paying back" : "taking money in");
        if (back > 0 && *tenderKind != "cash")
            return where + ": change is only given in cash";
        if (!refund && back > given)
            return where + ": change " + std::to_string(back) + " is more than was handed over";
        cash = cash || *tenderKind == "cash";
        paid += given - back;
    }
    if (paid != payable)
        return "tenders pay " + std::to_string(paid) + ", the amount payable is " + std::to_string(payable);
    if (*rounding != 0 && !cash)
        return "cash_rounding " + std::to_string(*rounding) + " without a cash tender";

    // The stock that moved is what the lines sold and took back (or nothing: goods not counted).
    std::map<qint64, qint64> moved;
    for (const Delta &d : deltas)
        moved[d.productId] += d.delta;
    for (const auto &[productId, qty] : sold)
        if (moved[productId] != 0 && moved[productId] != -qty)
            return "stock_deltas move " + std::to_string(moved[productId]) + " of product " + std::to_string(productId)
                   + ", the lines " + std::to_string(-qty);
    for (const auto &[productId, delta] : moved)
        if (delta != 0 && !sold.count(productId))
            return "stock_deltas move product " + std::to_string(productId) + ", which no line holds";
    return std::nullopt;
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
    if (auto refusal = saleRefusal(kind, *list))
        return reject(*refusal);
    auto deltaRefusal = deltasRefusal(*list);
    if (!deltaRefusal)
        return deltaRefusal.error();
    if (deltaRefusal.value())
        return reject(*deltaRefusal.value());

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
    if (!qty || *qty <= 0 || *qty > kMaxStockQuantity)
        return malformed("quantity", "a positive integer up to 10^9");
    // A web order's reservation may be at the terminal's store or at the chain's shared stock
    // (warehouse, online), never at another store: that store's shelf is its own staff's.
    if (*loc != m_t.storeId) {
        auto location = m_w.location(*loc);
        if (!location)
            return location.error();
        if (!location.value() || (location.value())->kind == "store")
            return reject("a reservation is at this terminal's store " + m_t.storeId + " or a warehouse, not at " + *loc);
    }
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
    qint64 available = 0;
    if (row.value() && __builtin_sub_overflow((row.value())->onHand, (row.value())->reserved, &available))
        available = 0;
    if (!row.value() || available < quantity)
        return std::optional<std::string>("not enough stock available at " + locationId + ": "
                                          + std::to_string(std::max<qint64>(available, 0)) + " available, "
                                          + std::to_string(quantity) + " requested");
    StockLevel s = *row.value();
    if (__builtin_add_overflow(s.reserved, quantity, &s.reserved) || s.reserved > kMaxStockQuantity)
        return std::optional<std::string>("reserved at " + locationId + " would be above " + std::to_string(kMaxStockQuantity));
    if (auto r = m_w.putStock(s); !r)
        return r.error();
    return std::optional<std::string>();
}

} // namespace ok::central
