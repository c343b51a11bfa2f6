// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/connections.h"
#include "services/catalogservice.h"
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

} // namespace ok
