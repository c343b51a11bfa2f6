// SPDX-License-Identifier: GPL-3.0-or-later
// Seeding the central service with the demo network: the same generator as the kiosk's
// omnikiosk-demo-data (ok::demo::generateDemoNetwork), written through CentralStore.

#include "central/channels.h"
#include "central/crypto.h"
#include "core/pin.h"
#include "central/service.h"
#include "demo-data/demodata.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <set>

namespace ok::central {

namespace {

/// Products per write transaction while seeding: bounds the WAL (a million-product seed in one
/// transaction would grow it to gigabytes) while keeping commits rare.
constexpr qint64 kSeedChunk = 20000;

constexpr std::string_view kSeedStateKey = "demo_seed_state";

/// Products the demo web orders and promotions choose from (the first ones of the catalog).
constexpr qint64 kChannelCandidates = 200;

std::string utf8(const QString &s)
{
    return s.toStdString();
}

/// The catalog limits of docs/sync-protocol.md for the issue 13 fields: a generator that breaks
/// them fails the seed here, not a terminal's pull later.
std::optional<std::string> catalogLimitsBroken(const demo::DemoProduct &p)
{
    const auto chars = [](const QString &s) { return s.size(); };
    if (chars(p.brand) > 64)
        return "brand longer than 64 characters";
    if (chars(p.model) > 32 || !std::all_of(p.model.cbegin(), p.model.cend(), [](QChar c) {
            return (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                   || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_') || c == QLatin1Char('-');
        }))
        return "model not 0 to 32 of [A-Za-z0-9_-]";
    if (chars(p.size) > 16)
        return "size longer than 16 characters";
    if (p.colour.size() > 8 || std::any_of(p.colour.cbegin(), p.colour.cend(), [](const auto &c) { return c.second.size() > 64; }))
        return "colour in more than 8 languages or longer than 64 characters";
    if (p.popularity < 0 || p.popularity > 1'000'000'000'000LL)
        return "popularity outside 0..1e12";
    return std::nullopt;
}

/// The demo customers: at least two in Polish and Italian stores, one in Norway and Russia.
struct DemoCustomer {
    const char *name, *email, *phone, *store;
    qint64 points;
};
constexpr DemoCustomer kDemoCustomers[] = {
    {"Anna Nowak", "anna.nowak@example.com", "48601234321", "S001", 1250},
    {"Piotr Wiśniewski", "piotr.wisniewski@example.com", "48602345678", "S002", 3400},
    {"Giulia Rossi", "giulia.rossi@example.it", "393471234567", "S003", 820},
    {"Marco Bianchi", "marco.bianchi@example.it", "393489876543", "S003", 4700},
    {"Ingrid Hansen", "ingrid.hansen@example.no", "4791234567", "S004", 2600},
    {"Ольга Смирнова", "olga.smirnova@example.ru", "79161234567", "S005", 560},
};
constexpr const char *kDemoPromotionName = "Black Week −20 %";

class CentralSink final : public demo::DemoSink
{
public:
    CentralSink(CentralStore &store, qint64 nowMs, qint64 demoNow, const std::function<void(qint64)> &progress)
        : m_store(store)
        , m_nowMs(nowMs)
        , m_demoNow(demoNow)
        , m_progress(progress)
    {
    }

    /// What the channel seed chooses from: per store, products sold by the piece with a price
    /// now and free stock, in id order; variants (a model) first for the promotion.
    struct Candidate {
        qint64 productId = 0;
        bool variant = false;
        qint64 available = 0;
    };
    std::map<std::string, std::vector<Candidate>> candidates;
    std::map<std::string, Price> currentPromotion; ///< a promotion the generator made, valid now

    Result<void> open()
    {
        auto w = m_store.write();
        if (!w)
            return w.error();
        m_w = std::move(w).value();
        return {};
    }

    Result<void> commit()
    {
        auto r = m_w->commit();
        m_w.reset();
        return r;
    }

    CentralStore::Writer &writer() { return *m_w; }

    Result<void> taxClass(const demo::DemoTaxClass &t) override
    {
        return m_w->putTaxClass(TaxClass{utf8(t.country), utf8(t.code), t.rateBasisPoints, utf8(t.label)}, t.tier);
    }
    Result<void> location(const demo::DemoLocation &l) override
    {
        return m_w->putLocation(Location{utf8(l.id), utf8(l.kind), utf8(l.name), utf8(l.country), utf8(l.currency), utf8(l.language),
                                         utf8(l.city)});
    }
    Result<void> product(const demo::DemoProduct &p) override
    {
        nlohmann::json names = nlohmann::json::object();
        for (const auto &n : p.names)
            names[utf8(n.first)] = utf8(n.second);
        nlohmann::json barcodes = nlohmann::json::array();
        for (const QString &b : p.barcodes)
            barcodes.push_back(utf8(b));
        if (const auto broken = catalogLimitsBroken(p))
            return makeError(errc::kInvalid, "demo product " + std::to_string(p.id) + ": " + *broken);
        nlohmann::json colour = nlohmann::json::object();
        for (const auto &c : p.colour)
            colour[utf8(c.first)] = utf8(c.second);
        m_piece = p.unit == QLatin1String("piece");
        m_variant = !p.model.isEmpty();
        return m_w->putProduct(Product{p.id, utf8(p.sku), p.tier, utf8(p.unit), true, names.dump(), barcodes.dump(), utf8(p.brand),
                                       utf8(p.model), utf8(p.size), p.colour.isEmpty() ? std::string() : colour.dump(),
                                       p.popularity});
    }
    Result<void> price(const demo::DemoPrice &p) override
    {
        Price row{utf8(p.storeId), p.productId, p.validFrom, p.validTo, p.amount, utf8(p.currency), 0, utf8(p.promotion),
                  p.promotion.isEmpty() ? std::nullopt : p.regularAmount};
        const bool now = p.validFrom <= m_demoNow && (!p.validTo || *p.validTo > m_demoNow);
        if (now && !row.promotion.empty() && !currentPromotion.count(row.storeId))
            currentPromotion[row.storeId] = row;
        if (now && m_piece && p.productId <= kChannelCandidates)
            m_priced.insert(row.storeId);
        return m_w->putPrice(row);
    }
    Result<void> stock(const demo::DemoStock &s) override
    {
        const std::string location = utf8(s.locationId);
        if (m_priced.count(location)) // stock follows the product's prices (DemoSink's order)
            candidates[location].push_back({s.productId, m_variant, s.onHand - s.reserved});
        auto r = m_w->putStock(StockLevel{s.productId, utf8(s.locationId), s.onHand, s.reserved, s.inTransit, 0});
        if (!r)
            return r.error();
        return {};
    }
    Result<void> order(const demo::DemoOrder &o) override
    {
        Order order;
        order.id = utf8(o.id);
        order.storeId = utf8(o.storeId);
        order.number = utf8(o.number);
        order.customerFirstName = utf8(o.customerFirstName);
        order.contactMasked = utf8(o.contactMasked);
        order.pickupSalt = o.pickupSalt.toStdString();
        order.pickupVerifier = o.pickupVerifier.toStdString();
        order.pickupLocator = utf8(o.pickupLocator);
        order.pickupIterations = o.pickupIterations;
        if (!o.compartment.isEmpty())
            order.compartment = utf8(o.compartment);
        for (const QString &c : o.compartments)
            order.compartments.push_back(utf8(c));
        order.parcels = o.parcels;
        order.idCheck = o.idCheck;
        order.status = utf8(o.status);
        order.expiresAt = o.expiresAt;
        order.total = o.total;
        order.currency = utf8(o.currency);
        for (const demo::DemoOrderLine &l : o.lines)
            order.lines.push_back(OrderLine{l.lineNo, l.productId, utf8(l.name), l.quantity, l.amount});
        order.createdAtMs = m_nowMs;
        return m_w->putOrder(order);
    }
    Result<void> staff(const demo::DemoStaff &s) override
    {
        const std::string salt = s.pinSalt.toStdString();
        Staff st{utf8(s.id), utf8(s.name), utf8(s.role),
                 s.storeId.isEmpty() ? std::nullopt : std::optional<std::string>(utf8(s.storeId)), salt,
                 s.pinIterations, pin::derive(s.pin, s.pinSalt, s.pinIterations).toStdString(), true, utf8(s.language)};
        return m_w->putStaff(st);
    }
    Result<void> productDone(qint64 productId) override
    {
        m_priced.clear();
        if (productId % kSeedChunk != 0)
            return {};
        if (m_progress)
            m_progress(productId);
        if (auto r = commit(); !r)
            return r;
        return open();
    }

private:
    CentralStore &m_store;
    qint64 m_nowMs;
    qint64 m_demoNow;
    const std::function<void(qint64)> &m_progress;
    bool m_piece = false;
    bool m_variant = false;
    std::set<std::string> m_priced; ///< stores with a price now of the current product
    std::unique_ptr<CentralStore::Writer> m_w;
};

/// The demo customers, each with a delivered home order (returnable), a paid home order not yet
/// shipped (collectable in a store that has the goods) and for every other one a shipped order;
/// and a channel promotion per store on a variant product, unless the generator made one.
Result<void> seedChannels(CentralStore::Writer &w, CentralSink &sink, qint64 demoNow, DemoChannels &out)
{
    const qint64 nowMs = demoNow * 1000;
    constexpr qint64 kDayMs = 86'400'000;
    int index = 0;
    for (const DemoCustomer &d : kDemoCustomers) {
        auto home = w.location(d.store);
        if (!home)
            return home.error();
        if (!home.value())
            return makeError(errc::kInternal, std::string("the demo network has no store ") + d.store);
        std::vector<CustomerPromotion> promotions;
        if (index == 0)
            promotions.push_back({"P-VIP10", "VIP −10 %", 1000});
        auto c = putNewCustomerIn(w, d.name, d.email, d.phone, *home.value(), d.points, std::move(promotions), nowMs - (6 - index) * kDayMs);
        if (!c)
            return c.error();
        out.customers.push_back(c.value());

        // Products with free stock at the home store, so the paid order can be collected there.
        std::vector<qint64> picks;
        for (const auto &cand : sink.candidates[d.store])
            if (cand.available >= 3)
                picks.push_back(cand.productId);
        if (picks.size() < 3) { // a tiny demo catalog: web orders need three products
            ++index;
            continue;
        }
        const auto pick = [&](int k) { return picks[size_t(3 * index + k) % picks.size()]; };
        struct Plan {
            std::vector<CentralService::LineRequest> lines;
            const char *channel, *status;
            qint64 ageDays;
        };
        std::vector<Plan> plans = {{{{pick(0), 2, {}, {}}, {pick(1), 1, {}, {}}}, "web", "delivered", 12},
                                   {{{pick(2), 1, {}, {}}}, index % 2 ? "app" : "web", "paid", 1}};
        if (index % 2 == 0)
            plans.push_back({{{pick(1), 1, {}, {}}}, "app", "shipped", 3});
        for (const Plan &plan : plans) {
            auto o = newWebOrderIn(w, c.value(), plan.lines, plan.channel, d.store, nowMs);
            if (!o)
                return o.error();
            WebOrder order = std::move(o).value();
            const qint64 placed = nowMs - plan.ageDays * kDayMs;
            order.createdAtMs = placed;
            order.payments.front().reference = "PSP-DEMO-" + order.number; // deterministic, unlike a real PSP's
            order.history.front().atMs = placed;
            order.status = plan.status;
            if (order.status != std::string("paid"))
                order.history.push_back({placed + kDayMs / 2, "shipped from the central warehouse"});
            if (order.status == std::string("delivered"))
                order.history.push_back({placed + 2 * kDayMs, "delivered to the customer's home"});
            if (auto r = w.putWebOrder(order); !r)
                return r.error();
            out.webOrders.push_back(std::move(order));
        }
        ++index;
    }

    for (const demo::DemoStore &store : demo::demoStores()) {
        const std::string id = utf8(store.id);
        if (const auto it = sink.currentPromotion.find(id); it != sink.currentPromotion.end()) {
            out.promotions.push_back(it->second);
            continue;
        }
        const auto &list = sink.candidates[id];
        auto chosen = std::find_if(list.begin(), list.end(), [](const CentralSink::Candidate &c) { return c.variant; });
        if (chosen == list.end()) // no variants in the catalog (yet): any product sold by the piece
            chosen = list.begin();
        if (chosen == list.end())
            continue;
        auto promo = putPromotionIn(w, id, chosen->productId, 20, kDemoPromotionName, demoNow, 7);
        if (!promo)
            return promo.error();
        out.promotions.push_back(promo.value());
    }
    return {};
}

} // namespace

Result<demo::DemoSummary> CentralService::seedDemo(const demo::DemoParams &p, const std::function<void(qint64)> &progress,
                                                   DemoChannels *channels)
{
    auto state = m_store.meta(kSeedStateKey);
    if (!state)
        return state.error();
    if (state.value() && *state.value() != "complete")
        return makeError(errc::kInvalid, "a previous demo seed of this database was interrupted: "
                                         "delete the database file and seed again");
    auto empty = m_store.isEmpty();
    if (!empty)
        return empty.error();
    if (!empty.value())
        return makeError(errc::kInvalid, "the database already holds data: seeding needs an empty one");

    CentralSink sink(m_store, nowMs(), p.now, progress);
    if (auto r = sink.open(); !r)
        return r.error();
    if (auto r = sink.writer().setMeta(kSeedStateKey, "in-progress"); !r)
        return r.error();
    auto sum = demo::generateDemoNetwork(sink, p);
    if (!sum)
        return sum.error();
    DemoChannels added;
    if (auto r = seedChannels(sink.writer(), sink, p.now, added); !r)
        return r.error();
    if (channels)
        *channels = std::move(added);
    const nlohmann::json params{{"products", p.products}, {"seed", p.seed}, {"orders", p.orders}, {"now", p.now}};
    if (auto r = sink.writer().setMeta("demo_seed", params.dump()); !r)
        return r.error();
    if (auto r = sink.writer().setMeta(kSeedStateKey, "complete"); !r)
        return r.error();
    if (auto r = sink.commit(); !r)
        return r.error();
    return sum;
}

} // namespace ok::central
