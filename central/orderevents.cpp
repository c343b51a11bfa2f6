// SPDX-License-Identifier: GPL-3.0-or-later
// The side effects of click-and-collect events: loading, handover, refusal, expiry, extension,
// locker incidents (docs/central.md, "Side effects"; payloads in docs/sync-protocol.md).
//
// Facts beat forecasts: what happened at the store (a parcel loaded, an order handed over) is
// accepted even when the central state disagrees, with an exception record for staff. What a
// terminal asks for (a refund, an extension) is checked and refused when it does not fit.

#include "central/eventapplier.h"

#include <QDateTime>

#include <algorithm>
#include <limits>
#include <map>

namespace ok::central {

using nlohmann::json;

namespace {

constexpr size_t kMaxNoteChars = 1000;
constexpr size_t kMaxDocumentTypeChars = 64;

bool isOpen(const Order &o)
{
    return o.status == "awaiting_pickup" || o.status == "ready";
}

std::string dateText(qint64 unixSeconds)
{
    return QDateTime::fromSecsSinceEpoch(unixSeconds).toUTC().toString(Qt::ISODate).toStdString();
}

std::string joined(const std::vector<std::string> &list)
{
    std::string out;
    for (const std::string &s : list)
        out += (out.empty() ? "" : ", ") + s;
    return out;
}

/// An optional member that must have the right type when present: `bad` is set when it is
/// present with another type (null counts as absent).
const json *optionalMember(const json &o, const char *key, json::value_t type, bool *bad)
{
    const auto it = o.find(key);
    if (it == o.end() || it->is_null())
        return nullptr;
    const bool ok = type == json::value_t::number_integer ? it->is_number_integer() : it->type() == type;
    if (!ok)
        *bad = true;
    return ok ? &*it : nullptr;
}

/// `compartments` of a payload: an array of 1..kMaxParcels compartment ids. nullopt when absent;
/// `bad` when present and malformed.
std::optional<std::vector<std::string>> compartmentList(const json &p, bool *bad)
{
    const json *a = optionalMember(p, "compartments", json::value_t::array, bad);
    if (!a)
        return std::nullopt;
    std::vector<std::string> out;
    if (a->empty() || a->size() > size_t(kMaxParcels)) {
        *bad = true;
        return std::nullopt;
    }
    for (const json &c : *a) {
        if (!c.is_string() || !isValidCompartment(c.get<std::string>())) {
            *bad = true;
            return std::nullopt;
        }
        if (std::find(out.begin(), out.end(), c.get<std::string>()) == out.end())
            out.push_back(c.get<std::string>());
    }
    return out;
}

struct LineQuantity {
    int lineNo = 0;
    qint64 quantity = 0;
};

/// `lines` of a payload: [{line_no, quantity}] with positive integers, at most one entry per
/// line (repeated lines are added up). nullopt when malformed.
std::optional<std::vector<LineQuantity>> lineQuantities(const json &a)
{
    if (!a.is_array() || a.empty() || a.size() > 1000)
        return std::nullopt;
    std::map<int, qint64> sum;
    for (const json &l : a) {
        const auto lineNo = l.is_object() ? getInt(l, "line_no") : std::nullopt;
        const auto qty = l.is_object() ? getInt(l, "quantity") : std::nullopt;
        if (!lineNo || !qty || *lineNo < 1 || *lineNo > std::numeric_limits<int>::max() || *qty < 1)
            return std::nullopt;
        qint64 &s = sum[int(*lineNo)];
        if (__builtin_add_overflow(s, *qty, &s))
            return std::nullopt;
    }
    std::vector<LineQuantity> out;
    for (const auto &[lineNo, qty] : sum)
        out.push_back({lineNo, qty});
    return out;
}

const OrderLine *findLine(const Order &o, int lineNo)
{
    const auto it = std::find_if(o.lines.begin(), o.lines.end(), [&](const OrderLine &l) { return l.lineNo == lineNo; });
    return it == o.lines.end() ? nullptr : &*it;
}

} // namespace

qint64 shareOf(qint64 amount, qint64 ordered, qint64 before, qint64 quantity)
{
    if (ordered <= 0)
        return 0;
    const auto upTo = [&](qint64 q) { return qint64(__int128(amount) * q / ordered); };
    return upTo(before + quantity) - upTo(before);
}

NotificationRecord readyNotification(const Order &o, qint64 nowMs)
{
    std::string where = o.compartments.empty() ? (o.compartment ? "in locker " + *o.compartment : "at the counter")
                                               : "in locker " + joined(o.compartments);
    std::string detail = "order " + o.number + " ready " + where;
    if (o.parcels > 1)
        detail += ", " + std::to_string(o.parcels) + " parcels";
    if (o.idCheck)
        detail += ", bring an ID document";
    detail += ", until " + dateText(o.expiresAt);
    return NotificationRecord{0, o.id, o.storeId, "order.ready", o.contactMasked, nowMs, detail};
}

/// The order of an order event, if it exists and belongs to the terminal's store.
Result<std::optional<Order>> EventApplier::storeOrder(Outcome *refusal)
{
    const auto id = getString(m_p, "order_id");
    if (!id) {
        *refusal = malformed("order_id", "a string");
        return std::optional<Order>();
    }
    auto o = m_w.order(*id);
    if (!o)
        return o.error();
    if (!o.value()) {
        *refusal = reject("unknown order " + *id);
        return std::optional<Order>();
    }
    if ((o.value())->storeId != m_t.storeId) {
        *refusal = reject("order " + *id + " belongs to store " + (o.value())->storeId);
        return std::optional<Order>();
    }
    return o;
}

Result<Outcome> EventApplier::handedOver()
{
    bool bad = false;
    const json *via = optionalMember(m_p, "via", json::value_t::string, &bad);
    if (bad || (via && *via != "locker" && *via != "counter"))
        return malformed("via", "\"locker\" or \"counter\"");
    const json *verifiedBy = optionalMember(m_p, "verified_by", json::value_t::string, &bad);
    if (bad || (verifiedBy && *verifiedBy != "code" && *verifiedBy != "qr" && *verifiedBy != "staff"))
        return malformed("verified_by", "\"code\", \"qr\" or \"staff\"");
    (void)compartmentList(m_p, &bad);
    if (bad)
        return malformed("compartments", "an array of 1 to 20 compartment ids");
    const json *lines = optionalMember(m_p, "lines", json::value_t::array, &bad);
    const auto partial = lines ? lineQuantities(*lines) : std::nullopt;
    if (bad || (lines && !partial))
        return malformed("lines", "an array of {line_no, quantity} with positive integers");
    const json *idCheck = optionalMember(m_p, "id_check", json::value_t::object, &bad);
    if (bad)
        return malformed("id_check", "an object");
    if (idCheck) {
        const auto doc = getString(*idCheck, "document_type");
        if (!doc || doc->empty() || doc->size() > kMaxDocumentTypeChars)
            return malformed("id_check.document_type", "a string of 1 to 64 characters");
    }

    Outcome refusal;
    auto o = storeOrder(&refusal);
    if (!o)
        return o.error();
    if (!o.value())
        return refusal;
    Order order = std::move(*o.value());
    if (partial)
        for (const LineQuantity &l : *partial) {
            const OrderLine *line = findLine(order, l.lineNo);
            if (!line)
                return reject("order " + order.id + " has no line " + std::to_string(l.lineNo));
            if (l.quantity > line->quantity)
                return reject("line " + std::to_string(l.lineNo) + " of order " + order.id + " has "
                              + std::to_string(line->quantity) + ", not " + std::to_string(l.quantity));
        }
    const std::string how = (via ? via->get<std::string>() : std::string("counter"))
        + (verifiedBy ? ", verified by " + verifiedBy->get<std::string>() : std::string());
    std::string kind, problem;
    if (order.status == "cancelled") {
        kind = "order.handed-over-after-cancellation";
        problem = "handed over after cancellation";
    } else if (order.status == "expired") {
        kind = "order.handed-over-after-expiry";
        problem = "handed over after expiry";
    } else if (order.status == "collected") {
        kind = "order.handed-over-twice";
        problem = "handed over twice";
    }
    if (!kind.empty())
        if (auto r = exception(kind, order.id, "order " + order.id + " " + problem + " (" + how + ", event " + m_ev.id + ")"); !r)
            return r.error();
    if (order.idCheck && !idCheck)
        if (auto r = exception("order.handed-over-without-id-check", order.id,
                               "order " + order.id + " needs an ID check and was handed over without one (" + how
                                   + ", event " + m_ev.id + ")");
            !r)
            return r.error();
    if (order.status != "collected") {
        order.status = "collected";
        if (auto r = m_w.putOrder(order); !r)
            return r.error();
        if (auto r = linkedCollected(order); !r)
            return r.error();
    }
    return Outcome{};
}

Result<Outcome> EventApplier::lockerLoaded()
{
    const auto compartment = getString(m_p, "compartment");
    if (!compartment || !isValidCompartment(*compartment))
        return malformed("compartment", "a compartment id");
    bool bad = false;
    auto list = compartmentList(m_p, &bad);
    if (bad)
        return malformed("compartments", "an array of 1 to 20 compartment ids");
    // `compartment` is the first parcel's; `compartments` all of them (it may omit the first).
    std::vector<std::string> all{*compartment};
    for (const std::string &c : list.value_or(std::vector<std::string>{}))
        if (c != *compartment)
            all.push_back(c);
    if (all.size() > size_t(kMaxParcels))
        return malformed("compartments", "an array of 1 to 20 compartment ids");

    Outcome refusal;
    auto o = storeOrder(&refusal);
    if (!o)
        return o.error();
    if (!o.value())
        return refusal;
    Order order = std::move(*o.value());
    if (!isOpen(order)) {
        if (auto r = exception("order.loaded-when-" + order.status, order.id,
                               "order " + order.id + " was loaded into locker " + joined(all) + " while " + order.status
                                   + " (event " + m_ev.id + ")");
            !r)
            return r.error();
        return Outcome{};
    }
    // Two orders in one door: the parcels are in there (the fact), but staff must sort it out
    // before a customer opens the door and finds someone else's parcel.
    for (const std::string &c : all) {
        auto others = m_w.openOrdersInCompartment(order.storeId, c, order.id);
        if (!others)
            return others.error();
        if (!others.value().empty())
            if (auto r = exception("order.compartment-shared", order.id,
                                   "order " + order.id + " was loaded into compartment " + c + ", which holds open order "
                                       + joined(others.value()) + " (event " + m_ev.id + ")");
                !r)
                return r.error();
    }
    const bool unchanged = order.status == "ready" && order.compartments == all;
    order.status = "ready";
    order.compartment = all.front();
    order.compartments = all;
    if (auto r = m_w.putOrder(order); !r)
        return r.error();
    if (!unchanged)
        if (auto r = m_w.addNotification(readyNotification(order, m_now)); !r)
            return r.error();
    return Outcome{};
}

Result<Outcome> EventApplier::orderExpired()
{
    std::string reason;
    const auto list = deltas(&reason);
    if (!list)
        return reject(reason);
    Outcome refusal;
    auto o = storeOrder(&refusal);
    if (!o)
        return o.error();
    if (!o.value())
        return refusal;
    auto deltaRefusal = deltasRefusal(*list);
    if (!deltaRefusal)
        return deltaRefusal.error();
    if (deltaRefusal.value())
        return reject(*deltaRefusal.value());
    Order order = std::move(*o.value());
    if (order.status == "ready" || order.status == "awaiting_pickup") {
        order.status = "expired";
        if (auto r = m_w.putOrder(order); !r)
            return r.error();
    } else if (order.status == "collected") {
        if (auto r = exception("order.expired-after-collection", order.id,
                               "order " + order.id + " was reported expired after it was collected (event " + m_ev.id + ")");
            !r)
            return r.error();
    }
    if (auto r = applyDeltas(*list); !r)
        return r.error();
    return Outcome{};
}

Result<Outcome> EventApplier::orderRefused()
{
    const auto it = m_p.find("lines");
    const auto refused = it == m_p.end() ? std::nullopt : lineQuantities(*it);
    if (!refused)
        return malformed("lines", "an array of {line_no, quantity} with positive integers");
    bool bad = false;
    const json *reasonText = optionalMember(m_p, "reason", json::value_t::string, &bad);
    if (bad || (reasonText && reasonText->get<std::string>().size() > kMaxNoteChars))
        return malformed("reason", "a string of at most 1000 bytes");
    std::string deltaReason;
    const auto list = deltas(&deltaReason);
    if (!list)
        return reject(deltaReason);
    Outcome refusal;
    auto o = storeOrder(&refusal);
    if (!o)
        return o.error();
    if (!o.value())
        return refusal;
    Order order = std::move(*o.value());
    auto deltaRefusal = deltasRefusal(*list);
    if (!deltaRefusal)
        return deltaRefusal.error();
    if (deltaRefusal.value())
        return reject(*deltaRefusal.value());

    // What was refused before, per line: a line is refused at most as often as it was ordered.
    auto before = m_w.refunds(order.id);
    if (!before)
        return before.error();
    std::map<int, qint64> refusedBefore;
    for (const RefundRecord &r : before.value()) {
        const json lines = json::parse(r.linesJson, nullptr, false);
        if (lines.is_array())
            for (const json &l : lines)
                if (l.is_object())
                    refusedBefore[int(getInt(l, "line_no").value_or(0))] += getInt(l, "quantity").value_or(0);
    }
    json refundLines = json::array();
    qint64 amount = 0;
    for (const LineQuantity &l : *refused) {
        const OrderLine *line = findLine(order, l.lineNo);
        if (!line)
            return reject("order " + order.id + " has no line " + std::to_string(l.lineNo));
        const qint64 earlier = refusedBefore[l.lineNo];
        if (l.quantity > line->quantity - earlier)
            return reject("line " + std::to_string(l.lineNo) + " of order " + order.id + ": " + std::to_string(l.quantity)
                          + " refused, but " + std::to_string(line->quantity - earlier) + " of "
                          + std::to_string(line->quantity) + " are left to refuse");
        const qint64 share = shareOf(line->amount, line->quantity, earlier, l.quantity);
        amount += share;
        refusedBefore[l.lineNo] = earlier + l.quantity;
        refundLines.push_back(json{{"line_no", l.lineNo}, {"quantity", l.quantity}, {"amount", share}});
    }

    // A cancelled or expired order was (or will be) refunded as a whole: refunding refused goods
    // again would pay twice. The goods are back on the shelf all the same.
    const bool refundable = order.status != "cancelled" && order.status != "expired";
    if (refundable) {
        if (auto r = m_w.addRefund(RefundRecord{0, order.id, m_t.id, m_ev.id, refundLines.dump(), amount, order.currency,
                                                "original-payment", m_now, {}, {}, {}});
            !r)
            return r.error();
        const bool amountsKnown = std::any_of(order.lines.begin(), order.lines.end(), [](const OrderLine &l) { return l.amount > 0; });
        if (!amountsKnown && order.total > 0)
            if (auto r = exception("order.refund-amount-unknown", order.id,
                                   "order " + order.id + " predates line amounts: work out the refund of event " + m_ev.id
                                       + " by hand");
                !r)
                return r.error();
    } else if (auto r = exception("order.refused-when-" + order.status, order.id,
                                  "goods of order " + order.id + " were refused while it is " + order.status
                                      + ": no refund recorded (event " + m_ev.id + ")");
               !r) {
        return r.error();
    }
    const bool everything = std::all_of(order.lines.begin(), order.lines.end(), [&](const OrderLine &l) {
        return refusedBefore[l.lineNo] >= l.quantity;
    });
    if (everything && order.status != "cancelled") {
        order.status = "cancelled";
        if (auto r = m_w.putOrder(order); !r)
            return r.error();
    }
    if (auto r = applyDeltas(*list); !r)
        return r.error();
    return Outcome{};
}

Result<Outcome> EventApplier::orderExtended()
{
    const auto expiresAt = getInt(m_p, "expires_at");
    if (!expiresAt)
        return malformed("expires_at", "an integer (unix seconds)");
    Outcome refusal;
    auto o = storeOrder(&refusal);
    if (!o)
        return o.error();
    if (!o.value())
        return refusal;
    Order order = std::move(*o.value());
    if (!isOpen(order))
        return reject("order " + order.id + " is " + order.status + ": only orders awaiting loading or ready are extended");
    if (*expiresAt <= order.expiresAt)
        return reject("order " + order.id + " already runs until " + dateText(order.expiresAt) + ": an extension must end later");
    const qint64 latest = order.createdAtMs / 1000 + qint64(kMaxPickupWindowDays) * 86400;
    if (*expiresAt > latest)
        return reject("order " + order.id + " may be collected until " + dateText(latest) + " at the latest ("
                      + std::to_string(kMaxPickupWindowDays) + " days after it was placed)");
    order.expiresAt = *expiresAt;
    if (auto r = m_w.putOrder(order); !r)
        return r.error();
    if (auto r = m_w.addNotification(NotificationRecord{0, order.id, order.storeId, "order.extended", order.contactMasked, m_now,
                                                        "order " + order.number + " can be collected until "
                                                            + dateText(order.expiresAt)});
        !r)
        return r.error();
    return Outcome{};
}

Result<Outcome> EventApplier::lockerIncident()
{
    const auto compartment = getString(m_p, "compartment");
    if (!compartment || !isValidCompartment(*compartment))
        return malformed("compartment", "a compartment id");
    const auto outcome = getString(m_p, "outcome");
    static const std::string_view outcomes[] = {"did-not-open", "unknown", "left-open", "forced-open"};
    if (!outcome || std::find(std::begin(outcomes), std::end(outcomes), *outcome) == std::end(outcomes))
        return malformed("outcome", "\"did-not-open\", \"unknown\", \"left-open\" or \"forced-open\"");
    bool bad = false;
    const json *orderId = optionalMember(m_p, "order_id", json::value_t::string, &bad);
    if (bad)
        return malformed("order_id", "a string");
    const json *note = optionalMember(m_p, "note", json::value_t::string, &bad);
    if (bad || (note && note->get<std::string>().size() > kMaxNoteChars))
        return malformed("note", "a string of at most 1000 bytes");
    // A door is a fact whatever the order: an order this service does not know is still noted.
    std::string message = "compartment " + *compartment + " at " + m_t.id + ": " + *outcome;
    if (orderId)
        message += " (order " + orderId->get<std::string>() + ")";
    if (note)
        message += ": " + note->get<std::string>();
    if (auto r = exception("locker.incident", m_t.storeId + "|" + *compartment, message + " (event " + m_ev.id + ")"); !r)
        return r.error();
    return Outcome{};
}

} // namespace ok::central
