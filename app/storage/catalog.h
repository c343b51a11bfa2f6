// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/product.h"
#include "core/result.h"

#include <QList>
#include <QString>

#include <optional>

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
    /// Prefix search over folded names (every language), SKUs and barcodes; every word of the
    /// query must match the start of a word. At most `limit` results, in catalog order.
    /// Products whose SKU, names or barcodes start with every word of `text` (diacritics
    /// ignored), at most `limit`. An empty list means nothing matched; a database failure is an
    /// error, never an empty list.
    Result<QList<ProductInfo>> search(const QString &text, int limit, qint64 now);
    QList<StockLevel> stockLevels(qint64 productId);
    qint64 productCount();

    /// FTS5 MATCH expression for `text` ("zolc ser" -> "\"zolc\"* AND \"ser\"*"), empty if the
    /// text has no searchable word. Public for tests.
    static QString matchExpression(const QString &text);

private:
    std::optional<ProductInfo> readProduct(qint64 id, qint64 now, const QString &barcode);
    Database &m_db;
    QString m_store;
    QString m_lang;
};

/// Write side, for the demo-data generator and the sync puller: keeps product.search_terms and
/// the FTS index consistent with names and barcodes. Call inside a transaction.
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
    };
    /// Now: keep the search index in step row by row. Later: leave it to one 'rebuild' when a
    /// whole catalog has been written (about twice as fast for an initial load).
    enum class SearchIndex { Now, Later };

    Result<void> upsertTaxClass(const QString &code, int basisPoints, const QString &label);
    Result<void> upsertLocation(const QString &id, const QString &kind, const QString &name);
    /// Insert or replace a product with all its names and barcodes, re-indexing it for search.
    Result<void> upsertProduct(const Product &p, SearchIndex index = SearchIndex::Now);
    Result<void> setPrice(const QString &store, qint64 productId, qint64 validFrom,
                          std::optional<qint64> validTo, qint64 amount, const QString &currency);
    Result<void> setStock(qint64 productId, const QString &location, qint64 onHand, qint64 reserved,
                          qint64 inTransit, qint64 version);
    /// Rebuild the whole search index from the products, after writes with SearchIndex::Later.
    /// One rebuild is about twice as fast as indexing a large catalog row by row: FTS5 flushes its
    /// pending terms into a new segment at every savepoint, i.e. after every product
    /// (docs/performance.md, "Building the 1M-product cache").
    Result<void> rebuildSearchIndex();

private:
    Database &m_db;
};

} // namespace ok::db
