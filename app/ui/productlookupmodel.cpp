// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/productlookupmodel.h"
#include "ui/followlanguage.h"

#include "core/gtin.h"
#include "core/money.h"
#include "services/catalogservice.h"
#include "ui/timetext.h"

#include <QDateTime>
#include <QTimer>

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

// ------------------------------------------------------------------ StockLevelsModel

namespace {
constexpr int kLiveTimeoutMs = 4000;
}

StockLevelsModel::StockLevelsModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_locale(terminalLocale())
{
    followLanguage(this);
}

int StockLevelsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_levels.size());
}

QVariant StockLevelsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const StockLevel &l = m_levels.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case LocationRole:
        return l.locationName;
    case KindRole:
        return l.locationKind;
    case OnHandTextRole:
        return ProductLookupModel::formatQuantity(l.onHand, m_unit, m_locale);
    case ReservedTextRole:
        return ProductLookupModel::formatQuantity(l.reserved, m_unit, m_locale);
    case InTransitTextRole:
        return ProductLookupModel::formatQuantity(l.inTransit, m_unit, m_locale);
    case AvailableRole:
        return l.onHand - l.reserved;
    case IsThisStoreRole:
        return m_catalog && l.locationId == m_catalog->storeId();
    case LiveRole:
        return m_live;
    case LocationIdRole:
        return l.locationId;
    case CityRole:
        return l.city;
    case AvailableTextRole:
        return ProductLookupModel::formatQuantity(l.onHand - l.reserved, m_unit, m_locale);
    case AgeTextRole:
        return ageText();
    case VersionRole:
        return double(l.version);
    default:
        return {};
    }
}

QString StockLevelsModel::ageText() const
{
    if (m_live)
        return tr("live");
    const qint64 receivedMs = m_sync ? m_sync->status().stream(QStringLiteral("stock")).lastOkMs : 0;
    if (receivedMs <= 0)
        return tr("age unknown");
    return tr("%1 old").arg(TimeText::age(std::max<qint64>(0, QDateTime::currentMSecsSinceEpoch() - receivedMs)));
}

QString StockLevelsModel::webSellableText() const
{
    qint64 sellable = 0;
    if (m_live && m_liveWebSellable >= 0) {
        sellable = m_liveWebSellable;
    } else {
        // What the central service computes, from the cached rows: the warehouse's and every
        // store's available (the web shop ships from them).
        bool any = false;
        for (const auto &l : m_levels)
            if (l.locationKind == QLatin1String("warehouse") || l.locationKind == QLatin1String("store")) {
                sellable += std::max<qint64>(0, l.onHand - l.reserved);
                any = true;
            }
        if (!any)
            return {};
    }
    const QString quantity = ProductLookupModel::formatQuantity(sellable, m_unit, m_locale);
    return tr("The web shop can sell %1 (%2)").arg(quantity, ageText());
}

QHash<int, QByteArray> StockLevelsModel::roleNames() const
{
    return {{LocationRole, "location"}, {KindRole, "kind"}, {OnHandTextRole, "onHandText"},
            {ReservedTextRole, "reservedText"}, {InTransitTextRole, "inTransitText"},
            {AvailableRole, "available"}, {IsThisStoreRole, "isThisStore"}, {LiveRole, "live"},
            {LocationIdRole, "locationId"}, {CityRole, "city"}, {AvailableTextRole, "availableText"},
            {AgeTextRole, "ageText"}, {VersionRole, "version"}};
}

void StockLevelsModel::setCatalog(CatalogService *catalog)
{
    if (catalog == m_catalog)
        return;
    disconnect(m_connection);
    m_catalog = catalog;
    if (m_catalog) {
        m_connection = connect(m_catalog, &CatalogService::stockLevelsReady, this,
                               [this](int req, qint64, const QList<StockLevel> &levels) {
                                   if (req != m_pending)
                                       return;
                                   m_pending = 0;
                                   if (!m_live) // the live answer came first: it is newer
                                       setLevels(levels);
                               });
    }
    Q_EMIT catalogChanged();
    refresh();
}

void StockLevelsModel::setSync(services::SyncService *sync)
{
    if (sync == m_sync)
        return;
    if (m_sync)
        m_sync->disconnect(this);
    m_sync = sync;
    m_wasOnline = m_sync && m_sync->isOnline();
    if (m_sync) {
        connect(m_sync, &services::SyncService::liveStockReady, this,
                [this](int request, qint64, const QList<StockLevel> &levels, qint64 webSellable) {
                    if (request != m_livePending)
                        return;
                    m_livePending = 0;
                    m_live = true;
                    m_liveWebSellable = webSellable;
                    m_liveAtMs = QDateTime::currentMSecsSinceEpoch();
                    m_liveError.clear();
                    setLevels(levels);
                    Q_EMIT freshnessChanged();
                });
        connect(m_sync, &services::SyncService::liveQueryFailed, this, [this](int request, const QString &message) {
            if (request != m_livePending)
                return;
            m_livePending = 0;
            m_liveError = message;
            Q_EMIT freshnessChanged();
        });
        connect(m_sync, &services::SyncService::healthChanged, this, [this] {
            // Back online while a product is shown: ask again. Otherwise only the age moved.
            const bool online = m_sync->isOnline();
            if (online && !m_wasOnline && !m_live && m_livePending == 0)
                requestLive();
            m_wasOnline = online;
            Q_EMIT freshnessChanged();
        });
    }
    Q_EMIT syncChanged();
    refresh();
}

void StockLevelsModel::setProductId(int id)
{
    if (id == m_productId)
        return;
    m_productId = id;
    Q_EMIT productIdChanged();
    refresh();
}

void StockLevelsModel::setLevels(const QList<StockLevel> &levels)
{
    const bool countChange = levels.size() != m_levels.size();
    beginResetModel();
    m_levels = levels;
    endResetModel();
    if (countChange)
        Q_EMIT countChanged();
}

void StockLevelsModel::requestLive()
{
    m_livePending = m_sync && m_productId > 0 ? m_sync->requestLiveStock(m_productId) : 0;
    if (m_livePending == 0)
        return;
    // A slow central service (or a sync thread busy with a long page) never leaves the screen
    // waiting: after the timeout the snapshot stays, with its age, and a late answer is dropped.
    QTimer::singleShot(kLiveTimeoutMs, this, [this, request = m_livePending] {
        if (request != m_livePending)
            return;
        m_livePending = 0;
        m_liveError = tr("The central service did not answer in time.");
        Q_EMIT freshnessChanged();
    });
}

QString StockLevelsModel::freshness() const
{
    if (m_live)
        return tr("Live from the central service at %1.").arg(TimeText::when(m_liveAtMs));
    const qint64 receivedMs = m_sync ? m_sync->status().stream(QStringLiteral("stock")).lastOkMs : 0;
    if (receivedMs <= 0)
        return tr("Stock as last received from the central system.");
    const QString age = TimeText::age(std::max<qint64>(0, QDateTime::currentMSecsSinceEpoch() - receivedMs));
    if (m_livePending != 0)
        return tr("Stock as last received from the central system %1 ago; asking for live levels…").arg(age);
    const QString cached = tr("Stock as last received from the central system %1 ago (not live).").arg(age);
    return m_liveError.isEmpty() ? cached : cached + QLatin1Char(' ') + m_liveError;
}

void StockLevelsModel::setUnit(const QString &unit)
{
    if (unit == m_unit)
        return;
    m_unit = unit;
    Q_EMIT unitChanged();
    if (!m_levels.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_levels.size()) - 1));
}

void StockLevelsModel::refresh()
{
    const bool wasLive = m_live;
    m_live = false;
    m_liveError.clear();
    if (wasLive && !m_levels.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_levels.size()) - 1), {LiveRole});
    requestLive();
    Q_EMIT freshnessChanged();
    if (!m_catalog || m_productId <= 0) {
        m_pending = 0;
        if (!m_levels.isEmpty()) {
            beginResetModel();
            m_levels.clear();
            endResetModel();
            Q_EMIT countChanged();
        }
        return;
    }
    m_pending = m_catalog->stockLevels(m_productId);
}

} // namespace ok
