// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/catalog.h"

#include "core/textfold.h"
#include "storage/sqlite.h"

#include <algorithm>

namespace ok::db {

namespace {
// One product as the till and the stock screen see it in this store and language. Names and
// colours fall back to English, then to any language (the SKU for a name), as a product synced
// before a translation arrived must still be sold.
constexpr std::string_view kProductById = R"sql(
SELECT p.id, p.sku, p.unit, t.code, t.rate_bp,
       coalesce((SELECT name FROM product_name WHERE product_id = p.id AND lang = ?2),
                (SELECT name FROM product_name WHERE product_id = p.id ORDER BY lang <> 'en' LIMIT 1), p.sku),
       pr.amount, pr.currency,
       (SELECT on_hand - reserved FROM stock WHERE product_id = p.id AND location_id = ?3),
       (SELECT code FROM barcode WHERE product_id = p.id LIMIT 1),
       p.brand, p.model, p.size,
       coalesce((SELECT name FROM product_colour WHERE product_id = p.id AND lang = ?2),
                (SELECT name FROM product_colour WHERE product_id = p.id ORDER BY lang <> 'en' LIMIT 1), ''),
       p.popularity, pr.promotion, pr.regular_amount, pr.valid_to
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

/// Sort class and rank of a size for variants(): numbers, then letter sizes, then the rest.
struct SizeKey {
    int kind = 2;     ///< 0: a number ("42", "42,5"), 1: a letter size, 2: anything else
    double rank = 0;  ///< the number, or the letter size's place
};

SizeKey sizeKey(const QString &size)
{
    const QString s = size.trimmed();
    bool isNumber = false;
    const double n = QString(s).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&isNumber);
    if (isNumber && !s.isEmpty())
        return {0, n};
    // Letter sizes of clothing, smallest first; "2XL" is another spelling of "XXL".
    static const std::pair<const char *, int> kLetters[] = {
        {"XXS", 0}, {"XS", 1},   {"S", 2},   {"M", 3},    {"L", 4},     {"XL", 5},
        {"XXL", 6}, {"2XL", 6},  {"XXXL", 7}, {"3XL", 7}, {"XXXXL", 8}, {"4XL", 8},
    };
    for (const auto &[letters, rank] : kLetters)
        if (s.compare(QLatin1String(letters), Qt::CaseInsensitive) == 0)
            return {1, double(rank)};
    return {};
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
        p.promotion = st.text(15);
        p.regularPrice = st.optInt64(16);
        p.priceValidTo = st.optInt64(17);
    }
    if (!st.isNull(8))
        p.available = st.int64(8);
    p.barcode = barcode.isEmpty() ? st.text(9) : barcode;
    p.brand = st.text(10);
    p.model = st.text(11);
    p.size = st.text(12);
    p.colour = st.text(13);
    p.popularity = st.int64(14);
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

int CatalogReader::compareSizes(const QString &a, const QString &b)
{
    const SizeKey ka = sizeKey(a), kb = sizeKey(b);
    if (ka.kind != kb.kind)
        return ka.kind < kb.kind ? -1 : 1;
    if (ka.kind < 2 && ka.rank != kb.rank)
        return ka.rank < kb.rank ? -1 : 1;
    return QString::compare(a, b);
}

QList<ProductInfo> CatalogReader::variants(const QString &model, qint64 now)
{
    QList<ProductInfo> out;
    if (model.isEmpty())
        return out;
    QList<qint64> ids;
    Statement &st = m_db.cached("SELECT id FROM product WHERE model = ?1 AND model <> '' AND active = 1");
    st.bind(1, model);
    while (st.step())
        ids.append(st.int64(0));
    st.reset();
    for (qint64 id : std::as_const(ids))
        if (auto p = readProduct(id, now, QString()))
            out.append(*p);
    // Folded colours compare as people read them ("Żółty" next to "zielony", not after "z").
    std::sort(out.begin(), out.end(), [](const ProductInfo &a, const ProductInfo &b) {
        if (const int c = compareSizes(a.size, b.size))
            return c < 0;
        if (const int c = QString::compare(foldForSearch(a.colour), foldForSearch(b.colour)))
            return c < 0;
        return a.id < b.id;
    });
    return out;
}

QList<StockLevel> CatalogReader::stockLevels(qint64 productId)
{
    QList<StockLevel> out;
    Statement &st = m_db.cached(R"sql(
        SELECT s.location_id, l.kind, l.name, s.on_hand, s.reserved, s.in_transit, l.city, s.version
        FROM stock s JOIN location l ON l.id = s.location_id
        WHERE s.product_id = ?1
        ORDER BY s.location_id = ?2 DESC, l.kind = 'store' DESC, l.kind, l.name)sql");
    st.bind(1, productId).bind(2, m_store);
    while (st.step()) {
        StockLevel l;
        l.locationId = st.text(0);
        l.locationKind = st.text(1);
        l.locationName = st.text(2);
        l.onHand = st.int64(3);
        l.reserved = st.int64(4);
        l.inTransit = st.int64(5);
        l.city = st.text(6);
        l.version = st.int64(7);
        out.append(l);
    }
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

Result<void> CatalogWriter::upsertLocation(const QString &id, const QString &kind, const QString &name,
                                           const QString &city)
{
    Statement &st = m_db.cached("INSERT INTO location(id, kind, name, city) VALUES(?1, ?2, ?3, ?4) "
                                "ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, name = excluded.name, "
                                "city = excluded.city");
    if (!st.bind(1, id).bind(2, kind).bind(3, name).bind(4, city).exec())
        return stepError(st);
    return {};
}

QString CatalogWriter::searchTerms(const Product &p)
{
    QStringList codes = {p.sku, p.brand, p.model, p.size};
    for (const auto &c : p.colour)
        codes.append(c.second);
    codes += p.barcodes;
    QString terms = ok::foldForSearch(codes.join(QLatin1Char(' ')));
    for (const auto &n : p.names)
        terms += QLatin1String(" | ") + ok::foldForSearch(n.second);
    return terms;
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
            for (const char *sql : {"DELETE FROM product_name WHERE product_id = ?1",
                                    "DELETE FROM product_colour WHERE product_id = ?1",
                                    "DELETE FROM barcode WHERE product_id = ?1"}) {
                Statement &d = m_db.cached(sql);
                if (!d.bind(1, p.id).exec())
                    return stepError(d);
            }
        }
    }
    const QString terms = searchTerms(p);

    Statement &ins = m_db.cached(R"sql(
        INSERT INTO product(id, sku, tax_class, unit, active, version, search_terms, brand, model, size, popularity)
        VALUES(?1, ?2, ?3, ?4, ?7, ?5, ?6, ?8, ?9, ?10, ?11)
        ON CONFLICT(id) DO UPDATE SET sku = excluded.sku, tax_class = excluded.tax_class,
            unit = excluded.unit, active = excluded.active, version = excluded.version,
            search_terms = excluded.search_terms, brand = excluded.brand, model = excluded.model,
            size = excluded.size, popularity = excluded.popularity)sql");
    if (!ins.bind(1, p.id).bind(2, p.sku).bind(3, p.taxClass).bind(4, p.unit).bind(5, p.version).bind(6, terms)
             .bind(7, p.active ? 1 : 0).bind(8, p.brand).bind(9, p.model).bind(10, p.size).bind(11, p.popularity)
             .exec())
        return stepError(ins);
    for (const auto &n : p.names) {
        // name_key and popularity make product_name_key the index of "a name starts with"
        // (CatalogReader::search, tier 2). An inactive product gets no key: it is never found.
        Statement &st = m_db.cached("INSERT INTO product_name(product_id, lang, name, name_key, popularity) "
                                    "VALUES(?1, ?2, ?3, ?4, ?5)");
        if (!st.bind(1, p.id).bind(2, n.first).bind(3, n.second)
                 .bind(4, p.active ? ok::foldForSearch(n.second) : QString()).bind(5, p.popularity).exec())
            return stepError(st);
    }
    for (const auto &c : p.colour) {
        Statement &st = m_db.cached("INSERT INTO product_colour(product_id, lang, name) VALUES(?1, ?2, ?3)");
        if (!st.bind(1, p.id).bind(2, c.first).bind(3, c.second).exec())
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
                                     std::optional<qint64> validTo, qint64 amount, const QString &currency,
                                     const QString &promotion, std::optional<qint64> regularAmount)
{
    Statement &st = m_db.cached(R"sql(
        INSERT INTO price(store_id, product_id, valid_from, valid_to, amount, currency, promotion, regular_amount)
        VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
        ON CONFLICT(store_id, product_id, valid_from) DO UPDATE SET
            valid_to = excluded.valid_to, amount = excluded.amount, currency = excluded.currency,
            promotion = excluded.promotion, regular_amount = excluded.regular_amount)sql");
    st.bind(1, store).bind(2, productId).bind(3, validFrom);
    if (validTo)
        st.bind(4, *validTo);
    else
        st.bindNull(4);
    st.bind(5, amount).bind(6, currency).bind(7, promotion);
    if (regularAmount)
        st.bind(8, *regularAmount);
    else
        st.bindNull(8);
    if (!st.exec())
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
