// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo-data/democache.h"

#include "core/pin.h"
#include "storage/catalog.h"
#include "storage/sqlite.h"

#include <QSet>

#include <algorithm>
#include <array>

namespace ok::demo {

using db::CatalogWriter;
using db::Database;
using db::Statement;
using db::Transaction;

// ------------------------------------------------------------------ the kiosk's cache.db

namespace {

/// The home store's view, written with CatalogWriter (the same writer the sync puller uses).
class CacheSink : public DemoSink
{
public:
    CacheSink(Database &cache, DemoStore store, QStringList languages)
        : m_db(cache)
        , m_writer(cache)
        , m_store(std::move(store))
        , m_languages(std::move(languages))
    {
    }

    Result<void> taxClass(const DemoTaxClass &t) override
    {
        if (t.country != m_store.country)
            return {};
        m_tierCode[size_t(t.tier)] = t.code;
        return m_writer.upsertTaxClass(t.code, t.rateBasisPoints, t.label);
    }
    Result<void> location(const DemoLocation &l) override
    {
        if (l.kind == QLatin1String("store") && l.id != m_store.id)
            m_otherStores.insert(l.id);
        return m_writer.upsertLocation(l.id, l.kind, l.name, l.city);
    }
    Result<void> product(const DemoProduct &p) override
    {
        CatalogWriter::Product prod;
        prod.id = p.id;
        prod.sku = p.sku;
        prod.taxClass = m_tierCode[size_t(p.tier)];
        prod.unit = p.unit;
        for (const QString &lang : m_languages)
            for (const auto &n : p.names)
                if (n.first == lang)
                    prod.names.append(n);
        prod.barcodes = p.barcodes;
        prod.brand = p.brand;
        prod.model = p.model;
        prod.size = p.size;
        for (const QString &lang : m_languages)
            for (const auto &c : p.colour)
                if (c.first == lang)
                    prod.colour.append(c);
        prod.popularity = p.popularity;
        sum.barcodes += p.barcodes.size();
        ++sum.products;
        // Indexed for search once, at the end (finish()): twice as fast on a large catalog.
        return m_writer.upsertProduct(prod, CatalogWriter::SearchIndex::Later);
    }
    Result<void> price(const DemoPrice &p) override
    {
        if (p.storeId != m_store.id)
            return {};
        ++sum.prices;
        return m_writer.setPrice(p.storeId, p.productId, p.validFrom, p.validTo, p.amount, p.currency, p.promotion,
                                 p.regularAmount);
    }
    /// This store's and the shared locations' stock, as the stock stream serves it: other stores'
    /// are asked live (docs/sync-protocol.md).
    Result<void> stock(const DemoStock &s) override
    {
        if (m_otherStores.contains(s.locationId))
            return {};
        ++sum.stockRows;
        return m_writer.setStock(s.productId, s.locationId, s.onHand, s.reserved, s.inTransit, 1);
    }
    Result<void> order(const DemoOrder &o) override
    {
        if (o.storeId != m_store.id)
            return {};
        Statement &st = m_db.cached(R"sql(
            INSERT INTO cc_order(id, store_id, number, customer_first_name, contact_masked, pickup_salt,
                                 pickup_verifier, compartment, status, expires_at, total, currency,
                                 pickup_locator, pickup_iterations, parcels, id_check, compartments)
            VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17))sql");
        st.bind(1, o.id).bind(2, o.storeId).bind(3, o.number).bind(4, o.customerFirstName).bind(5, o.contactMasked)
            .bind(6, o.pickupSalt).bind(7, o.pickupVerifier);
        if (o.compartment.isEmpty())
            st.bindNull(8);
        else
            st.bind(8, o.compartment);
        st.bind(9, o.status).bind(10, o.expiresAt).bind(11, o.total).bind(12, o.currency).bind(13, o.pickupLocator)
            .bind(14, o.pickupIterations).bind(15, o.parcels).bind(16, o.idCheck ? 1 : 0)
            .bind(17, o.compartments.join(QLatin1Char(','))); // the cache keeps them comma-separated
        if (!st.exec())
            return *st.lastError();
        for (const DemoOrderLine &l : o.lines) {
            Statement &ln = m_db.cached("INSERT INTO cc_order_line(order_id, line_no, product_id, name, quantity) "
                                        "VALUES(?1, ?2, ?3, ?4, ?5)");
            if (!ln.bind(1, o.id).bind(2, l.lineNo).bind(3, l.productId).bind(4, l.name).bind(5, l.quantity).exec())
                return *ln.lastError();
        }
        sum.pickups.append({o.number, o.pickupCode, o.compartment, o.storeId, o.id, o.status, o.compartments, o.parcels, o.idCheck});
        return {};
    }
    /// The store's staff and the network-wide ones, with their PIN verifiers (as the staff stream
    /// of the central service delivers them), so an offline demo can sign in.
    Result<void> staff(const DemoStaff &s) override
    {
        if (!s.storeId.isEmpty() && s.storeId != m_store.id)
            return {};
        const QByteArray verifier = pin::derive(s.pin, s.pinSalt, s.pinIterations);
        if (verifier.isEmpty())
            return Error{QStringLiteral("demo.pbkdf2"), QStringLiteral("PBKDF2 failed for staff %1").arg(s.id)};
        Statement &st = m_db.cached("INSERT INTO staff(id, name, role, store_id, pin_salt, pin_iterations, pin_verifier, language) "
                                    "VALUES(?1, ?2, ?3, NULLIF(?4, ''), ?5, ?6, ?7, ?8)");
        if (!st.bind(1, s.id).bind(2, s.name).bind(3, s.role).bind(4, s.storeId).bind(5, s.pinSalt).bind(6, s.pinIterations)
                 .bind(7, verifier).bind(8, s.language).exec())
            return *st.lastError();
        return {};
    }
    /// Every product is written: index them all for search in one go.
    Result<void> finish() { return m_writer.rebuildSearchIndex(); }
    QStringList nameLanguages() const override { return m_languages; }
    bool wantsStore(const QString &storeId) const override { return storeId == m_store.id; }

    DemoSummary sum;

private:
    Database &m_db;
    CatalogWriter m_writer;
    DemoStore m_store;
    QStringList m_languages;
    std::array<QString, kDemoTaxTierCount> m_tierCode;
    QSet<QString> m_otherStores; ///< store locations other than m_store
};

} // namespace

Result<DemoSummary> generateDemoCatalog(Database &cache, const DemoParams &p)
{
    DemoStore store;
    for (const auto &s : demoStores())
        if (s.id == p.storeId)
            store = s;
    if (store.id.isEmpty())
        return Error{QStringLiteral("demo.unknown-store"),
                     QStringLiteral("Unknown demo store \"%1\" (use S001 to S005)").arg(p.storeId)};
    for (const QString &code : p.languages)
        if (!demoLanguages().contains(code))
            return Error{QStringLiteral("demo.unknown-language"),
                         QStringLiteral("Unknown language \"%1\" (use en, pl, it, ru, nb)").arg(code)};

    Transaction tx(cache);
    if (!tx.isActive())
        return *tx.beginError();
    CacheSink sink(cache, store, p.languages);
    if (auto r = generateDemoNetwork(sink, p); !r)
        return r.error();
    if (auto r = sink.finish(); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return sink.sum;
}

} // namespace ok::demo
