// SPDX-License-Identifier: GPL-3.0-or-later
// Seeding the central service with the demo network: the same generator as the kiosk's
// omnikiosk-demo-data (ok::demo::generateDemoNetwork), written through CentralStore.

#include "central/crypto.h"
#include "core/pin.h"
#include "central/service.h"
#include "demo-data/demodata.h"

#include <nlohmann/json.hpp>

namespace ok::central {

namespace {

/// Products per write transaction while seeding: bounds the WAL (a million-product seed in one
/// transaction would grow it to gigabytes) while keeping commits rare.
constexpr qint64 kSeedChunk = 20000;

constexpr std::string_view kSeedStateKey = "demo_seed_state";

std::string utf8(const QString &s)
{
    return s.toStdString();
}

class CentralSink final : public demo::DemoSink
{
public:
    CentralSink(CentralStore &store, qint64 nowMs, const std::function<void(qint64)> &progress)
        : m_store(store)
        , m_nowMs(nowMs)
        , m_progress(progress)
    {
    }

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
        return m_w->putLocation(Location{utf8(l.id), utf8(l.kind), utf8(l.name), utf8(l.country), utf8(l.currency), utf8(l.language)});
    }
    Result<void> product(const demo::DemoProduct &p) override
    {
        nlohmann::json names = nlohmann::json::object();
        for (const auto &n : p.names)
            names[utf8(n.first)] = utf8(n.second);
        nlohmann::json barcodes = nlohmann::json::array();
        for (const QString &b : p.barcodes)
            barcodes.push_back(utf8(b));
        return m_w->putProduct(Product{p.id, utf8(p.sku), p.tier, utf8(p.unit), true, names.dump(), barcodes.dump()});
    }
    Result<void> price(const demo::DemoPrice &p) override
    {
        return m_w->putPrice(Price{utf8(p.storeId), p.productId, p.validFrom, p.validTo, p.amount, utf8(p.currency), 0});
    }
    Result<void> stock(const demo::DemoStock &s) override
    {
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
    const std::function<void(qint64)> &m_progress;
    std::unique_ptr<CentralStore::Writer> m_w;
};

} // namespace

Result<demo::DemoSummary> CentralService::seedDemo(const demo::DemoParams &p, const std::function<void(qint64)> &progress)
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

    CentralSink sink(m_store, nowMs(), progress);
    if (auto r = sink.open(); !r)
        return r.error();
    if (auto r = sink.writer().setMeta(kSeedStateKey, "in-progress"); !r)
        return r.error();
    auto sum = demo::generateDemoNetwork(sink, p);
    if (!sum)
        return sum.error();
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
