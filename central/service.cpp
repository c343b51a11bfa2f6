// SPDX-License-Identifier: GPL-3.0-or-later
#include "central/service.h"

#include "central/channels.h"
#include "central/crypto.h"
#include "central/eventapplier.h"
#include "central/pickupkey.h"
#include "core/pickup.h"
#include "central/wire.h"

#include <nlohmann/json.hpp>

#include <QDateTime>

#include <algorithm>
#include <map>
#include <limits>

namespace ok::central {

using nlohmann::json;

Error makeError(const char *code, const std::string &message)
{
    return Error{QString::fromLatin1(code), QString::fromStdString(message)};
}

bool isValidId(std::string_view id)
{
    if (id.empty() || id.size() > 32)
        return false;
    return std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    });
}

bool isValidCompartment(std::string_view id)
{
    return id.size() <= kMaxCompartmentChars && isValidId(id);
}

// Order lines are stored as the JSON array the orders stream serves (see sqlitestore.cpp).
std::string orderLinesToJson(const std::vector<OrderLine> &lines)
{
    json a = json::array();
    for (const OrderLine &l : lines)
        a.push_back(json{{"line_no", l.lineNo}, {"product_id", l.productId}, {"name", l.name}, {"quantity", l.quantity},
                         {"amount", l.amount}});
    return a.dump();
}

std::vector<OrderLine> orderLinesFromJson(std::string_view text)
{
    std::vector<OrderLine> out;
    const json a = json::parse(text, nullptr, false);
    if (!a.is_array())
        return out;
    for (const json &l : a) {
        if (!l.is_object())
            continue;
        OrderLine line;
        line.lineNo = l.value("line_no", 0);
        line.productId = l.value("product_id", qint64(0));
        line.name = l.value("name", std::string());
        line.quantity = l.value("quantity", qint64(0));
        line.amount = l.value("amount", qint64(0));
        out.push_back(std::move(line));
    }
    return out;
}

std::string stringsToJson(const std::vector<std::string> &list)
{
    return json(list).dump();
}

std::vector<std::string> stringsFromJson(std::string_view text)
{
    std::vector<std::string> out;
    const json a = json::parse(text, nullptr, false);
    if (a.is_array())
        for (const json &s : a)
            if (s.is_string())
                out.push_back(s.get<std::string>());
    return out;
}

namespace {

void appendResult(std::string &out, const std::string &id, std::string_view status, qint64 seq, bool replayed,
                  const std::string &reason)
{
    out.append(R"({"id":)");
    wire::appendString(out, id);
    out.append(R"(,"status":)");
    wire::appendString(out, status);
    if (seq > 0) {
        out.append(R"(,"seq":)");
        wire::appendInt(out, seq);
    }
    out.append(replayed ? R"(,"replayed":true)" : R"(,"replayed":false)");
    if (!reason.empty()) {
        out.append(R"(,"reason":)");
        wire::appendString(out, reason);
    }
    out.push_back('}');
}

} // namespace

// ------------------------------------------------------------------ CentralService

CentralService::CentralService(CentralStore &store, Clock clock)
    : m_store(store)
    , m_clock(std::move(clock))
{
}

qint64 CentralService::nowMs() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

Result<std::string> CentralService::createEnrolmentCode(const std::string &storeId, const std::string &terminalId)
{
    if (!isValidId(storeId) || !isValidId(terminalId))
        return makeError(errc::kInvalid, "store and terminal ids are 1 to 32 letters, digits, '-' or '_'");
    auto w = m_store.write();
    if (!w)
        return w.error();
    auto loc = w.value()->location(storeId);
    if (!loc)
        return loc.error();
    if (!loc.value() || (loc.value())->kind != "store")
        return makeError(errc::kInvalid, "unknown store " + storeId);
    const std::string code = enrolmentCode();
    std::string normal;
    for (char c : code)
        if (c != '-')
            normal.push_back(c);
    const qint64 now = nowMs();
    if (auto r = w.value()->addEnrolmentCode({sha256Hex(normal), storeId, terminalId, now, now + kEnrolmentCodeLifetimeMs, {}}); !r)
        return r.error();
    if (auto r = w.value()->commit(); !r)
        return r.error();
    return code;
}

namespace {

bool codeFits(const std::optional<EnrolmentCode> &rec, const std::string &storeId, const std::string &terminalId, qint64 now)
{
    return rec && rec->storeId == storeId && rec->terminalId == terminalId && !rec->usedAtMs && rec->expiresAtMs > now;
}

Error badCode()
{
    return makeError(errc::kUnauthorized, "the enrolment code is unknown, used, expired or for another terminal: "
                                          "ask for a new one (omnikiosk-central-admin enrol-code)");
}

} // namespace

Result<EnrolResult> CentralService::enrol(const std::string &storeId, const std::string &terminalId,
                                          const std::string &code, const std::string &certSha256, const std::string &peer)
{
    if (!isValidId(storeId) || !isValidId(terminalId))
        return makeError(errc::kBadRequest, "store_id and terminal_id are 1 to 32 letters, digits, '-' or '_'");
    // Codes are typed by people: case, dashes and spaces do not matter.
    std::string normal;
    for (char c : code) {
        if (c == '-' || c == ' ')
            continue;
        normal.push_back(char(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c));
    }
    const qint64 now = nowMs();
    const std::string hash = sha256Hex(normal);
    // A read first: a guess never waits for, nor holds up, the writer.
    auto seen = m_store.enrolmentCode(hash);
    if (!seen)
        return seen.error();
    if (!codeFits(seen.value(), storeId, terminalId, now)) {
        noteFailedEnrolment(peer, storeId, terminalId, now);
        return badCode();
    }
    auto w = m_store.write();
    if (!w)
        return w.error();
    auto rec = w.value()->enrolmentCode(hash); // again: another request may have used it meanwhile
    if (!rec)
        return rec.error();
    if (!codeFits(rec.value(), storeId, terminalId, now))
        return badCode();
    auto store = w.value()->location(storeId);
    if (!store)
        return store.error();
    if (!store.value())
        return makeError(errc::kUnauthorized, "unknown store " + storeId);
    const std::string token = toHex(randomBytes(32));
    const std::string id = storeId + "-" + terminalId;
    if (auto r = w.value()->putTerminal({id, storeId, terminalId, sha256Hex(token), certSha256, now, {}, {}}); !r)
        return r.error();
    if (auto r = w.value()->markEnrolmentCodeUsed(hash, now); !r)
        return r.error();
    if (auto r = w.value()->commit(); !r)
        return r.error();
    return EnrolResult{id, token, *store.value(), now};
}

void CentralService::noteFailedEnrolment(const std::string &peer, const std::string &storeId, const std::string &terminalId,
                                         qint64 now)
{
    qint64 earlier = 0; // attempts after the alarm of the previous window
    {
        const std::lock_guard lock(m_enrolFailuresMutex);
        auto it = m_enrolFailures.find(peer);
        if (it != m_enrolFailures.end() && now - it->second.startMs < kEnrolAlarmWindowMs) {
            ++it->second.count; // counted, told with the next window's alarm
            return;
        }
        if (it != m_enrolFailures.end()) {
            earlier = it->second.count - 1;
            it->second = FailureWindow{now, 1};
        } else {
            if (m_enrolFailures.size() >= kMaxEnrolFailurePeers)
                std::erase_if(m_enrolFailures, [&](const auto &e) { return now - e.second.startMs >= kEnrolAlarmWindowMs; });
            if (m_enrolFailures.size() >= kMaxEnrolFailurePeers)
                m_enrolFailures.clear(); // a flood from this many peers: one alarm each per minute is still bounded
            m_enrolFailures.emplace(peer, FailureWindow{now, 1});
        }
    }
    const std::string from = peer.empty() ? std::string("an unknown peer") : "peer " + peer;
    std::string message = "failed enrolment as " + storeId + "-" + terminalId + " from " + from;
    if (earlier > 0)
        message += "; " + std::to_string(earlier) + " more failed from it in the minute before";
    auto w = m_store.write();
    if (!w)
        return; // the refusal stands; the alarm is best effort
    if (!w.value()->addAlarm(AlarmRecord{0, now, "enrol.failed", storeId + "-" + terminalId, {}, message,
                                         "attempts in the previous window after its alarm: " + std::to_string(earlier)}))
        return;
    (void)w.value()->commit();
}

std::string CentralService::enrolResultJson(const EnrolResult &r)
{
    const json j{{"terminal", r.terminal},
                 {"token", r.token},
                 {"store", {{"id", r.store.id}, {"name", r.store.name}, {"country", r.store.country},
                            {"currency", r.store.currency}, {"language", r.store.language}}},
                 {"server_time_ms", r.serverTimeMs}};
    return j.dump();
}

Result<AuthTerminal> CentralService::authenticate(std::string_view bearerToken, std::string_view certSha256, bool checkCert)
{
    if (bearerToken.empty())
        return makeError(errc::kUnauthorized, "missing bearer token: enrol first (POST /v1/enrol)");
    auto t = m_store.terminalByToken(sha256Hex(bearerToken));
    if (!t)
        return t.error();
    if (!t.value())
        return makeError(errc::kUnauthorized, "unknown bearer token: enrol again");
    if (checkCert && (t.value())->certSha256 != certSha256)
        return makeError(errc::kForbidden, "the client certificate is not the one this terminal enrolled with");
    auto loc = m_store.location((t.value())->storeId);
    if (!loc)
        return loc.error();
    AuthTerminal a{(t.value())->id, (t.value())->storeId, (t.value())->terminalId, {}, {}};
    if (loc.value()) {
        a.country = loc.value()->country;
        a.currency = loc.value()->currency;
    }
    return a;
}

Result<Scope> CentralService::scopeOfStore(const std::string &storeId)
{
    auto loc = m_store.location(storeId);
    if (!loc)
        return loc.error();
    if (!loc.value() || (loc.value())->kind != "store")
        return makeError(errc::kInvalid, "unknown store " + storeId);
    return Scope{storeId, (loc.value())->country};
}

Result<std::string> CentralService::pageJson(const Scope &scope, Stream stream, qint64 cursor, qint64 limit)
{
    std::string out;
    out.reserve(size_t(std::clamp<qint64>(limit, 16, kMaxPageLimit)) * (stream == Stream::Catalog ? 420 : 120) + 128);
    out.append(R"({"stream":")");
    out.append(streamName(stream));
    out.append(R"(","items":[)");
    wire::PageWriter writer(out);
    auto res = m_store.scan(scope, stream, cursor, limit, writer, CentralStore::ScanFields::All);
    if (!res)
        return res.error();
    out.append(R"(],"cursor":")");
    wire::appendInt(out, res->lastVersion);
    out.append(res->more ? R"(","more":true})" : R"(","more":false})");
    return out;
}

Result<StreamSummary> CentralService::summary(const Scope &scope, Stream stream)
{
    wire::ChecksumVisitor v;
    auto res = m_store.scan(scope, stream, 0, -1, v, CentralStore::ScanFields::KeysOnly);
    if (!res)
        return res.error();
    return StreamSummary{stream, v.count(), v.sum(), res->lastVersion};
}

std::string CentralService::summaryJson(const StreamSummary &s)
{
    std::string out = R"({"stream":")";
    out.append(streamName(s.stream));
    out.append(R"(","count":)");
    wire::appendInt(out, s.count);
    out.append(R"(,"checksum":")");
    out.append(wire::checksumHex(s.checksum));
    out.append(R"(","cursor":")");
    wire::appendInt(out, s.cursor);
    out.append("\"}");
    return out;
}

Result<std::string> CentralService::push(const AuthTerminal &t, const json &body)
{
    const auto eventsIt = body.is_object() ? body.find("events") : body.end();
    if (!body.is_object() || eventsIt == body.end() || !eventsIt->is_array())
        return makeError(errc::kBadRequest, R"(the body must be {"events": [...]})");
    const json &events = *eventsIt;
    if (events.size() > size_t(kMaxEventsPerPush))
        return makeError(errc::kBadRequest, "at most " + std::to_string(kMaxEventsPerPush) + " events per request");

    // Validate the envelope of every event first: a malformed one refuses the whole request.
    std::vector<Incoming> incoming;
    incoming.reserve(events.size());
    for (size_t i = 0; i < events.size(); ++i) {
        const json &e = events[i];
        const std::string where = "events[" + std::to_string(i) + "]";
        if (!e.is_object())
            return makeError(errc::kBadRequest, where + " is not an object");
        const auto id = getString(e, "id");
        if (!id || id->empty() || id->size() > 128)
            return makeError(errc::kBadRequest, where + ".id must be a string of 1 to 128 characters");
        const auto kind = getString(e, "kind");
        if (!kind || kind->empty() || kind->size() > 64)
            return makeError(errc::kBadRequest, where + ".kind must be a string of 1 to 64 characters");
        const auto p = e.find("payload");
        if (p == e.end() || !p->is_object())
            return makeError(errc::kBadRequest, where + ".payload must be an object");
        const auto retry = e.find("retry");
        if (retry != e.end() && !retry->is_boolean())
            return makeError(errc::kBadRequest, where + ".retry must be true or false");
        incoming.push_back(Incoming{*id, *kind, &*p, getInt(e, "created_at_ms").value_or(0), retry != e.end() && retry->get<bool>()});
    }

    const qint64 now = nowMs();
    auto w = m_store.write();
    if (!w)
        return w.error();
    CentralStore::Writer &writer = *w.value();

    std::string out = R"({"results":[)";
    bool first = true;
    for (const Incoming &ev : incoming) {
        if (!first)
            out.push_back(',');
        first = false;
        // The idempotency key is (terminal, event id); the body hash covers what the event means.
        const std::string canonical = json{{"kind", ev.kind}, {"payload", *ev.payload}}.dump();
        const std::string hash = sha256Hex(canonical);

        auto existing = writer.event(t.id, ev.id);
        if (!existing)
            return existing.error();
        if (existing.value()) {
            const EventRecord &rec = *existing.value();
            if (rec.bodySha256 == hash && ev.retry && rec.status == "rejected") {
                // A staff retry of a refused event. A refusal left no side effect, so evaluating
                // the same event again cannot apply anything twice; its record keeps its seq.
                if (auto r = writer.savepoint(); !r)
                    return r.error();
                if (auto r = writer.reviseEvent(rec.seq, "accepted", {}); !r)
                    return r.error();
                auto outcome = EventApplier(writer, t, ev, rec.seq, now).apply();
                if (!outcome)
                    return outcome.error();
                if (outcome->accepted) {
                    if (auto r = writer.releaseSavepoint(); !r)
                        return r.error();
                    appendResult(out, ev.id, "accepted", rec.seq, false, {});
                    continue;
                }
                if (auto r = writer.rollbackToSavepoint(); !r)
                    return r.error();
                if (auto r = writer.reviseEvent(rec.seq, "rejected", outcome->reason); !r)
                    return r.error();
                if (outcome->alarm)
                    if (auto r = writer.addAlarm(*outcome->alarm); !r)
                        return r.error();
                appendResult(out, ev.id, "rejected", rec.seq, false, outcome->reason);
            } else if (rec.bodySha256 == hash) {
                appendResult(out, ev.id, rec.status, rec.seq, true, rec.reason);
            } else {
                const std::string reason = "event id " + ev.id + " was used before (seq " + std::to_string(rec.seq)
                                           + ") with a different body";
                if (auto r = writer.addAlarm({0, now, "idempotency.conflict", t.id, ev.id, reason,
                                              "stored body sha256 " + rec.bodySha256 + ", new body sha256 " + hash + ": " + canonical});
                    !r)
                    return r.error();
                appendResult(out, ev.id, "conflict", 0, false, reason);
            }
            continue;
        }

        if (auto r = writer.savepoint(); !r)
            return r.error();
        EventRecord rec{0, t.id, ev.id, ev.kind, hash, ev.payload->dump(), ev.createdAtMs, now, "accepted", {}};
        auto seq = writer.insertEvent(rec);
        if (!seq)
            return seq.error();
        auto outcome = EventApplier(writer, t, ev, seq.value(), now).apply();
        if (!outcome)
            return outcome.error();
        if (outcome->accepted) {
            if (auto r = writer.releaseSavepoint(); !r)
                return r.error();
            appendResult(out, ev.id, "accepted", seq.value(), false, {});
            continue;
        }
        // Rejected: none of its side effects stay, but the answer is stored like any other.
        if (auto r = writer.rollbackToSavepoint(); !r)
            return r.error();
        rec.status = "rejected";
        rec.reason = outcome->reason;
        seq = writer.insertEvent(rec);
        if (!seq)
            return seq.error();
        if (outcome->alarm)
            if (auto r = writer.addAlarm(*outcome->alarm); !r)
                return r.error();
        appendResult(out, ev.id, "rejected", seq.value(), false, rec.reason);
    }
    if (auto r = writer.commit(); !r)
        return r.error();
    out.append("]}");
    return out;
}

Result<std::string> CentralService::stockJson(qint64 productId)
{
    // A hold that ran out must not keep the goods from the web shop until the next sweep.
    if (auto expired = expireHolds(); !expired)
        return expired.error();
    auto levels = m_store.stockLevels(productId);
    if (!levels)
        return levels.error();
    if (!levels.value())
        return makeError(errc::kNotFound, "unknown product " + std::to_string(productId));
    std::string out = R"({"product_id":)";
    wire::appendInt(out, productId);
    out.append(R"(,"levels":[)");
    bool first = true;
    qint64 webSellable = 0; // what the web shop can sell: free stock of the warehouse and every store
    for (const LiveStockLevel &l : *levels.value()) {
        if (l.kind == "warehouse" || l.kind == "store")
            webSellable += std::max<qint64>(0, l.level.onHand - l.level.reserved);
        if (!first)
            out.push_back(',');
        first = false;
        out.append(R"({"location_id":)");
        wire::appendString(out, l.level.locationId);
        out.append(R"(,"kind":)");
        wire::appendString(out, l.kind);
        out.append(R"(,"name":)");
        wire::appendString(out, l.name);
        out.append(R"(,"city":)");
        wire::appendString(out, l.city);
        out.append(R"(,"on_hand":)");
        wire::appendInt(out, l.level.onHand);
        out.append(R"(,"reserved":)");
        wire::appendInt(out, l.level.reserved);
        out.append(R"(,"in_transit":)");
        wire::appendInt(out, l.level.inTransit);
        out.append(R"(,"version":)");
        wire::appendInt(out, l.level.version);
        out.push_back('}');
    }
    out.append(R"(],"web_sellable":)");
    wire::appendInt(out, webSellable);
    out.append(R"(,"server_time_ms":)");
    wire::appendInt(out, nowMs());
    out.push_back('}');
    return out;
}

Result<std::string> CentralService::orderStatusJson(const AuthTerminal &t, std::string_view orderId)
{
    auto o = m_store.order(orderId);
    if (!o)
        return o.error();
    if (!o.value() || (o.value())->storeId != t.storeId) // other stores' orders are not this terminal's business
        return makeError(errc::kNotFound, "unknown order " + std::string(orderId));
    std::string out = R"({"id":)";
    wire::appendString(out, (o.value())->id);
    out.append(R"(,"status":)");
    wire::appendString(out, (o.value())->status);
    out.append(R"(,"version":)");
    wire::appendInt(out, (o.value())->version);
    out.push_back('}');
    return out;
}

Result<std::string> CentralService::saleJson(const AuthTerminal &t, std::string_view saleId)
{
    // Any enrolled terminal may look up any sale: returns are taken in every store. Sale ids are
    // the terminals' own (UUIDs), recorded per terminal: when more than one terminal recorded the
    // id, the asking store's own sale is the one, and another store gets none of them rather than
    // a guess (one of them took the id of the other).
    auto recorded = m_store.salesWithReturns(saleId);
    if (!recorded)
        return recorded.error();
    if (recorded.value().empty())
        return makeError(errc::kNotFound, "unknown sale " + std::string(saleId));
    const auto own = std::find_if(recorded.value().begin(), recorded.value().end(),
                                  [&](const SaleWithReturns &s) { return s.sale.storeId == t.storeId; });
    if (own == recorded.value().end() && recorded.value().size() > 1)
        return makeError(errc::kConflict, "sale " + std::string(saleId)
                                              + " was recorded by more than one terminal: take the return at the store that sold it");
    const SaleWithReturns &found = own != recorded.value().end() ? *own : recorded.value().front();
    json sale = json::parse(found.payloadJson, nullptr, false);
    if (!sale.is_object())
        return makeError(errc::kInternal, "the stored payload of sale " + std::string(saleId) + " is not a JSON object");
    // Per line of the sale: the quantity and the amount already returned (positive), summed over
    // the returns and exchanges whose payload names this sale as the original.
    std::map<qint64, std::pair<qint64, qint64>> returned;
    for (const std::string &text : found.returnPayloads) {
        const json p = json::parse(text, nullptr, false);
        if (!p.is_object() || getString(p, "original_sale_id").value_or(std::string()) != saleId)
            continue;
        const auto lines = p.find("lines");
        if (lines == p.end() || !lines->is_array())
            continue;
        for (const json &l : *lines) {
            if (!l.is_object())
                continue;
            const qint64 lineNo = getInt(l, "return_of_line").value_or(0);
            const qint64 qty = getInt(l, "quantity").value_or(0);
            if (lineNo <= 0 || qty >= 0)
                continue;
            returned[lineNo].first += -qty;
            returned[lineNo].second += -getInt(l, "amount").value_or(0);
        }
    }
    json list = json::array();
    for (const auto &[lineNo, r] : returned)
        list.push_back(json{{"line_no", lineNo}, {"quantity", r.first}, {"amount", r.second}});
    return json{{"sale_id", std::string(saleId)}, {"sale", std::move(sale)}, {"returned", std::move(list)}}.dump();
}

Result<std::string> CentralService::heartbeat(const AuthTerminal &t, const json &body)
{
    if (!body.is_object())
        return makeError(errc::kBadRequest, "the heartbeat body must be a JSON object");
    const qint64 now = nowMs();
    auto w = m_store.write();
    if (!w)
        return w.error();
    if (auto r = w.value()->recordHeartbeat(t.id, body.dump(), now); !r)
        return r.error();
    if (auto r = w.value()->commit(); !r)
        return r.error();
    return json{{"server_time_ms", now}}.dump();
}

// ------------------------------------------------------------------ admin

Result<CreatedOrder> CentralService::createOrder(const OrderRequest &req)
{
    auto wr = m_store.write();
    if (!wr)
        return wr.error();
    auto created = createOrderIn(*wr.value(), req, nowMs());
    if (!created)
        return created.error();
    if (auto r = wr.value()->commit(); !r)
        return r.error();
    return created;
}

Result<CreatedOrder> createOrderIn(CentralStore::Writer &w, const CentralService::OrderRequest &req, qint64 now)
{
    using Placement = CentralService::Placement;
    const std::string &storeId = req.storeId;
    if (req.lines.empty())
        return makeError(errc::kInvalid, "an order needs at least one line");
    if (req.placement == Placement::Locker && !isValidCompartment(req.compartment))
        return makeError(errc::kInvalid, "a compartment is 1 to 16 letters, digits, '-' or '_', e.g. A07");
    if (req.expiresInDays < 1 || req.expiresInDays > kMaxPickupWindowDays)
        return makeError(errc::kInvalid, "an order stays collectable for 1 to " + std::to_string(kMaxPickupWindowDays) + " days");
    if (req.parcels < 1 || req.parcels > kMaxParcels)
        return makeError(errc::kInvalid, "an order has 1 to " + std::to_string(kMaxParcels) + " parcels");
    const qint64 nowSec = now / 1000;
    auto store = w.location(storeId);
    if (!store)
        return store.error();
    if (!store.value() || (store.value())->kind != "store")
        return makeError(errc::kInvalid, "unknown store " + storeId);

    CreatedOrder created;
    Order &o = created.order;
    int lineNo = 0;
    for (const CentralService::LineRequest &line : req.lines) {
        if (line.quantity <= 0)
            return makeError(errc::kInvalid, "quantities must be positive (product " + std::to_string(line.productId) + ")");
        auto product = w.product(line.productId);
        if (!product)
            return product.error();
        if (!product.value())
            return makeError(errc::kInvalid, "unknown product " + std::to_string(line.productId));
        if (line.amount) {
            // Already paid (a web order collected here): the customer's amount and line name.
            if (*line.amount < 0)
                return makeError(errc::kInvalid, "a paid amount is never negative (product " + std::to_string(line.productId) + ")");
            o.total += *line.amount;
            o.lines.push_back(OrderLine{++lineNo, line.productId, line.name.empty() ? (product.value())->sku : line.name,
                                        line.quantity, *line.amount});
            continue;
        }
        auto prices = w.prices(storeId, line.productId);
        if (!prices)
            return prices.error();
        std::optional<qint64> price;
        for (const Price &p : prices.value())
            if (p.validFrom <= nowSec && (!p.validTo || *p.validTo > nowSec))
                price = p.amount;
        if (!price)
            return makeError(errc::kInvalid, "product " + std::to_string(line.productId) + " has no valid price in store " + storeId);
        const json names = json::parse((product.value())->namesJson, nullptr, false);
        std::string name = (product.value())->sku;
        if (names.is_object()) {
            if (const auto it = names.find((store.value())->language); it != names.end() && it->is_string())
                name = it->get<std::string>();
            else if (!names.empty() && names.begin()->is_string())
                name = names.begin()->get<std::string>();
        }
        const bool weighed = (product.value())->unit == "kg";
        const qint64 amount = weighed ? (*price * line.quantity + 500) / 1000 : *price * line.quantity;
        o.total += amount;
        o.lines.push_back(OrderLine{++lineNo, line.productId, name, line.quantity, amount});
    }
    auto serial = w.lastOrderSerial(storeId);
    if (!serial)
        return serial.error();
    const qint64 next = std::max<qint64>(serial.value() + 1, 100001);
    o.id = storeId + "-CC-" + std::to_string(next);
    o.storeId = storeId;
    o.number = "CC" + std::to_string(next);
    o.customerFirstName = req.customerFirstName;
    o.contactMasked = req.contactMasked;

    // The locator tells a terminal which verifier to try; unique among the store's open orders
    // where possible, so a typed code costs one slow derivation. A collision after many draws
    // (a store with hundreds of open orders) is accepted: the terminal then tries each order.
    std::string locator;
    for (int attempt = 0; attempt < kLocatorAttempts; ++attempt) {
        locator = pickupSymbols(pickup::kLocatorLength);
        auto used = w.openOrderHasLocator(storeId, locator);
        if (!used)
            return used.error();
        if (!used.value())
            break;
    }
    created.pickupCode = locator + pickupSymbols(pickup::kSecretLength);
    o.pickupLocator = locator;
    o.pickupIterations = pickup::kDefaultIterations;
    o.pickupSalt = randomBytes(16);
    o.pickupVerifier = pickup::verifier(QString::fromStdString(created.pickupCode), QByteArray::fromStdString(o.pickupSalt),
                                        o.pickupIterations)
                           .toStdString();
    if (o.pickupVerifier.empty())
        return makeError(errc::kInternal, "PBKDF2 failed for the pickup code of " + o.id);
    o.parcels = req.parcels;
    o.idCheck = req.idCheck;
    if (req.placement == Placement::Locker) {
        o.compartment = req.compartment;
        o.compartments = {req.compartment};
        auto others = w.openOrdersInCompartment(storeId, req.compartment, o.id);
        if (!others)
            return others.error();
        if (!others.value().empty())
            return makeError(errc::kInvalid, "compartment " + req.compartment + " holds open order " + others.value().front());
    }
    o.status = req.placement == Placement::AwaitingLoading ? "awaiting_pickup" : "ready";
    o.expiresAt = nowSec + qint64(req.expiresInDays) * 86400;
    o.currency = (store.value())->currency;
    o.createdAtMs = now;
    if (auto r = w.putOrder(o); !r)
        return r.error();
    if (o.status == "ready")
        if (auto r = w.addNotification(readyNotification(o, now)); !r)
            return r.error();
    return created;
}

Result<Order> CentralService::cancelOrder(const std::string &orderId)
{
    auto wr = m_store.write();
    if (!wr)
        return wr.error();
    auto o = wr.value()->order(orderId);
    if (!o)
        return o.error();
    if (!o.value())
        return makeError(errc::kInvalid, "unknown order " + orderId);
    Order order = std::move(*o.value());
    if (order.status == "collected" || order.status == "cancelled" || order.status == "expired")
        return makeError(errc::kInvalid, "order " + orderId + " is already " + order.status);
    order.status = "cancelled";
    if (auto r = wr.value()->putOrder(order); !r)
        return r.error();
    if (auto r = wr.value()->commit(); !r)
        return r.error();
    return order;
}

Result<void> CentralService::setStaffLanguage(const std::string &staffId, const std::string &language)
{
    static const std::string_view known[] = {"", "en", "pl", "it", "ru", "nb"};
    if (std::find(std::begin(known), std::end(known), language) == std::end(known))
        return makeError(errc::kInvalid, "\"" + language + "\" is not a terminal language: use en, pl, it, ru or nb (or \"\" for the store's)");
    auto wr = m_store.write();
    if (!wr)
        return wr.error();
    auto changed = wr.value()->setStaffLanguage(staffId, language);
    if (!changed)
        return changed.error();
    if (!changed.value())
        return makeError(errc::kInvalid, "unknown staff member " + staffId);
    return wr.value()->commit();
}

Result<Price> CentralService::setPrice(const std::string &storeId, qint64 productId, qint64 amount,
                                       std::optional<qint64> validFrom)
{
    if (amount < 0)
        return makeError(errc::kInvalid, "a price is never negative");
    const qint64 from = validFrom.value_or(nowMs() / 1000);
    auto wr = m_store.write();
    if (!wr)
        return wr.error();
    CentralStore::Writer &w = *wr.value();
    auto store = w.location(storeId);
    if (!store)
        return store.error();
    if (!store.value() || (store.value())->kind != "store")
        return makeError(errc::kInvalid, "unknown store " + storeId);
    auto product = w.product(productId);
    if (!product)
        return product.error();
    if (!product.value())
        return makeError(errc::kInvalid, "unknown product " + std::to_string(productId));
    auto prices = w.prices(storeId, productId);
    if (!prices)
        return prices.error();
    std::optional<qint64> until;
    for (Price p : prices.value()) {
        if (p.validFrom > from) {
            until = until ? std::min(*until, p.validFrom) : p.validFrom;
        } else if (p.validFrom < from && (!p.validTo || *p.validTo > from)) {
            p.validTo = from; // the price open at `from` ends there
            if (auto r = w.putPrice(p); !r)
                return r.error();
        }
    }
    Price np;
    np.storeId = storeId;
    np.productId = productId;
    np.validFrom = from;
    np.validTo = until;
    np.amount = amount;
    np.currency = (store.value())->currency;
    if (auto r = w.putPrice(np); !r)
        return r.error();
    if (auto r = w.commit(); !r)
        return r.error();
    return np;
}

Result<StockLevel> CentralService::receiveStock(const std::string &locationId, qint64 productId, qint64 quantity)
{
    if (quantity == 0)
        return makeError(errc::kInvalid, "the quantity must not be zero");
    auto wr = m_store.write();
    if (!wr)
        return wr.error();
    CentralStore::Writer &w = *wr.value();
    auto loc = w.location(locationId);
    if (!loc)
        return loc.error();
    if (!loc.value())
        return makeError(errc::kInvalid, "unknown location " + locationId);
    auto product = w.product(productId);
    if (!product)
        return product.error();
    if (!product.value())
        return makeError(errc::kInvalid, "unknown product " + std::to_string(productId));
    auto row = stockRowIn(w, productId, locationId);
    if (!row)
        return row.error();
    StockLevel s = std::move(row).value();
    s.onHand += quantity;
    auto v = w.putStock(s);
    if (!v)
        return v.error();
    s.version = v.value();
    if (auto r = w.commit(); !r)
        return r.error();
    return s;
}

} // namespace ok::central
