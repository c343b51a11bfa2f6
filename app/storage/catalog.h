// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/product.h"
#include "core/result.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <string_view>

namespace ok::db {

class Database;

/// Read side of the catalog in cache.db. Uses cached prepared statements: one instance per
/// connection and thread. `now` is unix seconds and only chooses which price row is valid.
class CatalogReader
{
public:
    CatalogReader(Database &cache, QString storeId, QString language);

    std::optional<ProductInfo> findByBarcode(const QString &code, qint64 now);
    std::optional<ProductInfo> findById(qint64 id, qint64 now);

    /// Ranked search as you type (docs/performance.md, "Search"): at most `limit` active
    /// products, best matches first, in three tiers:
    ///  1. the text equals a SKU or a barcode;
    ///  2. a name (any language) starts with the typed text, diacritics and case folded;
    ///  3. every typed word is the start of a word of a name, brand, SKU, barcode, model, size or
    ///     colour (the FTS5 prefix search of searchUnranked()).
    /// Within a tier: popularity (descending), then the name in this reader's language (folded,
    /// then as written), then the id: a total order, so the same matches always come in the same
    /// order, whatever was typed before. An empty list means nothing matched; a database failure
    /// is an error, never an empty list.
    Result<QList<ProductInfo>> search(const QString &text, int limit, qint64 now);
    /// The search before ranking (tier 3 only, in catalog order, the first `limit` matches): kept
    /// as the baseline of bench_search and bench_storage.
    Result<QList<ProductInfo>> searchUnranked(const QString &text, int limit, qint64 now);

    /// Every active product of `model` (the variants of one article) with size, colour, price
    /// and availability here, by size in natural order (numbers numerically, then letter sizes
    /// XXS < XS < S < M < L < XL < XXL < XXXL, then anything else), then colour, then id.
    /// An empty model has no variants: an empty list.
    QList<ProductInfo> variants(const QString &model, qint64 now);

    /// Stock of every location, this store first, then other stores, then the rest, with the
    /// location's city and the central row version.
    QList<StockLevel> stockLevels(qint64 productId);
    qint64 productCount();

    /// Settings of the connection a CatalogReader searches on, applied once after opening it: a
    /// 32 MiB page cache, so that product_popularity (12 bytes per product) and the upper levels
    /// of the search indexes stay in memory instead of costing a system call per page
    /// (docs/performance.md, "Search"). Heap memory, bounded; not a memory map, which would show
    /// every page a search ever touched as resident.
    static void tuneConnection(Database &db);

    /// FTS5 MATCH expression for `text` ("zolc ser" -> "\"zolc\"* AND \"ser\"*"), empty if the
    /// text has no searchable word. Public for tests.
    static QString matchExpression(const QString &text);
    /// The order of sizes in variants(): negative for a before b. Public for tests.
    static int compareSizes(const QString &a, const QString &b);

private:
    struct Candidate {
        qint64 id = 0;
        qint64 popularity = 0;
    };
    std::optional<ProductInfo> readProduct(qint64 id, qint64 now, const QString &barcode);
    Result<QList<qint64>> exactCodes(const QString &text);
    Result<QList<Candidate>> tierFromNames(const QString &folded, int limit, const QList<qint64> &exclude);
    Result<QList<Candidate>> tierFromWords(const QString &text, int limit, const QList<qint64> &exclude);
    Result<QList<Candidate>> scanByPopularity(int limit, const QList<qint64> &exclude,
                                              const std::function<bool(std::string_view terms)> &matches);
    Result<QList<qint64>> orderTier(QList<Candidate> candidates, int limit);
    QString sortName(qint64 id);

    Database &m_db;
    QString m_store;
    QString m_lang;
};

/// Write side, for the demo-data generator and the sync puller: keeps product.search_terms, the
/// folded name keys and the FTS index consistent with names, codes and attributes. Call inside a
/// transaction.
class CatalogWriter
{
public:
    explicit CatalogWriter(Database &cache);

    struct Product {
        qint64 id = 0;
        QString sku;
        QString taxClass;
        QString unit = QStringLiteral("piece");
        QList<QPair<QString, QString>> names; ///< (language, name)
        QStringList barcodes;
        qint64 version = 0;
        bool active = true;
        QString brand;   ///< empty: none
        QString model;   ///< products sharing it are variants of one article; empty: none
        QString size;    ///< empty: none
        QList<QPair<QString, QString>> colour; ///< (language, colour name); empty: none
        qint64 popularity = 0; ///< units sold in the last 28 days across the chain
    };
    /// Now: keep the search index in step row by row. Later: leave it to one 'rebuild' when a
    /// whole catalog has been written (about twice as fast for an initial load).
    enum class SearchIndex { Now, Later };

    Result<void> upsertTaxClass(const QString &code, int basisPoints, const QString &label);
    Result<void> upsertLocation(const QString &id, const QString &kind, const QString &name,
                                const QString &city = QString());
    /// Insert or replace a product with all its names, colours and barcodes, re-indexing it.
    Result<void> upsertProduct(const Product &p, SearchIndex index = SearchIndex::Now);
    /// A price row of `store`. With `promotion` (a channel promotion's name) `regularAmount` is
    /// the price outside it.
    Result<void> setPrice(const QString &store, qint64 productId, qint64 validFrom, std::optional<qint64> validTo,
                          qint64 amount, const QString &currency, const QString &promotion = QString(),
                          std::optional<qint64> regularAmount = std::nullopt);
    Result<void> setStock(qint64 productId, const QString &location, qint64 onHand, qint64 reserved,
                          qint64 inTransit, qint64 version);
    /// Rebuild the whole search index from the products, after writes with SearchIndex::Later.
    /// One rebuild is about twice as fast as indexing a large catalog row by row: FTS5 flushes its
    /// pending terms into a new segment at every savepoint, i.e. after every product
    /// (docs/performance.md, "Building the 1M-product cache").
    Result<void> rebuildSearchIndex();

    /// The text product.search_terms holds (and FTS5 indexes) for `p`: the folded codes,
    /// brand, model, size and colours, then " | " and each folded name. The " | " before every
    /// name lets the ranked search tell "a name starts with" from "a word starts with" on the
    /// same text (FTS5's tokenizer drops the bars). Public for tests.
    static QString searchTerms(const Product &p);

private:
    Database &m_db;
};

} // namespace ok::db
