// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/productlookupmodel.h"
#include "ui/followlanguage.h"

#include "core/gtin.h"
#include "core/money.h"
#include "services/catalogservice.h"

#include <QDateTime>

namespace ok {

namespace {
// The terminal's locale comes from configuration, not from the desktop (a till in Oslo formats
// kroner the Norwegian way whatever the OS says): main.cpp makes it the default locale.
QLocale terminalLocale()
{
    return QLocale();
}

} // namespace

ProductLookupModel::ProductLookupModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_locale(terminalLocale())
{
    followLanguage(this);
}

int ProductLookupModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

QString ProductLookupModel::formatPrice(const ProductInfo &p, const QLocale &locale)
{
    if (!p.price)
        return tr("no price");
    const auto cur = Currency::fromCode(p.currency);
    if (!cur)
        return tr("price in unknown currency %1").arg(p.currency);
    const QString amount = formatMoney(Money(*p.price, *cur), locale);
    return p.unit == QLatin1String("kg") ? tr("%1/kg").arg(amount) : amount;
}

QString ProductLookupModel::variantText(const ProductInfo &p)
{
    QStringList parts;
    if (!p.size.isEmpty())
        parts << p.size;
    if (!p.colour.isEmpty())
        parts << p.colour;
    return parts.join(QStringLiteral(" · "));
}

QString ProductLookupModel::promotionText(const ProductInfo &p, const QLocale &locale)
{
    if (p.promotion.isEmpty())
        return {};
    QStringList parts{p.promotion};
    if (p.priceValidTo) // exclusive end: the last day it applies is the day before
        parts << tr("until %1").arg(locale.toString(QDateTime::fromSecsSinceEpoch(*p.priceValidTo - 1).date(), QLocale::ShortFormat));
    const auto cur = Currency::fromCode(p.currency);
    if (p.regularPrice && cur)
        parts << tr("regular price %1").arg(formatMoney(Money(*p.regularPrice, *cur), locale));
    return parts.join(QStringLiteral(" · "));
}

QString ProductLookupModel::formatQuantity(qint64 value, const QString &unit, const QLocale &locale)
{
    if (unit == QLatin1String("kg")) {
        // Stock of weighed goods is kept in grams; shown in kg with three decimals, no floats.
        const QString sign = value < 0 ? QStringLiteral("-") : QString();
        const qint64 v = value < 0 ? -value : value;
        return tr("%1 kg").arg(sign + locale.toString(v / 1000) + locale.decimalPoint()
                               + QStringLiteral("%1").arg(v % 1000, 3, 10, QLatin1Char('0')));
    }
    return locale.toString(value);
}

QVariant ProductLookupModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ProductInfo &p = m_results.at(index.row());
    switch (role) {
    case ProductIdRole:
        return p.id;
    case Qt::DisplayRole:
    case NameRole:
        return p.name;
    case SkuRole:
        return p.sku;
    case BarcodeRole:
        return p.barcode;
    case PriceTextRole:
        return formatPrice(p, m_locale);
    case HasPriceRole:
        return p.price.has_value();
    case AvailableTextRole:
        return p.available ? formatQuantity(*p.available, p.unit, m_locale) : tr("not stocked here");
    case AvailableRole:
        return p.available.value_or(-1);
    case UnitRole:
        return p.unit;
    case WeighedRole:
        return p.unit == QLatin1String("kg");
    case TaxTextRole:
        return QStringLiteral("%1 %2 %").arg(p.taxCode, m_locale.toString(p.taxBasisPoints / 100));
    case BrandRole:
        return p.brand;
    case ModelRole:
        return p.model;
    case SizeRole:
        return p.size;
    case ColourRole:
        return p.colour;
    case VariantTextRole:
        return variantText(p);
    case PromotionTextRole:
        return promotionText(p, m_locale);
    default:
        return {};
    }
}

QHash<int, QByteArray> ProductLookupModel::roleNames() const
{
    return {{ProductIdRole, "productId"},     {NameRole, "name"},          {SkuRole, "sku"},
            {BarcodeRole, "barcode"},         {PriceTextRole, "priceText"}, {HasPriceRole, "hasPrice"},
            {AvailableTextRole, "availableText"}, {AvailableRole, "available"}, {UnitRole, "unit"},
            {TaxTextRole, "taxText"}, {WeighedRole, "weighed"}, {BrandRole, "brand"}, {ModelRole, "model"},
            {SizeRole, "size"}, {ColourRole, "colour"}, {VariantTextRole, "variantText"}, {PromotionTextRole, "promotionText"}};
}

void ProductLookupModel::setCatalog(CatalogService *catalog)
{
    if (catalog == m_catalog)
        return;
    m_connections.clear();
    m_catalog = catalog;
    if (m_catalog) {
        m_connections << connect(m_catalog, &CatalogService::searchFinished, this, [this](int req, const QList<ProductInfo> &list) {
            if (req != m_pending)
                return; // overtaken by a newer request
            setPending(0);
            setResults(list);
            setMessage(list.isEmpty() ? tr("Nothing matches \"%1\"").arg(m_query) : QString());
        });
        m_connections << connect(m_catalog, &CatalogService::barcodeFound, this, [this](int req, const ProductInfo &p) {
            if (req != m_pending)
                return;
            setPending(0);
            setResults({p});
            setMessage(QString());
            Q_EMIT productFound(p.id);
        });
        m_connections << connect(m_catalog, &CatalogService::barcodeNotFound, this, [this](int req, const QString &code) {
            if (req != m_pending)
                return;
            setPending(0);
            setResults({});
            setMessage(tr("No product has the barcode %1. Search by name instead.").arg(code));
        });
        m_connections << connect(m_catalog, &CatalogService::failed, this, [this](int req, const QString &msg) {
            if (req != m_pending)
                return;
            setPending(0);
            setMessage(msg);
        });
    }
    Q_EMIT catalogChanged();
}

void ProductLookupModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    Q_EMIT queryChanged();
    if (query.trimmed().isEmpty()) {
        setPending(0);
        setResults({});
        setMessage(QString());
        return;
    }
    if (m_catalog)
        setPending(m_catalog->search(query, m_limit));
}

void ProductLookupModel::setLimit(int limit)
{
    if (limit == m_limit || limit <= 0)
        return;
    m_limit = limit;
    Q_EMIT limitChanged();
}

bool ProductLookupModel::isCode(const QString &typed) const
{
    return looksLikeBarcode(typed);
}

void ProductLookupModel::lookupBarcode(const QString &rawCode)
{
    const QString code = rawCode.trimmed();
    if (code.isEmpty())
        return;
    if (looksLikeBarcode(code) && !isValidGtin(code)) {
        setPending(0);
        setResults({});
        setMessage(tr("Barcode %1 has a wrong check digit: scan it again, or type the name.").arg(code));
        return;
    }
    if (m_catalog)
        setPending(m_catalog->lookupBarcode(code));
}

void ProductLookupModel::clear()
{
    m_query.clear();
    Q_EMIT queryChanged();
    setPending(0);
    setResults({});
    setMessage(QString());
}

void ProductLookupModel::setResults(QList<ProductInfo> results)
{
    const bool countChange = results.size() != m_results.size();
    beginResetModel();
    m_results = std::move(results);
    endResetModel();
    if (countChange)
        Q_EMIT countChanged();
}

void ProductLookupModel::setMessage(const QString &message)
{
    if (message == m_message)
        return;
    m_message = message;
    Q_EMIT messageChanged();
}

void ProductLookupModel::setPending(int request)
{
    const bool wasBusy = busy();
    m_pending = request;
    if (wasBusy != busy())
        Q_EMIT busyChanged();
}

} // namespace ok
