// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/connections.h"
#include "services/catalogservice.h"
#include "services/syncservice.h"
#include "core/product.h"

#include <QAbstractListModel>
#include <QLocale>
#include <QPointer>
#include <QQmlEngine>

namespace ok {

// CatalogService must be complete here: moc needs it for the typed Q_PROPERTY.

/// Search results and barcode lookups for the product lookup screen. Instantiated in QML with
/// `catalog: Terminal.catalog`; typing sets `query`, a scan calls lookupBarcode(). Answers to
/// requests that were overtaken by newer ones are dropped, so results never flicker back.
class ProductLookupModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(ok::CatalogService *catalog READ catalog WRITE setCatalog NOTIFY catalogChanged)
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(int limit READ limit WRITE setLimit NOTIFY limitChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        ProductIdRole = Qt::UserRole + 1,
        NameRole,
        SkuRole,
        BarcodeRole,
        PriceTextRole,
        HasPriceRole,
        AvailableTextRole,
        AvailableRole,
        UnitRole,
        TaxTextRole,
        WeighedRole, ///< sold by weight: a line needs its weight
        BrandRole,
        ModelRole,   ///< products of one model are variants of one article ("" = none)
        SizeRole,
        ColourRole,
        VariantTextRole,   ///< "42 · black" ("" = not a variant)
        PromotionTextRole, ///< "Black Week −20 % · until 14.12 · regular 249,99 zł" ("" = regular price)
    };
    Q_ENUM(Role)

    explicit ProductLookupModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    CatalogService *catalog() const { return m_catalog; }
    void setCatalog(CatalogService *catalog);
    QString query() const { return m_query; }
    void setQuery(const QString &query);
    int limit() const { return m_limit; }
    void setLimit(int limit);
    bool busy() const { return m_pending != 0; }
    QString message() const { return m_message; }

    /// Look a scanned or typed barcode up. Codes of GTIN length are checked first: a wrong check
    /// digit is reported as such, never looked up as a near miss.
    Q_INVOKABLE void lookupBarcode(const QString &code);
    /// What was typed is a product code to look up, not words to search (ok::looksLikeBarcode).
    Q_INVOKABLE bool isCode(const QString &typed) const;
    Q_INVOKABLE void clear();

    /// Display helpers shared with other models.
    static QString formatPrice(const ProductInfo &p, const QLocale &locale);
    static QString formatQuantity(qint64 value, const QString &unit, const QLocale &locale);
    /// "42 · black" for a variant, "" otherwise.
    static QString variantText(const ProductInfo &p);
    /// The channel promotion of the price, with its validity and the regular price; "" for a regular price.
    static QString promotionText(const ProductInfo &p, const QLocale &locale);

Q_SIGNALS:
    void catalogChanged();
    void queryChanged();
    void limitChanged();
    void busyChanged();
    void messageChanged();
    void countChanged();
    /// A barcode lookup found exactly this product (the screen selects it).
    void productFound(qint64 productId);

private:
    void setResults(QList<ProductInfo> results);
    void setMessage(const QString &message);
    void setPending(int request);

    CatalogService *m_catalog = nullptr;
    QString m_query;
    int m_limit = 20;
    int m_pending = 0;
    QString m_message;
    QList<ProductInfo> m_results;
    QLocale m_locale;
    Connections m_connections;
};

/// Stock of one product at every location (this store first, other stores, warehouse, online).
///
/// The cache answers at once. With `sync` set and online, the central service is asked too (a
/// live query on the sync thread) and its levels replace the cached ones when they arrive: the
/// rows are then `live`. Otherwise the cached levels stay, and `freshness` says how old they are.
/// The cache itself changes only through pulls.
class StockLevelsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(ok::CatalogService *catalog READ catalog WRITE setCatalog NOTIFY catalogChanged)
    Q_PROPERTY(ok::services::SyncService *sync READ sync WRITE setSync NOTIFY syncChanged)
    Q_PROPERTY(int productId READ productId WRITE setProductId NOTIFY productIdChanged)
    Q_PROPERTY(QString unit READ unit WRITE setUnit NOTIFY unitChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    /// The rows come from the central service's live answer (not from the cache).
    Q_PROPERTY(bool live READ live NOTIFY freshnessChanged)
    /// For people: "Live from the central service at 14:02." or how old the cached levels are.
    Q_PROPERTY(QString freshness READ freshness NOTIFY freshnessChanged)
    /// What the web shop can sell (Σ available at the warehouse and every store), live or from the
    /// cache, for people: "Web shop can sell 42 (live)".
    Q_PROPERTY(QString webSellableText READ webSellableText NOTIFY freshnessChanged)

public:
    enum Role {
        LocationRole = Qt::UserRole + 1,
        KindRole,
        OnHandTextRole,
        ReservedTextRole,
        InTransitTextRole,
        AvailableRole,
        IsThisStoreRole,
        LiveRole,
        LocationIdRole,
        CityRole,
        AvailableTextRole,
        AgeTextRole, ///< "live" or how old the figure is ("3 h old")
        VersionRole, ///< the row's version at the central service (a count is compared against it); double for QML
    };
    Q_ENUM(Role)

    explicit StockLevelsModel(QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    CatalogService *catalog() const { return m_catalog; }
    void setCatalog(CatalogService *catalog);
    services::SyncService *sync() const { return m_sync; }
    void setSync(services::SyncService *sync);
    bool live() const { return m_live; }
    QString freshness() const;
    QString webSellableText() const;
    // int for QML (Qt 6.4's qmllint has no qint64); central product ids fit in 31 bits.
    int productId() const { return int(m_productId); }
    void setProductId(int id);
    QString unit() const { return m_unit; }
    void setUnit(const QString &unit);

Q_SIGNALS:
    void catalogChanged();
    void syncChanged();
    void productIdChanged();
    void unitChanged();
    void countChanged();
    void freshnessChanged();

private:
    void refresh();
    void requestLive();
    void setLevels(const QList<StockLevel> &levels);
    QString ageText() const;
    CatalogService *m_catalog = nullptr;
    QMetaObject::Connection m_connection;
    QPointer<services::SyncService> m_sync;
    int m_livePending = 0;
    bool m_live = false;
    bool m_wasOnline = false;
    qint64 m_liveAtMs = 0;
    QString m_liveError;
    qint64 m_productId = 0;
    QString m_unit = QStringLiteral("piece");
    int m_pending = 0;
    QList<StockLevel> m_levels;
    qint64 m_liveWebSellable = -1;
    QLocale m_locale;
};

} // namespace ok
