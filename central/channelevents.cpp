// SPDX-License-Identifier: GPL-3.0-or-later
// The side effects of the customer and channel events (issue 13; payloads in
// docs/sync-protocol.md): loyalty on sales and returns, cancelled redemptions, holds and their
// release, transfer requests, web orders collected in a store and returned there.
//
// What a terminal asks for is checked here again, whatever the terminal checked: a hold only at
// its own store, a transfer only from a location that has the goods, a return of no more than
// was bought and paid. Refusals name what a person can do about them. No refusal names a
// customer's contact details: the reasons end up in terminal dead-letter lists and admin output.

#include "central/channels.h"
#include "central/eventapplier.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>

namespace ok::central {

using nlohmann::json;

namespace {

constexpr size_t kMaxStaffIdChars = 64;
constexpr size_t kMaxAddressChars = 256;

/// An optional string member: absent or null → "", a string within `maxChars` plain characters →
/// it; anything else sets `bad`.
std::string optionalText(const json &o, const char *key, size_t maxChars, bool *bad)
{
    const auto it = o.find(key);
    if (it == o.end() || it->is_null())
        return {};
    if (!it->is_string() || (!it->get<std::string>().empty() && !isPlainText(it->get<std::string>(), maxChars))) {
        *bad = true;
        return {};
    }
    return it->get<std::string>();
}

bool isRequestId(const std::optional<std::string> &id)
{
    return id && isValidEventRef(*id);
}

} // namespace

// ------------------------------------------------------------------ loyalty

Result<Outcome> EventApplier::saleLoyalty(const std::string &saleId, const char *kind, qint64 total, const std::string &currency)
{
    bool bad = false;
    const std::string loyaltyId = optionalText(m_p, "loyalty_id", 13, &bad);
    if (bad)
        return malformed("loyalty_id", "a loyalty id");
    const bool isReturn = std::string_view(kind) == "return";

    // Loyalty tenders: each must be a redemption of this customer with this amount, made for
    // money in this currency and not spent on another sale. Points are not money the central
    // service can take back from a till: a forged tender is refused, not noted.
    qint64 paidByPoints = 0;
    std::vector<std::pair<qint64, std::string>> loyaltyTenders;
    if (const auto tenders = m_p.find("tenders"); tenders != m_p.end() && tenders->is_array())
        for (const json &t : *tenders)
            if (t.is_object() && getString(t, "kind").value_or(std::string()) == "loyalty") {
                const auto amount = getInt(t, "amount");
                const auto reference = getString(t, "reference");
                if (!amount || !reference)
                    return malformed("tenders[].amount/reference", "an integer and a redemption id for a loyalty tender");
                loyaltyTenders.push_back({*amount, *reference});
            }
    std::optional<Customer> customer;
    if (!loyaltyId.empty()) {
        auto c = m_w.customerByLoyaltyId(loyaltyId);
        if (!c)
            return c.error();
        customer = std::move(c).value();
    }
    if (!isReturn && !loyaltyTenders.empty()) {
        if (!customer)
            return reject("a loyalty tender needs the loyalty_id of a known customer");
        std::set<std::string> seen;
        for (const auto &[amount, reference] : loyaltyTenders) {
            auto red = m_w.redemption(reference);
            if (!red)
                return red.error();
            const std::string what = "loyalty tender " + reference + ": ";
            if (!red.value())
                return reject(what + "no such redemption: redeem the points again");
            Redemption r = std::move(*red.value());
            if (r.customerId != customer->id)
                return reject(what + "the points were redeemed by another customer");
            if (r.amount != amount || r.currency != currency)
                return reject(what + "the redemption was " + std::to_string(r.amount) + " " + r.currency + ", not "
                              + std::to_string(amount) + " " + currency);
            if (r.state == "cancelled")
                return reject(what + "the redemption was cancelled and its points given back");
            if ((r.state == "used" && r.usedBySale != saleId) || !seen.insert(reference).second)
                return reject(what + "the redemption already paid sale " + (r.usedBySale.empty() ? saleId : r.usedBySale));
            r.state = "used";
            r.usedBySale = saleId;
            if (auto w = m_w.putRedemption(r); !w)
                return w.error();
            paidByPoints += amount;
        }
    }
    if (!loyaltyId.empty() && !customer && !isReturn) {
        // The sale happened: it stays recorded, but nobody earns. Staff find out why.
        if (auto r = exception("loyalty.unknown-customer", saleId, "sale " + saleId + " names an unknown loyalty id"); !r)
            return r.error();
        return Outcome{};
    }

    if (!isReturn && customer) {
        // 1 point per whole currency unit paid with money, once per sale.
        const qint64 basis = std::max<qint64>(0, total - paidByPoints);
        const qint64 points = basis / 100;
        // Sale ids are the terminals' own (recorded per terminal): when another store's terminal
        // earned under this id first, this sale's points go under "<terminal>|<sale id>".
        std::string ref = saleId;
        auto earned = m_w.pointsEntry("earn", ref);
        if (!earned)
            return earned.error();
        if (earned.value() && (earned.value())->storeId != m_t.storeId) {
            ref = m_t.id + "|" + saleId;
            earned = m_w.pointsEntry("earn", ref);
            if (!earned)
                return earned.error();
        }
        if (points > 0 && !earned.value()) {
            Customer c = std::move(*customer);
            if (__builtin_add_overflow(c.points, points, &c.points))
                return reject("the points balance of customer " + c.id + " would overflow");
            if (auto r = m_w.putCustomer(c); !r)
                return r.error();
            auto added = m_w.addPointsEntry(PointsEntry{0, c.id, "earn", ref, points, c.points, basis, saleId, m_t.storeId, m_now,
                                                        "sale " + saleId + " at " + m_t.id});
            if (!added)
                return added.error();
        }
        return Outcome{};
    }
    if (!isReturn)
        return Outcome{};

    // A return takes back what its original sale earned, in proportion to the money returned,
    // rounded on the running total so that returning everything takes back exactly the earn.
    const auto original = getString(m_p, "original_sale_id");
    if (!original || original->empty())
        return Outcome{};
    auto entries = m_w.pointsOfSale(*original);
    if (!entries)
        return entries.error();
    const auto earn = std::find_if(entries.value().begin(), entries.value().end(), [](const PointsEntry &e) { return e.kind == "earn"; });
    if (earn == entries.value().end() || earn->basis <= 0)
        return Outcome{};
    qint64 before = 0;
    for (const PointsEntry &e : entries.value())
        if (e.kind == "return")
            before += e.basis;
    const qint64 returned = std::min<qint64>(std::llabs(total), std::max<qint64>(0, earn->basis - before));
    const qint64 share = shareOf(earn->points, earn->basis, before, returned);
    auto c = m_w.customer(earn->customerId);
    if (!c)
        return c.error();
    if (!c.value() || returned <= 0)
        return Outcome{};
    Customer cust = std::move(*c.value());
    const qint64 taken = std::min(share, cust.points); // never below 0: spent points stay spent
    cust.points -= taken;
    if (auto r = m_w.putCustomer(cust); !r)
        return r.error();
    auto returnedBefore = m_w.pointsEntry("return", saleId); // another store's return under this id first
    if (!returnedBefore)
        return returnedBefore.error();
    const std::string ref = returnedBefore.value() ? m_t.id + "|" + saleId : saleId;
    auto added = m_w.addPointsEntry(PointsEntry{0, cust.id, "return", ref, -taken, cust.points, returned, *original, m_t.storeId,
                                                m_now, "return " + saleId + " of sale " + *original + ": " + std::to_string(share)
                                                           + " points to take back, " + std::to_string(taken) + " taken"});
    if (!added)
        return added.error();
    return Outcome{};
}

Result<Outcome> EventApplier::redemptionCancelled()
{
    const auto redemptionId = getString(m_p, "redemption_id");
    if (!redemptionId || redemptionId->empty())
        return malformed("redemption_id", "a string");
    const auto customerId = getString(m_p, "customer_id");
    if (!customerId || customerId->empty())
        return malformed("customer_id", "a string");
    auto red = m_w.redemption(*redemptionId);
    if (!red)
        return red.error();
    if (!red.value()) // the redeem never reached the central service: nothing was debited
        return Outcome{};
    Redemption r = std::move(*red.value());
    if (r.customerId != *customerId)
        return reject("redemption " + r.id + " is not customer " + *customerId + "'s");
    if (r.storeId != m_t.storeId)
        return reject("redemption " + r.id + " was made at store " + r.storeId);
    if (r.state == "cancelled")
        return Outcome{};
    if (r.state == "used")
        return reject("redemption " + r.id + " paid sale " + r.usedBySale + ": return the sale instead");
    auto c = m_w.customer(r.customerId);
    if (!c)
        return c.error();
    if (!c.value())
        return reject("unknown customer " + r.customerId);
    Customer cust = std::move(*c.value());
    if (__builtin_add_overflow(cust.points, r.points, &cust.points))
        return reject("the points balance of customer " + cust.id + " would overflow");
    if (auto w = m_w.putCustomer(cust); !w)
        return w.error();
    auto added = m_w.addPointsEntry(PointsEntry{0, cust.id, "cancel", r.id, r.points, cust.points, r.amount, r.saleId, m_t.storeId,
                                                m_now, "sale " + r.saleId + " was not completed"});
    if (!added)
        return added.error();
    r.state = "cancelled";
    if (auto w = m_w.putRedemption(r); !w)
        return w.error();
    return Outcome{};
}

// ------------------------------------------------------------------ holds

Result<Outcome> EventApplier::hold()
{
    const auto holdId = getString(m_p, "hold_id");
    if (!isRequestId(holdId))
        return malformed("hold_id", "an id of 1 to 64 letters, digits, '-' or '_'");
    const auto pid = getInt(m_p, "product_id");
    if (!pid)
        return malformed("product_id", "an integer");
    const auto loc = getString(m_p, "location_id");
    if (!loc)
        return malformed("location_id", "a string");
    const auto qty = getInt(m_p, "quantity");
    if (!qty || *qty < 1 || *qty > kMaxHoldQuantity)
        return malformed("quantity", "an integer from 1 to 1000");
    const auto expiresAt = getInt(m_p, "expires_at");
    if (!expiresAt)
        return malformed("expires_at", "an integer (unix seconds)");
    bool bad = false;
    const std::string customerName = optionalText(m_p, "customer_name", kMaxCustomerNameChars, &bad);
    if (bad)
        return malformed("customer_name", "a string of at most 64 characters");
    const std::string staffId = optionalText(m_p, "staff_id", kMaxStaffIdChars, &bad);
    if (bad)
        return malformed("staff_id", "a string");
    if (*loc != m_t.storeId)
        return reject("a hold is made at the terminal's own store " + m_t.storeId + ", not at " + *loc
                      + ": order the goods to this store instead");
    const qint64 nowSec = m_now / 1000;
    if (*expiresAt <= nowSec || *expiresAt > nowSec + kMaxHoldSeconds)
        return reject("a hold ends in the future and at most 14 days from now");
    auto existing = m_w.hold(*holdId);
    if (!existing)
        return existing.error();
    if (existing.value())
        return reject("hold " + *holdId + " exists already (another event made it)");
    auto refusal = reserveStock(*pid, *loc, *qty);
    if (!refusal)
        return refusal.error();
    if (refusal.value())
        return reject(*refusal.value());
    if (auto r = m_w.putHold(Hold{*holdId, m_t.storeId, *pid, *qty, *expiresAt, customerName, staffId, m_t.id, m_ev.id, "active",
                                  m_now, std::nullopt, {}});
        !r)
        return r.error();
    return Outcome{};
}

Result<Outcome> EventApplier::holdReleased()
{
    const auto holdId = getString(m_p, "hold_id");
    if (!holdId || holdId->empty())
        return malformed("hold_id", "a string");
    const auto reason = getString(m_p, "reason");
    if (!reason || (*reason != "cancelled" && *reason != "sold"))
        return malformed("reason", "\"cancelled\" or \"sold\"");
    auto found = m_w.hold(*holdId);
    if (!found)
        return found.error();
    if (!found.value())
        return reject("unknown hold " + *holdId);
    Hold h = std::move(*found.value());
    if (h.storeId != m_t.storeId)
        return reject("hold " + h.id + " belongs to store " + h.storeId);
    if (h.state != "active") // expired or released before: the reservation is gone already
        return Outcome{};
    if (auto r = endHoldIn(m_w, std::move(h), "released", *reason, m_now); !r)
        return r.error();
    return Outcome{};
}

// ------------------------------------------------------------------ transfers

Result<Outcome> EventApplier::transferRequested()
{
    const auto requestId = getString(m_p, "request_id");
    if (!isRequestId(requestId))
        return malformed("request_id", "an id of 1 to 64 letters, digits, '-' or '_'");
    const auto pid = getInt(m_p, "product_id");
    if (!pid)
        return malformed("product_id", "an integer");
    const auto qty = getInt(m_p, "quantity");
    if (!qty || *qty < 1 || *qty > kMaxHoldQuantity)
        return malformed("quantity", "an integer from 1 to 1000");
    const auto from = getString(m_p, "from_location");
    if (!from)
        return malformed("from_location", "a string");
    const auto to = getString(m_p, "to");
    if (!to || (*to != "store" && *to != "home"))
        return malformed("to", "\"store\" or \"home\"");
    const auto storeId = getString(m_p, "store_id");
    if (!storeId)
        return malformed("store_id", "a string");
    const auto customer = m_p.find("customer");
    if (customer == m_p.end() || !customer->is_object())
        return malformed("customer", "an object");
    bool bad = false;
    const std::string name = optionalText(*customer, "name", kMaxCustomerNameChars, &bad);
    if (bad || name.empty())
        return malformed("customer.name", "a string of 1 to 64 characters");
    const std::string phoneText = optionalText(*customer, "phone", 32, &bad);
    const std::string emailText = optionalText(*customer, "email", 254, &bad);
    const std::string address = optionalText(*customer, "address", kMaxAddressChars, &bad);
    const std::string staffId = optionalText(m_p, "staff_id", kMaxStaffIdChars, &bad);
    if (bad)
        return malformed("customer.phone/email/address or staff_id", "strings without control characters");
    const auto phone = phoneText.empty() ? std::optional<std::string>("") : phoneDigits(phoneText, true);
    const auto email = emailText.empty() ? std::optional<std::string>("") : normalizedEmail(emailText);
    if (!phone || !email)
        return malformed("customer.phone/email", "a phone number and an e-mail address");
    if (phone->empty() && email->empty())
        return reject("a transfer request needs the customer's phone or e-mail: they are told when it arrives");
    if (*to == "home" && address.empty())
        return reject("a delivery to the customer's home needs their address");
    if (*storeId != m_t.storeId)
        return reject("store_id " + *storeId + " is not this terminal's store " + m_t.storeId);
    if (*from == m_t.storeId)
        return reject("the goods are in this store already: hold them instead");
    auto product = m_w.product(*pid);
    if (!product)
        return product.error();
    if (!product.value())
        return reject("unknown product " + std::to_string(*pid));
    auto source = m_w.location(*from);
    if (!source)
        return source.error();
    if (!source.value() || ((source.value())->kind != "store" && (source.value())->kind != "warehouse"))
        return reject("goods are sent from a store or the warehouse, not from " + *from);
    auto existing = m_w.transfer(*requestId);
    if (!existing)
        return existing.error();
    if (existing.value())
        return reject("transfer request " + *requestId + " exists already (another event made it)");
    auto refusal = reserveStock(*pid, *from, *qty); // promised to this customer until it ships
    if (!refusal)
        return refusal.error();
    if (refusal.value())
        return reject(*refusal.value());
    if (auto r = m_w.putTransfer(Transfer{*requestId, m_t.storeId, m_t.id, *pid, *qty, *from, *to, name, *phone, *email,
                                          *to == "home" ? address : std::string(), staffId, "requested", {}, m_now, m_now});
        !r)
        return r.error();
    return Outcome{};
}

// ------------------------------------------------------------------ web orders

Result<Outcome> EventApplier::collectHere()
{
    const auto orderId = getString(m_p, "order_id");
    if (!orderId || orderId->empty())
        return malformed("order_id", "a string");
    const auto storeId = getString(m_p, "store_id");
    if (!storeId)
        return malformed("store_id", "a string");
    if (*storeId != m_t.storeId)
        return reject("store_id " + *storeId + " is not this terminal's store " + m_t.storeId);
    auto found = m_w.webOrder(*orderId);
    if (!found)
        return found.error();
    if (!found.value())
        return reject("unknown web order " + *orderId);
    WebOrder order = std::move(*found.value());
    if (order.delivery != "home")
        return reject("web order " + order.number + " is already to be collected in store " + order.storeId);
    if (order.status != "paid")
        return reject("web order " + order.number + " is " + order.status + ": only a paid order not yet shipped can be collected here");
    auto customer = m_w.customer(order.customerId);
    if (!customer)
        return customer.error();
    auto store = m_w.location(m_t.storeId);
    if (!store)
        return store.error();
    if (!customer.value() || !store.value())
        return reject("web order " + order.number + ": its customer or this store is unknown");
    std::string refusal;
    auto pickup = collectInStoreIn(m_w, order, *store.value(), *customer.value(), m_now, &refusal);
    if (!pickup)
        return pickup.error();
    if (!pickup.value())
        return reject(refusal);
    if (auto r = m_w.putWebOrder(order); !r)
        return r.error();
    return Outcome{};
}

Result<Outcome> EventApplier::webReturn()
{
    const auto returnId = getString(m_p, "return_id");
    if (!isRequestId(returnId))
        return malformed("return_id", "an id of 1 to 64 letters, digits, '-' or '_'");
    const auto orderId = getString(m_p, "order_id");
    if (!orderId || orderId->empty())
        return malformed("order_id", "a string");
    const auto storeId = getString(m_p, "store_id");
    if (!storeId)
        return malformed("store_id", "a string");
    const auto lines = m_p.find("lines");
    if (lines == m_p.end() || !lines->is_array() || lines->empty() || lines->size() > 500)
        return malformed("lines", "an array of 1 to 500 {line_no, quantity, amount}");
    struct Returned {
        int lineNo;
        qint64 quantity, amount;
    };
    std::vector<Returned> wanted;
    std::set<int> seen;
    for (const json &l : *lines) {
        const qint64 lineNo = l.is_object() ? getInt(l, "line_no").value_or(0) : 0;
        const qint64 qty = l.is_object() ? getInt(l, "quantity").value_or(0) : 0;
        const qint64 amount = l.is_object() ? getInt(l, "amount").value_or(-1) : -1;
        if (lineNo < 1 || lineNo > 9999 || qty < 1 || qty > 1'000'000'000 || amount < 0 || !seen.insert(int(lineNo)).second)
            return malformed("lines", "{line_no, quantity ≥ 1, amount ≥ 0}, each line once");
        wanted.push_back({int(lineNo), qty, amount});
    }
    const auto refund = m_p.find("refund");
    if (refund == m_p.end() || !refund->is_object())
        return malformed("refund", "an object {method, amount, currency}");
    const auto method = getString(*refund, "method");
    const auto refundAmount = getInt(*refund, "amount");
    const auto refundCurrency = getString(*refund, "currency");
    if (!method || (*method != "original-payment" && *method != "cash" && *method != "store-credit"))
        return malformed("refund.method", "\"original-payment\", \"cash\" or \"store-credit\"");
    if (!refundAmount || *refundAmount < 0 || !refundCurrency)
        return malformed("refund.amount/currency", "a non-negative integer and a currency");
    std::string deltaReason;
    const auto list = deltas(&deltaReason);
    if (!list)
        return reject(deltaReason);
    if (*storeId != m_t.storeId)
        return reject("store_id " + *storeId + " is not this terminal's store " + m_t.storeId);

    auto found = m_w.webOrder(*orderId);
    if (!found)
        return found.error();
    if (!found.value())
        return reject("unknown web order " + *orderId);
    WebOrder order = std::move(*found.value());
    auto earlier = m_w.refundOfReturn(*returnId);
    if (!earlier)
        return earlier.error();
    if (earlier.value()) {
        // The same return under a second event id would refund twice.
        Outcome o = reject("return " + *returnId + " was already recorded for order " + *earlier.value());
        o.alarm = AlarmRecord{0, m_now, "web-return.duplicate", m_t.id, m_ev.id, o.reason, {}};
        return o;
    }
    if (order.status != "delivered" && order.status != "collected")
        return reject("web order " + order.number + " is " + order.status + ": only delivered or collected goods are returned in a store");
    if (*refundCurrency != order.currency)
        return reject("web order " + order.number + " was paid in " + order.currency + ", the refund is in " + *refundCurrency);
    qint64 sum = 0;
    json refundLines = json::array();
    std::string what;
    for (const Returned &r : wanted) {
        const auto line = std::find_if(order.lines.begin(), order.lines.end(), [&](const WebOrderLine &l) { return l.lineNo == r.lineNo; });
        if (line == order.lines.end())
            return reject("web order " + order.number + " has no line " + std::to_string(r.lineNo));
        if (r.quantity > line->quantity - line->returned)
            return reject("line " + std::to_string(r.lineNo) + " of web order " + order.number + ": "
                          + std::to_string(line->quantity - line->returned) + " of " + std::to_string(line->quantity)
                          + " are left to return, not " + std::to_string(r.quantity));
        const qint64 share = shareOf(line->amount, line->quantity, line->returned, r.quantity);
        if (r.amount > share)
            return reject("line " + std::to_string(r.lineNo) + " of web order " + order.number + ": at most " + std::to_string(share)
                          + " is refunded for " + std::to_string(r.quantity) + ", not " + std::to_string(r.amount));
        line->returned += r.quantity;
        sum += r.amount;
        refundLines.push_back(json{{"line_no", r.lineNo}, {"quantity", r.quantity}, {"amount", r.amount}});
        what += (what.empty() ? "" : ", ") + std::to_string(r.quantity) + " × line " + std::to_string(r.lineNo);
    }
    if (*refundAmount != sum)
        return reject("the refund " + std::to_string(*refundAmount) + " is not the sum of the returned lines " + std::to_string(sum));
    auto deltaRefusal = deltasRefusal(*list);
    if (!deltaRefusal)
        return deltaRefusal.error();
    if (deltaRefusal.value())
        return reject(*deltaRefusal.value());

    std::string to, reference;
    if (*method == "original-payment") {
        if (order.payments.empty())
            return reject("web order " + order.number + " has no payment to refund to: refund cash or store credit");
        to = order.payments.front().method;
        reference = order.payments.front().reference;
    } else if (*method == "store-credit") {
        auto c = m_w.customer(order.customerId);
        if (!c)
            return c.error();
        if (!c.value() || (c.value())->currency != order.currency)
            return reject("the customer's store credit is not kept in " + order.currency + ": refund another way");
        Customer cust = std::move(*c.value());
        if (__builtin_add_overflow(cust.storeCredit, sum, &cust.storeCredit))
            return reject("the store credit of customer " + cust.id + " would overflow");
        if (auto r = m_w.putCustomer(cust); !r)
            return r.error();
        to = "store credit";
    } else {
        to = "cash (paid by store " + m_t.storeId + ")";
    }
    if (auto r = m_w.addRefund(RefundRecord{0, order.id, m_t.id, m_ev.id, refundLines.dump(), sum, order.currency, *method, m_now,
                                            m_t.storeId, reference, *returnId});
        !r)
        return r.error();
    order.history.push_back({m_now, "returned in store " + m_t.storeId + ": " + what + ", refund " + std::to_string(sum) + " to " + to});
    if (std::all_of(order.lines.begin(), order.lines.end(), [](const WebOrderLine &l) { return l.returned >= l.quantity; }))
        order.status = "returned";
    if (auto r = m_w.putWebOrder(order); !r)
        return r.error();
    if (auto r = applyDeltas(*list); !r)
        return r.error();
    return Outcome{};
}

Result<void> EventApplier::linkedCollected(const Order &order)
{
    auto web = m_w.webOrderByCcOrder(order.id);
    if (!web)
        return web.error();
    if (web.value() && (web.value())->status == "collect_in_store") {
        WebOrder w = std::move(*web.value());
        w.status = "collected";
        w.history.push_back({m_now, "collected in store " + order.storeId});
        if (auto r = m_w.putWebOrder(w); !r)
            return r.error();
    }
    auto transfer = m_w.transferByOrder(order.id);
    if (!transfer)
        return transfer.error();
    if (transfer.value() && (transfer.value())->state == "arrived") {
        Transfer t = std::move(*transfer.value());
        t.state = "collected";
        t.updatedAtMs = m_now;
        if (auto r = m_w.putTransfer(t); !r)
            return r.error();
    }
    return {};
}

} // namespace ok::central
