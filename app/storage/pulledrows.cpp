// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/pulledrows.h"

#include "storage/catalog.h"
#include "storage/sqlite.h"

namespace ok::db {

qsizetype PulledRows::Page::rowCount() const
{
    return taxClasses.size() + locations.size() + products.size() + prices.size() + stock.size() + orders.size()
        + staff.size();
}

PulledRows::PulledRows(Database &cache, QString storeId)
    : m_db(cache)
    , m_state(cache)
    , m_storeId(std::move(storeId))
{
}

Result<void> PulledRows::apply(const Page &page, qint64 nowMs)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return *tx.beginError();
    // The stored cursor must still be the one the page was asked with (one puller per terminal;
    // this guards against a second one, and against applying the same page twice).
    auto current = m_state.cursor(page.stream);
    if (!current)
        return current.error();
    if (current.value() != page.cursorFrom)
        return Error{QStringLiteral("sync.cursor-moved"),
                     QStringLiteral("The %1 cursor moved while the page was in flight; the page was not applied.")
                         .arg(pullStreamName(page.stream))};
    auto generation = m_state.generation(page.stream);
    if (!generation)
        return generation.error();
    if (auto r = applyRows(page, generation.value()); !r)
        return r.error();
    if (auto r = m_state.advance(page.stream, page.cursor, page.rowCount(), nowMs); !r)
        return r.error();
    if (generation->sweepPending && !page.more) {
        // The re-pull has caught up: every row the central service holds for this stream came
        // again and carries the new generation. What does not is not the central service's.
        if (auto r = sweep(page.stream, generation->value); !r)
            return r.error();
        if (auto r = m_state.finishSweep(page.stream); !r)
            return r.error();
    }
    return tx.commit();
}

Result<void> PulledRows::applyRows(const Page &page, const SyncState::Generation &generation)
{
    const qint64 gen = generation.value;
    switch (page.stream) {
    case PullStream::Reference:
        for (const TaxClass &t : page.taxClasses) {
            Statement &st = m_db.cached(R"sql(
                INSERT INTO tax_class(code, rate_bp, label, version, sync_gen) VALUES(?1, ?2, ?3, ?4, ?5)
                ON CONFLICT(code) DO UPDATE SET rate_bp = excluded.rate_bp, label = excluded.label,
                    version = excluded.version, sync_gen = excluded.sync_gen)sql");
            if (!st.bind(1, t.code).bind(2, t.rateBp).bind(3, t.label).bind(4, t.version).bind(5, gen).exec())
                return statementError(st);
        }
        for (const Location &l : page.locations) {
            Statement &st = m_db.cached(R"sql(
                INSERT INTO location(id, kind, name, version, sync_gen, city) VALUES(?1, ?2, ?3, ?4, ?5, ?6)
                ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, name = excluded.name,
                    version = excluded.version, sync_gen = excluded.sync_gen, city = excluded.city)sql");
            if (!st.bind(1, l.id).bind(2, l.kind).bind(3, l.name).bind(4, l.version).bind(5, gen).bind(6, l.city).exec())
                return statementError(st);
        }
        return {};
    case PullStream::Catalog: {
        // An initial pull into an empty catalog leaves the search index alone and rebuilds it
        // once at the end: ~2x faster than indexing row by row. The flag is in the database, so
        // a pull that crashed half-way continues the same way.
        bool stale = m_state.searchStale();
        if (!stale && page.cursorFrom == 0 && m_db.queryInt("SELECT count(*) FROM product").value_or(1) == 0) {
            if (auto r = m_state.setSearchStale(true); !r)
                return r.error();
            stale = true;
        }
        return applyProducts(page.products, generation, stale);
    }
    case PullStream::Prices:
        for (const Price &p : page.prices) {
            Statement &st = m_db.cached(R"sql(
                INSERT INTO price(store_id, product_id, valid_from, valid_to, amount, currency, version, sync_gen,
                                  promotion, regular_amount)
                VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                ON CONFLICT(store_id, product_id, valid_from) DO UPDATE SET valid_to = excluded.valid_to,
                    amount = excluded.amount, currency = excluded.currency, version = excluded.version,
                    sync_gen = excluded.sync_gen, promotion = excluded.promotion,
                    regular_amount = excluded.regular_amount)sql");
            st.bind(1, m_storeId).bind(2, p.productId).bind(3, p.validFrom).bind(5, p.amount).bind(6, p.currency)
                .bind(7, p.version).bind(8, gen).bind(9, p.promotion);
            if (p.regularAmount)
                st.bind(10, *p.regularAmount);
            else
                st.bindNull(10);
            if (p.validTo)
                st.bind(4, *p.validTo);
            else
                st.bindNull(4);
            if (!st.exec())
                return statementError(st);
        }
        return {};
    case PullStream::Stock:
        for (const Stock &s : page.stock) {
            Statement &st = m_db.cached(R"sql(
                INSERT INTO stock(product_id, location_id, on_hand, reserved, in_transit, version, sync_gen)
                VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)
                ON CONFLICT(product_id, location_id) DO UPDATE SET on_hand = excluded.on_hand,
                    reserved = excluded.reserved, in_transit = excluded.in_transit, version = excluded.version,
                    sync_gen = excluded.sync_gen)sql");
            if (!st.bind(1, s.productId).bind(2, s.locationId).bind(3, s.onHand).bind(4, s.reserved).bind(5, s.inTransit)
                     .bind(6, s.version).bind(7, gen).exec())
                return statementError(st);
        }
        return {};
    case PullStream::Orders:
        for (const Order &o : page.orders) {
            if (generation.sweepPending) {
                // An order number is unique here, as at the central service. An order that this
                // re-pull has not brought back yet and that holds the number is stale (the
                // central service gave the number to this order): its number is parked,
                // "~<id>~<number>", until its own row comes again or the sweep removes it.
                Statement &park = m_db.cached("UPDATE cc_order SET number = '~' || id || '~' || number "
                                              "WHERE number = ?1 AND id <> ?2 AND sync_gen < ?3");
                if (!park.bind(1, o.number).bind(2, o.id).bind(3, gen).exec())
                    return statementError(park);
            }
            Statement &st = m_db.cached(R"sql(
                INSERT INTO cc_order(id, store_id, number, customer_first_name, contact_masked, pickup_salt,
                                     pickup_verifier, compartment, status, expires_at, total, currency, version, sync_gen,
                                     pickup_locator, pickup_iterations, compartments, parcels, id_check)
                VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)
                ON CONFLICT(id) DO UPDATE SET number = excluded.number,
                    customer_first_name = excluded.customer_first_name, contact_masked = excluded.contact_masked,
                    pickup_salt = excluded.pickup_salt, pickup_verifier = excluded.pickup_verifier,
                    compartment = excluded.compartment, status = excluded.status, expires_at = excluded.expires_at,
                    total = excluded.total, currency = excluded.currency, version = excluded.version,
                    sync_gen = excluded.sync_gen, pickup_locator = excluded.pickup_locator,
                    pickup_iterations = excluded.pickup_iterations, compartments = excluded.compartments,
                    parcels = excluded.parcels, id_check = excluded.id_check)sql");
            st.bind(1, o.id).bind(2, m_storeId).bind(3, o.number).bind(4, o.customerFirstName).bind(5, o.contactMasked)
                .bind(6, o.pickupSalt).bind(7, o.pickupVerifier).bind(9, o.status).bind(10, o.expiresAt)
                .bind(11, o.total).bind(12, o.currency).bind(13, o.version).bind(14, gen).bind(15, o.pickupLocator)
                .bind(16, o.pickupIterations).bind(17, o.compartments.join(QLatin1Char(','))).bind(18, o.parcels)
                .bind(19, o.idCheck ? 1 : 0);
            if (o.compartment.isEmpty())
                st.bindNull(8);
            else
                st.bind(8, o.compartment);
            if (!st.exec())
                return statementError(st);
            Statement &del = m_db.cached("DELETE FROM cc_order_line WHERE order_id = ?1");
            if (!del.bind(1, o.id).exec())
                return statementError(del);
            for (const OrderLine &l : o.lines) {
                Statement &ins = m_db.cached("INSERT INTO cc_order_line(order_id, line_no, product_id, name, quantity) "
                                             "VALUES(?1, ?2, ?3, ?4, ?5)");
                if (!ins.bind(1, o.id).bind(2, l.lineNo).bind(3, l.productId).bind(4, l.name).bind(5, l.quantity).exec())
                    return statementError(ins);
            }
        }
        return {};
    case PullStream::Staff:
        for (const Staff &s : page.staff) {
            Statement &st = m_db.cached(R"sql(
                INSERT INTO staff(id, name, role, store_id, pin_salt, pin_iterations, pin_verifier, active, version, sync_gen, language)
                VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
                ON CONFLICT(id) DO UPDATE SET name = excluded.name, role = excluded.role, store_id = excluded.store_id,
                    pin_salt = excluded.pin_salt, pin_iterations = excluded.pin_iterations,
                    pin_verifier = excluded.pin_verifier, active = excluded.active, version = excluded.version,
                    sync_gen = excluded.sync_gen, language = excluded.language)sql");
            st.bind(1, s.id).bind(2, s.name).bind(3, s.role).bind(5, s.pinSalt).bind(6, s.pinIterations)
                .bind(7, s.pinVerifier).bind(8, s.active ? 1 : 0).bind(9, s.version).bind(10, gen).bind(11, s.language);
            if (s.storeId.isEmpty())
                st.bindNull(4);
            else
                st.bind(4, s.storeId);
            if (!st.exec())
                return statementError(st);
        }
        return {};
    }
    return {};
}

Result<void> PulledRows::applyProducts(const QList<Product> &products, const SyncState::Generation &generation, bool indexLater)
{
    CatalogWriter writer(m_db);
    const auto index = indexLater ? CatalogWriter::SearchIndex::Later : CatalogWriter::SearchIndex::Now;
    for (const Product &p : products) {
        if (generation.sweepPending) {
            // A SKU is unique here, as at the central service. A product that this re-pull has
            // not brought back yet and that holds the SKU is stale (the central service gave the
            // SKU to this product): its SKU is parked, "~<id>~<sku>", until its own row comes
            // again or the sweep removes it; otherwise the re-pull could never get past this
            // page. search_terms stay as they are, so the search index still matches the row.
            // (Barcodes move to the newest product anyway: CatalogWriter.)
            Statement &park = m_db.cached("UPDATE product SET sku = '~' || id || '~' || sku "
                                          "WHERE sku = ?1 AND id <> ?2 AND sync_gen < ?3");
            if (!park.bind(1, p.sku).bind(2, p.id).bind(3, generation.value).exec())
                return statementError(park);
        }
        if (auto r = writer.upsertProduct(p, index); !r)
            return r.error();
        if (generation.sweepPending) {
            // Only a re-pull needs the stamp: its sweep deletes what it did not stamp. Rows
            // written by ordinary pulls are stamped again by the next re-pull if they are
            // still the central service's.
            Statement &stamp = m_db.cached("UPDATE product SET sync_gen = ?2 WHERE id = ?1");
            if (!stamp.bind(1, p.id).bind(2, generation.value).exec())
                return statementError(stamp);
        }
    }
    return {};
}

Result<void> PulledRows::sweep(PullStream stream, qint64 generation)
{
    // Rows this stream did not bring back in the re-pull are deleted, dependents first where a
    // foreign key has no ON DELETE action (docs/storage.md, "Pulling a stream again"). Rows of
    // other streams that depend on a swept row cannot be the central service's either: its own
    // tables have the same foreign keys.
    const auto run = [this, generation](std::string_view sql) -> Result<void> {
        Statement &st = m_db.cached(sql);
        if (!st.bind(1, generation).exec())
            return statementError(st);
        return {};
    };
    switch (stream) {
    case PullStream::Reference:
        // stock.location_id has no ON DELETE action: a swept location's stock goes first.
        if (auto r = run("DELETE FROM stock WHERE location_id IN (SELECT id FROM location WHERE sync_gen < ?1)"); !r)
            return r;
        if (auto r = run("DELETE FROM location WHERE sync_gen < ?1"); !r)
            return r;
        // A tax class that a product still names stays: the product is stale too (the central
        // service's product names a class it has), so the catalog's own check pulls it again,
        // and the next check of this stream sweeps the class.
        return run("DELETE FROM tax_class WHERE sync_gen < ?1 "
                   "AND NOT EXISTS (SELECT 1 FROM product p WHERE p.tax_class = tax_class.code)");
    case PullStream::Catalog:
        // External-content FTS5 needs the old text to forget a row; while the index is stale it
        // is rebuilt as a whole when the stream has caught up (caughtUp()).
        if (!m_state.searchStale()) {
            if (auto r = run("INSERT INTO product_search(product_search, rowid, search_terms) "
                             "SELECT 'delete', id, search_terms FROM product WHERE sync_gen < ?1");
                !r)
                return r;
        }
        // Names, barcodes, prices and stock go with the product (ON DELETE CASCADE). Order
        // lines keep their own copy of the name and have no foreign key.
        //
        // price has no index on product_id alone (its key starts with store_id), so SQLite would
        // scan every price for each deleted product: minutes for a few thousand. The index is
        // built for the sweep and dropped again in the same transaction, so ordinary pulls (the
        // initial one above all) do not maintain it for a rare event.
        {
            Statement &any = m_db.cached("SELECT 1 FROM product WHERE sync_gen < ?1 LIMIT 1");
            any.bind(1, generation);
            const bool found = any.step();
            if (any.lastError())
                return *any.lastError();
            any.reset();
            if (!found)
                return {};
        }
        if (auto r = m_db.exec("CREATE INDEX sweep_price_product ON price(product_id)"); !r)
            return r;
        if (auto r = run("DELETE FROM product WHERE sync_gen < ?1"); !r)
            return r;
        return m_db.exec("DROP INDEX sweep_price_product");
    case PullStream::Prices:
        return run("DELETE FROM price WHERE sync_gen < ?1");
    case PullStream::Stock:
        return run("DELETE FROM stock WHERE sync_gen < ?1");
    case PullStream::Orders:
        return run("DELETE FROM cc_order WHERE sync_gen < ?1"); // lines: ON DELETE CASCADE
    case PullStream::Staff:
        return run("DELETE FROM staff WHERE sync_gen < ?1");
    }
    return {};
}

Result<void> PulledRows::caughtUp(PullStream stream)
{
    if (stream != PullStream::Catalog || !m_state.searchStale())
        return {};
    Transaction tx(m_db);
    if (!tx.isActive())
        return *tx.beginError();
    if (auto r = CatalogWriter(m_db).rebuildSearchIndex(); !r)
        return r.error();
    if (auto r = m_state.setSearchStale(false); !r)
        return r.error();
    return tx.commit();
}

Result<void> PulledRows::forEachChecksumRow(PullStream stream, const std::function<void(const QByteArray &, qint64)> &row)
{
    const auto each = [&](std::string_view sql, const QByteArray &prefix) -> Result<void> {
        Statement &st = m_db.cached(sql);
        if (sql.find("?1") != std::string_view::npos)
            st.bind(1, m_storeId);
        while (st.step())
            row(prefix + st.text(0).toUtf8(), st.int64(1));
        if (st.lastError())
            return *st.lastError();
        return {};
    };
    switch (stream) {
    case PullStream::Reference:
        if (auto r = each("SELECT code, version FROM tax_class", "tax_class:"); !r)
            return r;
        return each("SELECT id, version FROM location", "location:");
    case PullStream::Catalog:
        return each("SELECT id, version FROM product", {});
    case PullStream::Prices:
        return each("SELECT product_id || '|' || valid_from, version FROM price WHERE store_id = ?1", {});
    case PullStream::Stock:
        return each("SELECT product_id || '|' || location_id, version FROM stock", {});
    case PullStream::Orders:
        return each("SELECT id, version FROM cc_order WHERE store_id = ?1", {});
    case PullStream::Staff:
        return each("SELECT id, version FROM staff", {});
    }
    return {};
}

} // namespace ok::db
