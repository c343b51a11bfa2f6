// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/pulledrows.h"

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
    if (auto r = applyRows(page); !r)
        return r.error();
    if (auto r = m_state.advance(page.stream, page.cursor, page.rowCount(), nowMs); !r)
        return r.error();
    return tx.commit();
}

Result<void> PulledRows::applyRows(const Page &page)
{
    switch (page.stream) {
    case PullStream::Reference:
        for (const TaxClass &t : page.taxClasses) {
            Statement &st = m_db.cached(R"sql(
                INSERT INTO tax_class(code, rate_bp, label, version) VALUES(?1, ?2, ?3, ?4)
                ON CONFLICT(code) DO UPDATE SET rate_bp = excluded.rate_bp, label = excluded.label,
                    version = excluded.version)sql");
            if (!st.bind(1, t.code).bind(2, t.rateBp).bind(3, t.label).bind(4, t.version).exec())
                return statementError(st);
        }
        for (const Location &l : page.locations) {
            Statement &st = m_db.cached(R"sql(
                INSERT INTO location(id, kind, name, version) VALUES(?1, ?2, ?3, ?4)
                ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, name = excluded.name,
                    version = excluded.version)sql");
            if (!st.bind(1, l.id).bind(2, l.kind).bind(3, l.name).bind(4, l.version).exec())
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
        return applyProducts(page.products, stale);
    }
    case PullStream::Prices:
        for (const Price &p : page.prices) {
            Statement &st = m_db.cached(R"sql(
                INSERT INTO price(store_id, product_id, valid_from, valid_to, amount, currency, version)
                VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)
                ON CONFLICT(store_id, product_id, valid_from) DO UPDATE SET valid_to = excluded.valid_to,
                    amount = excluded.amount, currency = excluded.currency, version = excluded.version)sql");
            st.bind(1, m_storeId).bind(2, p.productId).bind(3, p.validFrom).bind(5, p.amount).bind(6, p.currency)
                .bind(7, p.version);
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
                INSERT INTO stock(product_id, location_id, on_hand, reserved, in_transit, version)
                VALUES(?1, ?2, ?3, ?4, ?5, ?6)
                ON CONFLICT(product_id, location_id) DO UPDATE SET on_hand = excluded.on_hand,
                    reserved = excluded.reserved, in_transit = excluded.in_transit, version = excluded.version)sql");
            if (!st.bind(1, s.productId).bind(2, s.locationId).bind(3, s.onHand).bind(4, s.reserved).bind(5, s.inTransit)
                     .bind(6, s.version).exec())
                return statementError(st);
        }
        return {};
    case PullStream::Orders:
        for (const Order &o : page.orders) {
            Statement &st = m_db.cached(R"sql(
                INSERT INTO cc_order(id, store_id, number, customer_first_name, contact_masked, pickup_salt,
                                     pickup_verifier, compartment, status, expires_at, total, currency, version)
                VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
                ON CONFLICT(id) DO UPDATE SET number = excluded.number,
                    customer_first_name = excluded.customer_first_name, contact_masked = excluded.contact_masked,
                    pickup_salt = excluded.pickup_salt, pickup_verifier = excluded.pickup_verifier,
                    compartment = excluded.compartment, status = excluded.status, expires_at = excluded.expires_at,
                    total = excluded.total, currency = excluded.currency, version = excluded.version)sql");
            st.bind(1, o.id).bind(2, m_storeId).bind(3, o.number).bind(4, o.customerFirstName).bind(5, o.contactMasked)
                .bind(6, o.pickupSalt).bind(7, o.pickupVerifier).bind(9, o.status).bind(10, o.expiresAt)
                .bind(11, o.total).bind(12, o.currency).bind(13, o.version);
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
                INSERT INTO staff(id, name, role, store_id, pin_salt, pin_iterations, pin_verifier, active, version)
                VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                ON CONFLICT(id) DO UPDATE SET name = excluded.name, role = excluded.role, store_id = excluded.store_id,
                    pin_salt = excluded.pin_salt, pin_iterations = excluded.pin_iterations,
                    pin_verifier = excluded.pin_verifier, active = excluded.active, version = excluded.version)sql");
            st.bind(1, s.id).bind(2, s.name).bind(3, s.role).bind(5, s.pinSalt).bind(6, s.pinIterations)
                .bind(7, s.pinVerifier).bind(8, s.active ? 1 : 0).bind(9, s.version);
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

Result<void> PulledRows::applyProducts(const QList<Product> &products, bool indexLater)
{
    CatalogWriter writer(m_db);
    const auto index = indexLater ? CatalogWriter::SearchIndex::Later : CatalogWriter::SearchIndex::Now;
    for (const Product &p : products) {
        if (auto r = writer.upsertProduct(p, index); !r)
            return r.error();
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
    if (auto r = m_db.exec("INSERT INTO product_search(product_search) VALUES('rebuild')"); !r)
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
