// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/catalog.h"

#include "core/textfold.h"
#include "storage/sqlite.h"

namespace ok::db {

namespace {
constexpr std::string_view kProductById = R"sql(
SELECT p.id, p.sku, p.unit, t.code, t.rate_bp,
       coalesce((SELECT name FROM product_name WHERE product_id = p.id AND lang = ?2),
                (SELECT name FROM product_name WHERE product_id = p.id ORDER BY lang <> 'en' LIMIT 1), p.sku),
       pr.amount, pr.currency,
       (SELECT on_hand - reserved FROM stock WHERE product_id = p.id AND location_id = ?3),
       (SELECT code FROM barcode WHERE product_id = p.id LIMIT 1)
FROM product p
JOIN tax_class t ON t.code = p.tax_class
LEFT JOIN price pr ON pr.store_id = ?3 AND pr.product_id = p.id
     AND pr.valid_from = (SELECT max(valid_from) FROM price
                          WHERE store_id = ?3 AND product_id = p.id AND valid_from <= ?4
                            AND (valid_to IS NULL OR valid_to > ?4))
WHERE p.id = ?1 AND p.active = 1
)sql";

Error stepError(const Statement &st)
{
    return st.lastError().value_or(Error{QStringLiteral("db.no-row"), QStringLiteral("no row")});
}
} // namespace

CatalogReader::CatalogReader(Database &cache, QString storeId, QString language)
    : m_db(cache)
    , m_store(std::move(storeId))
    , m_lang(std::move(language))
{
}

std::optional<ProductInfo> CatalogReader::readProduct(qint64 id, qint64 now, const QString &barcode)
{
    Statement &st = m_db.cached(kProductById);
    st.bind(1, id).bind(2, m_lang).bind(3, m_store).bind(4, now);
    if (!st.step())
        return std::nullopt;
    ProductInfo p;
    p.id = st.int64(0);
    p.sku = st.text(1);
    p.unit = st.text(2);
    p.taxCode = st.text(3);
    p.taxBasisPoints = st.int32(4);
    p.name = st.text(5);
    if (!st.isNull(6)) {
        p.price = st.int64(6);
        p.currency = st.text(7);
    }
    if (!st.isNull(8))
        p.available = st.int64(8);
    p.barcode = barcode.isEmpty() ? st.text(9) : barcode;
    st.reset();
    return p;
}

std::optional<ProductInfo> CatalogReader::findByBarcode(const QString &code, qint64 now)
{
    Statement &st = m_db.cached("SELECT product_id FROM barcode WHERE code = ?1");
    st.bind(1, code);
    if (!st.step())
        return std::nullopt;
    const qint64 id = st.int64(0);
    st.reset();
    return readProduct(id, now, code);
}

std::optional<ProductInfo> CatalogReader::findById(qint64 id, qint64 now)
{
    return readProduct(id, now, QString());
}

QString CatalogReader::matchExpression(const QString &text)
{
    const QStringList words = ok::foldForSearch(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList terms;
    for (const QString &w : words) {
        QString clean;
        for (QChar c : w)
            if (c.isLetterOrNumber())
                clean.append(c);
        if (!clean.isEmpty())
            terms.append(QLatin1Char('"') + clean + QLatin1String("\"*"));
    }
    return terms.join(QLatin1String(" AND "));
}

Result<QList<ProductInfo>> CatalogReader::search(const QString &text, int limit, qint64 now)
{
    QList<ProductInfo> out;
    const QString expr = matchExpression(text);
    if (expr.isEmpty() || limit <= 0)
        return out;
    Statement &st = m_db.cached("SELECT rowid FROM product_search WHERE product_search MATCH ?1 LIMIT ?2");
    st.bind(1, expr).bind(2, qint64(limit));
    QList<qint64> ids;
    while (st.step())
        ids.append(st.int64(0));
    if (st.lastError()) {
        const Error e = statementError(st);
        st.reset();
        return e;
    }
    st.reset();
    out.reserve(ids.size());
    for (qint64 id : ids) {
        if (auto p = readProduct(id, now, QString()))
            out.append(*p);
    }
    return out;
}

QList<StockLevel> CatalogReader::stockLevels(qint64 productId)
{
    QList<StockLevel> out;
    Statement &st = m_db.cached(R"sql(
        SELECT s.location_id, l.kind, l.name, s.on_hand, s.reserved, s.in_transit
        FROM stock s JOIN location l ON l.id = s.location_id
        WHERE s.product_id = ?1
        ORDER BY s.location_id = ?2 DESC, l.kind = 'store' DESC, l.kind, l.name)sql");
    st.bind(1, productId).bind(2, m_store);
    while (st.step())
        out.append({st.text(0), st.text(1), st.text(2), st.int64(3), st.int64(4), st.int64(5), {}, 0});
    st.reset();
    return out;
}

qint64 CatalogReader::productCount()
{
    return m_db.queryInt("SELECT count(*) FROM product WHERE active = 1").value_or(0);
}

// ------------------------------------------------------------------ writer

CatalogWriter::CatalogWriter(Database &cache)
    : m_db(cache)
{
}

Result<void> CatalogWriter::upsertTaxClass(const QString &code, int basisPoints, const QString &label)
{
    Statement &st = m_db.cached("INSERT INTO tax_class(code, rate_bp, label) VALUES(?1, ?2, ?3) "
                                "ON CONFLICT(code) DO UPDATE SET rate_bp = excluded.rate_bp, label = excluded.label");
    if (!st.bind(1, code).bind(2, basisPoints).bind(3, label).exec())
        return stepError(st);
    return {};
}

Result<void> CatalogWriter::upsertLocation(const QString &id, const QString &kind, const QString &name)
{
    Statement &st = m_db.cached("INSERT INTO location(id, kind, name) VALUES(?1, ?2, ?3) "
                                "ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, name = excluded.name");
    if (!st.bind(1, id).bind(2, kind).bind(3, name).exec())
        return stepError(st);
    return {};
}

Result<void> CatalogWriter::upsertProduct(const Product &p, SearchIndex index)
{
    // Remove the old index entry first: an external-content FTS5 table needs the old text.
    {
        Statement &old = m_db.cached("SELECT search_terms FROM product WHERE id = ?1");
        old.bind(1, p.id);
        if (old.step()) {
            const QString terms = old.text(0);
            old.reset();
            if (index == SearchIndex::Now) {
                Statement &del = m_db.cached("INSERT INTO product_search(product_search, rowid, search_terms) "
                                             "VALUES('delete', ?1, ?2)");
                if (!del.bind(1, p.id).bind(2, terms).exec())
                    return stepError(del);
            }
            Statement &dn = m_db.cached("DELETE FROM product_name WHERE product_id = ?1");
            if (!dn.bind(1, p.id).exec())
                return stepError(dn);
            Statement &db = m_db.cached("DELETE FROM barcode WHERE product_id = ?1");
            if (!db.bind(1, p.id).exec())
                return stepError(db);
        }
    }
    QString terms = p.sku;
    for (const auto &n : p.names)
        terms += QLatin1Char(' ') + n.second;
    for (const auto &b : p.barcodes)
        terms += QLatin1Char(' ') + b;
    terms = ok::foldForSearch(terms);

    Statement &ins = m_db.cached(R"sql(
        INSERT INTO product(id, sku, tax_class, unit, active, version, search_terms)
        VALUES(?1, ?2, ?3, ?4, ?7, ?5, ?6)
        ON CONFLICT(id) DO UPDATE SET sku = excluded.sku, tax_class = excluded.tax_class,
            unit = excluded.unit, active = excluded.active, version = excluded.version,
            search_terms = excluded.search_terms)sql");
    if (!ins.bind(1, p.id).bind(2, p.sku).bind(3, p.taxClass).bind(4, p.unit).bind(5, p.version).bind(6, terms)
             .bind(7, p.active ? 1 : 0).exec())
        return stepError(ins);
    for (const auto &n : p.names) {
        Statement &st = m_db.cached("INSERT INTO product_name(product_id, lang, name) VALUES(?1, ?2, ?3)");
        if (!st.bind(1, p.id).bind(2, n.first).bind(3, n.second).exec())
            return stepError(st);
    }
    for (const auto &b : p.barcodes) {
        // A code can move to another product (new packaging): the latest write wins.
        Statement &st = m_db.cached("INSERT INTO barcode(code, product_id) VALUES(?1, ?2) "
                                    "ON CONFLICT(code) DO UPDATE SET product_id = excluded.product_id");
        if (!st.bind(1, b).bind(2, p.id).exec())
            return stepError(st);
    }
    if (index == SearchIndex::Now) {
        Statement &fts = m_db.cached("INSERT INTO product_search(rowid, search_terms) VALUES(?1, ?2)");
        if (!fts.bind(1, p.id).bind(2, terms).exec())
            return stepError(fts);
    }
    return {};
}

Result<void> CatalogWriter::rebuildSearchIndex()
{
    // FTS5 writes a new segment each time its pending terms pass 'hashsize' (1 MiB by default)
    // and merges them again later; 16 MiB makes a 1M-product rebuild 8.8 s -> 7.1 s
    // (docs/performance.md). The setting is stored with the index and bounds memory the same way.
    if (auto r = m_db.exec("INSERT INTO product_search(product_search, rank) VALUES('hashsize', 16777216)"); !r)
        return r;
    return m_db.exec("INSERT INTO product_search(product_search) VALUES('rebuild')");
}

Result<void> CatalogWriter::setPrice(const QString &store, qint64 productId, qint64 validFrom,
                                     std::optional<qint64> validTo, qint64 amount, const QString &currency)
{
    Statement &st = m_db.cached(R"sql(
        INSERT INTO price(store_id, product_id, valid_from, valid_to, amount, currency)
        VALUES(?1, ?2, ?3, ?4, ?5, ?6)
        ON CONFLICT(store_id, product_id, valid_from) DO UPDATE SET
            valid_to = excluded.valid_to, amount = excluded.amount, currency = excluded.currency)sql");
    st.bind(1, store).bind(2, productId).bind(3, validFrom);
    if (validTo)
        st.bind(4, *validTo);
    else
        st.bindNull(4);
    if (!st.bind(5, amount).bind(6, currency).exec())
        return stepError(st);
    return {};
}

Result<void> CatalogWriter::setStock(qint64 productId, const QString &location, qint64 onHand,
                                     qint64 reserved, qint64 inTransit, qint64 version)
{
    Statement &st = m_db.cached(R"sql(
        INSERT INTO stock(product_id, location_id, on_hand, reserved, in_transit, version)
        VALUES(?1, ?2, ?3, ?4, ?5, ?6)
        ON CONFLICT(product_id, location_id) DO UPDATE SET on_hand = excluded.on_hand,
            reserved = excluded.reserved, in_transit = excluded.in_transit, version = excluded.version)sql");
    if (!st.bind(1, productId).bind(2, location).bind(3, onHand).bind(4, reserved).bind(5, inTransit).bind(6, version).exec())
        return stepError(st);
    return {};
}

} // namespace ok::db
