// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/stocklevelsmodel.h"
#include "ui/followlanguage.h"

#include "ui/productlookupmodel.h"
#include "ui/timetext.h"

#include <QDateTime>
#include <QTimer>

#include <algorithm>

namespace ok {

namespace {
constexpr int kLiveTimeoutMs = 4000;
}

StockLevelsModel::StockLevelsModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_locale(QLocale()) // the store's locale: main.cpp makes it the default
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
    StockLevel l = m_levels.at(index.row());
    if (m_catalog && l.locationId == m_catalog->storeId())
        l.reserved += m_pendingHolds;
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
    case OnHandRole:
        return l.onHand;
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

void StockLevelsModel::setPendingHolds(int held)
{
    if (held == m_pendingHolds)
        return;
    m_pendingHolds = held;
    if (!m_levels.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_levels.size()) - 1));
    Q_EMIT freshnessChanged();
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
                sellable += std::max<qint64>(0, l.onHand - l.reserved
                                                    - (m_catalog && l.locationId == m_catalog->storeId() ? m_pendingHolds : 0));
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
            {AgeTextRole, "ageText"}, {VersionRole, "version"}, {OnHandRole, "onHand"}};
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
