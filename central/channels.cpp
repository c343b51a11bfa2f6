// SPDX-License-Identifier: GPL-3.0-or-later
// Customers, loyalty, web orders, holds and transfers at the central service (issue 13): the
// live queries and writes of docs/sync-protocol.md and the admin operations that let a tester
// play the web shop. The events terminals push about them are in channelevents.cpp.
//
// Personal data: names, e-mail addresses and phone numbers are stored in full (the web shop needs
// them) but served to terminals only masked, and never put into an error message or a log line.

#include "central/channels.h"

#include "central/crypto.h"
#include "central/eventapplier.h"
#include "central/wire.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <map>

namespace ok::central {

using nlohmann::json;

namespace {

/// A web order's number from its serial: id "WEB-200001", number "W200001".
constexpr qint64 kFirstWebOrderSerial = 200001;
constexpr int kMaxPromotionDays = 90;
constexpr int kMaxPromotionPercent = 90;

/// The price row valid at `sec`, if any.
std::optional<Price> priceAt(const std::vector<Price> &prices, qint64 sec)
{
    std::optional<Price> found;
    for (const Price &p : prices)
        if (p.validFrom <= sec && (!p.validTo || *p.validTo > sec))
            found = p;
    return found;
}

json customerJson(const Customer &c)
{
    json promotions = json::array();
    for (const CustomerPromotion &p : c.promotions)
        promotions.push_back(json{{"id", p.id}, {"name", p.name}, {"percent_bp", p.percentBp}});
    return json{{"id", c.id},           {"loyalty_id", c.loyaltyId},      {"name", c.name},
                {"email_masked", maskEmail(c.email)}, {"phone_masked", maskPhone(c.phone)}, {"points", c.points},
                {"store_credit", c.storeCredit},      {"currency", c.currency},         {"promotions", std::move(promotions)}};
}

} // namespace

// ------------------------------------------------------------------ identifiers and contacts

bool isValidEventRef(std::string_view id)
{
    return !id.empty() && id.size() <= 64 && std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    });
}

int ean13CheckDigit(std::string_view first12)
{
    int sum = 0;
    for (size_t i = 0; i < first12.size() && i < 12; ++i)
        sum += (first12[i] - '0') * (i % 2 == 0 ? 1 : 3);
    return (10 - sum % 10) % 10;
}

bool isValidLoyaltyId(std::string_view id)
{
    if (id.size() != 13 || id.substr(0, kLoyaltyPrefix.size()) != kLoyaltyPrefix)
        return false;
    if (!std::all_of(id.begin(), id.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return false;
    return ean13CheckDigit(id.substr(0, 12)) == id[12] - '0';
}

std::string loyaltyIdFor(qint64 serial)
{
    std::string digits = std::to_string(serial % 1'000'000'000);
    std::string out = std::string(kLoyaltyPrefix) + std::string(9 - digits.size(), '0') + digits;
    out.push_back(char('0' + ean13CheckDigit(out)));
    return out;
}

std::optional<std::string> phoneDigits(std::string_view phone, bool lenient)
{
    std::string digits;
    for (size_t i = 0; i < phone.size(); ++i) {
        const char c = phone[i];
        if (c >= '0' && c <= '9')
            digits.push_back(c);
        else if (c == '+' && digits.empty() && (i == 0 || lenient))
            continue;
        else if (!(lenient && (c == ' ' || c == '-' || c == '(' || c == ')')))
            return std::nullopt;
    }
    // E.164 has at most 15 digits; fewer than 6 is no phone number anyone can be reached at.
    if (digits.size() < 6 || digits.size() > 15)
        return std::nullopt;
    return digits;
}

std::optional<std::string> normalizedEmail(std::string_view email)
{
    if (email.size() < 3 || email.size() > 254)
        return std::nullopt;
    const size_t at = email.find('@');
    if (at == std::string_view::npos || at == 0 || at > 64 || email.find('@', at + 1) != std::string_view::npos)
        return std::nullopt;
    const std::string_view domain = email.substr(at + 1);
    if (domain.empty() || domain.find('.') == std::string_view::npos || domain.front() == '.' || domain.back() == '.')
        return std::nullopt;
    std::string out;
    for (char c : email) {
        const auto b = static_cast<unsigned char>(c);
        if (b <= 0x20 || b == 0x7F || c == '<' || c == '>' || c == '"' || c == ',' || c == ';')
            return std::nullopt;
        out.push_back(c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c);
    }
    return out;
}

std::string maskEmail(std::string_view email)
{
    const size_t at = email.find('@');
    if (at == std::string_view::npos)
        return "***";
    std::string first;
    if (at > 0) { // the first character, which may take several UTF-8 bytes
        size_t len = 1;
        while (len < at && (static_cast<unsigned char>(email[len]) & 0xC0) == 0x80)
            ++len;
        first = std::string(email.substr(0, len));
    }
    return first + "***" + std::string(email.substr(at));
}

std::string maskPhone(std::string_view digits)
{
    // The country code (1 digit for +1 and +7, else 2: enough for the demo countries) and the
    // last three digits, which is what a person confirms ("ending in 321").
    const size_t cc = !digits.empty() && (digits[0] == '1' || digits[0] == '7') ? 1 : 2;
    if (digits.size() < cc + 6)
        return "***";
    return "+" + std::string(digits.substr(0, cc)) + " *** *** " + std::string(digits.substr(digits.size() - 3));
}

bool isPlainText(std::string_view text, size_t maxChars)
{
    size_t chars = 0, i = 0;
    while (i < text.size()) {
        const auto b = static_cast<unsigned char>(text[i]);
        const size_t len = b < 0x80 ? 1 : b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 ? (b <= 0xEF ? 3 : 0) : b >= 0xC2 ? 2 : 0;
        if (len == 0 || i + len > text.size())
            return false;
        char32_t cp = len == 1 ? b : len == 2 ? b & 0x1F : len == 3 ? b & 0x0F : b & 0x07;
        for (size_t k = 1; k < len; ++k) {
            const auto c = static_cast<unsigned char>(text[i + k]);
            if ((c & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (c & 0x3F);
        }
        if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069))
            return false;
        i += len;
        ++chars;
    }
    return chars >= 1 && chars <= maxChars;
}

std::string firstName(std::string_view name)
{
    const size_t space = name.find(' ');
    return std::string(name.substr(0, space));
}

std::string customerLine(const Customer &c)
{
    std::string promotions;
    for (const CustomerPromotion &p : c.promotions)
        promotions += (promotions.empty() ? "" : ",") + p.id;
    return "customer " + c.id + " loyalty-id " + c.loyaltyId + " email " + c.email + " phone +" + c.phone + " points "
           + std::to_string(c.points) + " store-credit " + std::to_string(c.storeCredit) + " " + c.currency + " home "
           + c.homeStoreId + " promotions " + (promotions.empty() ? "-" : promotions) + " name " + c.name;
}

std::string demoChannelsReport(const DemoChannels &d)
{
    std::string out;
    for (const Customer &c : d.customers)
        out += customerLine(c) + "\n";
    for (const WebOrder &o : d.webOrders)
        out += "web-order " + o.number + " customer " + o.customerId + " channel " + o.channel + " status " + o.status + " delivery "
               + o.delivery + " total " + std::to_string(o.total) + " " + o.currency + "\n";
    for (const Price &p : d.promotions)
        out += "promotion " + p.storeId + " product " + std::to_string(p.productId) + " amount " + std::to_string(p.amount)
               + " regular " + std::to_string(p.regularAmount.value_or(p.amount)) + " " + p.currency + " until "
               + (p.validTo ? std::to_string(*p.validTo) : std::string("-")) + " name " + p.promotion + "\n";
    return out;
}

json webOrderJson(const WebOrder &o)
{
    json lines = json::array(), payments = json::array(), history = json::array();
    for (const WebOrderLine &l : o.lines)
        lines.push_back(json{{"line_no", l.lineNo}, {"product_id", l.productId}, {"name", l.name}, {"quantity", l.quantity},
                             {"amount", l.amount}, {"returned", l.returned}});
    for (const WebPayment &p : o.payments)
        payments.push_back(json{{"method", p.method}, {"amount", p.amount}, {"reference", p.reference}});
    for (const HistoryEntry &e : o.history)
        history.push_back(json{{"at_ms", e.atMs}, {"what", e.what}});
    json j{{"id", o.id},         {"number", o.number},       {"channel", o.channel},      {"customer_id", o.customerId},
           {"status", o.status}, {"delivery", o.delivery},   {"store_id", o.storeId},     {"created_at_ms", o.createdAtMs},
           {"total", o.total},   {"currency", o.currency},   {"lines", std::move(lines)}, {"payments", std::move(payments)},
           {"history", std::move(history)}};
    if (!o.ccOrderId.empty())
        j["pickup_order_id"] = o.ccOrderId; // the click-and-collect order it is collected with
    return j;
}

// ------------------------------------------------------------------ shared writes

Result<void> endHoldIn(CentralStore::Writer &w, Hold hold, const std::string &state, const std::string &reason, qint64 nowMs)
{
    auto row = w.stock(hold.productId, hold.storeId);
    if (!row)
        return row.error();
    if (row.value()) {
        StockLevel s = *row.value();
        s.reserved = std::max<qint64>(0, s.reserved - hold.quantity);
        if (auto r = w.putStock(s); !r)
            return r.error();
    }
    hold.state = state;
    hold.endedAtMs = nowMs;
    hold.endReason = reason;
    return w.putHold(hold);
}

Result<Price> putPromotionIn(CentralStore::Writer &w, const std::string &storeId, qint64 productId, int percent,
                             const std::string &name, qint64 fromSec, int days)
{
    if (percent < 1 || percent > kMaxPromotionPercent)
        return makeError(errc::kInvalid, "a promotion takes 1 to " + std::to_string(kMaxPromotionPercent) + " % off");
    if (!isPlainText(name, kMaxPromotionNameChars))
        return makeError(errc::kInvalid, "a promotion's name is 1 to 64 characters without control characters");
    if (days < 1 || days > kMaxPromotionDays)
        return makeError(errc::kInvalid, "a promotion runs 1 to " + std::to_string(kMaxPromotionDays) + " days");
    auto store = w.location(storeId);
    if (!store)
        return store.error();
    if (!store.value() || (store.value())->kind != "store")
        return makeError(errc::kInvalid, "unknown store " + storeId);
    auto prices = w.prices(storeId, productId);
    if (!prices)
        return prices.error();
    std::optional<Price> current = priceAt(prices.value(), fromSec);
    if (!current)
        return makeError(errc::kInvalid, "product " + std::to_string(productId) + " has no price in store " + storeId + " now");
    const qint64 regular = current->promotion.empty() ? current->amount : current->regularAmount.value_or(current->amount);
    const qint64 amount = qint64(__int128(regular) * (100 - percent) / 100);
    if (amount >= regular)
        return makeError(errc::kInvalid, "a price of " + std::to_string(regular) + " cannot be lowered by " + std::to_string(percent) + " %");
    // Where the regular price would have ended: the next scheduled price, or the end of this row.
    std::optional<qint64> limit = current->validTo;
    for (const Price &p : prices.value())
        if (p.validFrom > fromSec)
            limit = limit ? std::min(*limit, p.validFrom) : p.validFrom;
    const qint64 end = fromSec + qint64(days) * 86400;
    const qint64 promoEnd = limit ? std::min(*limit, end) : end;
    if (current->validFrom < fromSec) {
        Price closed = *current;
        closed.validTo = fromSec;
        if (auto r = w.putPrice(closed); !r)
            return r.error();
    }
    Price promo = *current;
    promo.validFrom = fromSec;
    promo.validTo = promoEnd;
    promo.amount = amount;
    promo.promotion = name;
    promo.regularAmount = regular;
    if (auto r = w.putPrice(promo); !r)
        return r.error();
    if (promoEnd == end && (!limit || *limit > end)) {
        Price after = *current;
        after.validFrom = end;
        after.validTo = limit;
        after.amount = regular;
        after.promotion.clear();
        after.regularAmount.reset();
        if (auto r = w.putPrice(after); !r)
            return r.error();
    }
    return promo;
}

Result<std::optional<CreatedOrder>> collectInStoreIn(CentralStore::Writer &w, WebOrder &order, const Location &store,
                                                     const Customer &customer, qint64 nowMs, std::string *refusal)
{
    if (order.currency != store.currency) {
        *refusal = "web order " + order.number + " is in " + order.currency + ", store " + store.id + " sells in " + store.currency;
        return std::optional<CreatedOrder>();
    }
    // Every line must be free at the store now: the customer is told to come, so the goods are
    // reserved at once, not promised.
    std::map<qint64, qint64> wanted;
    for (const WebOrderLine &l : order.lines)
        wanted[l.productId] += l.quantity;
    std::vector<StockLevel> rows;
    for (const auto &[productId, quantity] : wanted) {
        auto row = w.stock(productId, store.id);
        if (!row)
            return row.error();
        const qint64 available = row.value() ? std::max<qint64>(0, (row.value())->onHand - (row.value())->reserved) : 0;
        if (available < quantity) {
            *refusal = "store " + store.id + " has " + std::to_string(available) + " of product " + std::to_string(productId)
                       + " available, web order " + order.number + " needs " + std::to_string(quantity)
                       + ": order it to the store instead";
            return std::optional<CreatedOrder>();
        }
        StockLevel s = *row.value();
        s.reserved += quantity;
        rows.push_back(s);
    }
    for (const StockLevel &s : rows)
        if (auto r = w.putStock(s); !r)
            return r.error();
    CentralService::OrderRequest req;
    req.storeId = store.id;
    for (const WebOrderLine &l : order.lines)
        req.lines.push_back({l.productId, l.quantity, l.amount, l.name});
    req.customerFirstName = firstName(customer.name);
    req.contactMasked = maskEmail(customer.email);
    auto created = createOrderIn(w, req, nowMs);
    if (!created)
        return created.error();
    order.delivery = "store";
    order.storeId = store.id;
    order.status = "collect_in_store";
    order.ccOrderId = created->order.id;
    order.history.push_back({nowMs, "to be collected in store " + store.id + " (order " + created->order.number + ")"});
    return std::optional<CreatedOrder>(std::move(created).value());
}

// ------------------------------------------------------------------ live queries and writes

Result<std::string> CentralService::customersJson(CustomerKey key, const std::string &value)
{
    // The value is never echoed in an error: it is personal data.
    std::optional<std::string> normal;
    switch (key) {
    case CustomerKey::LoyaltyId:
        if (isValidLoyaltyId(value))
            normal = value;
        else
            return makeError(errc::kBadRequest, "loyalty_id must be 13 digits starting with 298, with a valid check digit");
        break;
    case CustomerKey::Phone:
        normal = phoneDigits(value, false);
        if (!normal)
            return makeError(errc::kBadRequest, "phone must be 6 to 15 digits with an optional leading +");
        break;
    case CustomerKey::Email:
        normal = normalizedEmail(value);
        if (!normal)
            return makeError(errc::kBadRequest, "email is not an e-mail address");
        break;
    default:
        return makeError(errc::kBadRequest, "look customers up by loyalty_id, phone or email");
    }
    auto list = m_store.customers(key, *normal, 20);
    if (!list)
        return list.error();
    json out = json::array();
    for (const Customer &c : list.value())
        out.push_back(customerJson(c));
    return json{{"customers", std::move(out)}}.dump();
}

Result<std::string> CentralService::customerOrdersJson(const std::string &customerId)
{
    auto c = m_store.customers(CustomerKey::Id, customerId, 1);
    if (!c)
        return c.error();
    if (c.value().empty())
        return makeError(errc::kNotFound, "unknown customer " + customerId);
    auto list = m_store.webOrders(customerId, 500);
    if (!list)
        return list.error();
    json out = json::array();
    for (const WebOrder &o : list.value())
        out.push_back(central::webOrderJson(o)); // the free function, not the member of the same name
    return json{{"orders", std::move(out)}}.dump();
}

Result<std::string> CentralService::webOrderJson(const std::string &number)
{
    auto o = m_store.webOrder(number);
    if (!o)
        return o.error();
    if (!o.value())
        return makeError(errc::kNotFound, "unknown web order " + number);
    return central::webOrderJson(*o.value()).dump();
}

Result<std::string> CentralService::redeem(const AuthTerminal &t, const json &body)
{
    if (!body.is_object())
        return makeError(errc::kBadRequest, "the body must be a JSON object");
    const auto redemptionId = getString(body, "redemption_id");
    const auto customerId = getString(body, "customer_id");
    const auto points = getInt(body, "points");
    const auto saleId = getString(body, "sale_id");
    const auto storeId = getString(body, "store_id");
    if (!redemptionId || !isValidEventRef(*redemptionId))
        return makeError(errc::kBadRequest, "redemption_id must be 1 to 64 letters, digits, '-' or '_'");
    if (!customerId || !isValidId(*customerId))
        return makeError(errc::kBadRequest, "customer_id must be a customer id");
    if (!points || *points < 1 || *points > kMaxPoints)
        return makeError(errc::kBadRequest, "points must be a whole number from 1 to " + std::to_string(kMaxPoints));
    if (!saleId || saleId->empty() || saleId->size() > 64 || !isPlainText(*saleId, 64))
        return makeError(errc::kBadRequest, "sale_id must be the ticket id, 1 to 64 characters");
    if (!storeId)
        return makeError(errc::kBadRequest, "store_id must be the terminal's store");
    if (*storeId != t.storeId)
        return makeError(errc::kForbidden, "a terminal of store " + t.storeId + " redeems points for its own store only");
    // The idempotency key is the redemption id; the hash covers what the request means.
    const std::string hash = sha256Hex(json{{"redemption_id", *redemptionId}, {"customer_id", *customerId}, {"points", *points},
                                            {"sale_id", *saleId}, {"store_id", *storeId}}
                                           .dump());
    auto answer = [](const Redemption &r) {
        return json{{"redemption_id", r.id}, {"points", r.points}, {"amount", r.amount}, {"currency", r.currency},
                    {"balance", r.balanceAfter}}
            .dump();
    };
    const qint64 now = nowMs();
    auto wr = m_store.write();
    if (!wr)
        return wr.error();
    CentralStore::Writer &w = *wr.value();
    auto existing = w.redemption(*redemptionId);
    if (!existing)
        return existing.error();
    if (existing.value()) {
        if ((existing.value())->bodySha256 == hash)
            return answer(*existing.value());
        return makeError(errc::kConflict, "redemption id " + *redemptionId + " was used before with another request");
    }
    auto customer = w.customer(*customerId);
    if (!customer)
        return customer.error();
    if (!customer.value())
        return makeError(errc::kNotFound, "unknown customer " + *customerId);
    Customer c = std::move(*customer.value());
    if (c.points < *points)
        return makeError(errc::kInsufficientPoints, "the balance is " + std::to_string(c.points) + " points, "
                                                        + std::to_string(*points) + " were asked for");
    c.points -= *points;
    if (auto r = w.putCustomer(c); !r)
        return r.error();
    // 1 point = 1 minor unit of the store's currency.
    const Redemption red{*redemptionId, c.id, *points, *points, t.currency, *saleId, t.storeId, t.id, hash, c.points, "redeemed", {}, now};
    if (auto r = w.putRedemption(red); !r)
        return r.error();
    auto added = w.addPointsEntry(PointsEntry{0, c.id, "redeem", red.id, -red.points, c.points, red.amount, red.saleId, t.storeId,
                                              now, "redeemed at " + t.id + " for sale " + red.saleId});
    if (!added)
        return added.error();
    if (auto r = w.commit(); !r)
        return r.error();
    return answer(red);
}

Result<std::string> CentralService::holdsJson(const AuthTerminal &t, const std::string &storeId)
{
    if (!isValidId(storeId))
        return makeError(errc::kBadRequest, "store_id must be a store id");
    if (storeId != t.storeId)
        return makeError(errc::kForbidden, "a terminal of store " + t.storeId + " sees its own store's holds only");
    if (auto r = expireHolds(); !r)
        return r.error();
    auto list = m_store.holds(storeId, nowMs() - kHoldListWindowMs, 1000);
    if (!list)
        return list.error();
    json out = json::array();
    for (const Hold &h : list.value())
        out.push_back(json{{"hold_id", h.id},     {"product_id", h.productId},       {"quantity", h.quantity},
                           {"expires_at", h.expiresAt}, {"customer_name", h.customerName}, {"state", h.state}});
    return json{{"holds", std::move(out)}}.dump();
}

Result<std::string> CentralService::transfersJson(const AuthTerminal &t, const std::string &storeId)
{
    if (!isValidId(storeId))
        return makeError(errc::kBadRequest, "store_id must be a store id");
    if (storeId != t.storeId)
        return makeError(errc::kForbidden, "a terminal of store " + t.storeId + " sees its own store's requests only");
    auto list = m_store.transfers(storeId, 1000);
    if (!list)
        return list.error();
    json out = json::array();
    for (const Transfer &x : list.value()) {
        json j{{"request_id", x.id},  {"product_id", x.productId}, {"quantity", x.quantity},         {"from_location", x.fromLocation},
               {"to", x.destination}, {"state", x.state},          {"updated_at_ms", x.updatedAtMs}};
        if (!x.orderId.empty())
            j["order_id"] = x.orderId;
        out.push_back(std::move(j));
    }
    return json{{"transfers", std::move(out)}}.dump();
}

Result<int> CentralService::expireHolds()
{
    const qint64 now = nowMs();
    auto due = m_store.hasDueHolds(now / 1000);
    if (!due)
        return due.error();
    if (!due.value())
        return 0;
    auto wr = m_store.write();
    if (!wr)
        return wr.error();
    CentralStore::Writer &w = *wr.value();
    auto list = w.dueHolds(now / 1000); // again inside the transaction: another sweep may have run
    if (!list)
        return list.error();
    for (const Hold &h : list.value())
        if (auto r = endHoldIn(w, h, "expired", "expired", now); !r)
            return r.error();
    if (auto r = w.commit(); !r)
        return r.error();
    return int(list.value().size());
}

// ------------------------------------------------------------------ admin

Result<Customer> CentralService::createCustomer(const CustomerRequest &req)
{
    if (!isPlainText(req.name, kMaxCustomerNameChars))
        return makeError(errc::kInvalid, "a name is 1 to 64 characters without control characters");
    const auto email = normalizedEmail(req.email);
    if (!email)
        return makeError(errc::kInvalid, "the e-mail address is not one");
    const auto phone = phoneDigits(req.phone, true);
    if (!phone)
        return makeError(errc::kInvalid, "a phone number is 6 to 15 digits with the country code, e.g. +48 601 234 321");
    if (req.points < 0 || req.points > kMaxPoints)
        return makeError(errc::kInvalid, "points are 0 to " + std::to_string(kMaxPoints));
    // One customer per e-mail address and per phone number: a lookup must find one person.
    for (const auto &[key, value] : {std::pair{CustomerKey::Email, *email}, std::pair{CustomerKey::Phone, *phone}}) {
        auto found = m_store.customers(key, value, 1);
        if (!found)
            return found.error();
        if (!found.value().empty())
            return makeError(errc::kInvalid, std::string("customer ") + found.value().front().id + " has this "
                                                 + (key == CustomerKey::Email ? "e-mail address" : "phone number"));
    }
    const qint64 now = nowMs();
    auto wr = m_store.write();
    if (!wr)
        return wr.error();
    CentralStore::Writer &w = *wr.value();
    const std::string storeId = req.storeId.empty() ? std::string("S001") : req.storeId;
    auto store = w.location(storeId);
    if (!store)
        return store.error();
    if (!store.value() || (store.value())->kind != "store")
        return makeError(errc::kInvalid, "unknown store " + storeId);
    auto c = putNewCustomerIn(w, req.name, *email, *phone, *store.value(), req.points, {}, now);
    if (!c)
        return c.error();
    if (auto r = w.commit(); !r)
        return r.error();
    return c;
}

Result<Customer> putNewCustomerIn(CentralStore::Writer &w, const std::string &name, const std::string &email,
                                  const std::string &phone, const Location &home, qint64 points,
                                  std::vector<CustomerPromotion> promotions, qint64 nowMs)
{
    auto serial = w.lastCustomerSerial();
    if (!serial)
        return serial.error();
    char id[32];
    std::snprintf(id, sizeof id, "C%05lld", static_cast<long long>(serial.value() + 1));
    Customer c{id, loyaltyIdFor(serial.value() + 1), name, email, phone, home.id, home.currency, points, 0, nowMs, std::move(promotions)};
    if (auto r = w.putCustomer(c); !r)
        return r.error();
    if (c.points > 0) {
        auto added = w.addPointsEntry(PointsEntry{0, c.id, "adjust", c.id + ":opening", c.points, c.points, 0, {}, home.id, nowMs,
                                                  "opening balance"});
        if (!added)
            return added.error();
    }
    return c;
}

Result<WebOrder> newWebOrderIn(CentralStore::Writer &w, const Customer &customer, const std::vector<CentralService::LineRequest> &lines,
                               const std::string &channel, const std::string &priceStoreId, qint64 createdAtMs)
{
    if (channel != "web" && channel != "app")
        return makeError(errc::kInvalid, "the channel is web or app");
    if (lines.empty() || lines.size() > 500)
        return makeError(errc::kInvalid, "a web order has 1 to 500 lines");
    auto store = w.location(priceStoreId);
    if (!store)
        return store.error();
    if (!store.value() || (store.value())->kind != "store")
        return makeError(errc::kInvalid, "unknown store " + priceStoreId);
    WebOrder o;
    o.channel = channel;
    o.customerId = customer.id;
    o.status = "paid";
    o.delivery = "home";
    o.createdAtMs = createdAtMs;
    o.currency = (store.value())->currency;
    for (const CentralService::LineRequest &line : lines) {
        if (line.quantity < 1 || line.quantity > kMaxHoldQuantity)
            return makeError(errc::kInvalid, "quantities are 1 to 1000 (product " + std::to_string(line.productId) + ")");
        auto product = w.product(line.productId);
        if (!product)
            return product.error();
        if (!product.value() || (product.value())->unit != "piece")
            return makeError(errc::kInvalid, "product " + std::to_string(line.productId) + " is unknown or sold by weight");
        auto prices = w.prices(priceStoreId, line.productId);
        if (!prices)
            return prices.error();
        const auto price = priceAt(prices.value(), createdAtMs / 1000);
        if (!price)
            return makeError(errc::kInvalid, "product " + std::to_string(line.productId) + " has no price in store " + priceStoreId);
        const json names = json::parse((product.value())->namesJson, nullptr, false);
        std::string name = (product.value())->sku;
        if (names.is_object() && names.contains((store.value())->language) && names[(store.value())->language].is_string())
            name = names[(store.value())->language].get<std::string>();
        const qint64 amount = price->amount * line.quantity;
        o.total += amount;
        o.lines.push_back(WebOrderLine{int(o.lines.size()) + 1, line.productId, name, line.quantity, amount, 0});
    }
    auto serial = w.lastWebOrderSerial();
    if (!serial)
        return serial.error();
    const qint64 next = std::max(serial.value() + 1, kFirstWebOrderSerial);
    o.id = "WEB-" + std::to_string(next);
    o.number = "W" + std::to_string(next);
    o.payments.push_back(WebPayment{"card-online", o.total, "PSP-" + toHex(randomBytes(6))});
    o.history.push_back({createdAtMs, "placed in the " + channel + " shop, paid " + std::to_string(o.total) + " " + o.currency
                                          + " by card-online"});
    return o;
}

Result<CentralService::CreatedWebOrder> CentralService::createWebOrder(const WebOrderRequest &req)
{
    const qint64 now = nowMs();
    auto wr = m_store.write();
    if (!wr)
        return wr.error();
    CentralStore::Writer &w = *wr.value();
    auto customer = w.customer(req.customerId);
    if (!customer)
        return customer.error();
    if (!customer.value())
        return makeError(errc::kInvalid, "unknown customer " + req.customerId);
    const Customer &c = *customer.value();
    auto order = newWebOrderIn(w, c, req.lines, req.channel, req.storeId.empty() ? c.homeStoreId : req.storeId, now);
    if (!order)
        return order.error();
    CreatedWebOrder created{std::move(order).value(), std::nullopt};
    if (!req.storeId.empty()) {
        auto store = w.location(req.storeId);
        if (!store)
            return store.error();
        std::string refusal;
        auto pickup = collectInStoreIn(w, created.order, *store.value(), c, now, &refusal);
        if (!pickup)
            return pickup.error();
        if (!pickup.value())
            return makeError(errc::kInvalid, refusal);
        created.pickup = std::move(pickup).value();
    }
    if (auto r = w.putWebOrder(created.order); !r)
        return r.error();
    if (auto r = w.commit(); !r)
        return r.error();
    return created;
}

Result<Price> CentralService::setPromotion(const std::string &storeId, qint64 productId, int percent, const std::string &name, int days)
{
    auto wr = m_store.write();
    if (!wr)
        return wr.error();
    auto product = wr.value()->product(productId);
    if (!product)
        return product.error();
    if (!product.value())
        return makeError(errc::kInvalid, "unknown product " + std::to_string(productId));
    auto p = putPromotionIn(*wr.value(), storeId, productId, percent, name, nowMs() / 1000, days);
    if (!p)
        return p.error();
    if (auto r = wr.value()->commit(); !r)
        return r.error();
    return p;
}

namespace {

/// The transfer request an admin moves on from `state` (`onlyWhat` says so when it is in another).
Result<Transfer> transferToMove(CentralStore::Writer &w, const std::string &requestId, std::string_view state, const char *onlyWhat)
{
    auto found = w.transfer(requestId);
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(errc::kInvalid, "unknown transfer request " + requestId);
    if ((found.value())->state != state)
        return makeError(errc::kInvalid, "transfer request " + requestId + " is " + (found.value())->state + ": " + onlyWhat);
    return std::move(*found.value());
}

} // namespace

Result<Transfer> CentralService::shipTransfer(const std::string &requestId)
{
    const qint64 now = nowMs();
    auto wr = m_store.write();
    if (!wr)
        return wr.error();
    CentralStore::Writer &w = *wr.value();
    auto found = transferToMove(w, requestId, "requested", "only requested ones ship");
    if (!found)
        return found.error();
    Transfer t = std::move(found).value();
    // The goods leave the source (on hand and their reservation) and travel to the store.
    auto source = stockRowIn(w, t.productId, t.fromLocation);
    if (!source)
        return source.error();
    StockLevel s = std::move(source).value();
    s.onHand -= t.quantity;
    s.reserved = std::max<qint64>(0, s.reserved - t.quantity);
    if (auto r = w.putStock(s); !r)
        return r.error();
    if (t.destination == "store") {
        auto dest = stockRowIn(w, t.productId, t.storeId);
        if (!dest)
            return dest.error();
        StockLevel d = std::move(dest).value();
        d.inTransit += t.quantity;
        if (auto r = w.putStock(d); !r)
            return r.error();
    }
    t.state = "shipped";
    t.updatedAtMs = now;
    if (auto r = w.putTransfer(t); !r)
        return r.error();
    if (auto r = w.commit(); !r)
        return r.error();
    return t;
}

Result<CentralService::ArrivedTransfer> CentralService::arriveTransfer(const std::string &requestId)
{
    const qint64 now = nowMs();
    auto wr = m_store.write();
    if (!wr)
        return wr.error();
    CentralStore::Writer &w = *wr.value();
    auto found = transferToMove(w, requestId, "shipped", "only shipped ones arrive");
    if (!found)
        return found.error();
    ArrivedTransfer out{std::move(found).value(), std::nullopt};
    Transfer &t = out.transfer;
    t.updatedAtMs = now;
    if (t.destination == "home") {
        t.state = "delivered";
    } else {
        // At the store: on hand and reserved for the customer, who collects it like any
        // click-and-collect order (issue 8's flows).
        auto row = stockRowIn(w, t.productId, t.storeId);
        if (!row)
            return row.error();
        StockLevel s = std::move(row).value();
        s.inTransit = std::max<qint64>(0, s.inTransit - t.quantity);
        s.onHand += t.quantity;
        s.reserved += t.quantity;
        if (auto r = w.putStock(s); !r)
            return r.error();
        OrderRequest req;
        req.storeId = t.storeId;
        req.lines = {{t.productId, t.quantity, std::nullopt, {}}};
        req.customerFirstName = firstName(t.customerName);
        req.contactMasked = !t.customerEmail.empty() ? maskEmail(t.customerEmail) : maskPhone(t.customerPhone);
        auto created = createOrderIn(w, req, now);
        if (!created)
            return created.error();
        t.state = "arrived";
        t.orderId = created->order.id;
        out.pickup = std::move(created).value();
    }
    if (auto r = w.putTransfer(t); !r)
        return r.error();
    if (auto r = w.commit(); !r)
        return r.error();
    return out;
}

} // namespace ok::central
